// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapview.h"

#include "document/parkdocument.h"
#include "map/labellayout.h"
#include "map/mapcoords.h"
#include "map/mapdecorations.h"
#include "map/mappalette.h"
#include "map/mapscene.h"
#include "resourceinit.h"
#include "selectionmodel.h"
#include "tools/abstracttool.h"
#include "tools/mapmouseevent.h"
#include "tools/toolmanager.h"

#include <QAction>
#include <QIcon>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <utility>

namespace pz {

namespace {

constexpr double kMinPxPerM = 0.002;
constexpr double kMaxPxPerM = 400.0;
// Grid lines are at least this far apart on screen.
constexpr double kMinGridPx = 14.0;

// 1, 5, 10, 50, 100, ... metres.
double gridStep(int i)
{
    return std::pow(10.0, i / 2) * ((i % 2) ? 5.0 : 1.0);
}

} // namespace

MapView::MapView(MapScene *scene, QWidget *parent) : QGraphicsView(parent), m_scene(scene)
{
    ensureResources();
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    // The grid is redrawn only when the view pans or zooms, not on every frame of a drag.
    setCacheMode(CacheBackground);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragMode(NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(MapPalette(palette()).background());
    setFrameShape(QFrame::NoFrame);
    createActions();
    addActions(viewActions());

    connect(scene, &MapScene::contentChanged, this, [this] {
        scheduleLabelLayout();
        viewport()->update();  // the north arrow
    });
    connect(scene, &MapScene::parkReset, this, &MapView::zoomToFitSite);
    connect(scene, &MapScene::overlayChanged, viewport(), qOverload<>(&QWidget::update));

    setTransform(QTransform::fromScale(2.0, 2.0));
    onZoomChanged();
    zoomToFitSite();
}

MapView::~MapView() = default;

void MapView::createActions()
{
    m_fitAction = new QAction(tr("Zoom to &Fit Site"), this);
    m_fitAction->setShortcut(QKeySequence(tr("F")));
    m_fitAction->setToolTip(tr("Show the whole site"));
    connect(m_fitAction, &QAction::triggered, this, &MapView::zoomToFitSite);
    m_fitSelectionAction = new QAction(tr("Zoom to &Selection"), this);
    m_fitSelectionAction->setShortcut(QKeySequence(tr("Shift+F")));
    connect(m_fitSelectionAction, &QAction::triggered, this, &MapView::zoomToSelection);
    m_gridAction = new QAction(tr("Show &Grid"), this);
    m_gridAction->setCheckable(true);
    m_gridAction->setChecked(true);
    connect(m_gridAction, &QAction::toggled, this, [this] {
        resetCachedContent();
        viewport()->update();
    });
    m_snapAction = new QAction(tr("S&nap to Grid"), this);
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
    m_snapAction->setToolTip(tr("Snap points to the grid"));
    m_gridAction->setToolTip(tr("Show the grid"));
    m_fitSelectionAction->setToolTip(tr("Show the selected objects"));
    m_fitAction->setIcon(QIcon(QStringLiteral(":/icons/zoomfit.svg")));
    m_fitSelectionAction->setIcon(QIcon(QStringLiteral(":/icons/zoomselection.svg")));
    m_gridAction->setIcon(QIcon(QStringLiteral(":/icons/grid.svg")));
    m_snapAction->setIcon(QIcon(QStringLiteral(":/icons/snap.svg")));
}

void MapView::setToolManager(ToolManager *tools)
{
    if (m_tools)
        for (QAction *action : m_tools->actions())
            removeAction(action);
    m_tools = tools;
    if (tools)
        addActions(tools->actions());
}

ToolManager *MapView::toolManager() const
{
    return m_tools;
}

AbstractTool *MapView::activeTool() const
{
    return m_tools ? m_tools->activeTool() : nullptr;
}

QList<QAction *> MapView::viewActions() const
{
    return {m_fitAction, m_fitSelectionAction, m_gridAction, m_snapAction};
}

// --- Coordinates ------------------------------------------------------------------------------

QPointF MapView::toScene(const Point2 &planM) const
{
    return mapcoords::toScene(planM);
}

Point2 MapView::toPlan(const QPointF &scene) const
{
    return mapcoords::toPlan(scene);
}

QPoint MapView::toView(const Point2 &planM) const
{
    return viewportTransform().map(toScene(planM)).toPoint();
}

Point2 MapView::viewToPlan(const QPoint &viewPos) const
{
    return toPlan(viewportTransform().inverted().map(QPointF(viewPos)));
}

double MapView::pixelsPerMetre() const
{
    return transform().m11();
}

// --- Zoom -------------------------------------------------------------------------------------

void MapView::zoomAt(const QPoint &viewPos, double factor)
{
    const double current = pixelsPerMetre();
    const double target = std::clamp(current * factor, kMinPxPerM, kMaxPxPerM);
    if (qFuzzyCompare(target, current))
        return;
    const QPointF anchor = viewportTransform().inverted().map(QPointF(viewPos));
    setTransform(QTransform::fromScale(target, target));
    const QPointF now = viewportTransform().map(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(now.x() - viewPos.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(now.y() - viewPos.y()));
    onZoomChanged();
}

void MapView::zoomToPlanRect(const pz::Box &box)
{
    QRectF rect = QRectF(toScene(box.min_corner()), toScene(box.max_corner())).normalized();
    if (!(rect.width() > 0.0) && !(rect.height() > 0.0))
        rect = QRectF(rect.center() - QPointF(50, 50), QSizeF(100, 100));
    const double margin = 0.08 * std::max(rect.width(), rect.height()) + 2.0;
    rect.adjust(-margin, -margin, margin, margin);
    const QSize vp = viewport()->size();
    const double s = std::clamp(std::min(vp.width() / rect.width(), vp.height() / rect.height()), kMinPxPerM,
                                kMaxPxPerM);
    setTransform(QTransform::fromScale(s, s));
    centerOn(rect.center());
    onZoomChanged();
}

void MapView::zoomToFitSite()
{
    const Park &park = m_scene->document()->park();
    Outline all = park.site.boundary;
    for (const auto &o : park.objects())
        if (pz::isVisible(o)) {
            const Outline f = footprintOf(o);
            all.insert(all.end(), f.begin(), f.end());
        }
    if (all.empty())
        all = {{-100, -100}, {100, 100}};
    zoomToPlanRect(envelope(all));
}

void MapView::zoomToSelection()
{
    Outline all;
    for (ObjectId id : m_scene->selection()->selectedIds())
        if (const ParkObject *o = m_scene->document()->park().find(id)) {
            const Outline f = footprintOf(*o);
            all.insert(all.end(), f.begin(), f.end());
        }
    if (all.empty())
        return;
    zoomToPlanRect(envelope(all));
}

void MapView::onZoomChanged()
{
    m_scene->setPixelSizeM(metresPerPixel());
    scheduleLabelLayout();
    viewport()->update();
}

// --- Labels -----------------------------------------------------------------------------------

void MapView::scheduleLabelLayout()
{
    if (m_labelLayoutPending)
        return;
    m_labelLayoutPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_labelLayoutPending)
            layoutLabels();
    });
}

