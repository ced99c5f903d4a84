// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer's problem filled from a park and its simulation (spec §16.1, §16.8, §16.13):
// the PV and wind candidates with the engine's own hourly profiles (no second PV or wind run),
// the park's consumption, tariff, grid factor, off-site plants, the battery defaults, the grid
// and carbon settings and the costs of the site's economics. It lives in the engine because it
// reads a SimulationResult; the optimizer itself knows nothing of the park model.

#include "engine/simulationresult.h"
#include "model/park.h"
#include "optimizer/problem.h"

#include <QStringList>

#include <optional>

namespace pz {

struct ParkProblemOptions {
    // §16.8 "keep placed" for every object: the placed kWp of each PV object, the number of
    // turbines placed in each group and the pooled placed battery (E, P) become lower bounds.
    bool keepPlaced = false;
    // The user's battery bounds (§16.3 "the user may change both"); none: E^max = 10 × the mean
    // daily consumption, P^max = E^max / 1 h. With only E^max given, P^max = E^max / 1 h.
    std::optional<double> batteryMaxKWh, batteryMaxKW;
};

// The battery's largest energy when the user sets none (§16.1): 10 × the mean daily consumption.
// Its largest power, unset, is that energy over one hour.
double defaultBatteryMaxKWh(double annualConsumptionKWh);

// The options the site's optimizer settings give (spec §16.13): keep placed, battery bounds.
ParkProblemOptions problemOptionsOf(const Site &site);

// Fills the problem from `result` (a successful run of simulatePark() on `park`). The objects'
// optimizer roles and maxima (§16.8) bound their sizes; the site's optimizer settings give the
// clean-share floor, the green-power cap and whole turbines; `options` the rest.
// `zeroKwpProfiles`, when given, is a run of withAreaDerivedKwp(park): the profiles of the ground
// fields whose kWp is explicitly 0 come from it (their own series is zero). `notes` receives
// translated remarks for the report (an electrolyser frozen at its profile, a candidate left out).
optimizer::OptimizerProblem problemFromPark(const Park &park, const SimulationResult &result,
                                            const ParkProblemOptions &options = {},
                                            const SimulationResult *zeroKwpProfiles = nullptr,
                                            QStringList *notes = nullptr);

// The area-derived kWp of a ground field (X^max, §16.1): polygon area × (gcr if in rows, else 1)
// × module W/m² / 1000, whatever its explicit kWp.
double areaDerivedKwp(const PvArray &field);

// True when a ground field has an explicit kWp of 0 but an area-derived kWp above 0: its
// profile needs a run of withAreaDerivedKwp().
bool needsZeroKwpProfiles(const Park &park);
// The park with those fields at their area-derived kWp (nothing else changes; shading depends
// on geometry only).
Park withAreaDerivedKwp(const Park &park);

} // namespace pz
