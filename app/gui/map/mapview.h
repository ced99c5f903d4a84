// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site plan's viewport: a zoomable, pannable QGraphicsView of a MapScene (in metres). It
// owns what depends on the zoom and the screen: the grid and snapping to it, label placement,
// the scale bar, north arrow, legend and typed input, plan ↔ viewport conversions and hit testing
// at a viewport position. It forwards mouse and key input to the active tool of a ToolManager
// (owned by the window); events a tool does not use fall through to the default handling.

#include "geometry/geometry.h"
#include "model/objectid.h"

#include <QGraphicsView>
#include <QPointer>

class QAction;

namespace pz {

class AbstractTool;
class MapScene;
class ToolManager;
struct MapMouseEvent;

class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);
    ~MapView() override;

    MapScene *mapScene() const { return m_scene; }
    // The tools that get this view's input (their actions become the view's shortcuts).
    void setToolManager(ToolManager *tools);
    ToolManager *toolManager() const;

    // Zoom to fit site, zoom to selection, show grid, snap to grid (the last two checkable).
    QList<QAction *> viewActions() const;
    void zoomToFitSite();
    void zoomToSelection();
    // Multiplies the zoom by factor keeping the scene point under viewPos fixed.
    void zoomAt(const QPoint &viewPos, double factor);
    double pixelsPerMetre() const;
    // Metres per viewport pixel at the current zoom.
    double metresPerPixel() const { return 1.0 / pixelsPerMetre(); }

    QPointF toScene(const Point2 &planM) const;
    Point2 toPlan(const QPointF &scene) const;
    // Viewport pixel position of a plan point, and back.
    QPoint toView(const Point2 &planM) const;
    Point2 viewToPlan(const QPoint &viewPos) const;

    // The topmost visible object under a viewport position, or 0.
    ObjectId objectAt(const QPoint &viewPos) const;

    bool isGridVisible() const;
    bool isSnapEnabled() const;
    void setGridVisible(bool on);
    void setSnapEnabled(bool on);
    // The current grid spacing (follows the zoom: 1, 5, 10, 50, 100 m ...).
    double gridSpacingM() const;
    // A plan point snapped to the grid when snapping is on.
    Point2 snapped(const Point2 &planM) const;

    // Text drawn near the cursor while typing a value (a length, an angle); empty hides it.
    void setInputText(const QString &text);
    QString inputText() const { return m_inputText; }

    void showStatus(const QString &text);

    // Paints what the viewport shows (plan, overlays, scale bar, north arrow, legend) into
    // target, without the editing aids (selection handles, tool previews, typed input). For
    // export: items are painted uncached so that vector devices get vector shapes.
    void renderPlan(QPainter *painter, const QRectF &target);

    // Chooses for every object label its full text, its compact text or none: a text shows only
    // where it fits its object and does not overlap a label already placed (buildings first,
    // then larger objects). Runs after zoom and document changes (deferred, once per batch);
    // panning never changes it.
    void layoutLabels();

Q_SIGNALS:
    void cursorMoved(const QPointF &planM);
    void statusMessage(const QString &text);

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
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    AbstractTool *activeTool() const;
    MapMouseEvent makeMouseEvent(QMouseEvent *event) const;
    bool startPan(QMouseEvent *event);
    void restoreCursor();
    void zoomToPlanRect(const pz::Box &box);
    void onZoomChanged();
    void scheduleLabelLayout();

    MapScene *m_scene;
    QPointer<ToolManager> m_tools;
    QAction *m_fitAction = nullptr;
    QAction *m_fitSelectionAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_snapAction = nullptr;
    QString m_inputText;
    QPoint m_lastCursorViewPos;
    bool m_spaceHeld = false;
    bool m_fittedOnce = false;
    bool m_labelLayoutPending = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace pz
