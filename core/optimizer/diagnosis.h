// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why an optimizer problem is infeasible and how close the park can come (spec §16.10): the
// auxiliary LPs over the same variables and hourly rows without `carbon` and `clean`, one
// minimising the numerator N (the lowest intensity), one the non-clean import Σ imp − Σ g (the
// highest clean-energy share), and the message naming what cannot be met.

#include "optimizer/problem.h"
#include "optimizer/result.h"

namespace pz::optimizer {

Diagnosis diagnose(const OptimizerProblem &problem);

} // namespace pz::optimizer
