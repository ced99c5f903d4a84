// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "shading/surfacehorizon.h"

#include "shading/horizonstate.h"

#include <algorithm>
#include <cmath>

namespace pz::shading {


double SurfaceHorizon::horizonElevationDeg(int sample, double azimuthDeg) const
{
    const int n = sampleCount();
    if (sample < 0 || sample >= n || azimuthBins <= 0)
        return 0.0;
    double pos = std::fmod(azimuthDeg, 360.0) / 360.0 * azimuthBins;
    if (pos < 0.0)
        pos += azimuthBins;
    const int k0 = int(pos) % azimuthBins;
    const int k1 = (k0 + 1) % azimuthBins;
    const double w = pos - std::floor(pos);
    const double t = (1.0 - w) * horizonTan[std::size_t(k0) * n + sample] + w * horizonTan[std::size_t(k1) * n + sample];
    return std::atan(t) / kDegToRad;
}

SurfaceHorizon computeHorizon(const ShadingScene &scene, const Surface &surface)
{
    return HorizonState::compute(scene, surface, nullptr).takeHorizon();
}

std::vector<SurfaceHorizon> computeHorizons(const ShadingScene &scene, const std::vector<Surface> &surfaces)
{
    std::vector<SurfaceHorizon> out;
    out.reserve(surfaces.size());
    for (const Surface &surface : surfaces)
        out.push_back(computeHorizon(scene, surface));
    return out;
}

SunTable makeSunTable(const std::vector<double> &zenithDeg, const std::vector<double> &azimuthDeg, int azimuthBins)
{
    SunTable table;
    table.azimuthBins = azimuthBins;
    const std::size_t hours = std::min(zenithDeg.size(), azimuthDeg.size());
    table.tanElevation.assign(zenithDeg.size(), -1.0);
    table.bin0.assign(zenithDeg.size(), 0);
    table.bin1.assign(zenithDeg.size(), 0);
    table.weight.assign(zenithDeg.size(), 0.0);
    table.binHourStart.assign(std::size_t(std::max(0, azimuthBins)) + 1, 0);
    if (azimuthBins <= 0)
        return table;
    for (std::size_t h = 0; h < hours; ++h) {
        const double zenith = zenithDeg[h];
        if (!(zenith < 90.0))
            continue;
        table.tanElevation[h] = std::tan((90.0 - zenith) * kDegToRad);
        double pos = std::fmod(azimuthDeg[h], 360.0) / 360.0 * azimuthBins;
        if (pos < 0.0)
            pos += azimuthBins;
        table.bin0[h] = int(pos) % azimuthBins;
        table.bin1[h] = (table.bin0[h] + 1) % azimuthBins;
        table.weight[h] = pos - std::floor(pos);
        ++table.binHourStart[std::size_t(table.bin0[h]) + 1];
        ++table.binHourStart[std::size_t(table.bin1[h]) + 1];
    }
    for (int k = 0; k < azimuthBins; ++k)
        table.binHourStart[std::size_t(k) + 1] += table.binHourStart[std::size_t(k)];
    table.binHours.resize(std::size_t(table.binHourStart.back()));
    std::vector<int> fill(table.binHourStart.begin(), table.binHourStart.end() - 1);
    for (std::size_t h = 0; h < hours; ++h) {
        if (table.tanElevation[h] < 0.0)
            continue;
        table.binHours[std::size_t(fill[std::size_t(table.bin0[h])]++)] = int(h);
        table.binHours[std::size_t(fill[std::size_t(table.bin1[h])]++)] = int(h);
    }
    return table;
}

int hiddenSampleCount(const SurfaceHorizon &horizon, const SunTable &sun, int h)
{
    const double tanSun = sun.tanElevation[std::size_t(h)];
    if (tanSun < 0.0)
        return 0;
    const int k0 = sun.bin0[std::size_t(h)];
    const int k1 = sun.bin1[std::size_t(h)];
    // Above every sample's horizon at both neighbouring bins: nothing to count.
    if (tanSun >= std::max(horizon.envelopeTan[std::size_t(k0)], horizon.envelopeTan[std::size_t(k1)]))
        return 0;
    const int n = horizon.sampleCount();
    const double w = sun.weight[std::size_t(h)];
    const float *h0 = horizon.horizonTan.data() + std::size_t(k0) * n;
    const float *h1 = horizon.horizonTan.data() + std::size_t(k1) * n;
    int hidden = 0;
    for (int s = 0; s < n; ++s)
        hidden += tanSun < (1.0 - w) * h0[s] + w * h1[s];
    return hidden;
}

std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const SunTable &sun)
{
    std::vector<float> out(std::size_t(sun.hours()), 0.0f);
    const int n = horizon.sampleCount();
    if (n == 0 || horizon.azimuthBins <= 0 || sun.azimuthBins != horizon.azimuthBins)
        return out;
    for (int h = 0; h < sun.hours(); ++h)
        out[std::size_t(h)] = float(hiddenSampleCount(horizon, sun, h)) / float(n);
    return out;
}

std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const std::vector<double> &zenithDeg,
                                   const std::vector<double> &azimuthDeg)
{
    if (horizon.sampleCount() == 0 || horizon.azimuthBins <= 0)
        return std::vector<float>(zenithDeg.size(), 0.0f);
    return beamHiddenShare(horizon, makeSunTable(zenithDeg, azimuthDeg, horizon.azimuthBins));
}

bool isSunHidden(const SurfaceHorizon &horizon, int samplePoint, double sunElevationDeg, double sunAzimuthDeg)
{
    if (samplePoint < 0 || samplePoint >= horizon.sampleCount())
        return false;
    return sunElevationDeg < horizon.horizonElevationDeg(samplePoint, sunAzimuthDeg);
}

} // namespace pz::shading
