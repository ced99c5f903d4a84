// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/lpmodel.h"

#include "optimizer/costs.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace pz::optimizer {

namespace {

constexpr int T = kHoursPerYear;

class Builder {
public:
    explicit Builder(LpModel &m) : m(m) {}

    int column(std::string name, double lower, double upper, double cost = 0, bool integer = false)
    {
        m.columns.push_back({std::move(name), lower, upper, cost, integer});
        return static_cast<int>(m.columns.size()) - 1;
    }
    int row(std::string name, RowSense sense, double rhs)
    {
        m.rows.push_back({std::move(name), sense, rhs});
        return static_cast<int>(m.rows.size()) - 1;
    }
    void set(int row, int column, double value)
    {
        if (value != 0 && row >= 0 && column >= 0)
            m.entries.push_back({row, column, value});
    }
    std::vector<int> hourlyColumns(const char *prefix, double upper = kInfinity)
    {
        std::vector<int> ids(T);
        for (int t = 0; t < T; ++t)
            ids[t] = column(prefix + std::to_string(t), 0, upper);
        return ids;
    }
    std::vector<int> hourlyRows(const char *prefix, RowSense sense)
    {
        std::vector<int> ids(T);
        for (int t = 0; t < T; ++t)
            ids[t] = row(prefix + std::to_string(t), sense, 0);
        return ids;
    }

