// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapdecorations.h"

#include "map/mapoverlay.h"
#include "map/mappalette.h"
#include "map/mapview.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace pz {

void MapDecorations::drawGrid(QPainter *painter, const QRectF &rect, double spacingM, const MapPalette &colours)
{
    const double g = spacingM;
    // The next coarser step of the 1/5/10/50 sequence gives the major lines.
    const double major = (std::fmod(std::log10(g) + 1e-9, 1.0) < 0.5) ? g * 5.0 : g * 2.0;
    const auto drawLines = [&](double step, const QColor &color) {
        if (rect.width() / step > 2000 || rect.height() / step > 2000)
            return;
        QPen pen(color, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        QVector<QLineF> lines;
        for (double x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
            lines << QLineF(x, rect.top(), x, rect.bottom());
        for (double y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            lines << QLineF(rect.left(), y, rect.right(), y);
        painter->drawLines(lines);
    };
    const bool aa = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    drawLines(g, colours.gridMinor());
    drawLines(major, colours.gridMajor());
    painter->setRenderHint(QPainter::Antialiasing, aa);
}

void MapDecorations::drawScaleBar(QPainter *painter, const QSize &viewport, double pixelsPerMetre,
                                  const MapPalette &colours)
{
    const double s = pixelsPerMetre;
    const double wanted = 120.0 / s;
    const double base = std::pow(10.0, std::floor(std::log10(wanted)));
    double length = base;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (base * f <= wanted)
            length = base * f;
    const double px = length * s;
    const QPointF origin(16, viewport.height() - 22);
    painter->setPen(QPen(colours.ink(), 1.0));
    for (int i = 0; i < 4; ++i) {
        painter->setBrush(i % 2 ? colours.paper() : colours.ink());
        painter->drawRect(QRectF(origin.x() + i * px / 4, origin.y(), px / 4, 5));
    }
    const QString text = length >= 1000.0 ? MapView::tr("%1 km").arg(QLocale().toString(length / 1000.0, 'g', 3))
                                          : MapView::tr("%1 m").arg(QLocale().toString(length, 'g', 3));
    painter->drawText(QPointF(origin.x(), origin.y() - 4), text);
}

void MapDecorations::drawNorthArrow(QPainter *painter, const QSize &viewport, double northRotationDeg,
                                    const MapPalette &colours)
{
    const QPointF c(viewport.width() - 34, 40);
    painter->save();
    painter->translate(c);
    // Plan north is northRotationDeg clockwise of true north: true north is that much
    // counter-clockwise of screen up.
    painter->rotate(-northRotationDeg);
    painter->setPen(QPen(colours.ink(), 1.0));
    painter->setBrush(colours.arrowDisc());
    painter->drawEllipse(QPointF(0, 0), 20, 20);
    QPolygonF dark{QPointF(0, -17), QPointF(7, 8), QPointF(0, 3)};
    QPolygonF light{QPointF(0, -17), QPointF(-7, 8), QPointF(0, 3)};
    painter->setBrush(colours.ink());
    painter->drawPolygon(dark);
    painter->setBrush(colours.paper());
    painter->drawPolygon(light);
    painter->restore();
    painter->setPen(colours.ink());
    //: North, on the north arrow
    painter->drawText(QRectF(c.x() - 20, c.y() + 20, 40, 16), Qt::AlignCenter, MapView::tr("N"));
}

void MapDecorations::drawLegend(QPainter *painter, const QFont &font, const QSize &viewport,
                                const MapOverlay &overlay, const MapPalette &colours)
{
    if (overlay.legend.isEmpty())
        return;
    const QFontMetrics fm(font);
    int width = fm.horizontalAdvance(overlay.legendTitle);
    for (const auto &entry : overlay.legend)
        width = std::max(width, 18 + fm.horizontalAdvance(entry.second));
    const int line = fm.height() + 2;
    const int rows = int(overlay.legend.size()) + (overlay.legendTitle.isEmpty() ? 0 : 1);
    const QRect box(viewport.width() - width - 28, viewport.height() - rows * line - 22, width + 16,
                    rows * line + 10);
    painter->setPen(colours.legendFrame());
    painter->setBrush(colours.legendBackground());
    painter->drawRoundedRect(box, 4, 4);
    int y = box.top() + 5;
    painter->setPen(colours.legendText());
    if (!overlay.legendTitle.isEmpty()) {
        painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, overlay.legendTitle);
        y += line;
    }
    for (const auto &entry : overlay.legend) {
        painter->setBrush(entry.first);
        painter->drawRect(QRect(box.left() + 8, y + 3, 12, line - 6));
        painter->drawText(QRect(box.left() + 26, y, width, line), Qt::AlignVCenter, entry.second);
        y += line;
    }
}

void MapDecorations::drawInputText(QPainter *painter, const QFont &font, const QPoint &cursor, const QString &text,
                                   const MapPalette &colours)
{
    if (text.isEmpty())
        return;
    const QFontMetrics fm(font);
    const QRect bounds = fm.boundingRect(text).adjusted(-5, -3, 5, 3);
    const QRect box = bounds.translated(cursor + QPoint(18, 22) - bounds.topLeft());
    painter->setPen(colours.inputFrame());
    painter->setBrush(colours.inputBackground());
    painter->drawRect(box);
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace pz
