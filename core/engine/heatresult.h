// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heat part of the result (spec §14.7), called by ResultAssembler: per building its heat,
// supply, carrier and indicator on its own; for the park the heat, the carriers with tce and
// CO2, and the indicator over every carrier under the site's conversion (which then stands as
// the park's intensity, clean share and verdict) and under both standard conversions. Nothing
// without heat, so that parks without it print what they printed before.

#include "engine/runstate.h"

namespace pz {

class Park;

void addHeatResult(const Park &park, const RunState &state, SimulationResult &result);

} // namespace pz
