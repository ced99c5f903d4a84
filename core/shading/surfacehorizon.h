// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hour-independent shading precomputation of one PV surface: for each sample point the
// horizon profile (the highest obstacle elevation per azimuth bin, kept as its tangent), and the
// sky view share of the surface. With it, the hidden share of any sun position is a table lookup.

#include "shading/shadingscene.h"
#include "shading/surface.h"

#include <cstdint>
#include <vector>

namespace pz::shading {

struct SurfaceHorizon {
    std::uint32_t surfaceId = 0;
    int azimuthBins = 0;                 // bin k is centred on k·360/azimuthBins degrees
    std::vector<Point2> samples;         // plan positions of the sample points
    // tan(obstacle elevation) per bin and sample, bin-major: [bin · samples.size() + sample].
    // 0 = open sky down to the horizon.
    std::vector<float> horizonTan;
    std::vector<float> envelopeTan;      // per bin, the maximum over the samples
    std::vector<double> sampleSkyViewShare;
    double skyViewShare = 1.0;           // mean over the samples, 0..1
    std::vector<std::uint32_t> obstacleIds;  // the candidates that were swept

    int sampleCount() const { return int(samples.size()); }
    // Horizon elevation (degrees) seen from a sample towards an azimuth (linear in the tangent
    // between the two neighbouring bin centres).
    double horizonElevationDeg(int sample, double azimuthDeg) const;
};

SurfaceHorizon computeHorizon(const ShadingScene &scene, const Surface &surface);

// All surfaces, in their order, on the calling thread (the engine spreads surfaces over the
// cores itself: engine/parallelfor.h).
std::vector<SurfaceHorizon> computeHorizons(const ShadingScene &scene, const std::vector<Surface> &surfaces);

// The sun's hourly positions as the horizon lookup needs them (tangent of the elevation, the two
// neighbouring azimuth bins and the weight between them). Made once per sun track and shared by
// every surface of a park, so that the per-surface lookup does no trigonometry.
struct SunTable {
    int azimuthBins = 0;
    std::vector<double> tanElevation;   // per hour; negative when the sun is down
    std::vector<int> bin0, bin1;        // neighbouring bin centres around the sun's azimuth
    std::vector<double> weight;         // position between bin0 (0) and bin1 (1)
    // The hours with the sun up whose bin0 or bin1 is bin k: binHours[binHourStart[k] ..
    // binHourStart[k + 1]), so that a change in some bins revisits only their hours.
    std::vector<int> binHourStart;
    std::vector<int> binHours;

    int hours() const { return int(tanElevation.size()); }
};

// zenithDeg: apparent zenith; azimuthDeg: clockwise from north; one entry per hour.
SunTable makeSunTable(const std::vector<double> &zenithDeg, const std::vector<double> &azimuthDeg,
                      int azimuthBins);

// From how many of the surface's samples the sun is hidden at hour h.
int hiddenSampleCount(const SurfaceHorizon &horizon, const SunTable &sun, int h);

// Share (0..1) of the surface's samples from which the sun is hidden, per hour; 0 when the sun is
// down (zenith ≥ 90°). The table must have the horizon's bin count.
std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const SunTable &sun);
// The same from the sun's positions (builds the table).
std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const std::vector<double> &zenithDeg,
                                   const std::vector<double> &azimuthDeg);

// Whether the sun is behind an obstacle as seen from one sample point.
bool isSunHidden(const SurfaceHorizon &horizon, int samplePoint, double sunElevationDeg, double sunAzimuthDeg);

} // namespace pz::shading
