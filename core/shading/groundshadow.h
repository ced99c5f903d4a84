// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shadows of obstacles on flat ground for one sun position, for the map's sun study.

#include "geometry/geometry.h"
#include "shading/obstacle.h"

#include <cstdint>
#include <vector>

namespace pz::shading {

struct ObstacleShadow {
    std::uint32_t id = 0;
    MultiPolygon shadow;   // includes the footprint for obstacles standing on the ground
};

// The ground shadow of one obstacle: its footprint swept from the projection of its base to the
// projection of its top (a Minkowski sum with a segment), as a union of polygons. Empty when the
// sun is at or below the horizon.
MultiPolygon groundShadow(const Obstacle &obstacle, double sunElevationDeg, double sunAzimuthDeg);

// One entry per obstacle, in input order; empty when the sun is at or below the horizon.
std::vector<ObstacleShadow> groundShadows(const std::vector<Obstacle> &obstacles, double sunElevationDeg,
                                          double sunAzimuthDeg);

} // namespace pz::shading
