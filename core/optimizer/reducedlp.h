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

// `full` is buildLp(problem, some options); the reduced LP has the same single rows and objective.
ReducedLp buildReducedLp(const OptimizerProblem &problem, const LpModel &full);

// For an interior-point solve: every size column (PV, wind, battery) gets one copy per hour,
// tied to the previous hour's by a row lnk_<column>_<t>: copy(t) − copy(t−1) = 0, and the hourly
// rows use their hour's copy. A column in every hourly row makes A·Aᵀ dense; the chain keeps
// it banded. Hour 0 uses the column itself; the new rows and columns come after the others.
// Returns for every column the size column it copies (−1 for the others).
std::vector<int> chainSizeColumns(LpModel &model);

// A lower bound on the optimum of a (reduced, chained) model from any row duals y (GLPK's
// sign; clamped to the sign their rows allow): min over a box of cᵀx − yᵀ(Ax − b), with the
// box from the columns' bounds and, where a column has none, the upper bound every feasible
// point satisfies (imports and discharge ≤ load, charge ≤ P^max, …). −inf when there is none.
double lagrangianBound(const OptimizerProblem &problem, const LpModel &model, const std::vector<int> &chainOrigin,
                       const std::vector<double> &rowDuals);

// The reduced LP's solution in the columns and rows of the full model `full` (hourly rows
// other than bal, use, sdyn, smax, pch, pdis and dmd get dual 0; the single rows their own).
LpSolution restoreSolution(const OptimizerProblem &problem, const LpModel &full, const ReducedLp &reduced,
                           const LpSolution &solution);

} // namespace pz::optimizer
