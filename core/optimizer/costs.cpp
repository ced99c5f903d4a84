// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/costs.h"

#include <cmath>

namespace pz::optimizer {

double capitalRecoveryFactor(double discountRate, int analysisYears)
{
    if (analysisYears <= 0)
        return 0;
    if (discountRate == 0)
        return 1.0 / analysisYears;
    return discountRate / (1 - std::pow(1 + discountRate, -analysisYears));
}

double replacementsLessSalvage(double originalCost, double lifeYears, double replacementCost,
                               double discountRate, int analysisYears)
{
    if (!(lifeYears > 0))
        return 0;
    double sum = 0;
    double lastYear = 0, lastCost = originalCost;
    for (int k = 1; k * lifeYears < analysisYears; ++k) {
        lastYear = k * lifeYears;
        lastCost = replacementCost;
        sum += replacementCost * std::pow(1 + discountRate, -lastYear);
    }
    const double remaining = (lifeYears - (analysisYears - lastYear)) / lifeYears;
    if (remaining > 0)
        sum -= lastCost * remaining * std::pow(1 + discountRate, -analysisYears);
    return sum;
}

double annualisedCapex(double capex, double lifeYears, double replacementCost, double discountRate,
                       int analysisYears)
{
    return capitalRecoveryFactor(discountRate, analysisYears)
        * (capex + replacementsLessSalvage(capex, lifeYears, replacementCost, discountRate, analysisYears));
}

namespace {

// The inverter term of a PV candidate per kWp: replacements at k·L_inv < N at R_inv = cost per
// kWac / dc_ac_ratio, less the salvage of the last replacement; the original inverters (inside
// the PV capex) have no salvage.
double inverterTermPerKWp(const PvCandidate &c, double r, int n)
{
    if (!(c.dcAcRatio > 0) || c.inverterReplacementCnyPerKWac == 0)
        return 0;
    const double perKWp = c.inverterReplacementCnyPerKWac / c.dcAcRatio;
    return capitalRecoveryFactor(r, n) * replacementsLessSalvage(0, c.inverterLifeYears, perKWp, r, n);
}

double perYear(double kg, double lifeYears)
{
    return lifeYears > 0 ? kg / lifeYears / 1000 : 0;
}

} // namespace

CostCoefficients costCoefficients(const OptimizerProblem &problem)
{
    const double r = problem.economics.discountRate;
    const int n = problem.economics.analysisYears;
    CostCoefficients c;
    c.crf = capitalRecoveryFactor(r, n);
    for (const PvCandidate &pv : problem.pv) {
        c.pvCapexCnyPerKWpYr.push_back(annualisedCapex(pv.capexCnyPerKWp, pv.lifeYears, pv.capexCnyPerKWp, r, n)
                                       + inverterTermPerKWp(pv, r, n));
        c.pvOmCnyPerKWpYr.push_back(pv.omCnyPerKWpYr);
        c.pvEmbodiedTPerKWpYr.push_back(perYear(pv.embodiedKgPerKWp, pv.embodiedLifeYears));
    }
    for (const WindCandidate &w : problem.wind) {
        c.windCapexCnyPerTurbineYr.push_back(
            w.ratedKW * annualisedCapex(w.capexCnyPerKW, w.lifeYears, w.capexCnyPerKW, r, n));
        c.windOmCnyPerTurbineYr.push_back(w.ratedKW * w.omCnyPerKWYr);
        c.windEmbodiedTPerTurbineYr.push_back(w.ratedKW * perYear(w.embodiedKgPerKW, w.embodiedLifeYears));
    }
    const BatteryCandidate &b = problem.battery;
    c.batteryCapexCnyPerKWhYr = annualisedCapex(b.capexCnyPerKWh, b.lifeYears, b.replacementFactor * b.capexCnyPerKWh, r, n);
    c.batteryCapexCnyPerKWYr = annualisedCapex(b.capexCnyPerKW, b.lifeYears, b.replacementFactor * b.capexCnyPerKW, r, n);
    c.batteryOmCnyPerKWhYr = b.omCnyPerKWhYr;
    c.batteryOmCnyPerKWYr = b.omCnyPerKWYr;
    c.batteryEmbodiedTPerKWhYr = perYear(b.embodiedKgPerKWh, b.embodiedLifeYears);
    return c;
}

double lowerBoundsCostCnyPerYr(const OptimizerProblem &problem)
{
    const CostCoefficients c = costCoefficients(problem);
    double cost = 0.0;
    for (std::size_t i = 0; i < problem.pv.size(); ++i)
        cost += c.pvCnyPerKWpYr(i) * problem.pv[i].minKWp;
    for (std::size_t j = 0; j < problem.wind.size(); ++j)
        cost += c.windCnyPerTurbineYr(j) * problem.wind[j].minCount;
    cost += c.batteryCnyPerKWhYr() * problem.battery.minKWh + c.batteryCnyPerKWYr() * problem.battery.minKW;
    return cost;
}

} // namespace pz::optimizer
