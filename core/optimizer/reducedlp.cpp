// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/reducedlp.h"

#include <algorithm>
#include <cmath>

namespace pz::optimizer {

namespace {

constexpr int T = kHoursPerYear;

// The rewritten hourly rows: bal_t ≥ without cur, use_t, sdyn_t and smax_t in y, no smin_t or
// gim_t; the carbon and clean rows with brn in place of imp − g.
void rewriteRows(const OptimizerProblem &p, const LpModel &full, LpModel &m)
{
    const double window = p.battery.socMax - p.battery.socMin;
    std::vector<bool> dropRow(full.rows.size(), false), dropColumn(full.columns.size(), false);
    for (int t = 0; t < T; ++t) {
        dropRow[full.smin[t]] = dropRow[full.gim[t]] = true;
        dropColumn[full.cur[t]] = true;
        m.rows[full.bal[t]].sense = RowSense::GreaterEqual;
    }
    std::vector<LpEntry> entries;
    entries.reserve(full.entries.size());
    std::vector<bool> isGrn(full.columns.size(), false), isSmax(full.rows.size(), false);
    std::vector<int> impHour(full.columns.size(), -1);
    for (int t = 0; t < T; ++t) {
        isGrn[full.grn[t]] = isSmax[full.smax[t]] = true;
        impHour[full.imp[t]] = t;
    }
    for (const LpEntry &e : full.entries) {
        if (dropRow[e.row] || dropColumn[e.column])
            continue;
        LpEntry n = e;
        if (e.row == full.carbon || e.row == full.clean) {
            if (isGrn[e.column])
                continue;   // f·(imp − g) = f·brn; imp − g = brn
        } else if (isGrn[e.column]) {
            continue;        // re-added below where imp stood
        }
        if (e.column == full.battKWh && isSmax[e.row])
            n.value = -window;
        entries.push_back(n);
        if (impHour[e.column] >= 0 && e.row != full.carbon && e.row != full.clean)
            entries.push_back({e.row, full.grn[impHour[e.column]], e.value});
    }
    for (int t = 0; t < T; ++t)
        if (full.greenCap >= 0)
            entries.push_back({full.greenCap, full.grn[t], 1});
    m.entries = std::move(entries);
    // Renumber rows and columns without the dropped ones.
    std::vector<int> rowIndex(full.rows.size(), -1), columnIndex(full.columns.size(), -1);
    std::vector<LpRow> rows;
    std::vector<LpColumn> columns;
    for (std::size_t r = 0; r < full.rows.size(); ++r)
        if (!dropRow[r]) {
            rowIndex[r] = static_cast<int>(rows.size());
            rows.push_back(m.rows[r]);
        }
    for (std::size_t c = 0; c < full.columns.size(); ++c)
        if (!dropColumn[c]) {
            columnIndex[c] = static_cast<int>(columns.size());
            columns.push_back(m.columns[c]);
        }
    for (LpEntry &e : m.entries) {
        e.row = rowIndex[e.row];
        e.column = columnIndex[e.column];
    }
    m.rows = std::move(rows);
    m.columns = std::move(columns);
    auto remap = [](std::vector<int> &ids, const std::vector<int> &index) {
        for (int &id : ids)
            id = id >= 0 ? index[id] : -1;
    };
    for (auto *ids : {&m.pv, &m.wind, &m.imp, &m.exp, &m.cur, &m.ch, &m.dis, &m.soc, &m.grn, &m.dem})
        remap(*ids, columnIndex);
    for (int *id : {&m.battKWh, &m.battKW})
        *id = columnIndex[*id];
    for (auto *ids : {&m.bal, &m.use, &m.sdyn, &m.smax, &m.smin, &m.pch, &m.pdis, &m.gim, &m.dmd})
        remap(*ids, rowIndex);
    for (int *id : {&m.carbon, &m.clean, &m.greenCap})
        *id = *id >= 0 ? rowIndex[*id] : -1;
}

} // namespace

ReducedLp buildReducedLp(const OptimizerProblem &p, const LpModel &full)
{
    ReducedLp reduced;
    LpModel &m = reduced.model;
    m = full;
    m.name = full.name + "_reduced";
    // brn(t) takes imp's place and cost; g(t) costs π + c_g; y(t) ≤ (s_max − s_min)·E via smax.
    for (int t = 0; t < T; ++t) {
        m.columns[full.imp[t]].name = "brn_" + std::to_string(t);
        m.columns[full.grn[t]].cost += m.columns[full.imp[t]].cost;
        m.columns[full.soc[t]].name = "y_" + std::to_string(t);
    }
    rewriteRows(p, full, m);
    return reduced;
}

std::vector<int> chainSizeColumns(LpModel &m)
{
    std::vector<int> rowHour(m.rows.size(), -1);
    for (const std::vector<int> *rows : {&m.bal, &m.use, &m.sdyn, &m.smax, &m.smin, &m.pch, &m.pdis, &m.gim, &m.dmd})
        for (std::size_t t = 0; t < rows->size(); ++t)
            if ((*rows)[t] >= 0)
                rowHour[(*rows)[t]] = static_cast<int>(t);
    std::vector<int> sizes = m.pv;
    sizes.insert(sizes.end(), m.wind.begin(), m.wind.end());
    sizes.push_back(m.battKWh);
    sizes.push_back(m.battKW);
    std::vector<int> copyOf(m.columns.size(), -1);   // size column → index into sizes
    for (std::size_t k = 0; k < sizes.size(); ++k)
        copyOf[sizes[k]] = static_cast<int>(k);
    // copies[k][t]: the column of size k in hour t.
    std::vector<std::vector<int>> copies(sizes.size());
    for (std::size_t k = 0; k < sizes.size(); ++k) {
        const LpColumn original = m.columns[sizes[k]];
        copies[k].push_back(sizes[k]);
        for (int t = 1; t < T; ++t) {
            m.columns.push_back({original.name + "_" + std::to_string(t), original.lower, kInfinity, 0, false});
            copies[k].push_back(static_cast<int>(m.columns.size()) - 1);
            m.rows.push_back({"lnk_" + original.name + "_" + std::to_string(t), RowSense::Equal, 0});
            const int row = static_cast<int>(m.rows.size()) - 1;
            m.entries.push_back({row, copies[k][t], 1});
            m.entries.push_back({row, copies[k][t - 1], -1});
        }
    }
    for (LpEntry &e : m.entries) {
        if (e.column < static_cast<int>(copyOf.size()) && copyOf[e.column] >= 0 && e.row < static_cast<int>(rowHour.size())
            && rowHour[e.row] > 0)
            e.column = copies[copyOf[e.column]][rowHour[e.row]];
    }
    std::vector<int> origin(m.columns.size(), -1);
    for (std::size_t k = 0; k < sizes.size(); ++k)
        for (int c : copies[k])
            origin[c] = sizes[k];
    return origin;
}

namespace {

// Upper bounds every feasible point of the reduced model satisfies, column by column.
std::vector<double> impliedUpper(const OptimizerProblem &p, const LpModel &m, const std::vector<int> &origin)
{
    std::vector<double> upper(m.columns.size());
    for (std::size_t c = 0; c < m.columns.size(); ++c)
        upper[c] = origin[c] >= 0 ? m.columns[origin[c]].upper : m.columns[c].upper;
    const HourlyInputs &h = p.hourly;
    double maxLoad = 0;
    for (double l : h.loadKWh)
        maxLoad = std::max(maxLoad, l);
    auto tighten = [&](int column, double bound) { upper[column] = std::min(upper[column], bound); };
    for (int t = 0; t < T; ++t) {
        double gen = h.fixedGenerationKWh.empty() ? 0 : h.fixedGenerationKWh[t];
        for (std::size_t i = 0; i < p.pv.size(); ++i)
            gen += p.pv[i].profileKWhPerKWp[t] * p.pv[i].maxKWp;
        for (std::size_t j = 0; j < p.wind.size(); ++j)
            gen += p.wind[j].profileKWhPerTurbine[t] * p.wind[j].maxCount;
        tighten(m.imp[t], h.loadKWh[t]);   // brn + g + dis ≤ L
        tighten(m.grn[t], h.loadKWh[t]);
        tighten(m.dis[t], h.loadKWh[t]);
        tighten(m.ch[t], p.battery.maxKW);
        tighten(m.soc[t], (p.battery.socMax - p.battery.socMin) * p.battery.maxKWh);
        tighten(m.exp[t], gen);            // exp ≤ gen + imp + dis − L ≤ gen
    }
    for (int d : m.dem)
        tighten(d, maxLoad);
    return upper;
}

} // namespace

double lagrangianBound(const OptimizerProblem &p, const LpModel &m, const std::vector<int> &origin,
                       const std::vector<double> &rowDuals)
{
    std::vector<double> y(m.rows.size());
    double bound = 0;
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const RowSense sense = m.rows[r].sense;
        y[r] = sense == RowSense::LessEqual ? std::min(rowDuals[r], 0.0)
            : sense == RowSense::GreaterEqual ? std::max(rowDuals[r], 0.0)
                                              : rowDuals[r];
        bound += y[r] * m.rows[r].rhs;
    }
    std::vector<double> reduced(m.columns.size());
    for (std::size_t c = 0; c < m.columns.size(); ++c)
        reduced[c] = m.columns[c].cost;
    for (const LpEntry &e : m.entries)
        reduced[e.column] -= e.value * y[e.row];
    const std::vector<double> upper = impliedUpper(p, m, origin);
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        const double d = reduced[c];
        if (d >= 0)
            bound += d * m.columns[c].lower;
        else if (std::isfinite(upper[c]))
            bound += d * upper[c];
        else
            return -kInfinity;
    }
    return bound + m.objectiveConstant;
}

