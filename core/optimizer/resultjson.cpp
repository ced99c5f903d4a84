// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/resultjson.h"

#include "optimizer/costs.h"
#include "optimizer/mpswriter.h"

#include <QJsonArray>
#include <QString>

#include <cmath>

namespace pz::optimizer {

const char *statusKey(SolveStatus status)
{
    switch (status) {
    case SolveStatus::Optimal: return "optimal";
    case SolveStatus::Infeasible: return "infeasible";
    case SolveStatus::Error: break;
    }
    return "error";
}

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The scalar keys of §16.7 and their fields: one table for writing and reading.
template<typename T>
using KeyTable = std::initializer_list<std::pair<const char *, double T::*>>;

constexpr KeyTable<ObjectiveParts> kPartKeys{
    {"pv_capex", &ObjectiveParts::pvCapex},           {"pv_om", &ObjectiveParts::pvOm},
    {"wind_capex", &ObjectiveParts::windCapex},       {"wind_om", &ObjectiveParts::windOm},
    {"battery_capex", &ObjectiveParts::batteryCapex}, {"battery_om", &ObjectiveParts::batteryOm},
    {"grid_energy", &ObjectiveParts::gridEnergy},     {"demand_charge", &ObjectiveParts::demandCharge},
    {"green_premium", &ObjectiveParts::greenPremium}, {"export_revenue", &ObjectiveParts::exportRevenue}};

constexpr KeyTable<AnnualSums> kAnnualKeys{
    {"consumption_kWh", &AnnualSums::consumptionKWh},
    {"pv_generation_kWh", &AnnualSums::pvGenerationKWh},
    {"wind_generation_kWh", &AnnualSums::windGenerationKWh},
    {"fixed_generation_kWh", &AnnualSums::fixedGenerationKWh},
    {"grid_import_kWh", &AnnualSums::gridImportKWh},
    {"grid_export_kWh", &AnnualSums::gridExportKWh},
    {"curtailed_kWh", &AnnualSums::curtailedKWh},
    {"battery_charge_kWh", &AnnualSums::batteryChargeKWh},
    {"battery_discharge_kWh", &AnnualSums::batteryDischargeKWh},
    {"battery_losses_kWh", &AnnualSums::batteryLossesKWh},
    {"green_power_kWh", &AnnualSums::greenPowerKWh}};

constexpr KeyTable<IndicatorBlock> kIndicatorKeys{
    {"emissions_location_tCO2", &IndicatorBlock::emissionsLocationTCO2},
    {"emissions_market_tCO2", &IndicatorBlock::emissionsMarketTCO2},
    {"embodied_in_numerator_tCO2", &IndicatorBlock::embodiedInNumeratorTCO2},
    {"other_emissions_tCO2", &IndicatorBlock::otherEmissionsTCO2},
    {"numerator_tCO2", &IndicatorBlock::numeratorTCO2},
    {"energy_use_tce", &IndicatorBlock::energyUseTce},
    {"intensity_tCO2_per_tce", &IndicatorBlock::intensityTCO2PerTce},
    {"threshold_tCO2_per_tce", &IndicatorBlock::thresholdTCO2PerTce},
    {"clean_energy_share_pct", &IndicatorBlock::cleanEnergySharePct},
    {"self_sufficiency_pct", &IndicatorBlock::selfSufficiencyPct}};

template<typename T>
QJsonObject toJson(const T &value, KeyTable<T> keys)
{
    QJsonObject o;
    for (const auto &[key, field] : keys)
        o.insert(QLatin1String(key), value.*field);
    return o;
}

template<typename T>
T fromJson(const QJsonObject &o, KeyTable<T> keys)
{
    T value;
    for (const auto &[key, field] : keys)
        value.*field = o[QLatin1String(key)].toDouble();
    return value;
}

QJsonObject partsJson(const ObjectiveParts &o)
{
    return toJson(o, kPartKeys);
}

QJsonObject sizesJson(const OptimizerProblem &p, const OptimizerResult &r)
{
    QJsonObject pv, turbines, kw;
    for (std::size_t i = 0; i < p.pv.size() && i < r.pvKWp.size(); ++i)
        pv.insert(qs(p.pv[i].id), r.pvKWp[i]);
    for (std::size_t j = 0; j < p.wind.size() && j < r.windTurbines.size(); ++j) {
        turbines.insert(qs(p.wind[j].id), r.windTurbines[j]);
        kw.insert(qs(p.wind[j].id), r.windKW[j]);
    }
    return {{"pv_kWp", pv}, {"wind_turbines", turbines}, {"wind_kW", kw}, {"battery_kWh", r.batteryKWh},
            {"battery_kW", r.batteryKW}};
}

QJsonObject annualJson(const AnnualSums &a)
{
    QJsonArray peaks;
    for (double peak : a.monthlyPeakImportKW)
        peaks.append(peak);
    QJsonObject o = toJson(a, kAnnualKeys);
    o.insert("monthly_peak_import_kW", peaks);
    return o;
}

QJsonObject indicatorJson(const IndicatorBlock &i)
{
    return toJson(i, kIndicatorKeys);
}

// The constants of §16.2: the annualised cost and embodied carbon per unit of each candidate.
QJsonObject constantsJson(const OptimizerProblem &p)
{
    const CostCoefficients c = costCoefficients(p);
    QJsonObject pv, wind;
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        pv.insert(qs(p.pv[i].id), QJsonObject{{"capex_CNY_per_kWp_yr", c.pvCapexCnyPerKWpYr[i]},
                                               {"om_CNY_per_kWp_yr", c.pvOmCnyPerKWpYr[i]},
                                               {"embodied_tCO2_per_kWp_yr", c.pvEmbodiedTPerKWpYr[i]}});
    for (std::size_t j = 0; j < p.wind.size(); ++j)
        wind.insert(qs(p.wind[j].id), QJsonObject{{"capex_CNY_per_turbine_yr", c.windCapexCnyPerTurbineYr[j]},
                                                  {"om_CNY_per_turbine_yr", c.windOmCnyPerTurbineYr[j]},
                                                  {"embodied_tCO2_per_turbine_yr", c.windEmbodiedTPerTurbineYr[j]}});
    return {{"crf", c.crf}, {"pv", pv}, {"wind", wind},
            {"battery", QJsonObject{{"capex_CNY_per_kWh_yr", c.batteryCapexCnyPerKWhYr},
                                    {"capex_CNY_per_kW_yr", c.batteryCapexCnyPerKWYr},
                                    {"om_CNY_per_kWh_yr", c.batteryOmCnyPerKWhYr},
                                    {"om_CNY_per_kW_yr", c.batteryOmCnyPerKWYr},
                                    {"embodied_tCO2_per_kWh_yr", c.batteryEmbodiedTPerKWhYr}}},
            {"energy_use_tce", energyUseTce(p)}, {"export_price_clamped_hours", exportPriceClampedHours(p)}};
}

QJsonObject solveJson(const SolveInfo &s)
{
    return {{"solver", qs(s.solver)}, {"method", qs(s.method)}, {"mode", qs(s.mode)}, {"rows", s.rows},
            {"cols", s.columns}, {"nonzeros", s.nonZeros}, {"time_s", s.seconds},
            {"export_price_clamped_hours", s.exportPriceClampedHours},
            {"proven_gap_relative", optionalNumber(s.provenGapRelative)},
            {"lp_relaxation_objective_CNY_per_yr", optionalNumber(s.lpRelaxationObjective)}};
}

} // namespace

