// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 8: the economics of spec §15: the BAU park, the year-1 bills, lifecycle costs, NPV,
// LCOE, paybacks, cost of carbon abated and the year table, and the hour-by-hour tariff period
// and price. Reads the generation, consumption and grid factor, the pooled battery, the site's
// dispatch strategy, export limit, green power and economic settings, and the PV systems'
// nameplate, inverters and mounting. The N yearly dispatches (the expensive part) are kept under
// their energy inputs alone, so an edit of a price, the tariff or a cost re-runs only the
// arithmetic. Heat (fuels, heat equipment) and wind are not in the park run yet: the fuel bill
// is zero with the fuel prices in place.

#include "economics/lifecycle.h"
#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

class EconomicsStage : public Stage
{
public:
    EconomicsStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    LastResult<economics::YearFlowTable> m_years;
    LastResult<EconomicsOutput> m_economics;
};

} // namespace pz
