// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the optimizer reports (spec §16.7): status, the objective and its parts, the sizes, the
// year's sums and the indicator under the optimizer's dispatch, the duals as derivatives of the
// objective, the diagnosis of an infeasible problem (§16.10), how it was solved, which bounds
// are active, the cost without the carbon and clean rows and the hourly dispatch.

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace pz::optimizer {

enum class SolveStatus { Optimal, Infeasible, Error };

struct ObjectiveParts {
    double pvCapex = 0, pvOm = 0, windCapex = 0, windOm = 0, batteryCapex = 0, batteryOm = 0;
    double gridEnergy = 0, demandCharge = 0, greenPremium = 0;
    double exportRevenue = 0;   // −Σ ε*·exp, ≤ 0
    double sum() const
    {
        return pvCapex + pvOm + windCapex + windOm + batteryCapex + batteryOm + gridEnergy + demandCharge + greenPremium
            + exportRevenue;
    }
};

struct AnnualSums {
    double consumptionKWh = 0, pvGenerationKWh = 0, windGenerationKWh = 0, fixedGenerationKWh = 0;
    double gridImportKWh = 0, gridExportKWh = 0, curtailedKWh = 0;
    double batteryChargeKWh = 0, batteryDischargeKWh = 0, batteryLossesKWh = 0, greenPowerKWh = 0;
    std::array<double, 12> monthlyPeakImportKW{};
};

struct IndicatorBlock {
    double emissionsLocationTCO2 = 0, emissionsMarketTCO2 = 0, embodiedInNumeratorTCO2 = 0, otherEmissionsTCO2 = 0;
    double numeratorTCO2 = 0, energyUseTce = 0, intensityTCO2PerTce = 0, thresholdTCO2PerTce = 0;
    double cleanEnergySharePct = 0, selfSufficiencyPct = 0;
};

// The duals as −∂objective/∂rhs (≥ 0 for a binding ≤ row; GLPK's row dual is its negative).
struct Duals {
    double carbonCnyPerTCO2 = 0;
    double thresholdCnyPerYrPerTCO2PerTce = 0;   // carbon × D
    std::optional<double> cleanShareCnyPerKWh;   // only with a floor
    std::optional<double> greenCapCnyPerKWh;     // only with a cap
};

struct Diagnosis {
    double bestIntensityTCO2PerTce = 0;
    std::optional<double> bestCleanSharePct;   // only with a floor
    std::string violated;                      // "carbon", "clean" or "carbon+clean (jointly)"
    std::string message;
};

struct SolveInfo {
    std::string solver = "GLPK";
    std::string method;        // e.g. "dual simplex with presolve"
    std::string mode;          // "exact" or "fast"
    int rows = 0, columns = 0, nonZeros = 0;   // of the exported LP (§16.11)
    double seconds = 0;
    int exportPriceClampedHours = 0;
    std::optional<double> provenGapRelative;   // fast mode: the gap to the optimum it proves
    std::optional<double> lpRelaxationObjective;   // whole turbines: the LP's optimum, a lower bound
};

struct HourlyDispatch {
    std::vector<double> loadKWh, pvKWh, windKWh, fixedKWh, importKWh, exportKWh, curtailedKWh;
    std::vector<double> chargeKWh, dischargeKWh, socKWh, greenKWh;
};

struct OptimizerResult {
    SolveStatus status = SolveStatus::Error;
    std::string message;   // the error, or the diagnosis' message
    double objectiveCnyPerYr = 0;
    ObjectiveParts parts;
    std::vector<double> pvKWp, windTurbines;   // in the problem's candidate order
    std::vector<double> windKW;
    double batteryKWh = 0, batteryKW = 0;
    AnnualSums annual;
    IndicatorBlock indicator;
    Duals duals;
    std::optional<Diagnosis> diagnosis;
    SolveInfo solve;
    std::vector<std::string> activeBounds;   // e.g. "pv_11 at max_kWp 15000"
    std::optional<double> costWithoutCarbonRowsCnyPerYr;
    HourlyDispatch hourly;
};

} // namespace pz::optimizer
