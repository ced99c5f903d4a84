#include "map/siteboundaryitem.h"

#include "map/mapcoords.h"
#include "map/usetypepalette.h"

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
    QPen pen(usetypepalette::boundaryColor(), 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(255, 255, 255, 60));
    painter->drawPolygon(m_polygon);
}

} // namespace pz
