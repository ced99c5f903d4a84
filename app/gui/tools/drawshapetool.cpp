// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/drawshapetool.h"

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
#include <numbers>

namespace pz {

namespace {
constexpr int kDragThresholdPx = 5;

double distance(const Point2 &a, const Point2 &b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}
} // namespace

DrawShapeTool::DrawShapeTool(ToolContext *context, Target target)
    : AbstractTool(context), m_target(target), m_preview(new ShapePreviewItem)
{
    auto *action = new QAction(this);
    switch (target) {
    case Target::Building:
        action->setText(tr("&Building"));
        action->setShortcut(QKeySequence(tr("B")));
        action->setToolTip(tr("Draw a building footprint (B)"));
        break;
    case Target::PvField:
        action->setText(tr("&PV Field"));
        action->setShortcut(QKeySequence(tr("P")));
        action->setToolTip(tr("Draw a ground-mounted PV field (P)"));
        break;
    case Target::GreenSpace:
        action->setText(tr("&Green Space"));
        action->setShortcut(QKeySequence(tr("G")));
        action->setToolTip(tr("Draw a green space (G)"));
        break;
    case Target::SiteBoundary:
        action->setText(tr("Site B&oundary"));
        action->setShortcut(QKeySequence(tr("O")));
        action->setToolTip(tr("Draw the site boundary (O)"));
        break;
    }
    setAction(action);
    m_preview->setVisible(false);
    context->addPreviewItem(m_preview);
}

DrawShapeTool::~DrawShapeTool()
{
    delete m_preview;
}

QString DrawShapeTool::targetName() const
{
    switch (m_target) {
    case Target::Building: return tr("building");
    case Target::PvField: return tr("PV field");
    case Target::GreenSpace: return tr("green space");
    case Target::SiteBoundary: return tr("site boundary");
    }
    return {};
}

QString DrawShapeTool::hint() const
{
    return tr("Click the corners of the %1 (or drag a rectangle); Enter or double-click finishes, "
              "Backspace removes the last point, Esc cancels, Shift keeps 45° steps, type a length + Enter")
        .arg(targetName());
}

bool DrawShapeTool::isDrawing() const
{
    return !m_vertices.empty() || m_press != Press::None || !m_typed.isEmpty();
}

void DrawShapeTool::activate()
{
    AbstractTool::activate();
    m_preview->setVisible(true);
}

void DrawShapeTool::deactivate()
{
    cancel();
    m_preview->setVisible(false);
    AbstractTool::deactivate();
}

void DrawShapeTool::cancel()
{
    m_vertices.clear();
    m_press = Press::None;
    m_typed.clear();
    m_preview->clear();
    context()->setInputText({});
}

Point2 DrawShapeTool::constrained(const Point2 &p, Qt::KeyboardModifiers modifiers) const
{
    if (!(modifiers & Qt::ShiftModifier) || m_vertices.empty())
        return p;
    // Keep the edge from the last point at a multiple of 45°, its length along that direction.
    const Point2 &last = m_vertices.back();
    const double dx = p.x() - last.x(), dy = p.y() - last.y();
    const double step = std::numbers::pi / 4;
    const double a = std::round(std::atan2(dy, dx) / step) * step;
    const double length = dx * std::cos(a) + dy * std::sin(a);
    return {last.x() + length * std::cos(a), last.y() + length * std::sin(a)};
}

Outline DrawShapeTool::rectangleTo(const Point2 &corner, Qt::KeyboardModifiers modifiers) const
{
    double dx = corner.x() - m_rectStart.x(), dy = corner.y() - m_rectStart.y();
    if (modifiers & Qt::ShiftModifier) {  // a square
        const double side = std::max(std::abs(dx), std::abs(dy));
        dx = std::copysign(side, dx);
        dy = std::copysign(side, dy);
    }
    const Point2 &a = m_rectStart;
    return ObjectFactory::counterClockwise(
        {a, {a.x() + dx, a.y()}, {a.x() + dx, a.y() + dy}, {a.x(), a.y() + dy}});
}

bool DrawShapeTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    m_modifiers = e.modifiers;
    if (m_vertices.empty()) {
        // The first point: a click starts a polygon, a drag (or Ctrl) a rectangle.
        m_rectStart = e.plan;
        m_pressView = e.viewPos;
        m_press = (e.modifiers & Qt::ControlModifier) ? Press::Rectangle : Press::Pending;
        m_cursor = e.plan;
        m_hasCursor = true;
        updatePreview();
        return true;
    }
    const Point2 p = constrained(e.plan, e.modifiers);
    if (distance(p, m_vertices.back()) > 1e-9)
        m_vertices.push_back(p);
    m_cursor = p;
    updatePreview();
    return true;
}

bool DrawShapeTool::mouseMove(const MapMouseEvent &e)
{
    m_modifiers = e.modifiers;
    if (m_press == Press::Pending && (e.buttons & Qt::LeftButton)
        && (e.viewPos - m_pressView).manhattanLength() >= kDragThresholdPx)
        m_press = Press::Rectangle;
    m_cursor = m_press == Press::Rectangle ? e.plan : constrained(e.plan, e.modifiers);
    m_hasCursor = true;
    updatePreview();
    return true;
}

bool DrawShapeTool::mouseRelease(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    if (m_press == Press::Rectangle) {
        m_press = Press::None;
        const Outline rect = rectangleTo(e.plan, e.modifiers);
        if (areaM2(rect) > 0.0)
            commit(rect);
        else
            cancel();
        return true;
    }
    if (m_press == Press::Pending) {
        m_press = Press::None;
        m_vertices.push_back(m_rectStart);
        updatePreview();
        return true;
    }
    return false;
}

