// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/shapepreviewitem.h"

#include "map/mappalette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace pz {

namespace {
// Room around the shape for labels and markers, in pixels.
constexpr double kMarginPx = 160.0;
constexpr double kMarkerPx = 7.0;
} // namespace

ShapePreviewItem::ShapePreviewItem()
{
    setZValue(200.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ShapePreviewItem::setShape(const QPolygonF &points, bool closed)
{
    prepareGeometryChange();
    m_points = points;
    m_closed = closed;
    update();
}

void ShapePreviewItem::setLabels(const QVector<Label> &labels)
{
    prepareGeometryChange();
    m_labels = labels;
    update();
}

void ShapePreviewItem::setMarkersVisible(bool on)
{
    m_markers = on;
    update();
}

void ShapePreviewItem::setHighlightedVertex(int index)
{
    m_highlight = index;
    update();
}

void ShapePreviewItem::setDashed(bool on)
{
    m_dashed = on;
    update();
}

void ShapePreviewItem::setPixelSizeM(double metresPerPixel)
{
    prepareGeometryChange();
    m_pixelM = metresPerPixel;
}

void ShapePreviewItem::clear()
{
    prepareGeometryChange();
    m_points.clear();
    m_labels.clear();
    m_highlight = -1;
    update();
}

QRectF ShapePreviewItem::boundingRect() const
{
    QRectF r = m_points.boundingRect();
    for (const Label &l : m_labels)
        r = r.united(QRectF(l.scenePos, QSizeF(0.001, 0.001)));
    if (m_points.isEmpty() && m_labels.isEmpty())
        return {};
    const double m = kMarginPx * m_pixelM;
    return r.adjusted(-m, -m, m, m);
}

void ShapePreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const MapPalette colours;
    const QColor ink = MapPalette::previewInk();
    QPen pen(ink, 2.0, m_dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(true);
    if (m_closed && m_points.size() >= 3) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.previewFill());
        painter->drawPolygon(m_points);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_points);
    if (m_closed && m_points.size() >= 3) {
        QPen closing = pen;
        closing.setStyle(Qt::DotLine);
        painter->setPen(closing);
        painter->drawLine(m_points.last(), m_points.first());
    }
    if (m_markers) {
        const double h = kMarkerPx * m_pixelM;
        QPen thin(ink.darker(130), 1.0);
        thin.setCosmetic(true);
        painter->setPen(thin);
        for (int i = 0; i < m_points.size(); ++i) {
            painter->setBrush(i == m_highlight ? ink : colours.handleFill());
            painter->drawRect(QRectF(m_points[i].x() - h / 2, m_points[i].y() - h / 2, h, h));
        }
    }
    // Labels at screen size: leave the zoom behind for the text.
    const QTransform world = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    const QFontMetricsF fm(painter->font());
    for (const Label &l : m_labels) {
        const QPointF at = world.map(l.scenePos);
        const QRectF tr = fm.boundingRect(l.text);
        const QRectF box(at.x() - tr.width() / 2 - 3, at.y() - tr.height() / 2 - 1, tr.width() + 6, tr.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.previewLabelBackground());
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(ink.darker(140));
        painter->drawText(box, Qt::AlignCenter, l.text);
    }
    painter->restore();
}

} // namespace pz
