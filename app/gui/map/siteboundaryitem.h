// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site boundary on the plan: a dashed line around the plot.

#include "geometry/geometry.h"

#include <QGraphicsItem>
#include <QPolygonF>

namespace pz {

class SiteBoundaryItem : public QGraphicsItem
{
public:
    SiteBoundaryItem();
    void setBoundary(const Outline &boundary);
    const QPolygonF &sceneBoundary() const { return m_polygon; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF m_polygon;
};

} // namespace pz