bool DrawShapeTool::mouseDoubleClick(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton || m_vertices.empty())
        return false;
    // The first click of the double-click has already added its point.
    const Point2 p = constrained(e.plan, e.modifiers);
    if (distance(p, m_vertices.back()) > context()->metresPerPixel() * 4)
        m_vertices.push_back(p);
    finish();
    return true;
}

bool DrawShapeTool::finish()
{
    if (m_vertices.size() < 3) {
        showStatus(tr("A %1 needs at least 3 points").arg(targetName()));
        return false;
    }
    return commit(m_vertices);
}

bool DrawShapeTool::commit(const Outline &outline)
{
    const Park &park = document()->park();
    QStringList problems;
    bool ok = false;
    ObjectId id = 0;
    switch (m_target) {
    case Target::Building:
        id = document()->addObject(ObjectFactory::building(park, outline), tr("Draw Building"), &problems);
        break;
    case Target::PvField:
        id = document()->addObject(ObjectFactory::pvField(park, outline), tr("Draw PV Field"), &problems);
        break;
    case Target::GreenSpace:
        id = document()->addObject(ObjectFactory::greenSpace(park, outline), tr("Draw Green Space"), &problems);
        break;
    case Target::SiteBoundary: {
        Site site = park.site;
        site.boundary = ObjectFactory::counterClockwise(outline);
        ok = document()->changeSite(site, tr("Draw Site Boundary"), {}, &problems);
        break;
    }
    }
    ok = ok || id != 0;
    if (!ok) {
        // Keep the points so that the shape can be corrected (Backspace) or cancelled (Esc).
        showStatus(tr("Cannot create the %1: %2").arg(targetName(), problems.join(QLatin1String("; "))));
        return false;
    }
    const double area = areaM2(outline);
    cancel();
    if (id != 0)
        selection()->select(id);
    showStatus(tr("Added the %1 (%2)").arg(targetName(), measureformat::area(area)));
    return true;
}

void DrawShapeTool::addTypedPoint()
{
    bool ok = false;
    const double length = m_typed.value(&ok);
    m_typed.clear();
    context()->setInputText({});
    if (!ok || length <= 0.0 || m_vertices.empty())
        return;
    const Point2 &last = m_vertices.back();
    double dx = m_cursor.x() - last.x(), dy = m_cursor.y() - last.y();
    const double d = std::hypot(dx, dy);
    if (d < 1e-9) {
        dx = 1.0;  // no direction yet: east
        dy = 0.0;
    } else {
        dx /= d;
        dy /= d;
    }
    m_vertices.emplace_back(last.x() + dx * length, last.y() + dy * length);
    updatePreview();
}

bool DrawShapeTool::wantsKey(QKeyEvent *event) const
{
    if (!isDrawing())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
        return true;
    default:
        return m_typed.accepts(event);
    }
}

bool DrawShapeTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!isDrawing())
            return false;
        cancel();
        showStatus(tr("Cancelled"));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty())
            addTypedPoint();
        else if (!m_vertices.empty())
            finish();
        else
            return false;
        return true;
    case Qt::Key_Backspace:
        if (!m_typed.isEmpty()) {
            m_typed.handleKey(event);
            context()->setInputText(m_typed.isEmpty() ? QString() : tr("Length: %1 m").arg(m_typed.text()));
            return true;
        }
        if (m_vertices.empty())
            return false;
        m_vertices.pop_back();
        updatePreview();
        return true;
    default:
        if (!m_vertices.empty() && m_typed.handleKey(event)) {
            context()->setInputText(tr("Length: %1 m").arg(m_typed.text()));
            return true;
        }
        return false;
    }
}

void DrawShapeTool::showPreview(const Outline &shape, bool closed)
{
    QVector<ShapePreviewItem::Label> labels;
    const std::size_t n = shape.size();
    const std::size_t edges = closed ? n : (n > 0 ? n - 1 : 0);
    for (std::size_t i = 0; i < edges; ++i) {
        const Point2 &a = shape[i], &b = shape[(i + 1) % n];
        const double length = distance(a, b);
        if (length > 1e-9)
            labels.push_back({mapcoords::toScene(Point2((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)),
                              measureformat::length(length)});
    }
    const double area = n >= 3 ? areaM2(shape) : 0.0;
    if (n >= 3 && area > 0.0)
        labels.push_back({mapcoords::toScene(centroid(shape)), measureformat::area(area)});
    m_preview->setPixelSizeM(context()->metresPerPixel());
    m_preview->setShape(mapcoords::toScene(shape), closed);
    m_preview->setLabels(labels);

    const double edge = n >= 2 ? distance(shape[n - 2], shape[n - 1]) : 0.0;
    showStatus(tr("Edge %1 · area %2 — Enter or double-click finishes, Backspace removes the last point, "
                  "Esc cancels")
                   .arg(measureformat::length(edge), measureformat::area(area)));
}

void DrawShapeTool::updatePreview()
{
    if (m_press == Press::Rectangle) {
        showPreview(rectangleTo(m_cursor, m_modifiers), true);
        return;
    }
    if (m_vertices.empty()) {
        m_preview->clear();
        return;
    }
    Outline shape = m_vertices;
    if (m_hasCursor && distance(m_cursor, shape.back()) > 1e-9)
        shape.push_back(m_cursor);
    showPreview(shape, shape.size() >= 3);
}

} // namespace pz
