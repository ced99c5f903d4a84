// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the site plan draws over and under its content in viewport pixels, whatever the zoom: the
// grid (in the background), the scale bar, the north arrow, the overlay's legend and the value
// being typed next to the cursor. Plain drawing functions, in the map palette's colours; the
// view decides where and when (and its texts are the view's: MapView::tr).

#include <QPoint>
#include <QRectF>
#include <QSize>

class QFont;
class QString;
class QPainter;

namespace pz {

class MapPalette;
struct MapOverlay;

class MapDecorations
{
public:
    // Grid lines every spacingM metres (scene units) over rect, with a major line every 5 or 2.
    static void drawGrid(QPainter *painter, const QRectF &rect, double spacingM, const MapPalette &colours);
    // A round length (1, 2 or 5 × 10^k m) close to 120 px at the bottom left.
    static void drawScaleBar(QPainter *painter, const QSize &viewport, double pixelsPerMetre,
                             const MapPalette &colours);
    // At the top right; plan north is northRotationDeg clockwise of true north.
    static void drawNorthArrow(QPainter *painter, const QSize &viewport, double northRotationDeg,
                               const MapPalette &colours);
    // The overlay's legend at the bottom right (nothing when it has none).
    static void drawLegend(QPainter *painter, const QFont &font, const QSize &viewport, const MapOverlay &overlay,
                           const MapPalette &colours);
    // The typed value in a box below and right of the cursor (nothing when empty).
    static void drawInputText(QPainter *painter, const QFont &font, const QPoint &cursor, const QString &text,
                              const MapPalette &colours);
};

} // namespace pz