QJsonObject resultToJson(const OptimizerProblem &p, const OptimizerResult &r)
{
    QJsonObject o{{"status", statusKey(r.status)}, {"message", qs(r.message)}, {"solve", solveJson(r.solve)}};
    if (r.status == SolveStatus::Error)
        return o;
    o.insert("constants", constantsJson(p));
    o.insert("cost_without_carbon_rows_CNY_per_yr", optionalNumber(r.costWithoutCarbonRowsCnyPerYr));
    if (r.diagnosis) {
        const Diagnosis &d = *r.diagnosis;
        o.insert("diagnosis", QJsonObject{{"best_intensity_tCO2_per_tce", optionalNumber(d.bestIntensityTCO2PerTce)},
                                          {"best_clean_share_pct", optionalNumber(d.bestCleanSharePct)},
                                          {"violated", qs(d.violated)}, {"message", qs(d.message)}});
    }
    if (r.status != SolveStatus::Optimal)
        return o;
    o.insert("objective_CNY_per_yr", r.objectiveCnyPerYr);
    o.insert("objective_parts_CNY_per_yr", partsJson(r.parts));
    o.insert("lower_bounds_CNY_per_yr", lowerBoundsCostCnyPerYr(p));
    o.insert("sizes", sizesJson(p, r));
    o.insert("annual", annualJson(r.annual));
    o.insert("indicator", indicatorJson(r.indicator));
    o.insert("duals", QJsonObject{{"carbon_CNY_per_tCO2", r.duals.carbonCnyPerTCO2},
                                  {"threshold_CNY_per_yr_per_tCO2_per_tce", r.duals.thresholdCnyPerYrPerTCO2PerTce},
                                  {"clean_share_CNY_per_kWh", optionalNumber(r.duals.cleanShareCnyPerKWh)},
                                  {"green_cap_CNY_per_kWh", optionalNumber(r.duals.greenCapCnyPerKWh)}});
    QJsonArray bounds;
    for (const std::string &b : r.activeBounds)
        bounds.append(qs(b));
    o.insert("active_bounds", bounds);
    return o;
}

