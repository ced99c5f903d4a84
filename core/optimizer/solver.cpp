// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/solver.h"

#include "optimizer/costs.h"
#include "optimizer/diagnosis.h"
#include "optimizer/reducedlp.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>

namespace pz::optimizer {

namespace {

constexpr int T = kHoursPerYear;

double sum(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

std::vector<double> hourlyValues(const std::vector<int> &columns, const std::vector<double> &x)
{
    std::vector<double> v(columns.size());
    for (std::size_t t = 0; t < columns.size(); ++t)
        v[t] = x[columns[t]];
    return v;
}

void fillSizesAndDispatch(const OptimizerProblem &p, const LpModel &m, const std::vector<double> &x, OptimizerResult &r)
{
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        r.pvKWp.push_back(x[m.pv[i]]);
    for (std::size_t j = 0; j < p.wind.size(); ++j) {
        r.windTurbines.push_back(x[m.wind[j]]);
        r.windKW.push_back(x[m.wind[j]] * p.wind[j].ratedKW);
    }
    r.batteryKWh = x[m.battKWh];
    r.batteryKW = x[m.battKW];
    HourlyDispatch &h = r.hourly;
    h.loadKWh = p.hourly.loadKWh;
    h.fixedKWh = p.hourly.fixedGenerationKWh.empty() ? std::vector<double>(T, 0.0) : p.hourly.fixedGenerationKWh;
    h.pvKWh.assign(T, 0);
    h.windKWh.assign(T, 0);
    for (int t = 0; t < T; ++t) {
        for (std::size_t i = 0; i < p.pv.size(); ++i)
            h.pvKWh[t] += p.pv[i].profileKWhPerKWp[t] * r.pvKWp[i];
        for (std::size_t j = 0; j < p.wind.size(); ++j)
            h.windKWh[t] += p.wind[j].profileKWhPerTurbine[t] * r.windTurbines[j];
    }
    h.importKWh = hourlyValues(m.imp, x);
    h.exportKWh = hourlyValues(m.exp, x);
    h.curtailedKWh = hourlyValues(m.cur, x);
    h.chargeKWh = hourlyValues(m.ch, x);
    h.dischargeKWh = hourlyValues(m.dis, x);
    h.socKWh = hourlyValues(m.soc, x);
    h.greenKWh = hourlyValues(m.grn, x);
}

void fillPartsAndAnnual(const OptimizerProblem &p, OptimizerResult &r)
{
    const CostCoefficients c = costCoefficients(p);
    ObjectiveParts &o = r.parts;
    for (std::size_t i = 0; i < p.pv.size(); ++i) {
        o.pvCapex += c.pvCapexCnyPerKWpYr[i] * r.pvKWp[i];
        o.pvOm += c.pvOmCnyPerKWpYr[i] * r.pvKWp[i];
    }
    for (std::size_t j = 0; j < p.wind.size(); ++j) {
        o.windCapex += c.windCapexCnyPerTurbineYr[j] * r.windTurbines[j];
        o.windOm += c.windOmCnyPerTurbineYr[j] * r.windTurbines[j];
    }
    o.batteryCapex = c.batteryCapexCnyPerKWhYr * r.batteryKWh + c.batteryCapexCnyPerKWYr * r.batteryKW;
    o.batteryOm = c.batteryOmCnyPerKWhYr * r.batteryKWh + c.batteryOmCnyPerKWYr * r.batteryKW;
    const HourlyDispatch &h = r.hourly;
    AnnualSums &a = r.annual;
    a.monthlyPeakImportKW.fill(0);
    for (int t = 0; t < T; ++t) {
        const double pi = p.hourly.importPriceCnyPerKWh[t];
        o.gridEnergy += pi * h.importKWh[t];
        o.greenPremium += p.grid.greenPremiumCnyPerKWh * h.greenKWh[t];
        o.exportRevenue -= std::min(p.hourly.exportPriceCnyPerKWh[t], pi) * h.exportKWh[t];
        double &peak = a.monthlyPeakImportKW[monthOfHour(t)];
        peak = std::max(peak, h.importKWh[t]);
    }
    if (p.grid.demandChargeCnyPerKWMonth > 0)
        for (double peak : a.monthlyPeakImportKW)
            o.demandCharge += p.grid.demandChargeCnyPerKWMonth * peak;
    a.consumptionKWh = sum(h.loadKWh);
    a.pvGenerationKWh = sum(h.pvKWh);
    a.windGenerationKWh = sum(h.windKWh);
    a.fixedGenerationKWh = sum(h.fixedKWh);
    a.gridImportKWh = sum(h.importKWh);
    a.gridExportKWh = sum(h.exportKWh);
    a.curtailedKWh = sum(h.curtailedKWh);
    a.batteryChargeKWh = sum(h.chargeKWh);
    a.batteryDischargeKWh = sum(h.dischargeKWh);
    a.batteryLossesKWh = a.batteryChargeKWh - a.batteryDischargeKWh;   // the year is cyclic
    a.greenPowerKWh = sum(h.greenKWh);
}

void fillIndicator(const OptimizerProblem &p, OptimizerResult &r)
{
    const HourlyDispatch &h = r.hourly;
    IndicatorBlock &in = r.indicator;
    for (int t = 0; t < T; ++t) {
        const double f = p.hourly.gridFactorKgPerKWh[t] / 1000;
        in.emissionsLocationTCO2 += f * h.importKWh[t];
        in.emissionsMarketTCO2 += f * (h.importKWh[t] - h.greenKWh[t]);
    }
    if (p.carbon.includeEmbodied) {
        const CostCoefficients c = costCoefficients(p);
        double e = p.carbon.embodiedFixedTCO2 + c.batteryEmbodiedTPerKWhYr * r.batteryKWh;
        for (std::size_t i = 0; i < p.pv.size(); ++i)
            e += c.pvEmbodiedTPerKWpYr[i] * r.pvKWp[i];
        for (std::size_t j = 0; j < p.wind.size(); ++j)
            e += c.windEmbodiedTPerTurbineYr[j] * r.windTurbines[j];
        in.embodiedInNumeratorTCO2 = e;
    }
    in.otherEmissionsTCO2 = p.carbon.otherEmissionsTCO2;
    in.numeratorTCO2 = in.emissionsMarketTCO2 + in.embodiedInNumeratorTCO2 + in.otherEmissionsTCO2;
    in.energyUseTce = energyUseTce(p);
    in.intensityTCO2PerTce = in.numeratorTCO2 / in.energyUseTce;
    in.thresholdTCO2PerTce = p.carbon.thresholdTCO2PerTce;
    const AnnualSums &a = r.annual;
    const double ownUsed = a.consumptionKWh - a.gridImportKWh;
    in.cleanEnergySharePct =
        100 * ((ownUsed + a.greenPowerKWh) * p.carbon.kgcePerKWh / 1000 + p.carbon.otherCleanTce) / in.energyUseTce;
    in.selfSufficiencyPct = 100 * ownUsed / a.consumptionKWh;
}

void fillDuals(const OptimizerProblem &p, const LpModel &m, const LpSolution &s, OptimizerResult &r)
{
    // GLPK's row dual of a binding ≤ row of a minimisation is ≤ 0: −dual is −∂objective/∂rhs.
    auto derivative = [&](int row) { return row >= 0 ? -s.rowDuals[row] + 0.0 : 0.0; };
    r.duals.carbonCnyPerTCO2 = derivative(m.carbon);
    r.duals.thresholdCnyPerYrPerTCO2PerTce = r.duals.carbonCnyPerTCO2 * energyUseTce(p);
    if (m.clean >= 0)
        r.duals.cleanShareCnyPerKWh = derivative(m.clean);
    if (m.greenCap >= 0)
        r.duals.greenCapCnyPerKWh = derivative(m.greenCap);
}

bool atValue(double x, double bound)
{
    return std::abs(x - bound) <= 1e-9 * std::max(1.0, std::abs(bound));
}

void fillActiveBounds(const OptimizerProblem &p, const LpModel &m, OptimizerResult &r)
{
    auto check = [&](int column, double x, const char *minKey, const char *maxKey) {
        const LpColumn &c = m.columns[column];
        if (atValue(x, c.upper) && c.upper > c.lower)
            r.activeBounds.push_back(c.name + " at " + maxKey);
        else if (atValue(x, c.lower))
            r.activeBounds.push_back(c.name + " at " + minKey);
    };
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        check(m.pv[i], r.pvKWp[i], "min_kWp", "max_kWp");
    for (std::size_t j = 0; j < p.wind.size(); ++j)
        check(m.wind[j], r.windTurbines[j], "min_count", "max_count");
    check(m.battKWh, r.batteryKWh, "min_kWh", "max_kWh");
    check(m.battKW, r.batteryKW, "min_kW", "max_kW");
    if (p.grid.greenMaxKWh && *p.grid.greenMaxKWh > 0 && atValue(r.annual.greenPowerKWh, *p.grid.greenMaxKWh))
        r.activeBounds.push_back("greencap at green_max_kWh");
    if (p.grid.exportLimitKW) {
        int hours = 0;
        for (double e : r.hourly.exportKWh)
            hours += atValue(e, *p.grid.exportLimitKW) ? 1 : 0;
        if (hours > 0)
            r.activeBounds.push_back("exp_t at export_limit_kW in " + std::to_string(hours) + " hours");
    }
}

// The LP (or its faster equivalent) solved; the solution is always in the columns and rows of
// the exported LP `model`.
LpSolution solveModel(const OptimizerProblem &p, const LpModel &model, const SolveSettings &settings)
{
    if (!settings.exact)
        return solveEquivalent(p, model, settings.messages);
    LpSolveOptions options;
    options.messages = settings.messages;
    if (interiorPointApplies(p)) {
        const LpSolution fast = solveEquivalent(p, model, settings.messages);
        if (fast.status == SolveStatus::Optimal)
            options.start = fast.columnValues;
    }
    return solveLp(model, options);
}

// An interior-point run that stopped short of GLPK's tolerances is still an answer when its
// last iterate, restored to the LP, is feasible to 1e-7 and its gap is proven below 1e-6.
constexpr double kStoppedFeasibility = 1e-7, kStoppedGap = 1e-6;

// The reduced LP's solution (or a stopped run's iterate) in the LP's columns, with its gap.
LpSolution provenSolution(const OptimizerProblem &p, const LpModel &full, const ReducedLp &reduced,
                          const std::vector<int> &origin, LpSolution s)
{
    const double bound = lagrangianBound(p, reduced.model, origin, s.rowDuals);
    s = restoreSolution(p, full, reduced, s);
    s.provenGap = std::max(0.0, s.objective - bound) / std::max(1.0, std::abs(s.objective));
    return s;
}

// A stopped run's last iterate, restored, when it is feasible and its gap is proven small.
std::optional<LpSolution> acceptStopped(const OptimizerProblem &p, const LpModel &full, const ReducedLp &reduced,
                                        const std::vector<int> &origin, const LpSolution &s)
{
    LpSolution stopped;
    stopped.objective = s.stoppedIterate->objective;
    stopped.columnValues = s.stoppedIterate->columnValues;
    stopped.rowDuals = s.stoppedIterate->rowDuals;
    stopped.seconds = s.seconds;
    stopped = provenSolution(p, full, reduced, origin, std::move(stopped));
    if (*stopped.provenGap > kStoppedGap || largestRowViolation(full, stopped.columnValues) > kStoppedFeasibility)
        return std::nullopt;
    stopped.status = SolveStatus::Optimal;
    stopped.method = "interior point on an equivalent reduced LP, stopped at GLPK's numerical limit with its gap "
                     "proven (docs/optimizer.md)";
    return stopped;
}

} // namespace

bool interiorPointApplies(const OptimizerProblem &p)
{
    return p.battery.maxKWh > 0 && p.battery.maxKW > 0 && !p.options.integerTurbines;
}

LpSolution solveEquivalent(const OptimizerProblem &p, const LpModel &full, bool messages)
{
    LpSolveOptions options;
    options.messages = messages;
    if (interiorPointApplies(p)) {
        ReducedLp reduced = buildReducedLp(p, full);
        const std::vector<int> origin = chainSizeColumns(reduced.model);
        options.interior = true;
        // A run stopped by numerical trouble is an answer when its gap is proven; otherwise the
        // other ordering is tried.
        for (auto ordering : {LpSolveOptions::Ordering::Amd, LpSolveOptions::Ordering::Symamd}) {
            options.ordering = ordering;
            const LpSolution s = solveLp(reduced.model, options);
            if (s.status == SolveStatus::Optimal) {
                LpSolution out = provenSolution(p, full, reduced, origin, s);
                out.method = "interior point on an equivalent reduced LP (docs/optimizer.md)";
                return out;
            }
            if (!s.stoppedIterate)
                break;
            if (std::optional<LpSolution> out = acceptStopped(p, full, reduced, origin, s))
                return *out;
        }
        options.interior = false;
    }
    return solveLp(full, options);
}

OptimizerResult solveProblem(const OptimizerProblem &problem, const SolveSettings &settings)
{
    const auto start = std::chrono::steady_clock::now();
    OptimizerResult r;
    r.solve.mode = settings.exact ? "exact" : "fast";
    const std::vector<std::string> problems = validateProblem(problem);
    if (!problems.empty()) {
        for (const std::string &s : problems)
            r.message += (r.message.empty() ? "" : "; ") + s;
        return r;
    }
    r.solve.exportPriceClampedHours = exportPriceClampedHours(problem);
    const LpModel model = buildLp(problem);
    r.solve.rows = static_cast<int>(model.rows.size());
    r.solve.columns = static_cast<int>(model.columns.size());
    r.solve.nonZeros = static_cast<int>(model.entries.size());
    // The second solve of §16.7 runs beside the first, on the other core (GLPK keeps its state
    // per thread); it is silent so that the progress shows one solve's lines.
    std::future<LpSolution> without;
    if (settings.costWithoutCarbonRows)
        without = std::async(std::launch::async, [&problem, settings] {
            SolveSettings quiet = settings;
            quiet.messages = false;
            return solveModel(problem, buildLp(problem, LpBuildOptions{false, false, LpObjective::Cost}), quiet);
        });
    const LpSolution s = solveModel(problem, model, settings);
    r.solve.method = s.method;
    r.solve.lpRelaxationObjective = s.lpRelaxation;
    r.solve.provenGapRelative = s.provenGap;
    r.status = s.status;
    r.message = s.message;
    if (s.status == SolveStatus::Infeasible && settings.diagnose) {
        r.diagnosis = diagnose(problem);
        r.message = r.diagnosis->message;
    }
    if (s.status == SolveStatus::Optimal) {
        r.objectiveCnyPerYr = s.objective;
        fillSizesAndDispatch(problem, model, s.columnValues, r);
        fillPartsAndAnnual(problem, r);
        fillIndicator(problem, r);
        fillDuals(problem, model, s, r);
        fillActiveBounds(problem, model, r);
    }
    if (without.valid()) {
        const LpSolution second = without.get();
        if (s.status != SolveStatus::Error && second.status == SolveStatus::Optimal)
            r.costWithoutCarbonRowsCnyPerYr = second.objective;
    }
    r.solve.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace pz::optimizer
