// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/problem.h"

#include "optimizer/costs.h"

#include <array>
#include <cmath>
#include <string>

namespace pz::optimizer {

int monthOfHour(int hour)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int day = hour / 24;
    for (int m = 0; m < 12; ++m) {
        if (day < days[m])
            return m;
        day -= days[m];
    }
    return 11;
}

double annualConsumptionKWh(const OptimizerProblem &problem)
{
    double sum = 0;
    for (double l : problem.hourly.loadKWh)
        sum += l;
    return sum;
}

double energyUseTce(const OptimizerProblem &problem)
{
    return problem.carbon.kgcePerKWh * annualConsumptionKWh(problem) / 1000 + problem.carbon.otherEnergyTce;
}

int exportPriceClampedHours(const OptimizerProblem &problem)
{
    const HourlyInputs &h = problem.hourly;
    int count = 0;
    for (std::size_t t = 0; t < h.exportPriceCnyPerKWh.size() && t < h.importPriceCnyPerKWh.size(); ++t)
        if (h.exportPriceCnyPerKWh[t] > h.importPriceCnyPerKWh[t])
            ++count;
    return count;
}

namespace {

// Collects the problems of one problem, each "field: reason".
class Checker {
public:
    std::vector<std::string> problems;

    void add(const std::string &field, const std::string &reason) { problems.push_back(field + ": " + reason); }

    void nonNegative(const std::string &field, double value)
    {
        if (!std::isfinite(value))
            add(field, "is not a finite number");
        else if (value < 0)
            add(field, "must not be negative");
    }
    void positive(const std::string &field, double value)
    {
        if (!(std::isfinite(value) && value > 0))
            add(field, "must be greater than 0");
    }
    void range(const std::string &minField, double min, const std::string &maxField, double max)
    {
        nonNegative(minField, min);
        nonNegative(maxField, max);
        if (min > max)
            add(minField, "is above " + maxField);
    }
    void series(const std::string &field, const std::vector<double> &values, bool signFree = false)
    {
        if (values.size() != static_cast<std::size_t>(kHoursPerYear)) {
            add(field, "has " + std::to_string(values.size()) + " hours instead of 8760");
            return;
        }
        for (std::size_t t = 0; t < values.size(); ++t) {
            if (!std::isfinite(values[t]) || (!signFree && values[t] < 0)) {
                add(field, "hour " + std::to_string(t) + " is negative or not a finite number");
                return;
            }
        }
    }
};

void checkCandidates(const OptimizerProblem &p, Checker &c)
{
    for (const PvCandidate &pv : p.pv) {
        const std::string f = "pv " + pv.id + ".";
        c.range(f + "min_kWp", pv.minKWp, f + "max_kWp", pv.maxKWp);
        c.nonNegative(f + "capex_CNY_per_kWp", pv.capexCnyPerKWp);
        c.nonNegative(f + "om_CNY_per_kWp_yr", pv.omCnyPerKWpYr);
        c.positive(f + "life_years", pv.lifeYears);
        c.positive(f + "dc_ac_ratio", pv.dcAcRatio);
        c.nonNegative(f + "inverter_replacement_CNY_per_kWac", pv.inverterReplacementCnyPerKWac);
        c.positive(f + "inverter_life_years", pv.inverterLifeYears);
        c.nonNegative(f + "embodied_kg_per_kWp", pv.embodiedKgPerKWp);
        c.positive(f + "embodied_life_years", pv.embodiedLifeYears);
        c.series("pv:" + pv.id, pv.profileKWhPerKWp);
    }
    for (const WindCandidate &w : p.wind) {
        const std::string f = "wind " + w.id + ".";
        c.range(f + "min_count", w.minCount, f + "max_count", w.maxCount);
        c.positive(f + "rated_kW", w.ratedKW);
        c.nonNegative(f + "capex_CNY_per_kW", w.capexCnyPerKW);
        c.nonNegative(f + "om_CNY_per_kW_yr", w.omCnyPerKWYr);
        c.positive(f + "life_years", w.lifeYears);
        c.nonNegative(f + "embodied_kg_per_kW", w.embodiedKgPerKW);
        c.positive(f + "embodied_life_years", w.embodiedLifeYears);
        c.series("wind:" + w.id, w.profileKWhPerTurbine);
    }
}

void checkBattery(const OptimizerProblem &p, const CostCoefficients &costs, Checker &c)
{
    const BatteryCandidate &b = p.battery;
    c.range("battery.min_kWh", b.minKWh, "battery.max_kWh", b.maxKWh);
    c.range("battery.min_kW", b.minKW, "battery.max_kW", b.maxKW);
    if (!(b.roundTripEfficiency > 0 && b.roundTripEfficiency <= 1))
        c.add("battery.round_trip_efficiency", "must be in (0, 1]");
    if (!(b.socMin >= 0 && b.socMin < b.socMax && b.socMax <= 1))
        c.add("battery.soc_min", "the SOC window must satisfy 0 <= soc_min < soc_max <= 1");
    c.positive("battery.life_years", b.lifeYears);
    c.nonNegative("battery.replacement_factor", b.replacementFactor);
    c.nonNegative("battery.embodied_kg_per_kWh", b.embodiedKgPerKWh);
    c.positive("battery.embodied_life_years", b.embodiedLifeYears);
    if (b.maxKWh > 0 || b.maxKW > 0) {
        if (!(costs.batteryCnyPerKWhYr() > 0))
            c.add("battery.capex_CNY_per_kWh", "a battery may be built but its energy costs nothing, so its size is not unique");
        if (!(costs.batteryCnyPerKWYr() > 0))
            c.add("battery.capex_CNY_per_kW", "a battery may be built but its power costs nothing, so its size is not unique");
    }
}

} // namespace

