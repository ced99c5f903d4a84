#include "tools/editverticestool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/mapview.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/measureformat.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <cmath>

namespace pz {

namespace {
constexpr double kHitPx = 8.0;
}

EditVerticesTool::EditVerticesTool(MapView *view) : AbstractTool(view), m_markers(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Edit Vertices"), this);
    action->setShortcut(QKeySequence(tr("E")));
    action->setToolTip(tr("Move, insert and delete the corners of the selected object (E)"));
    setAction(action);
    m_markers->setVisible(false);
    view->scene()->addItem(m_markers);
    connect(selection(), &SelectionModel::selectionChanged, this, [this] {
        m_current = -1;
        if (m_markers->isVisible())
            refresh();
    });
    connect(document(), &ParkDocument::changed, this, [this] {
        if (m_markers->isVisible() && m_dragIndex < 0)
            refresh();
    });
}

EditVerticesTool::~EditVerticesTool()
{
    delete m_markers;
}

QString EditVerticesTool::hint() const
{
    return tr("Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner");
}

void EditVerticesTool::activate()
{
    AbstractTool::activate();
    m_markers->setVisible(true);
    refresh();
}

void EditVerticesTool::deactivate()
{
    cancelDrag();
    m_markers->setVisible(false);
    AbstractTool::deactivate();
}

const ParkObject *EditVerticesTool::target() const
{
    const ObjectIds &ids = selection()->selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const ParkObject *o = document()->park().find(ids.front());
    return o && hasEditableOutline(*o) && isVisible(*o) ? o : nullptr;
}

ObjectId EditVerticesTool::targetId() const
{
    const ParkObject *o = target();
    return o ? idOf(*o) : 0;
}

void EditVerticesTool::refresh()
{
    const ParkObject *o = target();
    m_markers->setPixelSizeM(view()->metresPerPixel());
    if (!o) {
        m_markers->clear();
        return;
    }
    const Outline outline = m_dragIndex >= 0 ? m_dragOutline : footprintOf(*o);
    if (m_current >= int(outline.size()))
        m_current = -1;
    m_markers->setShape(mapcoords::toScene(outline), true);
    m_markers->setHighlightedVertex(m_current);
}

int EditVerticesTool::vertexAt(const QPoint &viewPos) const
{
    const ParkObject *o = target();
    if (!o)
        return -1;
    const Outline outline = footprintOf(*o);
    int best = -1;
    double bestD = kHitPx;
    for (int i = 0; i < int(outline.size()); ++i) {
        const double d = QLineF(QPointF(view()->toView(outline[i])), QPointF(viewPos)).length();
        if (d <= bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

int EditVerticesTool::edgeAt(const QPoint &viewPos, Point2 *at) const
{
    const ParkObject *o = target();
    if (!o)
        return -1;
    const Outline outline = footprintOf(*o);
    const QPointF p(viewPos);
    int best = -1;
    double bestD = kHitPx;
    const int n = int(outline.size());
    for (int i = 0; i < n; ++i) {
        const QPointF a = view()->toView(outline[i]), b = view()->toView(outline[(i + 1) % n]);
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        if (len2 <= 0.0)
            continue;
        const double t = std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
        const double d = QLineF(a + t * ab, p).length();
        if (d <= bestD && t > 0.0 && t < 1.0) {
            bestD = d;
            best = i;
            const Point2 &pa = outline[i], &pb = outline[(i + 1) % n];
            *at = Point2(pa.x() + t * (pb.x() - pa.x()), pa.y() + t * (pb.y() - pa.y()));
        }
    }
    return best;
}

bool EditVerticesTool::commitOutline(const Outline &outline, const QString &text)
{
    const ParkObject *o = target();
    if (!o)
        return false;
    const ObjectId id = idOf(*o);
    QStringList problems;
    if (!document()->changeObject(withOutline(*o, outline), text, {}, &problems)) {
        view()->restoreFromDocument({id});
        showStatus(tr("Refused: %1").arg(problems.join(QLatin1String("; "))));
        refresh();
        return false;
    }
    return true;
}

bool EditVerticesTool::moveVertex(int index, const Point2 &to)
{
    const ParkObject *o = target();
    if (!o)
        return false;
    Outline outline = footprintOf(*o);
    if (index < 0 || index >= int(outline.size()))
        return false;
    outline[index] = to;
    return commitOutline(outline, tr("Move Vertex"));
}

bool EditVerticesTool::insertVertex(int edgeIndex, const Point2 &at)
{
    const ParkObject *o = target();
    if (!o)
        return false;
    Outline outline = footprintOf(*o);
    if (edgeIndex < 0 || edgeIndex >= int(outline.size()))
        return false;
    outline.insert(outline.begin() + edgeIndex + 1, at);
    if (!commitOutline(outline, tr("Insert Vertex")))
        return false;
    m_current = edgeIndex + 1;
    refresh();
    return true;
}

bool EditVerticesTool::removeVertex(int index)
{
    const ParkObject *o = target();
    if (!o)
        return false;
    Outline outline = footprintOf(*o);
    if (index < 0 || index >= int(outline.size()))
        return false;
    if (outline.size() <= 3) {
        showStatus(tr("A polygon needs at least 3 vertices"));
        return false;
    }
    outline.erase(outline.begin() + index);
    if (!commitOutline(outline, tr("Delete Vertex")))
        return false;
    m_current = -1;
    refresh();
    return true;
}

bool EditVerticesTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    const int v = vertexAt(e.viewPos);
    if (v >= 0) {
        const ParkObject *o = target();
        if (isLocked(*o)) {
            showStatus(tr("The object is locked"));
            return true;
        }
        m_current = v;
        m_dragIndex = v;
        m_dragged = false;
        m_dragTarget = idOf(*o);
        m_dragOutline = footprintOf(*o);
        refresh();
        return true;
    }
    // A press on an edge of the object (the start of a double-click that inserts a vertex)
    // keeps it; elsewhere it picks another object to edit.
    Point2 onEdge;
    if (edgeAt(e.viewPos, &onEdge) >= 0)
        return true;
    const ObjectId id = view()->objectAt(e.viewPos);
    if (id != 0)
        selection()->select(id);
    else
        selection()->clear();
    return true;
}

bool EditVerticesTool::mouseMove(const MapMouseEvent &e)
{
    if (m_dragIndex < 0 || !(e.buttons & Qt::LeftButton))
        return false;
    const ParkObject *o = document()->park().find(m_dragTarget);
    if (!o)
        return false;
    m_dragged = true;
    m_dragOutline[m_dragIndex] = e.plan;
    view()->previewObjects({withOutline(*o, m_dragOutline)});
    refresh();
    showStatus(tr("Area %1 (Esc cancels)").arg(measureformat::area(areaM2(m_dragOutline))));
    return true;
}

bool EditVerticesTool::mouseRelease(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton || m_dragIndex < 0)
        return false;
    const int index = m_dragIndex;
    const Point2 to = m_dragOutline[index];
    m_dragIndex = -1;
    if (m_dragged)
        moveVertex(index, to);
    m_dragged = false;
    refresh();
    return true;
}

bool EditVerticesTool::mouseDoubleClick(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    Point2 at;
    const int edge = edgeAt(e.viewPos, &at);
    if (edge < 0 || vertexAt(e.viewPos) >= 0)
        return false;
    if (const ParkObject *o = target(); o && isLocked(*o)) {
        showStatus(tr("The object is locked"));
        return true;
    }
    insertVertex(edge, at);
    return true;
}

void EditVerticesTool::cancelDrag()
{
    if (m_dragIndex < 0)
        return;
    m_dragIndex = -1;
    m_dragged = false;
    view()->restoreFromDocument({m_dragTarget});
    refresh();
}

bool EditVerticesTool::wantsKey(QKeyEvent *event) const
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return m_current >= 0 && target();
    case Qt::Key_Escape:
        return m_dragIndex >= 0 || m_current >= 0;
    default:
        return false;
    }
}

bool EditVerticesTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_dragIndex >= 0) {
            cancelDrag();
            showStatus(tr("Cancelled"));
            return true;
        }
        if (m_current >= 0) {
            m_current = -1;
            refresh();
            return true;
        }
        return false;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_current < 0 || !target())
            return false;
        if (isLocked(*target())) {
            showStatus(tr("The object is locked"));
            return true;
        }
        removeVertex(m_current);
        return true;
    default:
        return false;
    }
}

} // namespace pz