    LpModel &m;
};

bool hasDemandCharge(const OptimizerProblem &p) { return p.grid.demandChargeCnyPerKWMonth > 0; }
bool hasGreenCap(const OptimizerProblem &p) { return p.grid.greenMaxKWh && *p.grid.greenMaxKWh > 0; }

void addColumns(const OptimizerProblem &p, Builder &b)
{
    LpModel &m = b.m;
    for (const PvCandidate &c : p.pv)
        m.pv.push_back(b.column("pv_" + c.id, c.minKWp, c.maxKWp));
    for (const WindCandidate &c : p.wind)
        m.wind.push_back(b.column("wind_" + c.id, c.minCount, c.maxCount, 0, p.options.integerTurbines));
    m.battKWh = b.column("batt_kwh", p.battery.minKWh, p.battery.maxKWh);
    m.battKW = b.column("batt_kw", p.battery.minKW, p.battery.maxKW);
    m.imp = b.hourlyColumns("imp_");
    m.exp = b.hourlyColumns("exp_", p.grid.exportLimitKW ? *p.grid.exportLimitKW : kInfinity);
    m.cur = b.hourlyColumns("cur_");
    m.ch = b.hourlyColumns("ch_");
    m.dis = b.hourlyColumns("dis_");
    m.soc = b.hourlyColumns("soc_");
    const bool noGreen = p.grid.greenMaxKWh && *p.grid.greenMaxKWh == 0;
    m.grn = b.hourlyColumns("grn_", noGreen ? 0 : kInfinity);
    if (hasDemandCharge(p))
        for (int month = 0; month < 12; ++month)
            m.dem.push_back(b.column("dem_" + std::to_string(month), 0, kInfinity));
}

void setCostObjective(const OptimizerProblem &p, LpModel &m)
{
    const CostCoefficients costs = costCoefficients(p);
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        m.columns[m.pv[i]].cost = costs.pvCnyPerKWpYr(i);
    for (std::size_t j = 0; j < p.wind.size(); ++j)
        m.columns[m.wind[j]].cost = costs.windCnyPerTurbineYr(j);
    m.columns[m.battKWh].cost = costs.batteryCnyPerKWhYr();
    m.columns[m.battKW].cost = costs.batteryCnyPerKWYr();
    const HourlyInputs &h = p.hourly;
    for (int t = 0; t < T; ++t) {
        m.columns[m.imp[t]].cost = h.importPriceCnyPerKWh[t];
        m.columns[m.grn[t]].cost = p.grid.greenPremiumCnyPerKWh;
        m.columns[m.exp[t]].cost = -std::min(h.exportPriceCnyPerKWh[t], h.importPriceCnyPerKWh[t]);
    }
    for (int d : m.dem)
        m.columns[d].cost = p.grid.demandChargeCnyPerKWMonth;
}

void addHourlyRows(const OptimizerProblem &p, Builder &b)
{
    LpModel &m = b.m;
    const HourlyInputs &h = p.hourly;
    const double eta = std::sqrt(p.battery.roundTripEfficiency);
    m.bal = b.hourlyRows("bal_", RowSense::Equal);
    m.use = b.hourlyRows("use_", RowSense::LessEqual);
    m.sdyn = b.hourlyRows("sdyn_", RowSense::Equal);
    m.smax = b.hourlyRows("smax_", RowSense::LessEqual);
    m.smin = b.hourlyRows("smin_", RowSense::LessEqual);
    m.pch = b.hourlyRows("pch_", RowSense::LessEqual);
    m.pdis = b.hourlyRows("pdis_", RowSense::LessEqual);
    m.gim = b.hourlyRows("gim_", RowSense::LessEqual);
    if (hasDemandCharge(p))
        m.dmd = b.hourlyRows("dmd_", RowSense::LessEqual);
    for (int t = 0; t < T; ++t) {
        const double fixed = h.fixedGenerationKWh.empty() ? 0 : h.fixedGenerationKWh[t];
        m.rows[m.bal[t]].rhs = h.loadKWh[t] - fixed;
        for (std::size_t i = 0; i < p.pv.size(); ++i)
            b.set(m.bal[t], m.pv[i], p.pv[i].profileKWhPerKWp[t]);
        for (std::size_t j = 0; j < p.wind.size(); ++j)
            b.set(m.bal[t], m.wind[j], p.wind[j].profileKWhPerTurbine[t]);
        b.set(m.bal[t], m.imp[t], 1);
        b.set(m.bal[t], m.dis[t], 1);
        b.set(m.bal[t], m.ch[t], -1);
        b.set(m.bal[t], m.exp[t], -1);
        b.set(m.bal[t], m.cur[t], -1);
        m.rows[m.use[t]].rhs = h.loadKWh[t];
        b.set(m.use[t], m.imp[t], 1);
        b.set(m.use[t], m.dis[t], 1);
        b.set(m.sdyn[t], m.soc[t], 1);
        b.set(m.sdyn[t], m.soc[(t + T - 1) % T], -1);
        b.set(m.sdyn[t], m.ch[t], -eta);
        b.set(m.sdyn[t], m.dis[t], 1 / eta);
        b.set(m.smax[t], m.soc[t], 1);
        b.set(m.smax[t], m.battKWh, -p.battery.socMax);
        b.set(m.smin[t], m.battKWh, p.battery.socMin);
        b.set(m.smin[t], m.soc[t], -1);
        b.set(m.pch[t], m.ch[t], 1);
        b.set(m.pch[t], m.battKW, -1);
        b.set(m.pdis[t], m.dis[t], 1);
        b.set(m.pdis[t], m.battKW, -1);
        b.set(m.gim[t], m.grn[t], 1);
        b.set(m.gim[t], m.imp[t], -1);
        if (!m.dmd.empty()) {
            b.set(m.dmd[t], m.imp[t], 1);
            b.set(m.dmd[t], m.dem[monthOfHour(t)], -1);
        }
    }
}

// The left side of `carbon` without its constants: Σ f/1000·(imp − g) [+ embodied terms].
void setCarbonTerms(const OptimizerProblem &p, Builder &b, int row)
{
    LpModel &m = b.m;
    for (int t = 0; t < T; ++t) {
        const double f = p.hourly.gridFactorKgPerKWh[t] / 1000;
        b.set(row, m.imp[t], f);
        b.set(row, m.grn[t], -f);
    }
    if (!p.carbon.includeEmbodied)
        return;
    const CostCoefficients costs = costCoefficients(p);
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        b.set(row, m.pv[i], costs.pvEmbodiedTPerKWpYr[i]);
    for (std::size_t j = 0; j < p.wind.size(); ++j)
        b.set(row, m.wind[j], costs.windEmbodiedTPerTurbineYr[j]);
    b.set(row, m.battKWh, costs.batteryEmbodiedTPerKWhYr);
}

void addSingleRows(const OptimizerProblem &p, const LpBuildOptions &o, Builder &b)
{
    LpModel &m = b.m;
    if (o.carbonRow) {
        m.carbon = b.row("carbon", RowSense::LessEqual, carbonRowRhs(p));
        // The entries are added in column order below, with the other rows.
    }
    if (o.cleanRow && p.carbon.cleanShareMin)
        m.clean = b.row("clean", RowSense::LessEqual, cleanRowRhs(p));
    if (hasGreenCap(p))
        m.greenCap = b.row("greencap", RowSense::LessEqual, *p.grid.greenMaxKWh);
    if (m.carbon >= 0)
        setCarbonTerms(p, b, m.carbon);
    for (int t = 0; t < T; ++t) {
        b.set(m.clean, m.imp[t], 1);
        b.set(m.clean, m.grn[t], -1);
        b.set(m.greenCap, m.grn[t], 1);
    }
}

// The diagnosis objectives of §16.10 replace the costs.
void setDiagnosisObjective(const OptimizerProblem &p, LpObjective objective, Builder &b)
{
    LpModel &m = b.m;
    for (LpColumn &c : m.columns)
        c.cost = 0;
    const int row = static_cast<int>(m.rows.size());
    m.rows.push_back({"objective", RowSense::LessEqual, 0});
    if (objective == LpObjective::CarbonNumerator) {
        setCarbonTerms(p, b, row);
        m.objectiveConstant = p.carbon.otherEmissionsTCO2 + (p.carbon.includeEmbodied ? p.carbon.embodiedFixedTCO2 : 0);
    } else {
        for (int t = 0; t < T; ++t) {
            b.set(row, m.imp[t], 1);
            b.set(row, m.grn[t], -1);
        }
    }
    m.rows.pop_back();
    // Move the temporary row's entries into the costs.
    auto split = std::stable_partition(m.entries.begin(), m.entries.end(), [row](const LpEntry &e) { return e.row != row; });
    for (auto it = split; it != m.entries.end(); ++it)
        m.columns[it->column].cost += it->value;
    m.entries.erase(split, m.entries.end());
}

} // namespace

