// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sample points over a surface's plan polygon: the centres of a square grid that fall inside
// the polygon, the grid widened until there are at most Options::maxSamplesPerSurface of them.

#include "geometry/geometry.h"
#include "shading/shadingoptions.h"

#include <vector>

namespace pz::shading {

// Grid spacing used for an outline (before any widening because of the sample cap).
double initialSampleSpacingM(const Outline &outline, const Options &options);
// At least one point for any outline with area (a point inside it when the grid misses it).
std::vector<Point2> samplePoints(const Outline &outline, const Options &options);

} // namespace pz::shading
