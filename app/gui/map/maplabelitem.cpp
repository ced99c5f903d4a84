// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/maplabelitem.h"

#include "map/mappalette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace pz {

MapLabelItem::MapLabelItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    // The text is laid out and rasterised once; panning and dragging only move the pixmap.
    setCacheMode(DeviceCoordinateCache);
}

QRectF MapLabelItem::boxFor(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QFontMetricsF fm{QFont()};
    const QRectF r = fm.boundingRect(text);
    return QRectF(-r.width() / 2 - 3, -r.height() / 2 - 1, r.width() + 6, r.height() + 2);
}

void MapLabelItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    prepareGeometryChange();
    m_text = text;
    m_fullRect = boxFor(text);
    update();
}

void MapLabelItem::setCompactText(const QString &text)
{
    if (text == m_compact)
        return;
    prepareGeometryChange();
    m_compact = text;
    m_compactRect = boxFor(text);
    update();
}

void MapLabelItem::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    prepareGeometryChange();
    m_mode = mode;
    update();
}

QString MapLabelItem::shownText() const
{
    switch (m_mode) {
    case Mode::Full: return m_text;
    case Mode::Compact: return m_compact;
    case Mode::Hidden: break;
    }
    return {};
}

QRectF MapLabelItem::rectFor(Mode mode) const
{
    switch (mode) {
    case Mode::Full: return m_fullRect;
    case Mode::Compact: return m_compactRect;
    case Mode::Hidden: break;
    }
    return {};
}

QRectF MapLabelItem::boundingRect() const
{
    return rectFor(m_mode);
}

void MapLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QString text = shownText();
    if (text.isEmpty())
        return;
    const QRectF rect = rectFor(m_mode);
    const MapPalette colours;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.labelBackground());
    painter->drawRoundedRect(rect, 3, 3);
    painter->setPen(colours.labelText());
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace pz
