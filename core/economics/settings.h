// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The economics settings of a project (spec §15.9, `site.economics`, format version 4) as plain
// values with the defaults of §15.1, §15.3-§15.5, and the table of their fields: JSON key,
// evidence of the default (placeholders are shown so in the UI), range. The file reader and
// writer and the checks all go through that table.

#include "economics/tariff.h"

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace pz::economics {

// Heat supply technologies of §14.4 (`heat_supply`).
enum class HeatTechnology { None, DistrictHeat, GasBoiler, CoalBoiler, ElectricBoiler, AirSourceHeatPump, GroundSourceHeatPump };
inline constexpr int kHeatTechnologyCount = 7;
const char *heatTechnologyKey(HeatTechnology technology);   // "none", "district_heat", "gas_boiler", ...

struct HeatCosts {
    double capexCNYPerKWth = 0;
    double omCNYPerKWthYr = 0;
    int lifeYears = 0;   // 0: never replaced, no salvage
    bool operator==(const HeatCosts &) const = default;
};

// Every number of §15.3 by name (JSON names in costFields()).
struct CostSettings {
    double pvGroundCapexCNYPerKWp = 3000;
    double pvRooftopCapexCNYPerKWp = 2800;
    double pvOmCNYPerKWpYr = 40;
    int pvLifeYears = 30;
    double inverterReplacementCNYPerKWac = 150;   // the first inverters are in the PV capex
    int inverterLifeYears = 15;
    double windCapexCNYPerKW = 4000;
    double windOmCNYPerKWYr = 80;
    int windLifeYears = 25;
    double storageCapexCNYPerKWh = 385;
    double storageCapexCNYPerKW = 159;
    double storageOmCNYPerKWhYr = 8;
    int storageLifeYears = 15;
    double storageReplacementFactor = 1.0;   // replacement cost = capex × factor
    std::array<HeatCosts, kHeatTechnologyCount> heat{{
        {0, 0, 0},          // none
        {0, 0, 0},          // district heat connection
        {300, 6, 20},       // gas boiler
        {600, 18, 20},      // coal boiler
        {200, 4, 20},       // electric boiler
        {1500, 30, 15},     // air-source heat pump
        {3000, 45, 20},     // ground-source heat pump with boreholes
    }};
    double heatSizingFactor = 1.0;   // capacity = peak hourly heat demand × factor
    double directLineCNYPerKm = 1'000'000;
    double directLineOmFractionYr = 0.01;   // of its capex
    int directLineLifeYears = 40;

    const HeatCosts &heatCosts(HeatTechnology t) const { return heat[std::size_t(t)]; }
    bool operator==(const CostSettings &) const = default;
};

struct FuelPrices {
    double gasCNYPerM3 = 3.0;
    double coalCNYPerT = 600;
    double heatCNYPerGJ = 45;
    bool operator==(const FuelPrices &) const = default;
};

struct EconomicsSettings {
    int analysisYears = 25;
    double discountRate = 0.06;    // real
    double pvDegradation = 0.005;  // per year
    Tariff tariff = defaultTariff();
    FuelPrices fuelPrices;
    CostSettings costs;
    double directLineKm = 0;
    // The heat supply of the BAU park; empty: "same" (each building keeps its own).
    std::optional<HeatTechnology> bauHeatSupply;
    bool operator==(const EconomicsSettings &) const = default;
};

// Evidence labels of §14/§15.
enum class Evidence { Verified, Derived, Unverified, Assumption, Placeholder };

// One default of the settings. Numeric fields have get/set (ints are set rounded; `whole`
// tells the reader to refuse fractions); the tariff's periods and grids and bau_heat_supply
// are listed for their evidence only.
struct SettingField {
    QString key;   // JSON path below site.economics, e.g. "costs.pv_ground_capex_CNY_per_kWp"
    Evidence evidence = Evidence::Assumption;
    double min = 0, max = 0;
    bool whole = false;
    std::function<double(const EconomicsSettings &)> get;
    std::function<void(EconomicsSettings &, double)> set;

    bool isPlaceholder() const { return evidence == Evidence::Placeholder; }
};

const std::vector<SettingField> &settingFields();
const SettingField *settingField(const QString &key);   // null when unknown

// "prefix<key>: reason (got value)" lines, translated; prefix e.g. "economics.".
QStringList settingsProblems(const EconomicsSettings &settings, const QString &prefix);

} // namespace pz::economics
