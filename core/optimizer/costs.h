// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The annualised cost coefficients of the optimizer's objective (spec §16.2): §15's life-cycle
// cost of year 1 repeated N times, times CRF(r, N), per unit of each candidate, with
// replacements and salvage; and the annualised embodied carbon per unit (§16.6).

#include "optimizer/problem.h"

#include <vector>

namespace pz::optimizer {

// CRF(r, N) = r / (1 − (1 + r)^−N); 1/N when r = 0.
double capitalRecoveryFactor(double discountRate, int analysisYears);

// Σ_{k ≥ 1, k·L < N} R·(1+r)^(−k·L) − S·(1+r)^(−N), S the salvage of the last
// (re)installation: its cost × (L − (N − y_last))/L when positive (the original installation
// costs originalCost, each replacement replacementCost).
double replacementsLessSalvage(double originalCost, double lifeYears, double replacementCost,
                               double discountRate, int analysisYears);

// A(K, L, R) = CRF · [K + replacements − salvage] in CNY per unit and year.
double annualisedCapex(double capex, double lifeYears, double replacementCost, double discountRate,
                       int analysisYears);

// The coefficients of one problem, split as the objective's parts are (§16.7).
struct CostCoefficients {
    double crf = 0;
    std::vector<double> pvCapexCnyPerKWpYr;    // A(K_i, L, K_i) + inverter term
    std::vector<double> pvOmCnyPerKWpYr;
    std::vector<double> windCapexCnyPerTurbineYr;
    std::vector<double> windOmCnyPerTurbineYr;
    double batteryCapexCnyPerKWhYr = 0, batteryCapexCnyPerKWYr = 0;
    double batteryOmCnyPerKWhYr = 0, batteryOmCnyPerKWYr = 0;
    // Annualised embodied carbon in tCO2 per unit and year (e_i, e_j, e_E of §16.6).
    std::vector<double> pvEmbodiedTPerKWpYr, windEmbodiedTPerTurbineYr;
    double batteryEmbodiedTPerKWhYr = 0;

    double pvCnyPerKWpYr(std::size_t i) const { return pvCapexCnyPerKWpYr[i] + pvOmCnyPerKWpYr[i]; }
    double windCnyPerTurbineYr(std::size_t j) const { return windCapexCnyPerTurbineYr[j] + windOmCnyPerTurbineYr[j]; }
    double batteryCnyPerKWhYr() const { return batteryCapexCnyPerKWhYr + batteryOmCnyPerKWhYr; }
    double batteryCnyPerKWYr() const { return batteryCapexCnyPerKWYr + batteryOmCnyPerKWYr; }
};

CostCoefficients costCoefficients(const OptimizerProblem &problem);

// The part of the objective that the lower bounds alone fix (§16.8, keep placed): the
// annualised capex and O&M of X^min, N^min, E^min and P^min (CNY/yr).
double lowerBoundsCostCnyPerYr(const OptimizerProblem &problem);

} // namespace pz::optimizer
