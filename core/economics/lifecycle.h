// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The economics of a park over its life (spec §15.2, §15.6, §15.7): years 1..N from the one
// simulated year (PV degraded, dispatch run again each year), the design's and the BAU park's
// year costs, and the indicators: year-1 bills, lifecycle costs, NPV, LCOE of on-site
// generation, simple and discounted payback, cost of carbon abated, with the per-year table.

#include "economics/indicators.h"
#include "economics/settings.h"
#include "economics/tariff.h"
#include "energy/dispatch.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <functional>
#include <vector>

namespace pz::economics {

struct PvCapacity {
    double kWp = 0;
    double dcAcRatio = 1.2;   // inverter kW_ac = kWp / dcAcRatio
    bool rooftop = false;
};

struct HeatPlant {
    HeatTechnology technology = HeatTechnology::None;
    double peakHeatKW = 0;    // the building's peak hourly heat demand (§14.3), before sizing
};

// The heat supply of one park (design or BAU), from the heat kernel (§14), for one year.
struct HeatSupplySide {
    std::vector<HeatPlant> plants;                        // one per building (or per technology)
    const std::vector<double> *electricityKWh = nullptr;  // hourly heat-pump and electric-boiler electricity
    double gasM3 = 0, coalT = 0, purchasedHeatGJ = 0;
    double fuelCo2T = 0;                                  // CO2 of fuels and purchased heat (§14.6)
};

// Year 1 of the design park. Hourly series in kWh from hour 0 of the simulation year.
struct EconomicsInput {
    const std::vector<double> *consumptionKWh = nullptr;    // all of it, heat electricity included
    const std::vector<double> *pvGenerationKWh = nullptr;   // AC, undegraded; null: no PV
    const std::vector<double> *windGenerationKWh = nullptr; // null: no wind (never degraded)
    pz::energy::BatteryParams battery;                      // pooled; its kWh and kW are costed
    pz::DispatchStrategy strategy = pz::DispatchStrategy::SelfConsumption;
    double exportLimitKW = -1;                              // < 0: none
    const std::vector<double> *hourlyGridFactor = nullptr;  // kgCO2/kWh; dispatch and CO2
    double annualGridFactorKgPerKWh = 0.5306;               // where there is no hourly factor
    double greenPowerKWh = 0, greenPowerShare = 0;          // bought per year (§11)
    // Bought hour by hour instead (kWh, capped at each hour's import); null or empty: none.
    const std::vector<double> *greenHourlyKWh = nullptr;
    std::vector<PvCapacity> pvArrays;
    double windKW = 0;
    HeatSupplySide heat;
    // The BAU park's heat supply when settings.bauHeatSupply names a technology; null: "same".
    const HeatSupplySide *bauHeat = nullptr;
};

enum class ComponentGroup { Generation, Storage, Heat, DirectLine };

struct Component {
    QString key;   // "pv_ground", "pv_rooftop", "inverters", "wind", "storage", "heat.<technology>", "direct_line"
    ComponentGroup group = ComponentGroup::Generation;
    ComponentCashFlow flow;
};

// The costed components of the design, and of one heat supply side (the BAU's equipment).
std::vector<Component> designComponents(const EconomicsSettings &settings, const EconomicsInput &input);
std::vector<Component> heatComponents(const CostSettings &costs, const HeatSupplySide &heat);

// consumption_BAU(t) = consumption(t) − E_heat,design(t) + E_heat,BAU(t); the design's
// consumption when bauHeat is null ("same").
std::vector<double> bauConsumption(const EconomicsInput &input);

struct AnnualBill {
    ElectricityBill electricity;
    double gasCNY = 0, coalCNY = 0, heatCNY = 0;
    double totalCNY = 0;   // electricity + fuels + purchased heat
};

struct EconomicsYear {
    int year = 0;
    double discountFactor = 1;
    double pvFactor = 1;
    double generationKWh = 0, importKWh = 0, exportKWh = 0, curtailedKWh = 0, greenKWh = 0;
    double billCNY = 0, fuelsCNY = 0, omCNY = 0, replacementCNY = 0, salvageCNY = 0;
    double costCNY = 0, costBauCNY = 0;
    double co2T = 0, co2BauT = 0;
};

struct EconomicsResult {
    std::vector<Component> components, bauComponents;
    double capexCNY = 0, capexBauCNY = 0;
    AnnualBill billYear1, billBau;
    double lccCNY = 0, lccBauCNY = 0;
    double npvCNY = 0;                                 // LCC_BAU − LCC
    std::optional<double> lcoeCNYPerKWh;               // none without on-site energy
    std::optional<double> paybackYears, discountedPaybackYears;   // none: not within N years
    double discountedCo2AbatedT = 0;
    std::optional<double> costOfCarbonAbatedCNYPerT;   // none when the discounted abatement ≤ 0
    std::vector<EconomicsYear> years;                  // 1..N
};

// The grid exchange of one year of the analysis (§15.2): the dispatch run with the PV scaled by
// pvFactor. It depends on the energy inputs, the analysis period and the degradation only, not
// on any price, so an engine keeps the table across price and cost edits. Of the hours it keeps
// what any tariff needs: the import summed by day type (0 Monday-Friday, 1 weekend), month and
// hour of the day, each month's peak hourly import, the hourly sums as billed, and the import
// weighted by the hourly grid factor (the hours without one at the annual factor).
struct YearFlows {
    double pvFactor = 1;
    double generationKWh = 0, importKWh = 0, exportKWh = 0, curtailedKWh = 0;   // the dispatch's totals
    std::array<std::array<std::array<double, 24>, 12>, 2> importBinsKWh{};
    std::array<double, 12> monthlyPeakKW{};
    double billedImportKWh = 0, billedExportKWh = 0;
    double importHourlyFactorKg = 0, importAtAnnualFactorKWh = 0;
    // With an hourly green-power profile: Σ min(g, import), and its part at the hourly factor
    // (kg) and at the annual one (kWh).
    double greenHourlyKWh = 0, greenHourlyFactorKg = 0, greenAtAnnualFactorKWh = 0;
};
// The flows of one year of hourly import and export (export may be null: none), with the green
// power of an hourly profile when one is given.
YearFlows yearFlows(const std::vector<double> &importKWh, const std::vector<double> *exportKWh,
                    const std::vector<double> *hourlyGridFactor, const std::vector<double> *greenHourlyKWh = nullptr);
// computeBill() of those hours, the import summed by period through the bins (a few hundred
// operations instead of 8760 hours).
ElectricityBill billOfFlows(const Tariff &tariff, const YearFlows &flows, double greenKWh);
using YearFlowTable = std::vector<std::shared_ptr<const YearFlows>>;   // index = year − 1

// Runs body(0) … body(count − 1), in any order and possibly at once (the engine's parallelFor);
// empty: one after the other.
using ForEachYear = std::function<void(std::size_t count, const std::function<void(std::size_t)> &body)>;

// The flows of years 1..analysisYears; a year with the previous year's factor shares its entry,
// and without PV every year has year 1's flows (with its own factor). Years are dispatched
// through forEach; the table is the same whichever order they run in.
YearFlowTable dispatchYears(int analysisYears, double pvDegradation, const EconomicsInput &input,
                            const ForEachYear &forEach = {});

// Settings must be free of settingsProblems(). The first form runs dispatchYears() itself; the
// second takes the table (from the same input, settings.analysisYears and pvDegradation).
EconomicsResult computeEconomics(const EconomicsSettings &settings, const EconomicsInput &input);
EconomicsResult computeEconomics(const EconomicsSettings &settings, const EconomicsInput &input, const YearFlowTable &years);

} // namespace pz::economics
