// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapscene.h"

#include "document/parkdocument.h"
#include "io/projectpaths.h"
#include "map/backgrounditem.h"
#include "map/mapcoords.h"
#include "map/objectitem.h"
#include "map/selectionhandlesitem.h"
#include "map/shadowoverlayitem.h"
#include "map/shapepreviewitem.h"
#include "map/siteboundaryitem.h"
#include "selectionmodel.h"

#include <utility>

namespace pz {

namespace {
// The scene spans 200 km: far beyond any park, well within scroll bar range at full zoom.
constexpr double kSceneHalfM = 1.0e5;
} // namespace

MapScene::MapScene(ParkDocument *document, SelectionModel *selection, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_selection(selection)
{
    setSceneRect(-kSceneHalfM, -kSceneHalfM, 2 * kSceneHalfM, 2 * kSceneHalfM);
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_boundaryItem = new SiteBoundaryItem;
    addItem(m_boundaryItem);
    m_shadowItem = new ShadowOverlayItem;
    addItem(m_shadowItem);
    m_handlesItem = new SelectionHandlesItem;
    addItem(m_handlesItem);

    connect(document, &ParkDocument::changed, this, &MapScene::onDocumentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, &MapScene::updateHandles);
    // Relative image paths resolve against the project file's folder.
    connect(document, &ParkDocument::filePathChanged, this, &MapScene::syncBackgrounds);
    rebuildAll();
}

MapScene::~MapScene() = default;

// --- Items ------------------------------------------------------------------------------------

QGraphicsItem *MapScene::itemFor(ObjectId id) const
{
    return m_items.value(id);
}

ObjectItem *MapScene::objectItem(ObjectId id) const
{
    return m_items.value(id);
}

ObjectId MapScene::topObject(const QList<QGraphicsItem *> &items)
{
    // Only the shapes count: a label (screen-sized) may overlap neighbouring objects.
    for (QGraphicsItem *item : items)
        if (item->type() == ObjectItem::Type && item->isVisible())
            return static_cast<ObjectItem *>(item)->id();
    return 0;
}

ObjectIds MapScene::objectsInRect(const Point2 &a, const Point2 &b) const
{
    const QRectF rect = QRectF(mapcoords::toScene(a), mapcoords::toScene(b)).normalized();
    ObjectIds ids;
    for (QGraphicsItem *item : items(rect, Qt::ContainsItemShape))
        if (item->type() == ObjectItem::Type && item->isVisible())
            ids << static_cast<ObjectItem *>(item)->id();
    return ids;
}

void MapScene::onDocumentChanged(const ChangeEvent &event)
{
    // An edit re-syncs the items it concerns: a preview under way was committed (or replaced).
    endPreview();
    switch (event.type) {
    case ChangeEvent::Type::ObjectsAdded:
        for (ObjectId id : event.ids)
            addObjectItem(id);
        break;
    case ChangeEvent::Type::ObjectsRemoved:
        for (ObjectId id : event.ids)
            removeObjectItem(id);
        break;
    case ChangeEvent::Type::ObjectsChanged:
        for (ObjectId id : event.ids)
            syncItem(id);
        break;
    case ChangeEvent::Type::SiteChanged:
        syncSite();
        break;
    case ChangeEvent::Type::ParkReset:
        rebuildAll();
        Q_EMIT parkReset();
        break;
    case ChangeEvent::Type::ScenarioSwitched:
        rebuildAll();  // the view stays where it is: scenarios are compared in one place
        break;
    case ChangeEvent::Type::ScenariosChanged:
        return;  // names and order only; the park is the same
    }
    Q_EMIT contentChanged();
    updateHandles();
}

void MapScene::rebuildAll()
{
    qDeleteAll(m_items);
    m_items.clear();
    for (const auto &o : m_document->park().objects())
        addObjectItem(idOf(o));
    syncSite();
}

void MapScene::addObjectItem(ObjectId id)
{
    const ParkObject *o = m_document->park().find(id);
    if (!o)
        return;
    if (m_items.contains(id)) {
        syncItem(id);
        return;
    }
    ObjectItem *item = ObjectItem::create(*o);
    addItem(item);
    m_items.insert(id, item);
    applyOverlayTo(id);
}

void MapScene::removeObjectItem(ObjectId id)
{
    delete m_items.take(id);
}

void MapScene::syncItem(ObjectId id)
{
    ObjectItem *item = m_items.value(id);
    const ParkObject *o = m_document->park().find(id);
    if (!item || !o)
        return;
    item->syncWithObject(*o);
}

void MapScene::syncSite()
{
    m_boundaryItem->setBoundary(m_document->park().site.boundary);
    syncBackgrounds();
}

void MapScene::syncBackgrounds()
{
    const std::vector<Background> &backgrounds = m_document->park().site.backgrounds;
    while (m_backgroundItems.size() > backgrounds.size()) {
        delete m_backgroundItems.back();
        m_backgroundItems.pop_back();
    }
    while (m_backgroundItems.size() < backgrounds.size()) {
        m_backgroundItems.push_back(new BackgroundItem);
        addItem(m_backgroundItems.back());
    }
    for (std::size_t i = 0; i < backgrounds.size(); ++i)
        m_backgroundItems[i]->sync(backgrounds[i], io::resolveProjectPath(m_document->filePath(), backgrounds[i].filePath),
                                   int(i));
    if (const QStringList problems = backgroundProblems(); problems != m_backgroundProblems) {
        m_backgroundProblems = problems;
        Q_EMIT backgroundProblemsChanged(problems);
    }
}

int MapScene::movableBackgroundAt(const QPointF &scenePos) const
{
    const std::vector<Background> &backgrounds = m_document->park().site.backgrounds;
    for (int i = int(m_backgroundItems.size()) - 1; i >= 0; --i) {
        const BackgroundItem *item = m_backgroundItems[std::size_t(i)];
        if (item->isVisible() && !backgrounds[std::size_t(i)].locked && item->contains(item->mapFromScene(scenePos)))
            return i;
    }
    return -1;
}

void MapScene::previewBackgroundOffset(int index, double dxM, double dyM)
{
    if (index >= 0 && index < int(m_backgroundItems.size()))
        m_backgroundItems[std::size_t(index)]->setPos(dxM, -dyM);
}

QStringList MapScene::backgroundProblems() const
{
    QStringList problems;
    for (const BackgroundItem *item : m_backgroundItems)
        if (!item->problem().isEmpty())
            problems << tr("Background image not shown: %1").arg(item->problem());
    return problems;
}

// --- Selection handles ------------------------------------------------------------------------

void MapScene::setRotateHandleShown(bool on)
{
    m_rotateHandleShown = on;
    updateHandles();
}

void MapScene::setPixelSizeM(double metresPerPixel)
{
    m_handlesItem->setPixelSizeM(metresPerPixel);
}

void MapScene::updateHandles()
{
    QVector<QPolygonF> outlines;
    bool rotatable = false;
    for (ObjectId id : m_selection->selectedIds()) {
        ObjectItem *item = m_items.value(id);
        if (!item || !item->isVisible())
            continue;
        outlines << item->sceneOutline().translated(item->pos());
        if (const ParkObject *o = m_document->park().find(id); o && !isLocked(*o))
            rotatable = true;
    }
    m_handlesItem->setPos(0, 0);
    m_handlesItem->setOutlines(outlines, rotatable && m_rotateHandleShown);
}

// --- Previews ---------------------------------------------------------------------------------

void MapScene::previewObjects(const std::vector<ParkObject> &values)
{
    for (const auto &v : values)
        if (ObjectItem *item = m_items.value(idOf(v)))
            item->syncWithObject(v);
    updateHandles();
    m_previewing = true;
    Q_EMIT previewChanged(values);
}

void MapScene::previewOffset(const ObjectIds &ids, double dxM, double dyM)
{
    // Moving the items is all a drag needs: no geometry is rebuilt until the drop.
    const QPointF offset(dxM, -dyM);
    for (ObjectId id : ids)
        if (ObjectItem *item = m_items.value(id))
            item->setPos(offset);
    updateHandles();
    std::vector<ParkObject> moved;
    moved.reserve(std::size_t(ids.size()));
    for (ObjectId id : ids)
        if (const ParkObject *o = m_document->park().find(id))
            moved.push_back(translatedObject(*o, dxM, dyM));
    m_previewing = true;
    Q_EMIT previewChanged(moved);
}

void MapScene::endPreview()
{
    if (!m_previewing)
        return;
    m_previewing = false;
    Q_EMIT previewEnded();
}

void MapScene::restoreFromDocument(const ObjectIds &ids)
{
    for (ObjectId id : ids)
        syncItem(id);
    Q_EMIT contentChanged();
    updateHandles();
    endPreview();
}

void MapScene::previewSiteBoundary(const Outline &boundary)
{
    m_boundaryItem->setBoundary(boundary);
}

void MapScene::restoreSiteFromDocument()
{
    syncSite();
    Q_EMIT contentChanged();
}

// --- Overlay and tooltips ---------------------------------------------------------------------

void MapScene::setOverlay(const MapOverlay &overlay)
{
    m_overlay = overlay;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        applyOverlayTo(it.key());
    m_shadowItem->setShadows(overlay.shadows);
    Q_EMIT overlayChanged();
}

void MapScene::applyOverlayTo(ObjectId id)
{
    if (ObjectItem *item = m_items.value(id))
    {
        item->setOverlayFill(m_overlay.fill.value(id));
        item->setOverlayBody(m_overlay.body.value(id));
    }
}

void MapScene::setToolTipProvider(std::function<QString(ObjectId)> provider)
{
    m_toolTipProvider = std::move(provider);
}

QString MapScene::toolTipFor(ObjectId id) const
{
    return id != 0 && m_toolTipProvider ? m_toolTipProvider(id) : QString();
}

// --- Export -----------------------------------------------------------------------------------

MapScene::PlainRendering::PlainRendering(MapScene *scene)
{
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        if ((item == scene->m_handlesItem || item->type() == ShapePreviewItem::Type) && item->isVisible()) {
            item->setVisible(false);
            m_hidden << item;
        }
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            m_cached << qMakePair(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
}

MapScene::PlainRendering::~PlainRendering()
{
    for (const auto &entry : std::as_const(m_cached))
        entry.first->setCacheMode(entry.second);
    for (QGraphicsItem *item : std::as_const(m_hidden))
        item->setVisible(true);
}

} // namespace pz
