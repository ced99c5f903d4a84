// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/measuretool.h"

#include "map/mapcoords.h"
#include "map/shapepreviewitem.h"
#include "tools/measureformat.h"
#include "tools/toolcontext.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <cmath>

namespace pz {

namespace {
double distance(const Point2 &a, const Point2 &b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

double pathLength(const Outline &points)
{
    double sum = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i)
        sum += distance(points[i - 1], points[i]);
    return sum;
}
} // namespace

MeasureTool::MeasureTool(ToolContext *context) : AbstractTool(context), m_preview(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Measure"), this);
    action->setShortcut(QKeySequence(tr("M")));
    action->setToolTip(tr("Measure distances and areas (M)"));
    setAction(action);
    m_preview->setDashed(true);
    m_preview->setVisible(false);
    context->addPreviewItem(m_preview);
}

MeasureTool::~MeasureTool()
{
    delete m_preview;
}

QString MeasureTool::hint() const
{
    return tr("Click points to measure; Enter or double-click ends, Esc clears");
}

void MeasureTool::activate()
{
    AbstractTool::activate();
    m_preview->setVisible(true);
}

void MeasureTool::deactivate()
{
    clear();
    m_preview->setVisible(false);
    AbstractTool::deactivate();
}

void MeasureTool::clear()
{
    m_points.clear();
    m_finished = false;
    m_preview->clear();
}

double MeasureTool::totalLengthM() const
{
    return pathLength(m_points);
}

double MeasureTool::areaM2() const
{
    return m_points.size() >= 3 ? pz::areaM2(m_points) : 0.0;
}

bool MeasureTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    if (m_finished)
        clear();
    if (m_points.empty() || distance(m_points.back(), e.plan) > 1e-9)
        m_points.push_back(e.plan);
    updatePreview();
    return true;
}

bool MeasureTool::mouseMove(const MapMouseEvent &e)
{
    m_cursor = e.plan;
    m_hasCursor = true;
    if (!m_finished && !m_points.empty())
        updatePreview();
    return true;
}

bool MeasureTool::mouseDoubleClick(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton || m_points.empty())
        return false;
    m_finished = true;
    updatePreview();
    return true;
}

bool MeasureTool::wantsKey(QKeyEvent *event) const
{
    if (m_points.empty())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
        return true;
    default:
        return false;
    }
}

bool MeasureTool::keyPress(QKeyEvent *event)
{
    if (m_points.empty())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        clear();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_finished = true;
        updatePreview();
        return true;
    case Qt::Key_Backspace:
        m_points.pop_back();
        m_finished = false;
        updatePreview();
        return true;
    default:
        return false;
    }
}

void MeasureTool::updatePreview()
{
    Outline shape = m_points;
    if (!m_finished && m_hasCursor && !shape.empty() && distance(shape.back(), m_cursor) > 1e-9)
        shape.push_back(m_cursor);
    QVector<ShapePreviewItem::Label> labels;
    for (std::size_t i = 1; i < shape.size(); ++i) {
        const Point2 &a = shape[i - 1], &b = shape[i];
        labels.push_back({mapcoords::toScene(Point2((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)),
                          measureformat::length(distance(a, b))});
    }
    const double length = pathLength(shape);
    const double area = shape.size() >= 3 ? pz::areaM2(shape) : 0.0;
    if (shape.size() >= 3 && area > 0.0)
        labels.push_back({mapcoords::toScene(centroid(shape)), measureformat::area(area)});
    m_preview->setPixelSizeM(context()->metresPerPixel());
    m_preview->setShape(mapcoords::toScene(shape), shape.size() >= 3);
    m_preview->setLabels(labels);
    if (shape.size() >= 3)
        showStatus(tr("Distance %1 · enclosed area %2").arg(measureformat::length(length), measureformat::area(area)));
    else
        showStatus(tr("Distance %1").arg(measureformat::length(length)));
}

} // namespace pz
