// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deterministic synthetic typical year (8760 hours) from monthly climate normals, for parks
// without a weather file. The method is in docs/weather.md: a clear-sky day shape scaled by
// day-to-day clearness indices from a fixed pseudo-random sequence so that every month's GHI equals
// the normal, the Erbs split into DNI and DHI, a diurnal temperature wave around the monthly means,
// and a persistent Weibull wind with the climate's mean, shape and (where known) direction sectors.

#include "climatenormals.h"
#include "solar/weatheryear.h"

namespace pz::weather {

struct SyntheticYearOptions {
    double meanWindMs = 0;        // 0: the climate's (ClimateWind::meanMs)
    unsigned long long seed = 0;  // 0 = derived from the climate id
};

pz::solar::WeatherYear synthesizeYear(const ClimateNormals &normals,
                                      const SyntheticYearOptions &options = {});

// Erbs et al. (1982) diffuse fraction of GHI for an hourly clearness index kt.
double erbsDiffuseFraction(double kt);

} // namespace pz::weather
