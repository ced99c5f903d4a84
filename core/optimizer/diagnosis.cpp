// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/diagnosis.h"

#include "optimizer/lpmodel.h"
#include "optimizer/solver.h"

#include <cmath>
#include <cstdio>

namespace pz::optimizer {

namespace {

std::string number(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The optimum of one auxiliary LP (in its fastest equivalent form).
std::optional<double> minimum(const OptimizerProblem &p, LpObjective objective)
{
    const LpSolution s = solveEquivalent(p, buildLp(p, LpBuildOptions{false, false, objective}));
    if (s.status != SolveStatus::Optimal)
        return std::nullopt;
    return s.objective;
}

bool within(double value, double limit)
{
    return value <= limit + 1e-9 * std::max(1.0, std::abs(limit));
}

} // namespace

Diagnosis diagnose(const OptimizerProblem &p)
{
    Diagnosis d;
    const double energyUse = energyUseTce(p);
    const double theta = p.carbon.thresholdTCO2PerTce;
    const std::optional<double> nMin = minimum(p, LpObjective::CarbonNumerator);
    d.bestIntensityTCO2PerTce = nMin ? *nMin / energyUse : NAN;
    const bool carbonReachable = nMin && within(d.bestIntensityTCO2PerTce * energyUse, theta * energyUse);
    bool cleanReachable = true;
    if (p.carbon.cleanShareMin) {
        const std::optional<double> nonClean = minimum(p, LpObjective::NonCleanImport);
        if (nonClean) {
            const double own = annualConsumptionKWh(p) - *nonClean;   // own generation consumed + green
            d.bestCleanSharePct = 100 * (own * p.carbon.kgcePerKWh / 1000 + p.carbon.otherCleanTce) / energyUse;
            cleanReachable = within(*nonClean, cleanRowRhs(p));
        } else {
            cleanReachable = false;
        }
    }
    std::string message;
    if (!carbonReachable) {
        d.violated = "carbon";
        message = "The carbon intensity cannot go below " + number(d.bestIntensityTCO2PerTce, 4)
            + " tCO2/tce with these candidates (threshold " + number(theta, 4) + ")";
    }
    if (!cleanReachable) {
        d.violated += d.violated.empty() ? "clean" : "+clean";
        message += std::string(message.empty() ? "" : ". ") + "The clean-energy share cannot go above "
            + number(d.bestCleanSharePct.value_or(0), 2) + " % with these candidates (floor "
            + number(100 * *p.carbon.cleanShareMin, 2) + " %)";
    }
    if (carbonReachable && cleanReachable) {
        d.violated = "carbon+clean (jointly)";
        message = "The carbon threshold and the clean-energy floor can each be met, but not both together";
    }
    d.message = message + ". Allow larger bounds (more PV, wind or battery) or more green power.";
    return d;
}

} // namespace pz::optimizer
