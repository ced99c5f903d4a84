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

} // namespace pz::shading
