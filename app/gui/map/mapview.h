#pragma once
// The site plan: a zoomable, pannable QGraphicsView of the park in metres. It mirrors the
// document (one item per object, refreshed from changed() events), shows the selection, a grid,
// a scale bar and a north arrow, and forwards mouse and key input to the active editing tool.

#include "geometry/geometry.h"
#include "map/mapoverlay.h"
#include "model/objectid.h"
#include "model/parkobject.h"

#include <QGraphicsView>
#include <QHash>
#include <functional>

class QAction;
class QGraphicsItem;

namespace pz {

class ParkDocument;
class SelectionModel;
class ToolManager;
class ObjectItem;
class SiteBoundaryItem;
class ShadowOverlayItem;
class SelectionHandlesItem;
struct ChangeEvent;
struct MapMouseEvent;

class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    MapView(ParkDocument *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~MapView() override;

    ParkDocument *document() const { return m_document; }
    SelectionModel *selection() const { return m_selection; }
    ToolManager *toolManager() const { return m_toolManager; }

    // Zoom to fit site, zoom to selection, show grid, snap to grid (the last two checkable).
    QList<QAction *> viewActions() const;
    void zoomToFitSite();
    void zoomToSelection();
    // Multiplies the zoom by factor keeping the scene point under viewPos fixed.
    void zoomAt(const QPoint &viewPos, double factor);
    double pixelsPerMetre() const;

    void setOverlay(const MapOverlay &overlay);
    const MapOverlay &overlay() const { return m_overlay; }
    void setToolTipProvider(std::function<QString(ObjectId)> provider);

    QPointF toScene(const Point2 &planM) const;
    Point2 toPlan(const QPointF &scene) const;
    // Viewport pixel position of a plan point, and back.
    QPoint toView(const Point2 &planM) const;
    Point2 viewToPlan(const QPoint &viewPos) const;

    QGraphicsItem *itemFor(ObjectId id) const;
    ObjectItem *objectItem(ObjectId id) const;
    // The topmost visible object under a viewport position, or 0.
    ObjectId objectAt(const QPoint &viewPos) const;
    // Objects whose footprint lies entirely within the plan rectangle spanned by a and b.
    ObjectIds objectsInRect(const Point2 &a, const Point2 &b) const;

    bool isGridVisible() const;
    bool isSnapEnabled() const;
    void setGridVisible(bool on);
    void setSnapEnabled(bool on);
    // The current grid spacing (follows the zoom: 1, 5, 10, 50, 100 m ...).
    double gridSpacingM() const;
    // A plan point snapped to the grid when snapping is on.
    Point2 snapped(const Point2 &planM) const;

    // Tool previews: shows objects with preview values (not in the model) or moved by an offset;
    // restoreFromDocument() shows the document's values again.
    void previewObjects(const std::vector<ParkObject> &values);
    bool isPreviewing() const { return m_previewing; }
    void previewOffset(const ObjectIds &ids, double dxM, double dyM);
    void restoreFromDocument(const ObjectIds &ids);
    // The same for the site boundary.
    void previewSiteBoundary(const Outline &boundary);
    void restoreSiteFromDocument();

    // Text drawn near the cursor while typing a value (a length, an angle); empty hides it.
    void setInputText(const QString &text);
    QString inputText() const { return m_inputText; }

    void showStatus(const QString &text);

    // Paints what the viewport shows (plan, overlays, scale bar, north arrow, legend) into
    // target, without the editing aids (selection handles, tool previews, typed input). For
    // export: items are painted uncached so that vector devices get vector shapes.
    void renderPlan(QPainter *painter, const QRectF &target);

    // The selection handles (the select tool hit-tests the rotate handle).
    SelectionHandlesItem *handlesItem() const { return m_handlesItem; }
    // Metres per viewport pixel at the current zoom.
    double metresPerPixel() const { return 1.0 / pixelsPerMetre(); }
    // Re-reads the selection outlines from the items (after a preview changed them).
    void updateHandles();
    // Chooses for every object label its full text, its compact text or none: a text shows only
    // where it fits its object and does not overlap a label already placed (buildings first,
    // then larger objects). Runs after zoom and document changes (deferred, once per batch);
    // panning never changes it.
    void layoutLabels();

Q_SIGNALS:
    void cursorMoved(const QPointF &planM);
    void statusMessage(const QString &text);
    // A tool shows objects with values that are not in the document (a drag under way): the
    // objects as previewed. previewEnded: the preview was committed or cancelled.
    void previewChanged(const std::vector<pz::ParkObject> &values);
    void previewEnded();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &event);
    void onSelectionChanged();
    void rebuildAll();
    void addItem(ObjectId id);
    void removeItem(ObjectId id);
    void syncItem(ObjectId id);
    void endPreview();
    void syncSite();
    void applyOverlayTo(ObjectId id);
    MapMouseEvent makeMouseEvent(QMouseEvent *event) const;
    void zoomToPlanRect(const pz::Box &box);
    void drawScaleBar(QPainter *painter);
    void drawNorthArrow(QPainter *painter);
    void drawLegend(QPainter *painter);
    void drawInputText(QPainter *painter);
    void onZoomChanged();
    void scheduleLabelLayout();

    ParkDocument *m_document;
    SelectionModel *m_selection;
    ToolManager *m_toolManager = nullptr;
    QHash<ObjectId, ObjectItem *> m_items;
    SiteBoundaryItem *m_boundaryItem = nullptr;
    ShadowOverlayItem *m_shadowItem = nullptr;
    SelectionHandlesItem *m_handlesItem = nullptr;
    MapOverlay m_overlay;
    std::function<QString(ObjectId)> m_toolTipProvider;
    QAction *m_fitAction = nullptr;
    QAction *m_fitSelectionAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_snapAction = nullptr;
    QString m_inputText;
    bool m_previewing = false;  // objects show values not in the document
    QPoint m_lastCursorViewPos;
    bool m_spaceHeld = false;
    bool m_fittedOnce = false;
    bool m_labelLayoutPending = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace pz