namespace {

std::optional<double> readOptional(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

ObjectiveParts partsFromJson(const QJsonObject &o)
{
    return fromJson(o, kPartKeys);
}

AnnualSums annualFromJson(const QJsonObject &o)
{
    AnnualSums a = fromJson(o, kAnnualKeys);
    const QJsonArray peaks = o["monthly_peak_import_kW"].toArray();
    for (qsizetype m = 0; m < peaks.size() && m < 12; ++m)
        a.monthlyPeakImportKW[static_cast<std::size_t>(m)] = peaks[m].toDouble();
    return a;
}

IndicatorBlock indicatorFromJson(const QJsonObject &o)
{
    return fromJson(o, kIndicatorKeys);
}

SolveInfo solveFromJson(const QJsonObject &o)
{
    SolveInfo s;
    s.solver = o["solver"].toString().toStdString();
    s.method = o["method"].toString().toStdString();
    s.mode = o["mode"].toString().toStdString();
    s.rows = o["rows"].toInt();
    s.columns = o["cols"].toInt();
    s.nonZeros = o["nonzeros"].toInt();
    s.seconds = o["time_s"].toDouble();
    s.exportPriceClampedHours = o["export_price_clamped_hours"].toInt();
    s.provenGapRelative = readOptional(o["proven_gap_relative"]);
    s.lpRelaxationObjective = readOptional(o["lp_relaxation_objective_CNY_per_yr"]);
    return s;
}

// One size per candidate, in the problem's order; false when a value is not a number.
template<typename Candidates>
bool sizesFromJson(const QJsonObject &o, const Candidates &candidates, std::vector<double> *out)
{
    out->assign(candidates.size(), 0.0);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const QJsonValue v = o[qs(candidates[i].id)];
        if (v.isUndefined())
            continue;
        if (!v.isDouble())
            return false;
        (*out)[i] = v.toDouble();
    }
    return true;
}

} // namespace

