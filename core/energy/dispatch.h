// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hourly battery dispatch and grid exchange of the park (spec §10): a pooled battery between
// on-site generation and consumption, with grid import, export, an optional export limit
// (curtailment above it) and two strategies (self-consumption; carbon-aware with an hourly
// grid-factor profile). Energies are kWh in each hour; power limits are kW over one hour.

#include "model/enums.h"

#include <vector>

namespace pz::energy {

struct BatteryParams {
    double capacityKWh = 0;
    double powerKW = 0;                 // both ways, AC side
    double roundTripEfficiency = 0.85;  // AC-AC; charge and discharge each sqrt(RTE)
    double socMin = 0.05;               // fractions of capacity
    double socMax = 0.95;
};

// Several stores as one: capacities and powers add, SOC windows add in kWh (so the pooled
// store's socMin/socMax are capacity-weighted means) and the round-trip efficiency is the
// capacity-weighted mean. Exact when the stores are operated in proportion to their capacity
// with equal power/energy ratios; otherwise an optimistic bound on the pooled power.
BatteryParams poolBatteries(const std::vector<BatteryParams> &stores);

struct DispatchInput {
    const std::vector<double> *generationKWh = nullptr;    // null: no generation
    const std::vector<double> *consumptionKWh = nullptr;   // null: no consumption
    BatteryParams battery;
    pz::DispatchStrategy strategy = pz::DispatchStrategy::SelfConsumption;
    double exportLimitKW = -1;                              // < 0: none
    const std::vector<double> *hourlyGridFactor = nullptr; // kgCO2/kWh; used by CarbonAware
};

// Hourly series have the length of the longer input (missing values count as 0).
struct DispatchResult {
    std::vector<double> chargeKWh;            // AC energy into the battery (before charge losses)
    std::vector<double> dischargeKWh;         // AC energy out of the battery (after discharge losses)
    std::vector<double> socKWh;               // stored energy at the end of the hour
    std::vector<double> importKWh;            // consumption not met on site + grid charging
    std::vector<double> exportKWh;
    std::vector<double> curtailedKWh;         // surplus above the export limit
    std::vector<double> selfConsumedKWh;      // generation used on site: direct + into the battery
    std::vector<double> directUseKWh;         // generation consumed in the same hour
    std::vector<double> gridChargeKWh;        // part of chargeKWh taken from the grid (carbon-aware)
    std::vector<double> onsiteDischargeKWh;   // part of dischargeKWh that came from on-site generation
    double totalGeneration = 0, totalConsumption = 0;
    double totalImport = 0, totalExport = 0, totalCurtailed = 0;
    double totalCharge = 0, totalDischarge = 0, totalGridCharge = 0, totalOnsiteDischarge = 0;
    double totalSelfConsumed = 0, totalDirectUse = 0;
    double losses = 0;                        // charge and discharge losses
    double initialSoc = 0, finalSoc = 0;      // kWh
    double usableCapacityKWh = 0;             // (socMax - socMin) × capacity
    double equivalentFullCycles = 0;          // totalDischarge / usable capacity
    // gen + import - (cons + export + curtailed + losses + ΔSOC): rounding only.
    double balanceResidualKWh = 0;
};

DispatchResult dispatch(const DispatchInput &input);
// The same into an existing result, reusing its vectors' memory (for repeated runs).
void dispatch(const DispatchInput &input, DispatchResult &out);

} // namespace pz::energy
