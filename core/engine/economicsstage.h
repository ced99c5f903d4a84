// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage: the economics of spec §15: the BAU park, the year-1 bills, lifecycle costs, NPV,
// LCOE, paybacks, cost of carbon abated and the year table, and the hour-by-hour tariff period
// and price. Reads the consumption (heat electricity included), the generation by what degrades
// (PV on site and off-site PV plants' delivered energy) and what does not (on-site turbines and
// off-site wind plants' delivered energy), the grid factor, the pooled battery, the site's
// dispatch strategy, export limit, green power and economic settings, the PV systems' and
// plants' nameplate, and every building's heat (its supply's fuels, electricity and peak; with
// `bau_heat_supply` set, the same demand served by that technology for the BAU park). The N
// yearly dispatches (the expensive part) are kept under their energy inputs alone, so an edit
// of a price, the tariff or a cost re-runs only the arithmetic.

#include "economics/lifecycle.h"
#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

// The generation as the economics splits it, and the costed capacities (kW, kWp).
struct EconomicsSupply {
    std::vector<double> pvKWh;                 // on-site PV + off-site PV plants (degrades)
    std::vector<double> windKWh;               // on-site turbines + off-site wind plants; empty: none
    std::vector<economics::PvCapacity> pvArrays;
    double windKW = 0;
};

// A heat supply side (design or BAU) with the hourly electricity it points to.
struct EconomicsHeat {
    std::vector<double> electricityKWh;
    economics::HeatSupplySide side;            // side.electricityKWh points into this object
};

class EconomicsStage : public Stage
{
public:
    EconomicsStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    struct HeatSides {
        std::shared_ptr<const EconomicsHeat> design, bau;
    };
    HeatSides heatSides(const RunContext &context, const RunState &state, economics::EconomicsInput &input);

    LastResult<EconomicsSupply> m_supply;
    LastResult<EconomicsHeat> m_heat, m_bauHeat;
    LastResult<economics::YearFlowTable> m_years;
    LastResult<EconomicsOutput> m_economics;
};

} // namespace pz
