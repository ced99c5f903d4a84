#include "map/mapview.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "selectionmodel.h"
#include "tools/mapmouseevent.h"
#include "tools/toolmanager.h"

#include <QAction>
#include <QGraphicsScene>

namespace pz {

MapView::MapView(ParkDocument *document, SelectionModel *selection, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_selection(selection)
{
    setScene(new QGraphicsScene(this));
    m_toolManager = new ToolManager(this);
    m_fitAction = new QAction(tr("Zoom to Fit Site"), this);
    m_fitSelectionAction = new QAction(tr("Zoom to Selection"), this);
    m_gridAction = new QAction(tr("Show Grid"), this);
    m_gridAction->setCheckable(true);
    m_gridAction->setChecked(true);
    m_snapAction = new QAction(tr("Snap to Grid"), this);
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
}

MapView::~MapView() = default;

QList<QAction *> MapView::viewActions() const
{
    return {m_fitAction, m_fitSelectionAction, m_gridAction, m_snapAction};
}

void MapView::zoomToFitSite() {}
void MapView::zoomToSelection() {}
void MapView::setOverlay(const MapOverlay &overlay) { m_overlay = overlay; }
void MapView::setToolTipProvider(std::function<QString(ObjectId)> provider) { m_toolTipProvider = std::move(provider); }
QPointF MapView::toScene(const Point2 &planM) const { return mapcoords::toScene(planM); }
Point2 MapView::toPlan(const QPointF &scene) const { return mapcoords::toPlan(scene); }
QGraphicsItem *MapView::itemFor(ObjectId) const { return nullptr; }
void MapView::setInputText(const QString &text) { m_inputText = text; }
void MapView::showStatus(const QString &text) { Q_EMIT statusMessage(text); }
void MapView::drawBackground(QPainter *painter, const QRectF &rect) { QGraphicsView::drawBackground(painter, rect); }
void MapView::drawForeground(QPainter *painter, const QRectF &rect) { QGraphicsView::drawForeground(painter, rect); }
void MapView::wheelEvent(QWheelEvent *event) { QGraphicsView::wheelEvent(event); }
void MapView::mousePressEvent(QMouseEvent *event) { QGraphicsView::mousePressEvent(event); }
void MapView::mouseMoveEvent(QMouseEvent *event) { QGraphicsView::mouseMoveEvent(event); }
void MapView::mouseReleaseEvent(QMouseEvent *event) { QGraphicsView::mouseReleaseEvent(event); }
void MapView::mouseDoubleClickEvent(QMouseEvent *event) { QGraphicsView::mouseDoubleClickEvent(event); }
void MapView::keyPressEvent(QKeyEvent *event) { QGraphicsView::keyPressEvent(event); }
void MapView::keyReleaseEvent(QKeyEvent *event) { QGraphicsView::keyReleaseEvent(event); }
bool MapView::event(QEvent *event) { return QGraphicsView::event(event); }
bool MapView::viewportEvent(QEvent *event) { return QGraphicsView::viewportEvent(event); }
void MapView::scrollContentsBy(int dx, int dy) { QGraphicsView::scrollContentsBy(dx, dy); }
void MapView::resizeEvent(QResizeEvent *event) { QGraphicsView::resizeEvent(event); }

} // namespace pz