std::vector<std::string> validateProblem(const OptimizerProblem &p)
{
    Checker c;
    if (!(p.economics.analysisYears >= 1))
        c.add("economics.analysis_years", "must be at least 1");
    if (!(p.economics.discountRate > -1 && std::isfinite(p.economics.discountRate)))
        c.add("economics.discount_rate", "must be a finite number above -1");
    const HourlyInputs &h = p.hourly;
    c.series("load_kWh", h.loadKWh);
    c.series("import_price_CNY_per_kWh", h.importPriceCnyPerKWh, true);
    c.series("export_price_CNY_per_kWh", h.exportPriceCnyPerKWh, true);
    c.series("grid_factor_kg_per_kWh", h.gridFactorKgPerKWh);
    if (!h.fixedGenerationKWh.empty())
        c.series("fixed_generation_kWh", h.fixedGenerationKWh);
    if (h.loadKWh.size() == static_cast<std::size_t>(kHoursPerYear) && !(annualConsumptionKWh(p) > 0))
        c.add("load_kWh", "there is no consumption");
    checkCandidates(p, c);
    checkBattery(p, costCoefficients(p), c);
    if (p.grid.exportLimitKW)
        c.nonNegative("grid.export_limit_kW", *p.grid.exportLimitKW);
    c.nonNegative("grid.green_premium_CNY_per_kWh", p.grid.greenPremiumCnyPerKWh);
    if (p.grid.greenMaxKWh)
        c.nonNegative("grid.green_max_kWh", *p.grid.greenMaxKWh);
    c.nonNegative("grid.demand_charge_CNY_per_kW_month", p.grid.demandChargeCnyPerKWMonth);
    c.nonNegative("carbon.threshold_tCO2_per_tce", p.carbon.thresholdTCO2PerTce);
    c.positive("carbon.kgce_per_kWh", p.carbon.kgcePerKWh);
    c.nonNegative("carbon.other_emissions_tCO2", p.carbon.otherEmissionsTCO2);
    c.nonNegative("carbon.other_energy_tce", p.carbon.otherEnergyTce);
    c.nonNegative("carbon.other_clean_tce", p.carbon.otherCleanTce);
    c.nonNegative("carbon.embodied_fixed_tCO2", p.carbon.embodiedFixedTCO2);
    if (p.carbon.cleanShareMin && !(*p.carbon.cleanShareMin >= 0 && *p.carbon.cleanShareMin <= 1))
        c.add("carbon.clean_share_min", "must be a fraction between 0 and 1");
    std::vector<std::string> ids;
    for (const PvCandidate &pv : p.pv)
        ids.push_back("pv " + pv.id);
    for (const WindCandidate &w : p.wind)
        ids.push_back("wind " + w.id);
    auto checkId = [&c](const std::string &kind, const std::string &id) {
        if (id.empty() || id.find_first_of(" \t\r\n") != std::string::npos)
            c.add(kind + " '" + id + "'", "the id must be given and must not contain blanks (it names the LP's columns)");
    };
    for (const PvCandidate &pv : p.pv)
        checkId("pv", pv.id);
    for (const WindCandidate &w : p.wind)
        checkId("wind", w.id);
    for (std::size_t a = 0; a < ids.size(); ++a)
        for (std::size_t b = a + 1; b < ids.size(); ++b)
            if (ids[a] == ids[b])
                c.add(ids[a], "the id is used twice");
    return c.problems;
}

} // namespace pz::optimizer
