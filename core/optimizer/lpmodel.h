// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer's linear programme as plain data (spec §16.3–§16.6): named columns with bounds,
// costs and integrality, named rows with their sense and right-hand side, and the non-zero
// coefficients. The same model is written as MPS (mpswriter.h) and loaded into GLPK
// (solver.cpp), so the exported file is the LP that is solved.

#include "optimizer/problem.h"

#include <limits>
#include <string>
#include <vector>

namespace pz::optimizer {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct LpColumn {
    std::string name;
    double lower = 0, upper = kInfinity;
    double cost = 0;
    bool integer = false;
};

enum class RowSense { Equal, LessEqual, GreaterEqual };

struct LpRow {
    std::string name;
    RowSense sense = RowSense::LessEqual;
    double rhs = 0;
};

struct LpEntry {
    int row = 0, column = 0;
    double value = 0;
};

// Which of the single rows the model has, and what it minimises: the objective of §16.4, or
// for the diagnosis of §16.10 the numerator N or the non-clean import Σ imp − Σ g.
enum class LpObjective { Cost, CarbonNumerator, NonCleanImport };

struct LpBuildOptions {
    bool carbonRow = true;
    bool cleanRow = true;       // only where the problem has a floor
    LpObjective objective = LpObjective::Cost;
};

struct LpModel {
    std::string name;
    std::vector<LpColumn> columns;
    std::vector<LpRow> rows;
    std::vector<LpEntry> entries;   // no zero values
    // Column indices (−1: absent).
    std::vector<int> pv, wind;
    int battKWh = -1, battKW = -1;
    std::vector<int> imp, exp, cur, ch, dis, soc, grn, dem;
    // Row indices (−1: absent).
    std::vector<int> bal, use, sdyn, smax, smin, pch, pdis, gim, dmd;
    int carbon = -1, clean = -1, greenCap = -1;
    // The constant of the objective that is not in the LP (the diagnosis' N has C_other etc.).
    double objectiveConstant = 0;
};

// Builds the LP of §16.3–§16.6 for a valid problem.
LpModel buildLp(const OptimizerProblem &problem, const LpBuildOptions &options = {});

// The right-hand sides of the single rows, as built.
double carbonRowRhs(const OptimizerProblem &problem);
double cleanRowRhs(const OptimizerProblem &problem);

// The largest violation of a row of `m` at x (one value per column), relative to the row's size
// there: 1 + |rhs| + Σ|a·x| (a balance of 10⁵ kWh off by 10⁻⁶ kWh is feasible). 0: feasible.
double largestRowViolation(const LpModel &m, const std::vector<double> &x);

} // namespace pz::optimizer
