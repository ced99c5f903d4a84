// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/siteboundaryitem.h"

#include "map/mapcoords.h"
#include "map/mappalette.h"

#include <QPainter>

namespace pz {

SiteBoundaryItem::SiteBoundaryItem()
{
    setZValue(-1.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void SiteBoundaryItem::setBoundary(const Outline &boundary)
{
    prepareGeometryChange();
    m_polygon = mapcoords::toScene(boundary);
    update();
}

QRectF SiteBoundaryItem::boundingRect() const
{
    return m_polygon.boundingRect();
}

void SiteBoundaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_polygon.size() < 3)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(MapPalette::boundary(), 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(MapPalette().boundaryFill());
    painter->drawPolygon(m_polygon);
}

} // namespace pz
