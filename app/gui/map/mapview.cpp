#include "map/mapview.h"

#include "document/parkdocument.h"
#include "map/labellayout.h"
#include "map/maplabelitem.h"
#include "map/mapcoords.h"
#include "map/objectitem.h"
#include "map/selectionhandlesitem.h"
#include "map/shapepreviewitem.h"
#include "map/shadowoverlayitem.h"
#include "map/siteboundaryitem.h"
#include "resourceinit.h"
#include "selectionmodel.h"
#include "tools/abstracttool.h"
#include "tools/mapmouseevent.h"
#include "tools/selecttool.h"
#include "tools/toolmanager.h"

#include <QAction>
#include <QGraphicsScene>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <utility>

namespace pz {

namespace {

// The scene spans 200 km: far beyond any park, well within scroll bar range at full zoom.
constexpr double kSceneHalfM = 1.0e5;
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

MapView::MapView(ParkDocument *document, SelectionModel *selection, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_selection(selection)
{
    ensureResources();
    auto *scene = new QGraphicsScene(this);
    scene->setSceneRect(-kSceneHalfM, -kSceneHalfM, 2 * kSceneHalfM, 2 * kSceneHalfM);
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
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
    setBackgroundBrush(QColor(0xf6, 0xf5, 0xf0));
    setFrameShape(QFrame::NoFrame);

    m_boundaryItem = new SiteBoundaryItem;
    scene->addItem(m_boundaryItem);
    m_shadowItem = new ShadowOverlayItem;
    scene->addItem(m_shadowItem);
    m_handlesItem = new SelectionHandlesItem;
    scene->addItem(m_handlesItem);

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

    m_toolManager = new ToolManager(this);
    addActions(viewActions());
    addActions(m_toolManager->actions());

    connect(document, &ParkDocument::changed, this, &MapView::onDocumentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, &MapView::onSelectionChanged);

    setTransform(QTransform::fromScale(2.0, 2.0));
    rebuildAll();
    onZoomChanged();
    zoomToFitSite();
}

MapView::~MapView()
{
    // Tools may own preview items of the scene: let them go first.
    delete m_toolManager;
    m_toolManager = nullptr;
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
    Outline all = m_document->park().site.boundary;
    for (const auto &o : m_document->park().objects())
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
    for (ObjectId id : m_selection->selectedIds())
        if (const ParkObject *o = m_document->park().find(id)) {
            const Outline f = footprintOf(*o);
            all.insert(all.end(), f.begin(), f.end());
        }
    if (all.empty())
        return;
    zoomToPlanRect(envelope(all));
}

void MapView::onZoomChanged()
{
    m_handlesItem->setPixelSizeM(metresPerPixel());
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
    labellayout::place(m_items, pixelsPerMetre());
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

// --- Items ------------------------------------------------------------------------------------

QGraphicsItem *MapView::itemFor(ObjectId id) const
{
    return m_items.value(id);
}

ObjectItem *MapView::objectItem(ObjectId id) const
{
    return m_items.value(id);
}

ObjectId MapView::objectAt(const QPoint &viewPos) const
{
    // Only the shapes count: a label (screen-sized) may overlap neighbouring objects.
    for (QGraphicsItem *item : items(viewPos))
        if (item->type() == ObjectItem::Type && item->isVisible())
            return static_cast<ObjectItem *>(item)->id();
    return 0;
}

ObjectIds MapView::objectsInRect(const Point2 &a, const Point2 &b) const
{
    const QRectF rect = QRectF(toScene(a), toScene(b)).normalized();
    ObjectIds ids;
    for (QGraphicsItem *item : scene()->items(rect, Qt::ContainsItemShape))
        if (item->type() == ObjectItem::Type && item->isVisible())
            ids << static_cast<ObjectItem *>(item)->id();
    return ids;
}

void MapView::onDocumentChanged(const ChangeEvent &event)
{
    // An edit re-syncs the items it concerns: a preview under way was committed (or replaced).
    endPreview();
    switch (event.type) {
    case ChangeEvent::Type::ObjectsAdded:
        for (ObjectId id : event.ids)
            addItem(id);
        break;
    case ChangeEvent::Type::ObjectsRemoved:
        for (ObjectId id : event.ids)
            removeItem(id);
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
        zoomToFitSite();
        break;
    }
    scheduleLabelLayout();
    updateHandles();
}

void MapView::onSelectionChanged()
{
    updateHandles();
}

void MapView::updateHandles()
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
    const bool selecting = m_toolManager && m_toolManager->activeTool() == m_toolManager->selectTool();
    m_handlesItem->setPos(0, 0);
    m_handlesItem->setOutlines(outlines, rotatable && selecting);
}

void MapView::rebuildAll()
{
    qDeleteAll(m_items);
    m_items.clear();
    for (const auto &o : m_document->park().objects())
        addItem(idOf(o));
    syncSite();
}

void MapView::addItem(ObjectId id)
{
    const ParkObject *o = m_document->park().find(id);
    if (!o)
        return;
    if (m_items.contains(id)) {
        syncItem(id);
        return;
    }
    ObjectItem *item = ObjectItem::create(*o);
    scene()->addItem(item);
    m_items.insert(id, item);
    applyOverlayTo(id);
}

void MapView::removeItem(ObjectId id)
{
    delete m_items.take(id);
}

void MapView::syncItem(ObjectId id)
{
    ObjectItem *item = m_items.value(id);
    const ParkObject *o = m_document->park().find(id);
    if (!item || !o)
        return;
    item->syncWithObject(*o);
}

void MapView::syncSite()
{
    m_boundaryItem->setBoundary(m_document->park().site.boundary);
    viewport()->update();  // the north arrow
}

void MapView::previewObjects(const std::vector<ParkObject> &values)
{
    for (const auto &v : values)
        if (ObjectItem *item = m_items.value(idOf(v)))
            item->syncWithObject(v);
    updateHandles();
    m_previewing = true;
    Q_EMIT previewChanged(values);
}

void MapView::previewOffset(const ObjectIds &ids, double dxM, double dyM)
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

void MapView::endPreview()
{
    if (!m_previewing)
        return;
    m_previewing = false;
    Q_EMIT previewEnded();
}

void MapView::restoreFromDocument(const ObjectIds &ids)
{
    for (ObjectId id : ids)
        syncItem(id);
    scheduleLabelLayout();
    updateHandles();
    endPreview();
}

void MapView::previewSiteBoundary(const Outline &boundary)
{
    m_boundaryItem->setBoundary(boundary);
}

void MapView::restoreSiteFromDocument()
{
    syncSite();
}

// --- Overlay, tooltips, status ----------------------------------------------------------------

void MapView::setOverlay(const MapOverlay &overlay)
{
    m_overlay = overlay;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        applyOverlayTo(it.key());
    m_shadowItem->setShadows(overlay.shadows);
    viewport()->update();
}

void MapView::applyOverlayTo(ObjectId id)
{
    if (ObjectItem *item = m_items.value(id))
        item->setOverlayFill(m_overlay.fill.value(id));
}

void MapView::setToolTipProvider(std::function<QString(ObjectId)> provider)
{
    m_toolTipProvider = std::move(provider);
}

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
    if (!isGridVisible())
        return;
    const double g = gridSpacingM();
    // The next coarser step of the 1/5/10/50 sequence gives the major lines.
    const double major = (std::fmod(std::log10(g) + 1e-9, 1.0) < 0.5) ? g * 5.0 : g * 2.0;
    const auto drawLines = [&](double step, const QColor &color) {
        if (rect.width() / step > 2000 || rect.height() / step > 2000)
            return;
        QPen pen(color, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        QVector<QLineF> lines;
        for (double x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
            lines << QLineF(x, rect.top(), x, rect.bottom());
        for (double y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            lines << QLineF(rect.left(), y, rect.right(), y);
        painter->drawLines(lines);
    };
    const bool aa = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    drawLines(g, QColor(0xe4, 0xe2, 0xda));
    drawLines(major, QColor(0xd0, 0xcd, 0xc2));
    painter->setRenderHint(QPainter::Antialiasing, aa);
}

void MapView::renderPlan(QPainter *painter, const QRectF &target)
{
    if (m_labelLayoutPending)
        layoutLabels();
    QList<QGraphicsItem *> hidden;
    QList<QPair<QGraphicsItem *, QGraphicsItem::CacheMode>> cached;
    const QList<QGraphicsItem *> all = scene()->items();
    for (QGraphicsItem *item : all) {
        if ((item == m_handlesItem || item->type() == ShapePreviewItem::Type) && item->isVisible()) {
            item->setVisible(false);
            hidden << item;
        }
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            cached << qMakePair(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    const QString input = std::exchange(m_inputText, QString());
    render(painter, target, viewport()->rect(), Qt::IgnoreAspectRatio);
    m_inputText = input;
    for (const auto &entry : std::as_const(cached))
        entry.first->setCacheMode(entry.second);
    for (QGraphicsItem *item : std::as_const(hidden))
        item->setVisible(true);
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    // Back to viewport pixels: undo the view transform but keep any scaling of the target (an
    // export renders the viewport into a larger image).
    painter->setWorldTransform(viewportTransform().inverted(), true);
    painter->setRenderHint(QPainter::Antialiasing);
    drawScaleBar(painter);
    drawNorthArrow(painter);
    drawLegend(painter);
    drawInputText(painter);
    painter->restore();
}

void MapView::drawScaleBar(QPainter *painter)
{
    // A round length (1, 2 or 5 × 10^k m) close to 120 px.
    const double s = pixelsPerMetre();
    const double wanted = 120.0 / s;
    const double base = std::pow(10.0, std::floor(std::log10(wanted)));
    double length = base;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (base * f <= wanted)
            length = base * f;
    const double px = length * s;
    const QPointF origin(16, viewport()->height() - 22);
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
    for (int i = 0; i < 4; ++i) {
        painter->setBrush(i % 2 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
        painter->drawRect(QRectF(origin.x() + i * px / 4, origin.y(), px / 4, 5));
    }
    const QString text = length >= 1000.0 ? tr("%1 km").arg(QLocale().toString(length / 1000.0, 'g', 3))
                                          : tr("%1 m").arg(QLocale().toString(length, 'g', 3));
    painter->drawText(QPointF(origin.x(), origin.y() - 4), text);
}

void MapView::drawNorthArrow(QPainter *painter)
{
    const QPointF c(viewport()->width() - 34, 40);
    painter->save();
    painter->translate(c);
    // Plan north is northRotationDeg clockwise of true north: true north is that much
    // counter-clockwise of screen up.
    painter->rotate(-m_document->park().site.northRotationDeg);
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawEllipse(QPointF(0, 0), 20, 20);
    QPolygonF dark{QPointF(0, -17), QPointF(7, 8), QPointF(0, 3)};
    QPolygonF light{QPointF(0, -17), QPointF(-7, 8), QPointF(0, 3)};
    painter->setBrush(QColor(0x33, 0x33, 0x33));
    painter->drawPolygon(dark);
    painter->setBrush(Qt::white);
    painter->drawPolygon(light);
    painter->restore();
    painter->setPen(QColor(0x33, 0x33, 0x33));
    //: North, on the north arrow
    painter->drawText(QRectF(c.x() - 20, c.y() + 20, 40, 16), Qt::AlignCenter, tr("N"));
}

void MapView::drawLegend(QPainter *painter)
{
    if (m_overlay.legend.isEmpty())
        return;
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(m_overlay.legendTitle);
    for (const auto &entry : m_overlay.legend)
        width = std::max(width, 18 + fm.horizontalAdvance(entry.second));
    const int line = fm.height() + 2;
    const int rows = int(m_overlay.legend.size()) + (m_overlay.legendTitle.isEmpty() ? 0 : 1);
    const QRect box(viewport()->width() - width - 28, viewport()->height() - rows * line - 22, width + 16,
                    rows * line + 10);
    painter->setPen(QColor(0xbb, 0xbb, 0xbb));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 4, 4);
    int y = box.top() + 5;
    painter->setPen(QColor(0x22, 0x22, 0x22));
    if (!m_overlay.legendTitle.isEmpty()) {
        painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, m_overlay.legendTitle);
        y += line;
    }
    for (const auto &entry : m_overlay.legend) {
        painter->setBrush(entry.first);
        painter->drawRect(QRect(box.left() + 8, y + 3, 12, line - 6));
        painter->drawText(QRect(box.left() + 26, y, width, line), Qt::AlignVCenter, entry.second);
        y += line;
    }
}

void MapView::drawInputText(QPainter *painter)
{
    if (m_inputText.isEmpty())
        return;
    const QFontMetrics fm(font());
    const QRect text = fm.boundingRect(m_inputText).adjusted(-5, -3, 5, 3);
    const QRect box = text.translated(m_lastCursorViewPos + QPoint(18, 22) - text.topLeft());
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->setBrush(QColor(255, 255, 240, 240));
    painter->drawRect(box);
    painter->drawText(box, Qt::AlignCenter, m_inputText);
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

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_lastCursorViewPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (AbstractTool *tool = m_toolManager->activeTool())
        tool->mousePress(makeMouseEvent(event));
    event->accept();
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
    if (AbstractTool *tool = m_toolManager->activeTool())
        tool->mouseMove(e);
    if (!m_inputText.isEmpty())
        viewport()->update();
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        AbstractTool *tool = m_toolManager->activeTool();
        viewport()->setCursor(m_spaceHeld ? QCursor(Qt::OpenHandCursor) : tool ? tool->cursor() : QCursor());
        event->accept();
        return;
    }
    if (AbstractTool *tool = m_toolManager->activeTool())
        tool->mouseRelease(makeMouseEvent(event));
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (AbstractTool *tool = m_toolManager->activeTool())
        tool->mouseDoubleClick(makeMouseEvent(event));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (AbstractTool *tool = m_toolManager->activeTool(); tool && tool->keyPress(event)) {
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
            if (AbstractTool *tool = m_toolManager->activeTool())
                viewport()->setCursor(tool->cursor());
        event->accept();
        return;
    }
    if (AbstractTool *tool = m_toolManager->activeTool(); tool && tool->keyRelease(event)) {
        event->accept();
        return;
    }
    event->ignore();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (AbstractTool *tool = m_toolManager->activeTool(); tool && tool->wantsKey(key)) {
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
            if (m_toolTipProvider)
                text = m_toolTipProvider(id);
            else if (const ParkObject *o = m_document->park().find(id))
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
