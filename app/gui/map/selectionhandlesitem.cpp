// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/selectionhandlesitem.h"

#include "map/mappalette.h"

#include <QPainter>

namespace pz {

SelectionHandlesItem::SelectionHandlesItem()
{
    setZValue(100.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void SelectionHandlesItem::setOutlines(const QVector<QPolygonF> &sceneOutlines, bool rotatable)
{
    prepareGeometryChange();
    m_outlines = sceneOutlines;
    m_rotatable = rotatable;
    m_rect = QRectF();
    for (const QPolygonF &p : m_outlines)
        m_rect = m_rect.united(p.boundingRect());
    update();
}

void SelectionHandlesItem::setPixelSizeM(double metresPerPixel)
{
    if (qFuzzyCompare(metresPerPixel, m_pixelM))
        return;
    prepareGeometryChange();
    m_pixelM = metresPerPixel;
}

QPointF SelectionHandlesItem::rotateHandlePos() const
{
    if (!m_rotatable || m_outlines.isEmpty())
        return {};
    return QPointF(m_rect.center().x(), m_rect.top() - kRotateHandleOffsetPx * m_pixelM) + pos();
}

QRectF SelectionHandlesItem::boundingRect() const
{
    if (m_outlines.isEmpty())
        return {};
    const double m = (kRotateHandleOffsetPx + kHandlePx * 2) * m_pixelM;
    return m_rect.adjusted(-m, -m, m, m);
}

void SelectionHandlesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_outlines.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = MapPalette::selection();
    QPen pen(c, 2.0);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double h = kHandlePx * m_pixelM;
    for (const QPolygonF &p : m_outlines)
        painter->drawPolygon(p);
    QPen thin(c.darker(130), 1.0);
    thin.setCosmetic(true);
    painter->setPen(thin);
    painter->setBrush(MapPalette().handleFill());
    for (const QPolygonF &p : m_outlines)
        for (const QPointF &v : p)
            painter->drawRect(QRectF(v.x() - h / 2, v.y() - h / 2, h, h));
    if (m_rotatable) {
        const QPointF top(m_rect.center().x(), m_rect.top());
        const QPointF handle(top.x(), top.y() - kRotateHandleOffsetPx * m_pixelM);
        painter->drawLine(top, handle);
        painter->setBrush(c);
        painter->drawEllipse(handle, h * 0.7, h * 0.7);
    }
}

} // namespace pz
