// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Solving the optimizer's LP (spec §16.3–§16.10) with GLPK: the LP of lpmodel.h, solved with
// presolve; whole turbines as a MILP to a relative gap of 1e-9 with the duals from the LP with
// the counts fixed; the results of §16.7 and, when infeasible, the diagnosis of §16.10.

#include "optimizer/lpmodel.h"
#include "optimizer/problem.h"
#include "optimizer/result.h"

#include <optional>
#include <string>
#include <vector>

namespace pz::optimizer {

struct SolveSettings {
    // Exact: the LP of §16.3–§16.6 as it stands. Otherwise a faster equivalent form may be
    // solved (see docs/optimizer.md); both give the same optimum.
    bool exact = false;
    bool costWithoutCarbonRows = true;   // the second solve of §16.7
    bool diagnose = true;                // the auxiliary LPs of §16.10 when infeasible
    bool messages = false;               // GLPK's progress on stdout
};

// Solves a problem; an invalid problem gives status Error with validateProblem()'s reasons.
OptimizerResult solveProblem(const OptimizerProblem &problem, const SolveSettings &settings = {});

// The last iterate of an interior-point run that stopped short of GLPK's tolerances.
struct InteriorIterate {
    double objective = 0;   // with the model's constant
    std::vector<double> columnValues, rowDuals;
};

// The optimum of one LP model in GLPK: status, objective (with the model's constant), column
// values and row duals (GLPK's sign). Used by the solver, the diagnosis and the tests.
struct LpSolution {
    SolveStatus status = SolveStatus::Error;
    std::string message;
    double objective = 0;
    std::vector<double> columnValues, rowDuals;
    double seconds = 0;
    std::string method;
    std::optional<double> lpRelaxation;   // a MILP's LP relaxation optimum
    std::optional<double> provenGap;      // (objective − proven lower bound) / |objective|
    // Interior point only, when it found no optimum: the last iterate of a run that stopped on
    // numerical instability or slow convergence, for a caller that can prove its gap.
    std::optional<InteriorIterate> stoppedIterate;
};

struct LpSolveOptions {
    bool messages = false;
    bool integer = true;    // honour the model's integer columns (a MILP, gap 1e-9)
    bool interior = false;  // GLPK's interior-point method (an LP only; no basis)
    // Its ordering of A·Aᵀ (GLPK's approximate minimum degree, or SYMAMD).
    enum class Ordering { Amd, Symamd } ordering = Ordering::Amd;
    // A point on the optimal face (an interior-point optimum, in the model's columns): the
    // simplex starts from the face it spans and then proves the optimum of the LP itself.
    std::vector<double> start;
};

LpSolution solveLp(const LpModel &model, const LpSolveOptions &options = {});

// The LP `full` (buildLp(problem, some options)) solved in its fastest equivalent form: the
// reduced LP (reducedlp.h) with chained sizes by the interior-point method, its gap proven by a
// Lagrangian bound, when interiorPointApplies(); otherwise, or when the interior-point method
// fails, the simplex on the LP itself. The solution is in the columns and rows of `full`.
LpSolution solveEquivalent(const OptimizerProblem &problem, const LpModel &full, bool messages = false);

// Whether the interior point solves a problem faster than the simplex: when a battery may be
// built (the SOC rows couple all hours and make the simplex slow; without a battery presolve
// leaves it little to do) and the turbine counts are continuous (no MILP).
bool interiorPointApplies(const OptimizerProblem &problem);

} // namespace pz::optimizer
