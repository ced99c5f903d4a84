// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small optimizer problems (spec §16) for the optimizer's tests: a hand-checkable one whose
// optimum is known in closed form, and a richer one with every kind of candidate and row, both
// with simple profiles that GLPK solves in a moment.

#include "optimizer/problem.h"

#include <algorithm>
#include <cmath>

namespace pztest {

// 100 kWh of load every hour, π = 0.5 flat, no export price, f = 0.5 kg/kWh, r = 0 and N = 25.
// One PV field making 0.5 kWh/kWp in hours 6–17 of every day, a_pv = 30000/25 = 1200 CNY/kWp·yr;
// no battery, no green power, no wind. Import = 876 000 − 2 190·x for x ≤ 200 kWp, so cost =
// 438 000 + 105·x, and with θ = 3: N = 0.0005·import ≤ 3·107.6604 gives x* = 105.04 kWp,
// objective 449 029.2 CNY/yr, MAC 105·2000/2190 CNY/tCO2.
inline pz::optimizer::OptimizerProblem handCheckedProblem()
{
    using namespace pz::optimizer;
    OptimizerProblem p;
    p.name = "hand-checked";
    p.economics = {0.0, 25};
    HourlyInputs &h = p.hourly;
    h.loadKWh.assign(kHoursPerYear, 100.0);
    h.importPriceCnyPerKWh.assign(kHoursPerYear, 0.5);
    h.exportPriceCnyPerKWh.assign(kHoursPerYear, 0.0);
    h.gridFactorKgPerKWh.assign(kHoursPerYear, 0.5);
    PvCandidate pv;
    pv.id = "s1";
    pv.name = "Field";
    pv.maxKWp = 300;
    pv.capexCnyPerKWp = 30000;
    pv.lifeYears = 25;
    pv.profileKWhPerKWp.assign(kHoursPerYear, 0.0);
    for (int t = 0; t < kHoursPerYear; ++t)
        if (t % 24 >= 6 && t % 24 < 18)
            pv.profileKWhPerKWp[t] = 0.5;
    p.pv.push_back(pv);
    p.grid.greenMaxKWh = 0.0;
    p.carbon.thresholdTCO2PerTce = 3.0;
    return p;
}

// Every kind of candidate and row: two PV objects with day profiles, a wind group, a battery
// (only withBattery: GLPK needs minutes for a year of battery dispatch), a TOU tariff whose
// export price exceeds the valley price (clamped hours), an export limit, a green-power cap, a
// demand charge and a carbon threshold that binds.
inline pz::optimizer::OptimizerProblem richProblem(bool withBattery = false)
{
    using namespace pz::optimizer;
    OptimizerProblem p;
    p.name = "rich";
    HourlyInputs &h = p.hourly;
    for (int t = 0; t < kHoursPerYear; ++t) {
        const int hour = t % 24, day = t / 24;
        h.loadKWh.push_back(800 + 300 * (hour >= 8 && hour < 20) + 50 * std::sin(day / 58.0));
        const double price = hour < 7 || hour >= 23 ? 0.2 : hour < 17 ? 0.4 : 0.6;
        h.importPriceCnyPerKWh.push_back(price);
        h.exportPriceCnyPerKWh.push_back(0.25);
        h.gridFactorKgPerKWh.push_back(0.6 + 0.1 * std::cos(hour / 3.8));
    }
    const double pi = 3.14159265358979;
    for (int k = 0; k < 2; ++k) {
        PvCandidate pv;
        pv.id = std::to_string(11 + k);
        pv.kind = k == 0 ? PvKind::Ground : PvKind::Rooftop;
        pv.maxKWp = k == 0 ? 3000 : 800;
        pv.capexCnyPerKWp = k == 0 ? 3000 : 2800;
        pv.omCnyPerKWpYr = 40;
        pv.inverterReplacementCnyPerKWac = 150;
        pv.embodiedKgPerKWp = 810;
        for (int t = 0; t < kHoursPerYear; ++t) {
            const int hour = t % 24, day = t / 24;
            const double sun = hour >= 6 && hour <= 18 ? std::sin(pi * (hour - 6 + 0.5 * k) / 13.0) : 0.0;
            pv.profileKWhPerKWp.push_back(std::max(0.0, sun * (0.75 + 0.2 * std::sin(2 * pi * (day - 80) / 365.0)) * (0.9 + 0.1 * ((day * 7) % 5) / 4.0)));
        }
        p.pv.push_back(pv);
    }
    WindCandidate w;
    w.id = "21";
    w.ratedKW = 1000;
    w.maxCount = 3;
    w.capexCnyPerKW = 4000;
    w.omCnyPerKWYr = 80;
    for (int t = 0; t < kHoursPerYear; ++t)
        w.profileKWhPerTurbine.push_back(1000 * std::clamp(0.3 + 0.25 * std::sin(t / 17.0) + 0.2 * std::sin(t / 130.0), 0.0, 1.0));
    p.wind.push_back(w);
    BatteryCandidate &b = p.battery;
    b.maxKWh = withBattery ? 20000 : 0;
    b.maxKW = withBattery ? 5000 : 0;
    b.capexCnyPerKWh = 385;
    b.capexCnyPerKW = 159;
    b.omCnyPerKWhYr = 8;
    b.embodiedKgPerKWh = 80;
    p.grid.exportLimitKW = 1500.0;
    p.grid.greenPremiumCnyPerKWh = 0.03;
    p.grid.greenMaxKWh = 10000.0;
    p.grid.demandChargeCnyPerKWMonth = 5;
    p.carbon.thresholdTCO2PerTce = 0.63;
    return p;
}

} // namespace pztest
