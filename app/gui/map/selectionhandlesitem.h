// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The selection's look: an outline and square handles at the vertices of each selected object,
// plus a rotate handle above the selection. Sizes are in pixels whatever the zoom.

#include <QGraphicsItem>
#include <QPolygonF>
#include <QVector>

namespace pz {

class SelectionHandlesItem : public QGraphicsItem
{
public:
    SelectionHandlesItem();

    void setOutlines(const QVector<QPolygonF> &sceneOutlines, bool rotatable);
    // Scene units per pixel at the current zoom (sets the handle size).
    void setPixelSizeM(double metresPerPixel);
    // Where the rotate handle is drawn (scene), or a null point when there is none.
    QPointF rotateHandlePos() const;
    QRectF selectionRect() const { return m_rect; }

    static constexpr double kHandlePx = 7.0;
    static constexpr double kRotateHandleOffsetPx = 28.0;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<QPolygonF> m_outlines;
    QRectF m_rect;
    bool m_rotatable = false;
    double m_pixelM = 1.0;
};

} // namespace pz