bool resultFromJson(const QJsonObject &json, const OptimizerProblem &p, OptimizerResult *r, std::string *error)
{
    const auto failWith = [error](const char *why) {
        if (error)
            *error = why;
        return false;
    };
    const QString status = json["status"].toString();
    *r = OptimizerResult();
    if (status == QLatin1String("optimal"))
        r->status = SolveStatus::Optimal;
    else if (status == QLatin1String("infeasible"))
        r->status = SolveStatus::Infeasible;
    else if (status == QLatin1String("error"))
        r->status = SolveStatus::Error;
    else
        return failWith("no optimizer status (optimal, infeasible or error)");
    r->message = json["message"].toString().toStdString();
    r->solve = solveFromJson(json["solve"].toObject());
    r->costWithoutCarbonRowsCnyPerYr = readOptional(json["cost_without_carbon_rows_CNY_per_yr"]);
    if (json.contains("diagnosis")) {
        const QJsonObject d = json["diagnosis"].toObject();
        r->diagnosis = Diagnosis{d["best_intensity_tCO2_per_tce"].toDouble(),
                                 readOptional(d["best_clean_share_pct"]), d["violated"].toString().toStdString(),
                                 d["message"].toString().toStdString()};
    }
    if (r->status != SolveStatus::Optimal)
        return true;
    r->objectiveCnyPerYr = json["objective_CNY_per_yr"].toDouble();
    r->parts = partsFromJson(json["objective_parts_CNY_per_yr"].toObject());
    const QJsonObject sizes = json["sizes"].toObject();
    if (!sizesFromJson(sizes["pv_kWp"].toObject(), p.pv, &r->pvKWp)
        || !sizesFromJson(sizes["wind_turbines"].toObject(), p.wind, &r->windTurbines)
        || !sizesFromJson(sizes["wind_kW"].toObject(), p.wind, &r->windKW))
        return failWith("a size is not a number");
    r->batteryKWh = sizes["battery_kWh"].toDouble();
    r->batteryKW = sizes["battery_kW"].toDouble();
    r->annual = annualFromJson(json["annual"].toObject());
    r->indicator = indicatorFromJson(json["indicator"].toObject());
    const QJsonObject duals = json["duals"].toObject();
    r->duals.carbonCnyPerTCO2 = duals["carbon_CNY_per_tCO2"].toDouble();
    r->duals.thresholdCnyPerYrPerTCO2PerTce = duals["threshold_CNY_per_yr_per_tCO2_per_tce"].toDouble();
    r->duals.cleanShareCnyPerKWh = readOptional(duals["clean_share_CNY_per_kWh"]);
    r->duals.greenCapCnyPerKWh = readOptional(duals["green_cap_CNY_per_kWh"]);
    for (const QJsonValue &b : json["active_bounds"].toArray())
        r->activeBounds.push_back(b.toString().toStdString());
    return true;
}

QByteArray hourlyDispatchCsv(const OptimizerProblem &p, const OptimizerResult &r)
{
    const HourlyDispatch &h = r.hourly;
    std::string out = "hour,time_local_standard,consumption_kwh,generation_kwh,pv_generation_kwh,wind_generation_kwh,"
                      "fixed_generation_kwh,battery_charge_kwh,battery_discharge_kwh,battery_soc_kwh,grid_import_kwh,"
                      "grid_export_kwh,curtailed_kwh,green_power_kwh,emissions_kg,tariff_price_cny_per_kwh\n";
    if (h.importKWh.size() != static_cast<std::size_t>(kHoursPerYear))
        return QByteArray::fromStdString(out);
    for (int t = 0; t < kHoursPerYear; ++t) {
        const double gen = h.pvKWh[t] + h.windKWh[t] + h.fixedKWh[t];
        const double emissionsKg = p.hourly.gridFactorKgPerKWh[t] * (h.importKWh[t] - h.greenKWh[t]);
        out += std::to_string(t) + ',';
        if (static_cast<std::size_t>(t) < p.hourly.timeLocalStandard.size())
            out += p.hourly.timeLocalStandard[t];
        for (double v : {h.loadKWh[t], gen, h.pvKWh[t], h.windKWh[t], h.fixedKWh[t], h.chargeKWh[t], h.dischargeKWh[t],
                         h.socKWh[t], h.importKWh[t], h.exportKWh[t], h.curtailedKWh[t], h.greenKWh[t], emissionsKg,
                         p.hourly.importPriceCnyPerKWh[t]})
            out += ',' + shortestNumber(v);
        out += '\n';
    }
    return QByteArray::fromStdString(out);
}

} // namespace pz::optimizer
