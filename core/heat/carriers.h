// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Energy carriers of the park and their conversion to standard coal (tce) and CO2 (spec §14.6):
// the coefficients with their sources, the energy per unit of each fuel, and the park's core
// indicator over all carriers (tCO2/tce), its clean-energy and renewable shares and the verdict.
// The same function serves a whole park (pooled) and one building on its own.

#include "heat/heatsettings.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pz::heat {

enum class Carrier { None, Electricity, NaturalGas, RawCoal, PurchasedHeat };

// Fuel energy on lower heating value. Natural gas 389.31 GJ/10⁴ Nm³ (GB/T 32151, MEE 24-sector
// guidelines), raw coal 20 908 kJ/kg (GB/T 2589).
inline constexpr double kGasLhvMJPerM3 = 38.931;
inline constexpr double kCoalLhvMJPerKg = 20.908;
inline constexpr double kMJPerKWh = 3.6;
inline constexpr double kGJPerKWh = 0.0036;
// Energy per unit: LHV ÷ 3.6 MJ/kWh, unrounded (10.814167 kWh/m³, 5.807778 kWh/kg); the spec's
// reference quantities (83 509.440 m³ in §14.8) are computed with these, not the 7-digit prints.
inline constexpr double kGasKWhPerM3 = kGasLhvMJPerM3 / kMJPerKWh;
inline constexpr double kCoalKWhPerKg = kCoalLhvMJPerKg / kMJPerKWh;

// Standard coal per unit (GB/T 2589): natural gas 1.3300 kgce/Nm³ (row for 38 931 kJ/m³),
// raw coal 0.7143 kgce/kg, purchased heat 34.12 kgce/GJ (equivalent value).
inline constexpr double kGasKgcePerM3 = 1.3300;
inline constexpr double kCoalKgcePerKg = 0.7143;
inline constexpr double kHeatKgcePerGJ = 34.12;

// CO2 of a fuel in kg per unit = LHV (GJ/unit) × carbon content (tC/TJ, which is kgC/GJ) ×
// oxidation rate × 44/12. Natural gas 15.3 tC/TJ, 99 %; bituminous coal 26.18 tC/TJ, 93 % (MEE guideline,
// 工业其他行业), applied to raw coal.
constexpr double fuelKgCO2PerUnit(double lhvMJPerUnit, double carbonTCPerTJ, double oxidation)
{
    return lhvMJPerUnit * 1.0e-3 * carbonTCPerTJ * oxidation * 44.0 / 12.0;
}
inline constexpr double kGasKgCO2PerM3 = fuelKgCO2PerUnit(kGasLhvMJPerM3, 15.3, 0.99);      // 2.162189
inline constexpr double kCoalKgCO2PerKg = fuelKgCO2PerUnit(kCoalLhvMJPerKg, 26.18, 0.93);   // 1.866537
inline constexpr double kDefaultHeatTCO2PerGJ = 0.11;    // MEE default for purchased heat

// Bars of the guiding indicators (park-defaults §5): national clean-energy share >= 90 %,
// Inner Mongolia's renewable share >= 80 %.
inline constexpr double kCleanShareBarPct = 90.0;
inline constexpr double kRenewableShareBarPct = 80.0;

// A year's energy use by carrier, of a park or of one building.
struct CarrierUse {
    double electricityKWh = 0;        // consumption: every load incl. heat-pump and boiler electricity
    double electricityCO2T = 0;       // market-based operational emissions of §11
    double cleanElectricityKWh = 0;   // on-site generation consumed + green power bought
    double gasM3 = 0, coalKg = 0, heatGJ = 0;

    CarrierUse &operator+=(const CarrierUse &o);
};

struct IndicatorSettings {
    double electricityKgcePerKWh = kKgcePerKWhCalorificEquivalent;
    double heatTCO2PerGJ = kDefaultHeatTCO2PerGJ;
    double districtHeatCleanShare = 0;   // c_dh, 0..1
    bool gasCountsAsClean = false;
    double embodiedT = 0;                // added to the numerator with the headline "with embodied"
};
IndicatorSettings indicatorSettings(const SiteHeat &site);

struct CarrierIndicator {
    double tceElectricity = 0, tceGas = 0, tceCoal = 0, tceHeat = 0, tceTotal = 0;
    double co2ElectricityT = 0, co2GasT = 0, co2CoalT = 0, co2HeatT = 0, co2TotalT = 0;
    double intensityTCO2PerTce = 0;   // I, embodied included when settings.embodiedT > 0
    double thresholdTCO2PerTce = 0;   // 0.20, or 0.30 at >= 1 Mtce/yr
    bool zeroCarbon = false;          // the verdict: I <= threshold
    double cleanSharePct = 0;         // non-fossil share of the total tce (gas optional)
    double renewableSharePct = 0;     // the same without gas (never renewable)
    bool cleanShareMet = false, renewableShareMet = false;
};

CarrierIndicator carrierIndicator(const CarrierUse &use, const IndicatorSettings &settings);

// Electricity of a consumer with its own PV and no battery, hour by hour: on-site use
// min(load, pv), import max(0, load − pv) at the grid factor (the hourly one where given, else
// the annual one), no green power. `loadKWh` is the whole electric load (heat electricity included).
CarrierUse selfSuppliedElectricity(const std::vector<double> &loadKWh, const std::vector<double> &pvKWh,
                                   double gridFactorKgPerKWh, const std::vector<double> *hourlyGridFactor = nullptr);
// The same over `hours` hours with the load and the PV given hour by hour (no series built).
template<typename LoadAt, typename PvAt>
CarrierUse selfSuppliedElectricity(std::size_t hours, LoadAt loadAt, PvAt pvAt, double gridFactorKgPerKWh,
                                   const std::vector<double> *hourlyGridFactor = nullptr)
{
    CarrierUse u;
    double co2Kg = 0.0;
    const std::size_t hourly = hourlyGridFactor ? std::min(hours, hourlyGridFactor->size()) : 0;
    for (std::size_t t = 0; t < hours; ++t) {
        const double load = std::max(0.0, double(loadAt(t)));
        const double pv = std::max(0.0, double(pvAt(t)));
        double f = gridFactorKgPerKWh;
        if (t < hourly && std::isfinite((*hourlyGridFactor)[t]))
            f = (*hourlyGridFactor)[t];
        u.electricityKWh += load;
        u.cleanElectricityKWh += std::min(load, pv);
        co2Kg += std::max(0.0, load - pv) * f;
    }
    u.electricityCO2T = co2Kg / 1000.0;
    return u;
}

// Translated unit of a carrier's quantity: "kWh", "m³", "t", "GJ".
QString carrierUnit(Carrier c);

} // namespace pz::heat
