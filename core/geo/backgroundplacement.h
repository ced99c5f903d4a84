// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a background image lies on the plan, and its pixels. A georeferenced GeoTIFF is placed
// by its own geotransform and CRS, carried into plan metres through the plan projection; any
// other picture is calibrated by two points picked on it, whose plan coordinates (or only their
// distance) the user gives. Both give a Background's PixelToPlan.

#include "geo/planprojection.h"
#include "model/background.h"

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>
#include <optional>

namespace pz::geo {

// Two picked points closer than this (in image pixels) are refused: the scale and the rotation
// would be guesses.
inline constexpr double kMinCalibrationSpanPx = 20.0;

// A two-point calibration: a similarity (scale, rotation, translation) of the pixel grid.
struct Calibration {
    std::optional<PixelToPlan> pixelToPlan;  // set exactly when the points are usable
    double scaleMPerPx = 0.0;
    double rotationDeg = 0.0;   // the image's turn, counter-clockwise from east like the objects'
    QString problem;            // why the points are refused, translated
};

// pixel1 lands on plan1 and pixel2 on plan2.
Calibration calibrateByPlanPoints(QPointF pixel1, QPointF pixel2, Point2 plan1, Point2 plan2);
// Unrotated; pixel1 lands on plan1 and the two points are distanceM apart.
Calibration calibrateByDistance(QPointF pixel1, QPointF pixel2, double distanceM, Point2 plan1);

// A georeferenced raster laid onto the plan.
struct GeoPlacement {
    bool georeferenced = false;  // the file has a geotransform and a CRS
    std::optional<PixelToPlan> pixelToPlan;
    QSize sizePx;
    QString problem;   // why it cannot be placed (georeferenced, but not transformable)
    QString warning;   // the plan distorts the image more than an affine map can follow
};

// The fourth corner may miss the affine image of the other three by this much (metres) before
// the placement warns; at a park's size the projection is affine to well under a centimetre.
inline constexpr double kCornerToleranceM = 0.5;

// Reads path's geotransform and CRS with GDAL and maps three image corners into the plan; the
// fourth checks the fit. Not georeferenced (a PNG, a TIFF without a CRS): georeferenced false.
GeoPlacement placeGeoreferenced(const QString &path, const PlanProjection &plan);

// The image's full size in pixels; an empty size (reason in *error) when it cannot be read.
QSize backgroundImageSize(const QString &path, QString *error);
// The image's pixels, reduced so that neither side exceeds maxSidePx (the transform stays on
// the full-size grid: scale by the full size over the returned size). PNG and JPEG through Qt,
// anything else (GeoTIFF) through GDAL. A null image with the reason in *error when unreadable.
QImage readBackgroundImage(const QString &path, QString *error, int maxSidePx = 8192);

} // namespace pz::geo
