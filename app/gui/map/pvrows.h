#pragma once
// Geometry of PV module rows for drawing: strips of the row's horizontal depth, repeated at the
// row pitch (rowDepth / gcr) perpendicular to the azimuth and clipped to the area.

#include "geometry/geometry.h"
#include "model/pvsystem.h"

#include <QPainterPath>

namespace pz::pvrows {

// Row strips clipped to `area` (plan coordinates), as a scene path. An area without rows
// (gcr = 0) is covered fully.
QPainterPath rowsPath(const MultiPolygon &area, const PvSystem &pv);
QPainterPath rowsPath(const Outline &area, const PvSystem &pv);

// Scene path of a multipolygon (outer rings and holes).
QPainterPath scenePath(const MultiPolygon &area);

// Number of row strips that cross the area (for tests and labels).
int rowCount(const Outline &area, const PvSystem &pv);

} // namespace pz::pvrows
