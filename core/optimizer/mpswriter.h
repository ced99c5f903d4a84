// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exported LP (spec §16.11): free MPS, the objective row COST first in ROWS, no OBJSENSE
// (minimisation) and no objective constant, the names of §16.3 and §16.5, integer columns
// between 'MARKER' 'INTORG' and 'INTEND', numbers in shortest round-trip form, no zero
// coefficients.

#include "optimizer/lpmodel.h"

#include <string>

namespace pz::optimizer {

// A double in the shortest form that reads back to the same value ("0.1", "1e-05", "15000").
std::string shortestNumber(double value);

std::string mpsText(const LpModel &model);

} // namespace pz::optimizer
