// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The least-cost optimizer's problem (spec §16.1–§16.2, the scenario of §16.11): one year of
// hourly load, prices and grid factor, the PV, wind and battery candidates with their costs
// and embodied carbon, the grid and carbon settings and the options. It knows nothing about the
// park model: the scenario reader fills it from files, and a park can fill it from a simulation.

#include <optional>
#include <string>
#include <vector>

namespace pz::optimizer {

inline constexpr int kHoursPerYear = 8760;

enum class PvKind { Ground, Rooftop };

// A PV candidate i: x_i kWp in [minKWp, maxKWp], with profile p_i(t) in AC kWh per kWp.
struct PvCandidate {
    std::string id, name;
    PvKind kind = PvKind::Ground;
    double minKWp = 0, maxKWp = 0;
    double capexCnyPerKWp = 0, omCnyPerKWpYr = 0;
    double lifeYears = 30;
    double dcAcRatio = 1.2;
    double inverterReplacementCnyPerKWac = 0;
    double inverterLifeYears = 15;
    double embodiedKgPerKWp = 0, embodiedLifeYears = 30;
    std::vector<double> profileKWhPerKWp;   // 8760 values
};

// A wind group j: n_j turbines in [minCount, maxCount], with w_j(t) in net AC kWh per turbine.
struct WindCandidate {
    std::string id, name;
    double ratedKW = 0;
    double minCount = 0, maxCount = 0;
    double capexCnyPerKW = 0, omCnyPerKWYr = 0;
    double lifeYears = 25;
    double embodiedKgPerKW = 0, embodiedLifeYears = 25;
    std::vector<double> profileKWhPerTurbine;   // 8760 values
    std::string info;                           // free information (turbine, hub height, ...) as JSON text
};

// The pooled battery: E kWh (nameplate) and P kW (both ways). Maxima 0: no battery.
struct BatteryCandidate {
    double minKWh = 0, maxKWh = 0, minKW = 0, maxKW = 0;
    double roundTripEfficiency = 0.85;
    double socMin = 0.05, socMax = 0.95;
    double capexCnyPerKWh = 0, capexCnyPerKW = 0;
    double omCnyPerKWhYr = 0, omCnyPerKWYr = 0;
    double lifeYears = 15;
    double replacementFactor = 1.0;
    double embodiedKgPerKWh = 0, embodiedLifeYears = 15;
};

struct GridSettings {
    std::optional<double> exportLimitKW;          // none: no limit
    double greenPremiumCnyPerKWh = 0;
    std::optional<double> greenMaxKWh;            // none: no cap; 0: no green power on offer
    double demandChargeCnyPerKWMonth = 0;
};

struct CarbonSettings {
    double thresholdTCO2PerTce = 0.20;
    double kgcePerKWh = 0.1229;
    double otherEmissionsTCO2 = 0;   // C_other: fuels and purchased heat
    double otherEnergyTce = 0;       // D_other
    double otherCleanTce = 0;        // K_clean
    bool includeEmbodied = false;
    double embodiedFixedTCO2 = 0;    // C_emb,fixed: the buildings' annualised embodied carbon
    std::optional<double> cleanShareMin;   // σ as a fraction; none: no floor
};

struct EconomicsParams {
    double discountRate = 0.06;
    int analysisYears = 25;
};

struct OptimizerOptions {
    bool integerTurbines = false;
};

// The hourly series of the year, t = 0 … 8759.
struct HourlyInputs {
    std::vector<double> loadKWh;
    std::vector<double> importPriceCnyPerKWh;   // π(t), after the tariff
    std::vector<double> exportPriceCnyPerKWh;   // ε(t) as the tariff gives it (clamped in the LP)
    std::vector<double> gridFactorKgPerKWh;     // f(t)
    std::vector<double> fixedGenerationKWh;     // F(t); empty: none
    std::vector<std::string> timeLocalStandard; // text only; may be empty
};

struct OptimizerProblem {
    std::string name;
    EconomicsParams economics;
    HourlyInputs hourly;
    std::vector<PvCandidate> pv;
    std::vector<WindCandidate> wind;
    BatteryCandidate battery;
    GridSettings grid;
    CarbonSettings carbon;
    OptimizerOptions options;
};

// Problems that make the LP meaningless, each naming the field (§16.10, last paragraph): a
// minimum above its maximum, no consumption, a battery that may be built but costs nothing,
// series of the wrong length, negative or non-finite values. Empty: the problem may be solved.
std::vector<std::string> validateProblem(const OptimizerProblem &problem);

// Hours in which ε(t) > π(t), i.e. whose export price the LP clamps to π(t).
int exportPriceClampedHours(const OptimizerProblem &problem);

// Σ_t L(t) and the constant denominator D = k·ΣL/1000 + D_other (tce).
double annualConsumptionKWh(const OptimizerProblem &problem);
double energyUseTce(const OptimizerProblem &problem);

// The calendar month (0 … 11) of hour t of the (non-leap) year.
int monthOfHour(int hour);

} // namespace pz::optimizer
