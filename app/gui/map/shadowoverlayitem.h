// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ground shadows of an analysis overlay, drawn translucent over the ground objects.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QVector>

namespace pz {

class ShadowOverlayItem : public QGraphicsItem
{
public:
    ShadowOverlayItem();
    // Shadows in plan metres.
    void setShadows(const QVector<QPolygonF> &planShadows);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
};

} // namespace pz
