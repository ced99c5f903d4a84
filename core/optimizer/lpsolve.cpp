// SPDX-License-Identifier: GPL-3.0-or-later
// One LP model in GLPK (solver.h, solveLp): loading, the simplex with presolve, the MILP of
// whole turbines and the values read back.
#include "optimizer/solver.h"

#include <glpk.h>

#include <chrono>
#include <cmath>
#include <memory>

namespace pz::optimizer {

namespace {

struct GlpDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};
using GlpProblem = std::unique_ptr<glp_prob, GlpDeleter>;

void setColumnBounds(glp_prob *lp, int j, double lower, double upper)
{
    const bool hasLower = std::isfinite(lower), hasUpper = std::isfinite(upper);
    const int type = hasLower && hasUpper ? (lower == upper ? GLP_FX : GLP_DB)
        : hasLower                        ? GLP_LO
        : hasUpper                        ? GLP_UP
                                          : GLP_FR;
    glp_set_col_bnds(lp, j, type, hasLower ? lower : 0, hasUpper ? upper : 0);
}

GlpProblem load(const LpModel &m)
{
    GlpProblem lp(glp_create_prob());
    glp_set_obj_dir(lp.get(), GLP_MIN);
    glp_set_obj_name(lp.get(), "COST");
    glp_add_rows(lp.get(), static_cast<int>(m.rows.size()));
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const LpRow &row = m.rows[r];
        const int i = static_cast<int>(r) + 1;
        glp_set_row_name(lp.get(), i, row.name.c_str());
        const int type = row.sense == RowSense::Equal ? GLP_FX : row.sense == RowSense::LessEqual ? GLP_UP : GLP_LO;
        glp_set_row_bnds(lp.get(), i, type, row.rhs, row.rhs);
    }
    glp_add_cols(lp.get(), static_cast<int>(m.columns.size()));
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        const LpColumn &col = m.columns[c];
        const int j = static_cast<int>(c) + 1;
        glp_set_col_name(lp.get(), j, col.name.c_str());
        setColumnBounds(lp.get(), j, col.lower, col.upper);
        glp_set_obj_coef(lp.get(), j, col.cost);
        if (col.integer)
            glp_set_col_kind(lp.get(), j, GLP_IV);
    }
    std::vector<int> ia(m.entries.size() + 1), ja(m.entries.size() + 1);
    std::vector<double> ar(m.entries.size() + 1);
    for (std::size_t k = 0; k < m.entries.size(); ++k) {
        ia[k + 1] = m.entries[k].row + 1;
        ja[k + 1] = m.entries[k].column + 1;
        ar[k + 1] = m.entries[k].value;
    }
    glp_load_matrix(lp.get(), static_cast<int>(m.entries.size()), ia.data(), ja.data(), ar.data());
    return lp;
}

// The simplex: with presolve for a first solve, from the current basis after bounds were fixed.
// Primal where a battery may be built (GLPK's dual simplex is far slower on a year of battery
// dispatch), dual otherwise (faster there, and after fixing bounds the basis stays dual
// feasible); docs/optimizer.md gives the times.
SolveStatus simplex(glp_prob *lp, bool presolve, bool primal, bool messages, std::string *message)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = messages ? GLP_MSG_ON : GLP_MSG_ERR;
    parm.meth = primal ? GLP_PRIMAL : GLP_DUALP;
    parm.presolve = presolve ? GLP_ON : GLP_OFF;
    const int rc = glp_simplex(lp, &parm);
    if (rc == GLP_ENOPFS)
        return SolveStatus::Infeasible;
    if (rc == GLP_ENODFS) {
        *message = "the problem is unbounded";
        return SolveStatus::Error;
    }
    if (rc != 0) {
        *message = "GLPK simplex failed (code " + std::to_string(rc) + ")";
        return SolveStatus::Error;
    }
    const int status = glp_get_status(lp);
    if (status == GLP_OPT)
        return SolveStatus::Optimal;
    if (status == GLP_NOFEAS)
        return SolveStatus::Infeasible;
    *message = status == GLP_UNBND ? "the problem is unbounded" : "GLPK found no optimum (status " + std::to_string(status) + ")";
    return SolveStatus::Error;
}

