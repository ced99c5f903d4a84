// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A picture under the site plan: a scanned masterplan, an aerial photo or a GeoTIFF, with the
// affine map that lays its pixels onto the plan. Part of the site settings (format 7), so that
// the site's undo covers it; no stage of the engine reads it.

#include <QString>

namespace pz {

// Pixel (column, row) → plan metres. (0, 0) is the top-left corner of the top-left pixel and
// rows grow downwards, as in a GDAL geotransform:
//   x = a·column + b·row + c
//   y = d·column + e·row + f
struct PixelToPlan {
    double a = 1.0;
    double b = 0.0;
    double c = 0.0;
    double d = 0.0;
    double e = -1.0;
    double f = 0.0;
    bool operator==(const PixelToPlan &) const = default;

    double determinant() const { return a * e - b * d; }
    double mapX(double column, double row) const { return a * column + b * row + c; }
    double mapY(double column, double row) const { return d * column + e * row + f; }
};

struct Background {
    QString name;
    QString filePath;   // relative to the project file where possible
    int widthPx = 1;    // the image's size, kept so that a missing file still shows its outline
    int heightPx = 1;
    PixelToPlan pixelToPlan;
    double opacity = 1.0;   // 0 (invisible) … 1 (opaque)
    bool visible = true;
    bool locked = false;    // inert to the mouse and its placement not editable
    bool operator==(const Background &) const = default;
};

} // namespace pz
