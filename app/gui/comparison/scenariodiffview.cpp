// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison/scenariodiffview.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "selectionmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsPolygonItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace pz {

namespace {

QIcon swatch(const QColor &colour, bool dashed)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QColor fill = colour;
    fill.setAlpha(dashed ? 40 : 110);
    p.setBrush(fill);
    p.setPen(QPen(colour, 2, dashed ? Qt::DashLine : Qt::SolidLine));
    p.drawRect(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

QString objectText(const ParkObject &object)
{
    //: an object's name and its kind, e.g. "South field (PV array)"
    return ScenarioDiffView::tr("%1 (%2)").arg(nameOf(object), displayName(kindOf(object)));
}

} // namespace

QColor ScenarioDiffView::addedColor() { return QColor(0x1a, 0x9e, 0x3f); }
QColor ScenarioDiffView::removedColor() { return QColor(0xd0, 0x21, 0x2a); }
QColor ScenarioDiffView::changedColor() { return QColor(0xe6, 0x9f, 0x00); }

ScenarioDiffView::ScenarioDiffView(ParkDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_shown(std::make_unique<ParkDocument>()),
      m_selection(std::make_unique<SelectionModel>(m_shown.get())),
      m_scene(new MapScene(m_shown.get(), m_selection.get(), this)), m_view(new MapView(m_scene)),
      m_from(new QComboBox), m_to(new QComboBox), m_summary(new QLabel), m_list(new QListWidget)
{
    m_view->setObjectName(QStringLiteral("comparisonDiffMap"));
    m_from->setObjectName(QStringLiteral("comparisonDiffFrom"));
    m_to->setObjectName(QStringLiteral("comparisonDiffTo"));
    m_list->setObjectName(QStringLiteral("comparisonDiffList"));
    // The choices are the user's own scenario names.
    m_from->setProperty("pzUserData", true);
    m_to->setProperty("pzUserData", true);
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_summary);
    side->addWidget(m_list, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(side, 1);
    layout->addWidget(m_view, 3);

    MapOverlay legend;
    legend.legendTitle = tr("From the first scenario to the second");
    legend.legend = {{addedColor(), tr("Added")}, {changedColor(), tr("Changed")}, {removedColor(), tr("Removed (dashed)")}};
    m_scene->setOverlay(legend);

    const auto update = [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    };
    connect(m_from, &QComboBox::currentIndexChanged, this, update);
    connect(m_to, &QComboBox::currentIndexChanged, this, update);
    connect(m_document, &ParkDocument::changed, this, [this, update](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::ParkReset) {
            // Another project: the default choice again.
            m_from->clear();
            m_to->clear();
        }
        if (event.type != ChangeEvent::Type::ObjectsAdded && event.type != ChangeEvent::Type::ObjectsRemoved &&
            event.type != ChangeEvent::Type::ObjectsChanged && event.type != ChangeEvent::Type::SiteChanged)
            fillCombos();
        update();
    });
    fillCombos();
}

ScenarioDiffView::~ScenarioDiffView()
{
    for (QGraphicsItem *item : m_markers)
        delete item;
    delete m_view;
    delete m_scene;
}

// The scenarios in project order; a choice of two scenarios is kept by id, else the first and the
// active one (or the second when the first is active).
void ScenarioDiffView::fillCombos()
{
    const Project &project = m_document->project();
    const QString fromId = m_from->currentData().toString(), toId = m_to->currentData().toString();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (const Scenario &s : project.scenarios()) {
        m_from->addItem(s.name, s.id);
        m_to->addItem(s.name, s.id);
    }
    const int active = project.activeIndex();
    int from = project.indexOf(fromId), to = project.indexOf(toId);
    if (from < 0 || to < 0 || (from == to && project.count() > 1)) {
        from = 0;
        to = active != 0 ? active : std::min(1, project.count() - 1);
    }
    m_from->setCurrentIndex(from);
    m_to->setCurrentIndex(to);
    m_dirty = true;
}

void ScenarioDiffView::setScenarios(int fromIndex, int toIndex)
{
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setCurrentIndex(fromIndex);
        m_to->setCurrentIndex(toIndex);
    }
    m_dirty = true;
    refresh();
}

void ScenarioDiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ScenarioDiffView::refresh()
{
    m_dirty = false;
    const Project &project = m_document->project();
    const int fromIndex = project.indexOf(m_from->currentData().toString());
    const int toIndex = project.indexOf(m_to->currentData().toString());
    if (fromIndex < 0 || toIndex < 0)
        return;
    const Park &from = project.at(fromIndex).park, &to = project.at(toIndex).park;
    m_diff = diffParks(from, to);
    m_shown->setFilePath(m_document->filePath());   // background images relative to the project
    if (!(m_shown->park() == to))
        m_shown->resetPark(to);
    fillList(from, to);
    drawMarkers(from, to);
    if (project.count() < 2)
        m_summary->setText(tr("The project has one scenario: there is nothing to compare."));
    else if (fromIndex == toIndex)
        m_summary->setText(tr("Choose two different scenarios."));
    else if (m_diff.isEmpty())
        m_summary->setText(tr("The two scenarios have the same objects and site."));
    else
        m_summary->setText(tr("%1 added, %2 removed, %3 changed")
                               .arg(m_diff.added.size())
                               .arg(m_diff.removed.size())
                               .arg(m_diff.changed.size()));
}

void ScenarioDiffView::fillList(const Park &from, const Park &to)
{
    m_list->clear();
    const auto add = [this](const QColor &colour, bool dashed, const QString &text) {
        m_list->addItem(new QListWidgetItem(swatch(colour, dashed), text));
    };
    for (ObjectId id : m_diff.added)
        if (const ParkObject *o = to.find(id))
            add(addedColor(), false, tr("Added: %1").arg(objectText(*o)));
    for (ObjectId id : m_diff.changed)
        if (const ParkObject *o = to.find(id))
            add(changedColor(), false, tr("Changed: %1").arg(objectText(*o)));
    for (ObjectId id : m_diff.removed)
        if (const ParkObject *o = from.find(id))
            add(removedColor(), true, tr("Removed: %1").arg(objectText(*o)));
    if (m_diff.siteChanged)
        add(changedColor(), false, tr("Site settings differ (location, weather, grid, carbon or costs)"));
}

void ScenarioDiffView::drawMarkers(const Park &from, const Park &to)
{
    for (QGraphicsItem *item : m_markers)
        delete item;
    m_markers.clear();
    const auto mark = [this](const ParkObject &o, const QColor &colour, bool dashed) {
        QPen pen(colour, 2.5, dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        QColor fill = colour;
        fill.setAlpha(dashed ? 35 : 80);
        auto *item = m_scene->addPolygon(mapcoords::toScene(footprintOf(o)), pen, QBrush(fill));
        item->setZValue(1000);
        item->setAcceptedMouseButtons(Qt::NoButton);
        m_markers.push_back(item);
    };
    for (ObjectId id : m_diff.added)
        if (const ParkObject *o = to.find(id))
            mark(*o, addedColor(), false);
    for (ObjectId id : m_diff.changed)
        if (const ParkObject *o = to.find(id))
            mark(*o, changedColor(), false);
    for (ObjectId id : m_diff.removed)
        if (const ParkObject *o = from.find(id))
            mark(*o, removedColor(), true);
}

} // namespace pz
