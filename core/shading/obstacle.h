// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An object that can cast shade: a prism standing on its plan footprint from baseHeightM up to
// topHeightM (flat top). Buildings, PV rows, storage containers all become obstacles.

#include "geometry/geometry.h"

#include <cstdint>

namespace pz::shading {

struct Obstacle {
    std::uint32_t id = 0;        // unique within a scene; 0 is reserved for "none"
    Outline footprint;
    double baseHeightM = 0.0;    // bottom of the prism (> 0 for elevated objects)
    double topHeightM = 0.0;
};

} // namespace pz::shading
