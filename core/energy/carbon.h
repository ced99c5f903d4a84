// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Carbon accounting of one simulated year (spec §11): location- and market-based operational
// emissions, optional export credit, annualised embodied carbon, green-space sink, the hourly
// carbon-free-energy score and China's zero-carbon-park indicator (tCO2 per tce).

#include "energy/dispatch.h"
#include "model/enums.h"

#include <algorithm>
#include <vector>

namespace pz::energy {

// Quantities and embodied factors (park-defaults §2). Annual = quantity × factor ÷ life.
struct EmbodiedInputs {
    double pvKwp = 0, storageKWhLfp = 0, storageKWhNmc = 0;
    double buildingFloorM2Steel = 0, buildingFloorM2Concrete = 0;
    double inverterKW = 0;                       // AC rating; 0 leaves inverters out
    double pvKgPerKWp = 810, pvLifeYears = 30;   // mono-Si glass-backsheet made in China; ecoinvent life
    double inverterKgPerKW = 40, inverterLifeYears = 15;   // placeholder [unverified]; Tschümperlin 2016 life
    double storageKgPerKWhLfp = 80, storageKgPerKWhNmc = 92, storageLifeYears = 15;   // cells (62/74) + ~18 BOS
    double buildingKgPerM2Steel = 250, buildingKgPerM2Concrete = 327, buildingLifeYears = 50;
    // Wind turbines, on-site and off-site (spec wind.md §13.6): the user's factor, no default.
    double windKW = 0, windKgPerKW = 0, windLifeYears = 20;
};

struct CarbonInput {
    const DispatchResult *dispatch = nullptr;            // null: no battery, import/export from the net load
    const std::vector<double> *consumptionKWh = nullptr;
    const std::vector<double> *generationKWh = nullptr;
    double annualGridFactor = 0.5306;                    // kgCO2/kWh
    const std::vector<double> *hourlyGridFactor = nullptr;   // overrides the annual factor hour by hour
    double greenPowerKWh = 0;                            // green power bought per year
    double greenPowerShare = 0;                          // or as a share of grid import (0..1); the two add
    // Green power bought hour by hour (kWh); replaces the two above: hour t counts
    // min(g(t), import(t)). Null or empty: none.
    const std::vector<double> *greenHourlyKWh = nullptr;
    bool exportCredit = false;                           // off by default (GHG Protocol)
    EmbodiedInputs embodied;
    double greenSpaceHa = 0;
    double sinkTPerHaYr = 5.0;
    double kgcePerKWh = 0.1229;                          // GB/T 2589 calorific equivalent
    double thresholdTCO2PerTce = 0.2;
    // Operational: the tCO2/tce numerator is market-based operational CO2 (the national rule);
    // WithEmbodied adds the annualised embodied carbon.
    pz::HeadlineEmissions headline = pz::HeadlineEmissions::Operational;
    // PV output for the PV carbon payback when generation holds more than PV (wind, off-site
    // plants); < 0: all of the generation is PV.
    double pvAnnualKWh = -1;
};

struct CarbonResult {
    double operationalLocationT = 0, operationalMarketT = 0;
    double embodiedPvT = 0, embodiedStorageT = 0, embodiedBuildingsT = 0, embodiedAnnualT = 0;
    double embodiedWindT = 0;      // included in embodiedAnnualT
    double sinkT = 0, exportCreditT = 0;
    double netT = 0;               // market − sink − export credit
    double netWithEmbodiedT = 0;   // net + embodied
    double greenPowerKWh = 0;      // green power counted (capped at the import, hour by hour with a profile)
    double selfConsumptionPct = 0, selfSufficiencyPct = 0, cfeScorePct = 0, cleanEnergySharePct = 0;
    double energyUseTce = 0;
    double intensityTCO2PerTce = 0;
    bool zeroCarbon = false;       // intensity <= threshold
    double pvCarbonPaybackYears = 0;   // 0 when there is no PV embodied carbon or no avoided emission
    std::vector<double> emissionsKg;     // hourly, location-based (import × factor)
    std::vector<double> cfeMatchedKWh;   // hourly min(consumption, carbon-free supply)
};

CarbonResult computeCarbon(const CarbonInput &input);
// The same into an existing result, reusing its vectors' memory (for repeated runs).
void computeCarbon(const CarbonInput &input, CarbonResult &out);

// Green power counted in hour t of a year with import importKWh: min(g(t), import) with a profile,
// otherwise import × greenPerImport (the annual amount spread in proportion to import).
inline double greenInHour(const std::vector<double> *greenHourlyKWh, double greenPerImport, std::size_t t,
                          double importKWh)
{
    if (greenHourlyKWh && !greenHourlyKWh->empty())
        return t < greenHourlyKWh->size() ? std::clamp((*greenHourlyKWh)[t], 0.0, std::max(0.0, importKWh)) : 0.0;
    return importKWh * greenPerImport;
}

// Threshold of the core indicator by park size (park-defaults §5): 0.20 tCO2/tce below
// 1 Mtce/yr, 0.30 at or above.
double thresholdForEnergyUse(double tcePerYear);

} // namespace pz::energy
