// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/editverticestool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/measureformat.h"
#include "tools/objectfactory.h"
#include "tools/toolcontext.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <cmath>

namespace pz {

namespace {
constexpr double kHitPx = 8.0;
}

EditVerticesTool::EditVerticesTool(ToolContext *context) : AbstractTool(context), m_markers(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Edit Vertices"), this);
    action->setShortcut(QKeySequence(tr("E")));
    action->setToolTip(tr("Move, insert and delete the corners of the selected object or of the site boundary (E)"));
    setAction(action);
    m_markers->setVisible(false);
    context->addPreviewItem(m_markers);
    connect(selection(), &SelectionModel::selectionChanged, this, [this] {
        m_current = -1;
        // Selecting an object ends editing the site boundary.
        if (!selection()->isEmpty())
            m_editingSite = false;
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
    return tr("Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner; "
              "click the site boundary to edit it");
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

const ParkObject *EditVerticesTool::targetObject() const
{
    if (m_editingSite)
        return nullptr;
    const ObjectIds &ids = selection()->selectedIds();
    if (ids.size() != 1)
        return nullptr;
    const ParkObject *o = document()->park().find(ids.front());
    return o && hasEditableOutline(*o) && isVisible(*o) ? o : nullptr;
}

bool EditVerticesTool::hasTarget() const
{
    return targetOutline().size() >= 3;
}

Outline EditVerticesTool::targetOutline() const
{
    if (m_editingSite) {
        const Outline &boundary = document()->park().site.boundary;
        return boundary.size() >= 3 ? boundary : Outline();
    }
    const ParkObject *o = targetObject();
    return o ? footprintOf(*o) : Outline();
}

bool EditVerticesTool::targetLocked() const
{
    const ParkObject *o = targetObject();
    return o && isLocked(*o);
}

ObjectId EditVerticesTool::targetId() const
{
    const ParkObject *o = targetObject();
    return o ? idOf(*o) : 0;
}

bool EditVerticesTool::editSiteBoundary()
{
    if (document()->park().site.boundary.size() < 3)
        return false;
    cancelDrag();
    selection()->clear();
    m_editingSite = true;
    m_current = -1;
    if (m_markers->isVisible())
        refresh();
    showStatus(tr("Editing the site boundary: drag a corner, double-click an edge to add one, Delete removes the "
                  "picked corner"));
    return true;
}

void EditVerticesTool::refresh()
{
    m_markers->setPixelSizeM(context()->metresPerPixel());
    const Outline outline = m_dragIndex >= 0 ? m_dragOutline : targetOutline();
    if (outline.size() < 3) {
        m_markers->clear();
        return;
    }
    if (m_current >= int(outline.size()))
        m_current = -1;
    m_markers->setShape(mapcoords::toScene(outline), true);
    m_markers->setHighlightedVertex(m_current);
}

int EditVerticesTool::vertexIn(const Outline &outline, const QPoint &viewPos) const
{
    int best = -1;
    double bestD = kHitPx;
    for (int i = 0; i < int(outline.size()); ++i) {
        const double d = QLineF(QPointF(context()->toView(outline[i])), QPointF(viewPos)).length();
        if (d <= bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

int EditVerticesTool::edgeIn(const Outline &outline, const QPoint &viewPos, Point2 *at) const
{
    const QPointF p(viewPos);
    int best = -1;
    double bestD = kHitPx;
    const int n = int(outline.size());
    if (n < 2)
        return -1;
    for (int i = 0; i < n; ++i) {
        const QPointF a = context()->toView(outline[i]), b = context()->toView(outline[(i + 1) % n]);
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

int EditVerticesTool::vertexAt(const QPoint &viewPos) const
{
    return vertexIn(targetOutline(), viewPos);
}

int EditVerticesTool::edgeAt(const QPoint &viewPos, Point2 *at) const
{
    return edgeIn(targetOutline(), viewPos, at);
}

bool EditVerticesTool::commitOutline(const Outline &outline, const QString &text)
{
    QStringList problems;
    bool ok = false;
    if (m_editingSite) {
        if (document()->park().site.boundary.size() < 3)
            return false;
        Site site = document()->park().site;
        site.boundary = ObjectFactory::counterClockwise(outline);
        ok = document()->changeSite(site, text, {}, &problems);
        if (!ok)
            context()->restoreSiteFromDocument();
    } else {
        const ParkObject *o = targetObject();
        if (!o)
            return false;
        const ObjectId id = idOf(*o);
        ok = document()->changeObject(withOutline(*o, outline), text, {}, &problems);
        if (!ok)
            context()->restoreFromDocument({id});
    }
    if (!ok) {
        showStatus(tr("Refused: %1").arg(problems.join(QLatin1String("; "))));
        refresh();
    }
    return ok;
}

bool EditVerticesTool::moveVertex(int index, const Point2 &to)
{
    Outline outline = targetOutline();
    if (index < 0 || index >= int(outline.size()))
        return false;
    outline[index] = to;
    return commitOutline(outline, m_editingSite ? tr("Move Site Boundary Vertex") : tr("Move Vertex"));
}

bool EditVerticesTool::insertVertex(int edgeIndex, const Point2 &at)
{
    Outline outline = targetOutline();
    if (edgeIndex < 0 || edgeIndex >= int(outline.size()))
        return false;
    outline.insert(outline.begin() + edgeIndex + 1, at);
    if (!commitOutline(outline, m_editingSite ? tr("Insert Site Boundary Vertex") : tr("Insert Vertex")))
        return false;
    m_current = edgeIndex + 1;
    refresh();
    return true;
}

bool EditVerticesTool::removeVertex(int index)
{
    Outline outline = targetOutline();
    if (index < 0 || index >= int(outline.size()))
        return false;
    if (outline.size() <= 3) {
        showStatus(tr("A polygon needs at least 3 vertices"));
        return false;
    }
    outline.erase(outline.begin() + index);
    if (!commitOutline(outline, m_editingSite ? tr("Delete Site Boundary Vertex") : tr("Delete Vertex")))
        return false;
    m_current = -1;
    refresh();
    return true;
}

void EditVerticesTool::startDrag(int vertex)
{
    m_current = vertex;
    m_dragIndex = vertex;
    m_dragged = false;
    m_dragSite = m_editingSite;
    m_dragTarget = targetId();
    m_dragOutline = targetOutline();
    refresh();
}

bool EditVerticesTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    const int v = vertexAt(e.viewPos);
    if (v >= 0) {
        if (targetLocked()) {
            showStatus(tr("The object is locked"));
            return true;
        }
        startDrag(v);
        return true;
    }
    // A press on an edge of the target (the start of a double-click that inserts a vertex)
    // keeps it; elsewhere it picks another object, or the site boundary, to edit.
    Point2 onEdge;
    if (edgeAt(e.viewPos, &onEdge) >= 0)
        return true;
    const ObjectId id = context()->objectAt(e.viewPos);
    if (id != 0) {
        m_editingSite = false;
        selection()->select(id);
        refresh();
        return true;
    }
    const Outline &boundary = document()->park().site.boundary;
    if (!m_editingSite && boundary.size() >= 3) {
        const int siteVertex = vertexIn(boundary, e.viewPos);
        if (siteVertex >= 0 || edgeIn(boundary, e.viewPos, &onEdge) >= 0) {
            editSiteBoundary();
            if (siteVertex >= 0)
                startDrag(siteVertex);
            return true;
        }
    }
    m_editingSite = false;
    selection()->clear();
    refresh();
    return true;
}

bool EditVerticesTool::mouseMove(const MapMouseEvent &e)
{
    if (m_dragIndex < 0 || !(e.buttons & Qt::LeftButton))
        return false;
    m_dragged = true;
    m_dragOutline[m_dragIndex] = e.plan;
    if (m_dragSite) {
        context()->previewSiteBoundary(m_dragOutline);
    } else {
        const ParkObject *o = document()->park().find(m_dragTarget);
        if (!o)
            return false;
        context()->previewObjects({withOutline(*o, m_dragOutline)});
    }
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
    if (targetLocked()) {
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
    if (m_dragSite)
        context()->restoreSiteFromDocument();
    else
        context()->restoreFromDocument({m_dragTarget});
    refresh();
}

bool EditVerticesTool::wantsKey(QKeyEvent *event) const
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return m_current >= 0 && hasTarget();
    case Qt::Key_Escape:
        return m_dragIndex >= 0 || m_current >= 0 || m_editingSite;
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
        if (m_editingSite) {
            m_editingSite = false;
            refresh();
            return true;
        }
        return false;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_current < 0 || !hasTarget())
            return false;
        if (targetLocked()) {
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
