// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/greenspaceitem.h"

#include "map/mapcoords.h"
#include "map/mappalette.h"

#include <QPainter>

namespace pz {

void GreenSpaceItem::rebuild(const ParkObject &object)
{
    m_outline = mapcoords::toScene(std::get<GreenSpace>(object).outline);
}

void GreenSpaceItem::paintObject(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor green = MapPalette::greenSpace();
    QPen edge(green.darker(140), 1.2);
    edge.setCosmetic(true);
    painter->setPen(edge);
    painter->setBrush(green);
    painter->drawPolygon(m_outline);
    // A light planting texture (in device space, so it stays fine at every zoom).
    painter->setPen(Qt::NoPen);
    painter->setBrush(QBrush(green.darker(115), Qt::Dense6Pattern));
    painter->drawPolygon(m_outline);
}

} // namespace pz
