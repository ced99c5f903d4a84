#include "map/maplabelitem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>

namespace pz {

MapLabelItem::MapLabelItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
}

void MapLabelItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    prepareGeometryChange();
    m_text = text;
    const QFontMetricsF fm{QFont()};
    const QRectF r = fm.boundingRect(text);
    m_rect = QRectF(-r.width() / 2 - 3, -r.height() / 2 - 1, r.width() + 6, r.height() + 2);
    update();
}

QRectF MapLabelItem::boundingRect() const
{
    return m_rect;
}

void MapLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_text.isEmpty())
        return;
    if (m_fitWidthM > 0.0) {
        // The painter carries no zoom here (the item ignores transformations): ask the view.
        const auto *view = widget ? qobject_cast<QGraphicsView *>(widget->parentWidget()) : nullptr;
        const double pxPerM = view ? view->transform().m11() : 1.0;
        if (m_rect.width() > m_fitWidthM * pxPerM)
            return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(m_rect, 3, 3);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace pz