// Branch and bound from the LP relaxation's basis, to a relative gap of 1e-9; then the LP with
// the integer columns fixed at the optimum, for the duals.
SolveStatus branchAndBound(glp_prob *lp, const LpModel &m, bool messages, std::string *message)
{
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = messages ? GLP_MSG_ON : GLP_MSG_ERR;
    parm.presolve = GLP_OFF;
    parm.mip_gap = 1e-9;
    const int rc = glp_intopt(lp, &parm);
    if (rc != 0 && rc != GLP_ENOPFS) {
        *message = "GLPK branch and bound failed (code " + std::to_string(rc) + ")";
        return SolveStatus::Error;
    }
    const int status = glp_mip_status(lp);
    if (status == GLP_NOFEAS || rc == GLP_ENOPFS)
        return SolveStatus::Infeasible;
    if (status != GLP_OPT) {
        *message = "GLPK found no integer optimum (status " + std::to_string(status) + ")";
        return SolveStatus::Error;
    }
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        if (!m.columns[c].integer)
            continue;
        const double value = std::round(glp_mip_col_val(lp, static_cast<int>(c) + 1));
        glp_set_col_kind(lp, static_cast<int>(c) + 1, GLP_CV);
        glp_set_col_bnds(lp, static_cast<int>(c) + 1, GLP_FX, value, value);
    }
    return simplex(lp, false, false, messages, message);
}

// The crossover from a point on the optimal face (the interior-point optimum): every column at
// a bound there is fixed at it and every inequality row binding there becomes an equation;
// the dual simplex with presolve solves that restricted LP (presolve removes most of it),
// whose optimum is the LP's when the point's face is optimal. Then the bounds come back and the
// primal simplex goes on from that basis (the same basis matrix, still feasible) until the LP
// itself is optimal: a wrong guess costs pivots, never the optimum. The point's values are at
// a bound within 1e-3 (+1e-9 of the bound): on the public case they are either within 1e-4 or
// beyond 1e-1 (docs/optimizer.md). A point violating a row by more than kFaceFeasibility
// (lpmodel.h's measure) spans no face: the simplex then starts afresh.
constexpr double kFaceFeasibility = 1e-6;

struct FaceRestriction {
    std::vector<int> columnAt, rowAt;   // 0: unchanged; −1: fixed at the lower side; +1: the upper
};

bool atBound(double value, double bound)
{
    return std::isfinite(bound) && std::abs(value - bound) <= 1e-3 + 1e-9 * std::abs(bound);
}

FaceRestriction restrictToFace(glp_prob *lp, const LpModel &m, const std::vector<double> &x)
{
    FaceRestriction f;
    f.columnAt.assign(m.columns.size(), 0);
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        const LpColumn &col = m.columns[c];
        if (col.lower == col.upper)
            continue;
        f.columnAt[c] = atBound(x[c], col.lower) ? -1 : atBound(x[c], col.upper) ? 1 : 0;
        const double at = f.columnAt[c] < 0 ? col.lower : col.upper;
        if (f.columnAt[c] != 0)
            glp_set_col_bnds(lp, static_cast<int>(c) + 1, GLP_FX, at, at);
    }
    std::vector<double> activity(m.rows.size(), 0.0);
    for (const LpEntry &e : m.entries)
        activity[e.row] += e.value * x[e.column];
    f.rowAt.assign(m.rows.size(), 0);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const LpRow &row = m.rows[r];
        if (row.sense == RowSense::Equal || !atBound(activity[r], row.rhs))
            continue;
        f.rowAt[r] = row.sense == RowSense::GreaterEqual ? -1 : 1;
        glp_set_row_bnds(lp, static_cast<int>(r) + 1, GLP_FX, row.rhs, row.rhs);
    }
    return f;
}

// The LP's own bounds again; a variable the restriction fixed and the basis left non-basic
// sits at the bound it was fixed at.
void liftRestriction(glp_prob *lp, const LpModel &m, const FaceRestriction &f)
{
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        if (f.columnAt[c] == 0)
            continue;
        const int j = static_cast<int>(c) + 1;
        const bool basic = glp_get_col_stat(lp, j) == GLP_BS;
        setColumnBounds(lp, j, m.columns[c].lower, m.columns[c].upper);
        if (!basic)
            glp_set_col_stat(lp, j, f.columnAt[c] < 0 ? GLP_NL : GLP_NU);
    }
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        if (f.rowAt[r] == 0)
            continue;
        const int i = static_cast<int>(r) + 1;
        const bool basic = glp_get_row_stat(lp, i) == GLP_BS;
        const double rhs = m.rows[r].rhs;
        glp_set_row_bnds(lp, i, f.rowAt[r] < 0 ? GLP_LO : GLP_UP, rhs, rhs);
        if (!basic)
            glp_set_row_stat(lp, i, f.rowAt[r] < 0 ? GLP_NL : GLP_NU);
    }
}

SolveStatus crossover(glp_prob *lp, const LpModel &m, const std::vector<double> &x, bool messages, std::string *message)
{
    const FaceRestriction face = restrictToFace(lp, m, x);
    const SolveStatus restricted = simplex(lp, true, false, messages, message);
    liftRestriction(lp, m, face);
    if (restricted == SolveStatus::Optimal && simplex(lp, false, true, messages, message) == SolveStatus::Optimal)
        return SolveStatus::Optimal;
    message->clear();
    return simplex(lp, true, true, messages, message);
}

