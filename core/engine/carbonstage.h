// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 7: the carbon balance and the zero-carbon-park indicators. Reads the dispatch, the
// consumption and generation, the grid factor, the site's carbon options, and for embodied
// carbon and sinks the PV systems' nameplate and inverters, the storage, the buildings' floor
// area and structure and the green spaces.

#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

class CarbonStage : public Stage
{
public:
    CarbonStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    LastResult<energy::CarbonResult> m_carbon;
};

} // namespace pz
