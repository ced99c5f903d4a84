// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain financial rules of spec §15.1 and §15.7 on series of money: discount factors,
// one component's replacements and salvage over the analysis period, and the payback of a
// series of net cash flows (REopt's proforma definition).

#include <optional>
#include <vector>

namespace pz::economics {

// DF_y = (1 + r)^−y; year 0 (the investment) is not discounted.
double discountFactor(double rate, int year);

// A component: bought at t = 0, replaced at the years k·L < N, salvaged at the end of year N.
struct ComponentCashFlow {
    double capexCNY = 0;         // at t = 0 (0 for inverters inside the PV capex)
    double replacementCNY = 0;   // each replacement
    double omCNYPerYear = 0;
    int lifeYears = 0;           // 0: never replaced, no salvage
};

// Replacement cost in each year 0..N (index = year; 0 in year 0 and in year N).
std::vector<double> replacementsByYear(const ComponentCashFlow &c, int analysisYears);

// Cost of the last (re)installation × (L − (N − y_last)) / L when positive; booked at the end
// of year N as a negative cost.
double salvageCNY(const ComponentCashFlow &c, int analysisYears);

// The payback of the net cash flows CF_0..CF_N, K_y = Σ_{i ≤ y} CF_i: the years y ≥ 1 with
// K_y < 0, plus −K_{y−1} / CF_y for every crossing K_{y−1} < 0 ≤ K_y (a replacement that sends K
// below zero again adds its years; a K that lands exactly on 0 ends its crossing there). Empty
// ("not within N years") when K_N < 0.
std::optional<double> paybackYears(const std::vector<double> &cashFlows);

} // namespace pz::economics