InteriorIterate readIterate(glp_prob *lp, const LpModel &model)
{
    InteriorIterate it;
    it.objective = glp_ipt_obj_val(lp) + model.objectiveConstant;
    it.columnValues.resize(model.columns.size());
    for (std::size_t c = 0; c < model.columns.size(); ++c)
        it.columnValues[c] = glp_ipt_col_prim(lp, static_cast<int>(c) + 1);
    it.rowDuals.resize(model.rows.size());
    for (std::size_t r = 0; r < model.rows.size(); ++r)
        it.rowDuals[r] = glp_ipt_row_dual(lp, static_cast<int>(r) + 1);
    return it;
}

// The interior-point method; no status but Optimal is trusted (the caller tries another
// ordering, proves a stopped run's gap or falls back to the simplex). The last iterate of a run
// that stopped short of the tolerances is kept in `stopped`.
SolveStatus interior(glp_prob *lp, const LpModel &model, LpSolveOptions::Ordering ordering, bool messages,
                     std::string *message, std::optional<InteriorIterate> *stopped)
{
    glp_iptcp parm;
    glp_init_iptcp(&parm);
    parm.msg_lev = messages ? GLP_MSG_ON : GLP_MSG_ERR;
    parm.ord_alg = ordering == LpSolveOptions::Ordering::Amd ? GLP_ORD_AMD : GLP_ORD_SYMAMD;
    const int rc = glp_interior(lp, &parm);
    if (rc == 0 && glp_ipt_status(lp) == GLP_OPT)
        return SolveStatus::Optimal;
    if (rc == GLP_EINSTAB || rc == GLP_ENOCVG || rc == GLP_EITLIM)
        *stopped = readIterate(lp, model);
    *message = "GLPK interior point: no optimum (code " + std::to_string(rc) + ")";
    return rc == GLP_ENOFEAS ? SolveStatus::Infeasible : SolveStatus::Error;
}

void readInterior(glp_prob *lp, const LpModel &model, LpSolution &s)
{
    InteriorIterate it = readIterate(lp, model);
    s.objective = it.objective;
    s.columnValues = std::move(it.columnValues);
    s.rowDuals = std::move(it.rowDuals);
}

} // namespace

LpSolution solveLp(const LpModel &model, const LpSolveOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    LpSolution s;
    if (!options.messages)
        glp_term_out(GLP_OFF);
    GlpProblem lp = load(model);
    if (options.interior) {
        s.method = "interior point";
        s.status = interior(lp.get(), model, options.ordering, options.messages, &s.message, &s.stoppedIterate);
        if (s.status == SolveStatus::Optimal)
            readInterior(lp.get(), model, s);
        glp_term_out(GLP_ON);
        s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return s;
    }
    bool integer = false;
    for (const LpColumn &c : model.columns)
        integer = integer || c.integer;
    if (!options.integer)
        for (std::size_t c = 0; c < model.columns.size(); ++c)
            glp_set_col_kind(lp.get(), static_cast<int>(c) + 1, GLP_CV);
    const bool battery = model.battKWh >= 0 && model.columns[model.battKWh].upper > 0;
    // A start that is not a feasible point spans no face of the LP: the simplex starts afresh.
    const bool crossing = !options.start.empty() && !(integer && options.integer)
        && largestRowViolation(model, options.start) <= kFaceFeasibility;
    if (crossing) {
        s.method = "primal simplex from the interior-point optimum's face (crossover)";
        s.status = crossover(lp.get(), model, options.start, options.messages, &s.message);
    } else {
        s.method = battery ? "primal simplex with presolve" : "dual simplex with presolve";
        s.status = simplex(lp.get(), true, battery, options.messages, &s.message);
    }
    if (s.status == SolveStatus::Optimal && integer && options.integer) {
        s.lpRelaxation = glp_get_obj_val(lp.get()) + model.objectiveConstant;
        s.method += "; branch and bound (gap 1e-9), duals with the counts fixed";
        s.status = branchAndBound(lp.get(), model, options.messages, &s.message);
    }
    if (s.status == SolveStatus::Optimal) {
        s.objective = glp_get_obj_val(lp.get()) + model.objectiveConstant;
        s.columnValues.resize(model.columns.size());
        for (std::size_t c = 0; c < model.columns.size(); ++c)
            s.columnValues[c] = glp_get_col_prim(lp.get(), static_cast<int>(c) + 1);
        s.rowDuals.resize(model.rows.size());
        for (std::size_t r = 0; r < model.rows.size(); ++r)
            s.rowDuals[r] = glp_get_row_dual(lp.get(), static_cast<int>(r) + 1);
    }
    glp_term_out(GLP_ON);
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return s;
}

} // namespace pz::optimizer
