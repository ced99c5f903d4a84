// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 2: the sun's position at every hour's midpoint (SPA) at the site, for the weather year.
// Reads the weather stage's year and key and the site's latitude, longitude and elevation.

#include "engine/keyedcache.h"
#include "engine/stage.h"

namespace pz {

class SunStage : public Stage
{
public:
    SunStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    KeyedCache<solar::SunTrack> m_tracks;
};

} // namespace pz
