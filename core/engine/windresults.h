// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wind part of a run's result (spec wind.md §12.8, §13.4, §13.6): per turbine and per plant,
// the park's wind sums and the direct-supply checks. Called by the ResultAssembler after the
// balance; a park without turbines and plants is left exactly as a PV-only run gives it.

#include "engine/stage.h"

namespace pz {

void addWindResults(const RunContext &context, const RunState &state, SimulationResult &result);

} // namespace pz
