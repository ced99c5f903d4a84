// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/maptoolcontext.h"

#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/selectionhandlesitem.h"

namespace pz {

MapToolContext::MapToolContext(MapScene *scene, MapView *view) : m_scene(scene), m_view(view) {}

ParkDocument *MapToolContext::document() const { return m_scene->document(); }
SelectionModel *MapToolContext::selection() const { return m_scene->selection(); }

double MapToolContext::metresPerPixel() const { return m_view->metresPerPixel(); }
Point2 MapToolContext::snapped(const Point2 &planM) const { return m_view->snapped(planM); }
QPoint MapToolContext::toView(const Point2 &planM) const { return m_view->toView(planM); }

ObjectId MapToolContext::objectAt(const QPoint &viewPos) const { return m_view->objectAt(viewPos); }

ObjectIds MapToolContext::objectsInRect(const Point2 &a, const Point2 &b) const
{
    return m_scene->objectsInRect(a, b);
}

std::optional<QPointF> MapToolContext::rotateHandleViewPos() const
{
    const QPointF handle = m_scene->handlesItem()->rotateHandlePos();
    if (handle.isNull())
        return std::nullopt;
    return m_view->viewportTransform().map(handle);
}

void MapToolContext::setRotateHandleShown(bool on) { m_scene->setRotateHandleShown(on); }

void MapToolContext::addPreviewItem(QGraphicsItem *item) { m_scene->addItem(item); }

void MapToolContext::previewObjects(const std::vector<ParkObject> &values) { m_scene->previewObjects(values); }

void MapToolContext::previewOffset(const ObjectIds &ids, double dxM, double dyM)
{
    m_scene->previewOffset(ids, dxM, dyM);
}

void MapToolContext::restoreFromDocument(const ObjectIds &ids) { m_scene->restoreFromDocument(ids); }
void MapToolContext::previewSiteBoundary(const Outline &boundary) { m_scene->previewSiteBoundary(boundary); }
void MapToolContext::restoreSiteFromDocument() { m_scene->restoreSiteFromDocument(); }

int MapToolContext::movableBackgroundAt(const QPoint &viewPos) const
{
    return m_scene->movableBackgroundAt(m_view->mapToScene(viewPos));
}

void MapToolContext::previewBackgroundOffset(int index, double dxM, double dyM)
{
    m_scene->previewBackgroundOffset(index, dxM, dyM);
}

void MapToolContext::setInputText(const QString &text) { m_view->setInputText(text); }
void MapToolContext::showStatus(const QString &text) { m_view->showStatus(text); }
void MapToolContext::setCursor(const QCursor &cursor) { m_view->viewport()->setCursor(cursor); }

} // namespace pz
