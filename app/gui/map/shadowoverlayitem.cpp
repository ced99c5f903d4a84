// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/shadowoverlayitem.h"

#include "map/mapcoords.h"
#include "map/mappalette.h"

#include <QPainter>

namespace pz {

ShadowOverlayItem::ShadowOverlayItem()
{
    // Above green space and PV fields, below storage and buildings.
    setZValue(2.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ShadowOverlayItem::setShadows(const QVector<QPolygonF> &planShadows)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_path.setFillRule(Qt::WindingFill);
    for (const QPolygonF &plan : planShadows) {
        QPolygonF scene;
        scene.reserve(plan.size());
        for (const QPointF &p : plan)
            scene << mapcoords::toScene(p.x(), p.y());
        m_path.addPolygon(scene);
        m_path.closeSubpath();
    }
    update();
}

QRectF ShadowOverlayItem::boundingRect() const
{
    return m_path.boundingRect();
}

void ShadowOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapPalette().shadow());
    painter->drawPath(m_path);
}

} // namespace pz
