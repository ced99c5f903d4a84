// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimize/optimizercandidates.h"

#include "document/parkdocument.h"
#include "engine/optimizerinput.h"
#include "engine/simulationresult.h"
#include "selectionmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace pz {

namespace {

constexpr int kIdsRole = Qt::UserRole;
enum Column { NameColumn, PlacedColumn, MaxColumn, RoleColumn };

QVariant idsVariant(const ObjectIds &ids)
{
    QVariantList list;
    for (ObjectId id : ids)
        list << QVariant::fromValue(qulonglong(id));
    return list;
}

ObjectIds idsOf(const QTreeWidgetItem *item)
{
    ObjectIds ids;
    for (const QVariant &v : item->data(NameColumn, kIdsRole).toList())
        ids << ObjectId(v.toULongLong());
    return ids;
}

OptimizerRole roleOf(const ParkObject &object)
{
    if (const auto *a = std::get_if<PvArray>(&object))
        return a->optimizerRole;
    if (const auto *b = std::get_if<Building>(&object))
        return b->rooftop.optimizerRole;
    if (const auto *t = std::get_if<WindTurbine>(&object))
        return t->optimizerRole;
    if (const auto *s = std::get_if<Storage>(&object))
        return s->optimizerRole;
    return OptimizerRole::Candidate;
}

void setRoleOf(ParkObject &object, OptimizerRole role)
{
    if (auto *a = std::get_if<PvArray>(&object))
        a->optimizerRole = role;
    else if (auto *b = std::get_if<Building>(&object))
        b->rooftop.optimizerRole = role;
    else if (auto *t = std::get_if<WindTurbine>(&object))
        t->optimizerRole = role;
    else if (auto *s = std::get_if<Storage>(&object))
        s->optimizerRole = role;
}

} // namespace

OptimizerCandidates::OptimizerCandidates(ParkDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_tree(new QTreeWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setObjectName(QStringLiteral("optimizer.candidates"));
    m_tree->setHeaderLabels({tr("Candidate"), tr("Placed"), tr("Largest"), tr("Role")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setToolTip(tr("Candidate: sized from 0 to its largest size. Keep: its placed size is a lower bound. "
                          "Fixed: its placed size is built as it is. Excluded: not built."));
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OptimizerCandidates::onTreeSelection);
    connect(selection, &SelectionModel::selectionChanged, this, &OptimizerCandidates::onMapSelection);
    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type != ChangeEvent::Type::SiteChanged)
            rebuild();
    });
    rebuild();
}

void OptimizerCandidates::setResult(const SimulationResult &result)
{
    m_placedKWp.clear();
    for (const PvObjectResult &o : result.objects)
        m_placedKWp.insert(o.id, o.kwp);
    rebuild();
}

