// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 1: the weather year of the site, read from its file (or parkzero-cli's --weather) or
// synthesised from a built-in climate, with the closure check and warnings of a file. Reads the
// site's weather settings and position (for the nearest built-in climate) and the options'
// project file and weather override; a file is known by its path, modification time and size.

#include "engine/keyedcache.h"
#include "engine/stage.h"

namespace pz {

class WeatherStage : public Stage
{
public:
    WeatherStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    std::shared_ptr<const LoadedWeather> fromFile(const QString &path, IrradianceInput irradiance,
                                                  const RunContext &context, RunState &state);
    std::shared_ptr<const LoadedWeather> fromClimate(const Site &site, const RunContext &context, RunState &state);

    KeyedCache<LoadedWeather> m_years;
};

} // namespace pz