double carbonRowRhs(const OptimizerProblem &p)
{
    const CarbonSettings &c = p.carbon;
    return c.thresholdTCO2PerTce * energyUseTce(p) - c.otherEmissionsTCO2 - (c.includeEmbodied ? c.embodiedFixedTCO2 : 0);
}

double cleanRowRhs(const OptimizerProblem &p)
{
    const CarbonSettings &c = p.carbon;
    const double sigma = c.cleanShareMin.value_or(0);
    return annualConsumptionKWh(p) - (sigma * energyUseTce(p) - c.otherCleanTce) * 1000 / c.kgcePerKWh;
}

LpModel buildLp(const OptimizerProblem &problem, const LpBuildOptions &options)
{
    LpModel m;
    m.name = problem.name.empty() ? std::string("parkzero") : problem.name;
    Builder b(m);
    addColumns(problem, b);
    addHourlyRows(problem, b);
    addSingleRows(problem, options, b);
    if (options.objective == LpObjective::Cost)
        setCostObjective(problem, m);
    else
        setDiagnosisObjective(problem, options.objective, b);
    return m;
}

double largestRowViolation(const LpModel &m, const std::vector<double> &x)
{
    std::vector<double> activity(m.rows.size(), 0.0), size(m.rows.size(), 0.0);
    for (const LpEntry &e : m.entries) {
        activity[e.row] += e.value * x[e.column];
        size[e.row] += std::abs(e.value * x[e.column]);
    }
    double worst = 0;
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const LpRow &row = m.rows[r];
        const double over = row.sense == RowSense::LessEqual ? activity[r] - row.rhs
            : row.sense == RowSense::GreaterEqual           ? row.rhs - activity[r]
                                                            : std::abs(activity[r] - row.rhs);
        worst = std::max(worst, over / (1 + std::abs(row.rhs) + size[r]));
    }
    return worst;
}

} // namespace pz::optimizer
