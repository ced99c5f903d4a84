// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Geometry of PV module rows for drawing: strips of the row's horizontal depth, repeated at the
// row pitch (rowDepth / gcr) perpendicular to the azimuth and clipped to the area.

#include "geometry/geometry.h"
#include "model/pvsystem.h"

#include <QColor>
#include <QPainterPath>

class QPainter;

namespace pz::pvrows {

// Row strips clipped to `area` (plan coordinates), as a scene path. An area without rows
// (gcr = 0) is covered fully.
QPainterPath rowsPath(const MultiPolygon &area, const PvSystem &pv);
QPainterPath rowsPath(const Outline &area, const PvSystem &pv);

// Row pitch on the plan (m), 0 when the area has no rows.
double pitchM(const PvSystem &pv);
// Whether rows of this pitch are far enough apart on screen (the painter's zoom) to draw one by
// one (2 px); below that they merge into an even tint and are drawn as one fill (level of detail: a
// 1,000-object park at "fit to site" would otherwise draw tens of thousands of strips a frame).
bool rowsResolved(double pitchM, const QPainter *painter);
// The tint of rows covering `coverage` (0..1) of the ground.
QColor rowsTint(const QColor &ground, const QColor &rows, double coverage);

// Scene path of a multipolygon (outer rings and holes).
QPainterPath scenePath(const MultiPolygon &area);

// Number of row strips that cross the area (for tests and labels).
int rowCount(const Outline &area, const PvSystem &pv);

} // namespace pz::pvrows
