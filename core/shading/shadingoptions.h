// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Resolution and reach settings of the shading model (see docs/shading.md for the error bound
// they give).

namespace pz::shading {

struct Options {
    // The sun lower than this is still tested against obstacles within reach, but obstacles
    // further away than (height above the surface) / tan(minSunElevationDeg) are ignored:
    // this is the shadow reach that bounds every spatial query.
    double minSunElevationDeg = 2.0;
    // Horizon profile resolution: bin centres at k·360/azimuthBins degrees.
    int azimuthBins = 360;
    // Preferred spacing of the sample grid over a surface; widened so that a surface never has
    // more than maxSamplesPerSurface samples.
    double sampleSpacingM = 4.0;
    int maxSamplesPerSurface = 64;
};

// The one shadow-reach rule: how far (m on the plan) an obstacle whose top is at topHeightM can
// cast shade onto a point at fromHeightM when the sun stands at least at the options' minimum
// elevation (taken as no less than 0.1°, so that the reach stays finite). 0 when the top is not
// above the point. Every spatial query of the shading model (the scene's candidates, the surfaces
// an edited obstacle can reach) uses it, so that incremental updates and fresh runs agree.
double shadowReachM(const Options &options, double topHeightM, double fromHeightM);

} // namespace pz::shading
