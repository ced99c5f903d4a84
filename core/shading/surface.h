// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PV surface to be shaded: the plan polygon of the PV area at the height of its plane, and the
// orientation of the modules (which weighs the sky directions in the sky view share).

#include "geometry/geometry.h"

#include <cstdint>
#include <vector>

namespace pz::shading {

struct Surface {
    std::uint32_t id = 0;
    // The obstacle standing for the surface's own building (or its own field): never shades it.
    std::uint32_t ownerObstacleId = 0;
    Outline outline;
    double heightM = 0.0;        // height of the PV plane (roof height, or mean module height)
    double tiltDeg = 0.0;
    double azimuthDeg = 180.0;   // clockwise from north
    // Further obstacles that never shade this surface, e.g. the obstacle standing for the PV
    // rows of this very area (their mutual shading is the row model of spec §5).
    std::vector<std::uint32_t> ignoredObstacleIds;
};

} // namespace pz::shading
