// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tool's preview on the plan, outside the model: a polyline or polygon with vertex markers and
// text labels (edge lengths, area) drawn at screen size.

#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace pz {

class ShapePreviewItem : public QGraphicsItem
{
public:
    struct Label {
        QPointF scenePos;
        QString text;
    };

    enum { Type = UserType + 2 };

    ShapePreviewItem();

    // Scene points; closed draws the closing edge (dashed) and a translucent fill.
    void setShape(const QPolygonF &points, bool closed);
    void setLabels(const QVector<Label> &labels);
    void setMarkersVisible(bool on);
    void setHighlightedVertex(int index);  // -1: none
    void setDashed(bool on);
    void setPixelSizeM(double metresPerPixel);
    void clear();

    const QPolygonF &points() const { return m_points; }
    const QVector<Label> &labels() const { return m_labels; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF m_points;
    QVector<Label> m_labels;
    bool m_closed = false;
    bool m_markers = true;
    bool m_dashed = false;
    int m_highlight = -1;
    double m_pixelM = 1.0;
};

} // namespace pz
