// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/windrose.h"

#include "wind/windweather.h"

#include <algorithm>
#include <cmath>

namespace pz::wind {

int WindRose::directionalHours() const
{
    int n = 0;
    for (int s = 0; s < kSectors; ++s)
        n += sectorHours(s);
    return n;
}

int WindRose::sectorHours(int sector) const
{
    int n = 0;
    for (int count : hours[sector])
        n += count;
    return n;
}

int WindRose::sectorOf(double directionDeg)
{
    const double shifted = std::fmod(directionDeg + kSectorWidthDeg / 2.0, 360.0);
    const int s = static_cast<int>(std::floor((shifted < 0 ? shifted + 360.0 : shifted) / kSectorWidthDeg));
    return std::clamp(s, 0, kSectors - 1);
}

int WindRose::speedBinOf(double speedMS)
{
    int bin = 0;
    while (bin + 1 < kSpeedBins && speedMS >= kBinLowerMS[bin + 1])
        ++bin;
    return bin;
}

WindRose computeWindRose(const WindWeather &w)
{
    WindRose rose;
    std::array<double, WindRose::kSectors> cubes{};
    rose.totalHours = w.hours();
    for (int h = 0; h < rose.totalHours; ++h) {
        const double v = w.speedMS[h];
        if (v == 0) {
            ++rose.calmHours;
            continue;
        }
        if (!w.directionValid[h]) {
            ++rose.noDirectionHours;
            continue;
        }
        const int s = WindRose::sectorOf(w.directionDeg[h]);
        ++rose.hours[s][WindRose::speedBinOf(v)];
        cubes[s] += v * v * v;
    }
    double total = 0;
    for (double c : cubes)
        total += c;
    if (total <= 0)
        return rose;
    int best = 0;
    for (int s = 0; s < WindRose::kSectors; ++s) {
        rose.energyShare[s] = cubes[s] / total;
        best = cubes[s] > cubes[best] ? s : best;
    }
    rose.prevailingDirectionDeg = WindRose::sectorCentreDeg(best);
    return rose;
}

} // namespace pz::wind
