// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "weather/irradianceclosure.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::weather {

namespace {
// Below 3° of elevation (1/cos z > 19) the division by cos z amplifies any error in GHI − DHI.
constexpr double kMaxRebuildZenithDeg = 87.0;
} // namespace

ClosureCheck checkClosure(const pz::solar::WeatherYear &year, const pz::solar::SunTrack &sun)
{
    ClosureCheck c;
    const int hours = std::min<int>(int(year.ghi.size()), sun.hours());
    for (int h = 0; h < hours; ++h) {
        if (!sun.up[std::size_t(h)])
            continue;
        const double cosZ = std::cos(sun.apparentZenithDeg[std::size_t(h)] * kDegToRad);
        c.ghiKWhM2 += year.ghi[std::size_t(h)] / 1000.0;
        c.dhiKWhM2 += year.dhi[std::size_t(h)] / 1000.0;
        c.beamHorizontalKWhM2 += year.dni[std::size_t(h)] * std::max(cosZ, 0.0) / 1000.0;
    }
    if (c.ghiKWhM2 > 0.0)
        c.gapPct = 100.0 * (1.0 - (c.beamHorizontalKWhM2 + c.dhiKWhM2) / c.ghiKWhM2);
    return c;
}

pz::solar::WeatherYear withBeamFromGhiDhi(pz::solar::WeatherYear year, const pz::solar::SunTrack &sun)
{
    const int hours = std::min<int>(int(year.dni.size()), sun.hours());
    for (int h = 0; h < hours; ++h) {
        const std::size_t i = std::size_t(h);
        const double zenith = sun.apparentZenithDeg[i];
        if (!sun.up[i] || !(zenith < kMaxRebuildZenithDeg)) {
            year.dni[i] = 0.0;
            continue;
        }
        const double beam = (year.ghi[i] - year.dhi[i]) / std::cos(zenith * kDegToRad);
        year.dni[i] = std::clamp(beam, 0.0, sun.e0[i]);
    }
    return year;
}

} // namespace pz::weather