void MapView::layoutLabels()
{
    m_labelLayoutPending = false;
    labellayout::place(m_scene->objectItems(), pixelsPerMetre());
}

// --- Grid and snapping -----------------------------------------------------------------------

bool MapView::isGridVisible() const { return m_gridAction->isChecked(); }
bool MapView::isSnapEnabled() const { return m_snapAction->isChecked(); }
void MapView::setGridVisible(bool on) { m_gridAction->setChecked(on); }
void MapView::setSnapEnabled(bool on) { m_snapAction->setChecked(on); }

double MapView::gridSpacingM() const
{
    const double s = pixelsPerMetre();
    for (int i = 0; i < 16; ++i)
        if (gridStep(i) * s >= kMinGridPx)
            return gridStep(i);
    return gridStep(15);
}

Point2 MapView::snapped(const Point2 &planM) const
{
    if (!isSnapEnabled())
        return planM;
    const double g = gridSpacingM();
    return {std::round(planM.x() / g) * g, std::round(planM.y() / g) * g};
}

// --- Hit testing ------------------------------------------------------------------------------

ObjectId MapView::objectAt(const QPoint &viewPos) const
{
    return MapScene::topObject(items(viewPos));
}

// --- Input text, status -----------------------------------------------------------------------

void MapView::setInputText(const QString &text)
{
    if (text == m_inputText)
        return;
    m_inputText = text;
    viewport()->update();
}

void MapView::showStatus(const QString &text)
{
    Q_EMIT statusMessage(text);
}

// --- Painting ---------------------------------------------------------------------------------

void MapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, backgroundBrush());
    if (isGridVisible())
        MapDecorations::drawGrid(painter, rect, gridSpacingM(), MapPalette(palette()));
}

void MapView::renderPlan(QPainter *painter, const QRectF &target)
{
    if (m_labelLayoutPending)
        layoutLabels();
    const MapScene::PlainRendering plain(m_scene);
    const QString input = std::exchange(m_inputText, QString());
    render(painter, target, viewport()->rect(), Qt::IgnoreAspectRatio);
    m_inputText = input;
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    // Back to viewport pixels: undo the view transform but keep any scaling of the target (an
    // export renders the viewport into a larger image).
    painter->setWorldTransform(viewportTransform().inverted(), true);
    painter->setRenderHint(QPainter::Antialiasing);
    const MapPalette colours(palette());
    const QSize size = viewport()->size();
    MapDecorations::drawScaleBar(painter, size, pixelsPerMetre(), colours);
    MapDecorations::drawNorthArrow(painter, size, m_scene->document()->park().site.northRotationDeg, colours);
    MapDecorations::drawLegend(painter, font(), size, m_scene->overlay(), colours);
    MapDecorations::drawInputText(painter, font(), m_lastCursorViewPos, m_inputText, colours);
    painter->restore();
}

void MapView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setBackgroundBrush(MapPalette(palette()).background());
        resetCachedContent();
    }
}

// --- Input ------------------------------------------------------------------------------------

MapMouseEvent MapView::makeMouseEvent(QMouseEvent *event) const
{
    MapMouseEvent e;
    e.viewPos = event->position().toPoint();
    e.rawPlan = toPlan(viewportTransform().inverted().map(event->position()));
    e.plan = snapped(e.rawPlan);
    e.button = event->button();
    e.buttons = event->buttons();
    e.modifiers = event->modifiers();
    return e;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomAt(event->position().toPoint(), std::pow(1.2, steps));
    event->accept();
}

bool MapView::startPan(QMouseEvent *event)
{
    if (!(event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)))
        return false;
    m_panning = true;
    m_panLast = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    return true;
}

void MapView::restoreCursor()
{
    AbstractTool *tool = activeTool();
    viewport()->setCursor(m_spaceHeld ? QCursor(Qt::OpenHandCursor) : tool ? tool->cursor() : QCursor());
}

// Panning comes first (it works under every tool), then the active tool; what the tool does not
// use goes to QGraphicsView's handling (the scene's items).
void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_lastCursorViewPos = event->position().toPoint();
    if (startPan(event)) {
        event->accept();
        return;
    }
    if (AbstractTool *tool = activeTool(); tool && tool->mousePress(makeMouseEvent(event))) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_lastCursorViewPos = pos;
    if (m_panning) {
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    const MapMouseEvent e = makeMouseEvent(event);
    Q_EMIT cursorMoved(QPointF(e.rawPlan.x(), e.rawPlan.y()));
    AbstractTool *tool = activeTool();
    const bool used = tool && tool->mouseMove(e);
    if (!m_inputText.isEmpty())
        viewport()->update();
    if (used) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        restoreCursor();
        event->accept();
        return;
    }
    if (AbstractTool *tool = activeTool(); tool && tool->mouseRelease(makeMouseEvent(event))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (AbstractTool *tool = activeTool(); tool && tool->mouseDoubleClick(makeMouseEvent(event))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (AbstractTool *tool = activeTool(); tool && tool->keyPress(event)) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    // Not QGraphicsView's: arrow keys must not scroll the plan.
    event->ignore();
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            if (AbstractTool *tool = activeTool())
                viewport()->setCursor(tool->cursor());
        event->accept();
        return;
    }
    if (AbstractTool *tool = activeTool(); tool && tool->keyRelease(event)) {
        event->accept();
        return;
    }
    event->ignore();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (AbstractTool *tool = activeTool(); tool && tool->wantsKey(key)) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const ObjectId id = objectAt(help->pos());
        QString text;
        if (id != 0) {
            if (m_scene->hasToolTipProvider())
                text = m_scene->toolTipFor(id);
            else if (const ParkObject *o = m_scene->document()->park().find(id))
                text = tr("%1 (%2)").arg(nameOf(*o), displayName(kindOf(*o)));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The scale bar, north arrow and legend stay put while the plan scrolls under them.
    viewport()->update();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_fittedOnce && viewport()->width() > 200) {
        m_fittedOnce = true;
        zoomToFitSite();
    }
    viewport()->update();
}

} // namespace pz
