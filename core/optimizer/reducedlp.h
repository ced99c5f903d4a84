// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An LP equivalent to the one of §16.3–§16.6 with fewer rows and columns, which GLPK solves
// faster (docs/optimizer.md). It substitutes variables; every feasible point of one maps to a
// feasible point of the other with the same cost, and the single rows (carbon, clean,
// greencap) keep their left sides, right sides and so their duals:
//   imp(t) = brn(t) + g(t), brn ≥ 0         removes gim_t (g ≤ imp);
//   cur(t) = the slack of bal_t             removes cur_t (bal becomes ≥);
//   soc(t) = s_min·E + y(t), y ≥ 0          removes smin_t (sdyn keeps its form in y).
// The exported MPS is always the LP of the spec (lpmodel.h).

#include "optimizer/lpmodel.h"
#include "optimizer/solver.h"

namespace pz::optimizer {

struct ReducedLp {
    LpModel model;   // pv, wind, batt*, exp, ch, dis, grn, dem as in LpModel; imp holds brn, soc holds y
};

ReducedLp buildReducedLp(const OptimizerProblem &problem, const LpBuildOptions &options = {});

// The reduced LP's solution in the columns and rows of the full model `full` (hourly rows
// other than bal, use, sdyn, smax, pch, pdis and dmd get dual 0; the single rows their own).
LpSolution restoreSolution(const OptimizerProblem &problem, const LpModel &full, const ReducedLp &reduced,
                           const LpSolution &solution);

} // namespace pz::optimizer
