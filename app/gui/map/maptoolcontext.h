// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ToolContext of the site plan: what tools may use, served by a MapScene (document,
// selection, previews, selection handles) and a MapView (zoom, snapping, viewport positions,
// typed input, status, cursor).

#include "tools/toolcontext.h"

namespace pz {

class MapScene;
class MapView;

class MapToolContext final : public ToolContext
{
public:
    MapToolContext(MapScene *scene, MapView *view);

    ParkDocument *document() const override;
    SelectionModel *selection() const override;

    double metresPerPixel() const override;
    Point2 snapped(const Point2 &planM) const override;
    QPoint toView(const Point2 &planM) const override;

    ObjectId objectAt(const QPoint &viewPos) const override;
    ObjectIds objectsInRect(const Point2 &a, const Point2 &b) const override;
    std::optional<QPointF> rotateHandleViewPos() const override;
    void setRotateHandleShown(bool on) override;

    void addPreviewItem(QGraphicsItem *item) override;
    void previewObjects(const std::vector<ParkObject> &values) override;
    void previewOffset(const ObjectIds &ids, double dxM, double dyM) override;
    void restoreFromDocument(const ObjectIds &ids) override;
    void previewSiteBoundary(const Outline &boundary) override;
    void restoreSiteFromDocument() override;
    int movableBackgroundAt(const QPoint &viewPos) const override;
    void previewBackgroundOffset(int index, double dxM, double dyM) override;

    void setInputText(const QString &text) override;
    void showStatus(const QString &text) override;
    void setCursor(const QCursor &cursor) override;

private:
    MapScene *m_scene;
    MapView *m_view;
};

} // namespace pz
