// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sunstage.h"

#include "engine/cachekey.h"

namespace pz {

SunStage::SunStage() : Stage("sun", {&m_tracks}) {}

bool SunStage::run(const RunContext &context, RunState &state)
{
    const Site &site = context.park.site;
    CacheKey key;
    key << state.weatherKey << site.latitudeDeg << site.longitudeDeg << site.elevationM;
    state.sunKey = key.bytes();
    const solar::WeatherYear &year = state.weather->year;
    bool computed = false;
    state.sun = m_tracks.findOrCompute(key.bytes(), [&] {
        // Weather timestamps are in the file's own standard time; the sun is at the site.
        return std::make_shared<const solar::SunTrack>(solar::computeSunTrack(
            year, site.latitudeDeg, site.longitudeDeg, site.elevationM, year.utcOffsetHours));
    }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