void OptimizerCandidates::rebuild()
{
    const QLocale locale;
    const auto kwp = [&](double v) { return tr("%1 kWp").arg(locale.toString(v, 'f', 0)); };
    const auto placed = [&](ObjectId id) {
        return m_placedKWp.contains(id) ? kwp(m_placedKWp.value(id)) : QStringLiteral("—");
    };
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto *pvRoot = new QTreeWidgetItem(m_tree, {tr("PV")});
    auto *windRoot = new QTreeWidgetItem(m_tree, {tr("Wind")});
    auto *storeRoot = new QTreeWidgetItem(m_tree, {tr("Battery")});
    std::map<QString, std::vector<const WindTurbine *>> groups;
    for (const ParkObject &object : m_document->park().objects()) {
        const ObjectId id = idOf(object);
        QTreeWidgetItem *item = nullptr;
        if (const auto *a = std::get_if<PvArray>(&object)) {
            const double max = a->optimizerMaxKWp >= 0 ? a->optimizerMaxKWp : areaDerivedKwp(*a);
            item = new QTreeWidgetItem(pvRoot, {a->name, placed(id), kwp(max)});
        } else if (const auto *b = std::get_if<Building>(&object); b && b->rooftop.enabled) {
            const QString max = b->rooftop.optimizerMaxKWp >= 0 ? kwp(b->rooftop.optimizerMaxKWp) : tr("as drawn");
            item = new QTreeWidgetItem(pvRoot, {tr("%1 (roof)").arg(b->name), placed(id), max});
        } else if (const auto *t = std::get_if<WindTurbine>(&object)) {
            groups[t->group].push_back(t);
        } else if (const auto *s = std::get_if<Storage>(&object)) {
            item = new QTreeWidgetItem(storeRoot, {s->name, tr("%1 kWh, %2 kW")
                                                                .arg(locale.toString(s->energyKWh, 'f', 0),
                                                                     locale.toString(s->powerKW, 'f', 0)),
                                                   QString()});
        }
        if (item) {
            item->setData(NameColumn, kIdsRole, idsVariant({id}));
            addRoleCombo(item, {id}, int(roleOf(object)));
        }
    }
    for (const auto &[group, turbines] : groups) {
        ObjectIds ids;
        for (const WindTurbine *t : turbines)
            ids << t->id;
        auto *groupItem = new QTreeWidgetItem(windRoot, {group.isEmpty() ? tr("(no group)") : group,
                                                         tr("%n turbine(s)", nullptr, int(turbines.size())),
                                                         tr("%n turbine(s)", nullptr, int(turbines.size()))});
        groupItem->setData(NameColumn, kIdsRole, idsVariant(ids));
        bool same = true;
        for (const WindTurbine *t : turbines)
            same = same && t->optimizerRole == turbines.front()->optimizerRole;
        addRoleCombo(groupItem, ids, same ? int(turbines.front()->optimizerRole) : -1);
        for (const WindTurbine *t : turbines) {
            auto *item = new QTreeWidgetItem(groupItem, {t->name, QString(), QString()});
            item->setData(NameColumn, kIdsRole, idsVariant({t->id}));
            addRoleCombo(item, {t->id}, int(t->optimizerRole));
        }
    }
    for (QTreeWidgetItem *root : {pvRoot, windRoot, storeRoot}) {
        root->setFlags(Qt::ItemIsEnabled);
        root->setHidden(root->childCount() == 0);
    }
    m_tree->expandAll();
    for (int c = PlacedColumn; c <= RoleColumn; ++c)
        m_tree->resizeColumnToContents(c);
    m_syncing = true;
    onMapSelection();
    m_syncing = false;
}

void OptimizerCandidates::addRoleCombo(QTreeWidgetItem *item, const ObjectIds &ids, int role)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("optimizer.role"));
    for (OptimizerRole r : {OptimizerRole::Candidate, OptimizerRole::Keep, OptimizerRole::Fixed, OptimizerRole::Excluded})
        combo->addItem(displayName(r), int(r));
    combo->setCurrentIndex(combo->findData(role));   // -1 (blank) for a group of mixed roles
    connect(combo, &QComboBox::activated, this, [this, ids, combo](int index) {
        const int chosen = combo->itemData(index).toInt();
        // Rebuilding replaces the combo: do it after this signal has returned.
        QMetaObject::invokeMethod(this, [this, ids, chosen] { setRole(ids, chosen); }, Qt::QueuedConnection);
    });
    m_tree->setItemWidget(item, RoleColumn, combo);
}

void OptimizerCandidates::setRole(const ObjectIds &ids, int role)
{
    std::vector<ParkObject> values;
    for (ObjectId id : ids)
        if (const ParkObject *o = m_document->park().find(id)) {
            ParkObject changed = *o;
            setRoleOf(changed, OptimizerRole(role));
            values.push_back(std::move(changed));
        }
    if (!values.empty())
        m_document->changeObjects(values, tr("Change optimizer role"));
}

void OptimizerCandidates::onTreeSelection()
{
    if (m_syncing)
        return;
    ObjectIds ids;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        for (ObjectId id : idsOf(item))
            if (!ids.contains(id))
                ids << id;
    m_syncing = true;
    m_selection->setSelection(ids);
    m_syncing = false;
}

void OptimizerCandidates::onMapSelection()
{
    if (m_syncing && !m_tree->signalsBlocked())
        return;
    const QSignalBlocker blocker(m_tree);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const ObjectIds ids = idsOf(*it);
        bool selected = !ids.isEmpty();
        for (ObjectId id : ids)
            selected = selected && m_selection->isSelected(id);
        (*it)->setSelected(selected);
    }
}

} // namespace pz
