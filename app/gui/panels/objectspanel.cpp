// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/objectspanel.h"

#include "document/parkdocument.h"
#include "selectionmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pz {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;

QString pluralName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Building: return ObjectsPanel::tr("Buildings");
    case ObjectKind::PvArray: return ObjectsPanel::tr("PV fields");
    case ObjectKind::Storage: return ObjectsPanel::tr("Battery storage");
    case ObjectKind::GreenSpace: return ObjectsPanel::tr("Green space");
    case ObjectKind::WindTurbine: return ObjectsPanel::tr("Wind turbines");
    }
    return {};
}

constexpr ObjectKind kKinds[] = {ObjectKind::Building, ObjectKind::PvArray, ObjectKind::Storage, ObjectKind::GreenSpace,
                                 ObjectKind::WindTurbine};

} // namespace

ObjectsPanel::ObjectsPanel(ParkDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the objects whose name contains this text"));
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Visible"), tr("Locked")});
    m_tree->headerItem()->setToolTip(VisibleColumn, tr("Hidden objects are not drawn on the map"));
    m_tree->headerItem()->setToolTip(LockedColumn, tr("Locked objects cannot be selected or moved on the map"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(VisibleColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LockedColumn, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ObjectsPanel::applyFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ObjectsPanel::onTreeSelectionChanged);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ObjectsPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(NameColumn, kIdRole);
        if (id.isValid())
            Q_EMIT objectActivated(id.value<ObjectId>());
    });
    connect(document, &ParkDocument::changed, this, &ObjectsPanel::onDocumentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, &ObjectsPanel::onSelectionChanged);
    rebuild();
}

QTreeWidgetItem *ObjectsPanel::itemFor(ObjectId id) const
{
    for (int k = 0; k < m_tree->topLevelItemCount(); ++k) {
        QTreeWidgetItem *group = m_tree->topLevelItem(k);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(NameColumn, kIdRole).value<ObjectId>() == id)
                return group->child(i);
    }
    return nullptr;
}

void ObjectsPanel::rebuild()
{
    m_syncing = true;
    QSet<int> collapsed;
    for (int k = 0; k < m_tree->topLevelItemCount(); ++k)
        if (!m_tree->topLevelItem(k)->isExpanded())
            collapsed << m_tree->topLevelItem(k)->data(NameColumn, kKindRole).toInt();
    m_tree->clear();
    for (ObjectKind kind : kKinds) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setData(NameColumn, kKindRole, int(kind));
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(NameColumn);
        font.setBold(true);
        group->setFont(NameColumn, font);
    }
    for (const ParkObject &object : m_document->park().objects()) {
        QTreeWidgetItem *group = m_tree->topLevelItem(int(kindOf(object)));
        auto *item = new QTreeWidgetItem(group);
        item->setData(NameColumn, kIdRole, QVariant::fromValue(idOf(object)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        updateItem(item);
    }
    for (int k = 0; k < m_tree->topLevelItemCount(); ++k) {
        QTreeWidgetItem *group = m_tree->topLevelItem(k);
        const auto kind = static_cast<ObjectKind>(group->data(NameColumn, kKindRole).toInt());
        group->setText(NameColumn, QStringLiteral("%1 (%2)").arg(pluralName(kind)).arg(group->childCount()));
        group->setExpanded(!collapsed.contains(int(kind)));
    }
    m_syncing = false;
    applyFilter();
    onSelectionChanged();
}

void ObjectsPanel::updateItem(QTreeWidgetItem *item)
{
    const ParkObject *object = m_document->park().find(item->data(NameColumn, kIdRole).value<ObjectId>());
    if (!object)
        return;
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    const QString name = nameOf(*object);
    item->setText(NameColumn, name.isEmpty() ? tr("(unnamed %1)").arg(displayName(kindOf(*object)).toLower()) : name);
    item->setCheckState(VisibleColumn, pz::isVisible(*object) ? Qt::Checked : Qt::Unchecked);
    item->setCheckState(LockedColumn, pz::isLocked(*object) ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(NameColumn, displayName(kindOf(*object)));
    item->setForeground(NameColumn, pz::isVisible(*object) ? m_tree->palette().text() : m_tree->palette().placeholderText());
    m_syncing = wasSyncing;
}

void ObjectsPanel::updateItems(const ObjectIds &ids)
{
    for (ObjectId id : ids)
        if (QTreeWidgetItem *item = itemFor(id))
            updateItem(item);
    applyFilter();
}

void ObjectsPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int k = 0; k < m_tree->topLevelItemCount(); ++k) {
        QTreeWidgetItem *group = m_tree->topLevelItem(k);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(NameColumn).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(group->childCount() == 0 || (!text.isEmpty() && shown == 0));
    }
}

void ObjectsPanel::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::ObjectsChanged)
        updateItems(event.ids);
    else if (event.type != ChangeEvent::Type::SiteChanged && event.type != ChangeEvent::Type::ScenariosChanged)
        rebuild();
}

void ObjectsPanel::onTreeSelectionChanged()
{
    if (m_syncing)
        return;
    ObjectIds ids;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QVariant id = item->data(NameColumn, kIdRole);
        if (id.isValid())
            ids << id.value<ObjectId>();
    }
    m_syncing = true;
    m_selection->setSelection(ids);
    m_syncing = false;
}

void ObjectsPanel::onSelectionChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QTreeWidgetItem *last = nullptr;
    m_tree->clearSelection();
    for (ObjectId id : m_selection->selectedIds())
        if (QTreeWidgetItem *item = itemFor(id)) {
            item->setSelected(true);
            last = item;
        }
    if (last)
        m_tree->scrollToItem(last);
    m_syncing = false;
}

void ObjectsPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_syncing || (column != VisibleColumn && column != LockedColumn))
        return;
    const ParkObject *current = m_document->park().find(item->data(NameColumn, kIdRole).value<ObjectId>());
    if (!current)
        return;
    const bool on = item->checkState(column) == Qt::Checked;
    ParkObject changed = *current;
    QString text;
    if (column == VisibleColumn) {
        pz::setVisible(changed, on);
        text = on ? tr("Show %1").arg(nameOf(changed)) : tr("Hide %1").arg(nameOf(changed));
    } else {
        pz::setLocked(changed, on);
        text = on ? tr("Lock %1").arg(nameOf(changed)) : tr("Unlock %1").arg(nameOf(changed));
    }
    if (!m_document->changeObject(changed, text))
        updateItem(item);  // refused: show the model's state again
}

} // namespace pz