LpSolution restoreSolution(const OptimizerProblem &p, const LpModel &full, const ReducedLp &reduced,
                           const LpSolution &s)
{
    const LpModel &m = reduced.model;
    LpSolution out = s;
    std::vector<double> x(full.columns.size(), 0.0);
    auto copy = [&](const std::vector<int> &to, const std::vector<int> &from) {
        for (std::size_t k = 0; k < to.size(); ++k)
            x[to[k]] = s.columnValues[from[k]];
    };
    copy(full.pv, m.pv);
    copy(full.wind, m.wind);
    copy(full.exp, m.exp);
    copy(full.ch, m.ch);
    copy(full.dis, m.dis);
    copy(full.grn, m.grn);
    copy(full.dem, m.dem);
    x[full.battKWh] = s.columnValues[m.battKWh];
    x[full.battKW] = s.columnValues[m.battKW];
    const HourlyInputs &h = p.hourly;
    for (int t = 0; t < T; ++t) {
        x[full.imp[t]] = s.columnValues[m.imp[t]] + s.columnValues[m.grn[t]];
        x[full.soc[t]] = p.battery.socMin * x[full.battKWh] + s.columnValues[m.soc[t]];
        double gen = h.fixedGenerationKWh.empty() ? 0 : h.fixedGenerationKWh[t];
        for (std::size_t i = 0; i < p.pv.size(); ++i)
            gen += p.pv[i].profileKWhPerKWp[t] * x[full.pv[i]];
        for (std::size_t j = 0; j < p.wind.size(); ++j)
            gen += p.wind[j].profileKWhPerTurbine[t] * x[full.wind[j]];
        const double cur = gen + x[full.imp[t]] + x[full.dis[t]] - x[full.ch[t]] - x[full.exp[t]] - h.loadKWh[t];
        x[full.cur[t]] = std::max(0.0, cur);
    }
    out.columnValues = std::move(x);
    std::vector<double> duals(full.rows.size(), 0.0);
    auto copyRows = [&](const std::vector<int> &to, const std::vector<int> &from) {
        for (std::size_t k = 0; k < to.size() && k < from.size(); ++k)
            if (from[k] >= 0)
                duals[to[k]] = s.rowDuals[from[k]];
    };
    for (auto [to, from] : {std::pair{&full.bal, &m.bal}, {&full.use, &m.use}, {&full.sdyn, &m.sdyn},
                            {&full.smax, &m.smax}, {&full.pch, &m.pch}, {&full.pdis, &m.pdis}, {&full.dmd, &m.dmd}})
        copyRows(*to, *from);
    copyRows({full.carbon, full.clean, full.greenCap}, {m.carbon, m.clean, m.greenCap});
    out.rowDuals = std::move(duals);
    return out;
}

} // namespace pz::optimizer
