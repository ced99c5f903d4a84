#pragma once
// A text label on the plan that keeps its screen size (ignores the zoom) and hides itself when
// it would not fit the object it names.

#include <QGraphicsItem>
#include <QString>

namespace pz {

class MapLabelItem : public QGraphicsItem
{
public:
    explicit MapLabelItem(QGraphicsItem *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The label is drawn only while its width on screen is below fitWidthM at the current zoom
    // (0: always drawn).
    void setFitWidthM(double widthM) { m_fitWidthM = widthM; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_rect;
    double m_fitWidthM = 0.0;
};

} // namespace pz
