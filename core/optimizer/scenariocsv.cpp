// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/mpswriter.h"
#include "optimizer/scenarioparts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace pz::optimizer {

namespace {

// Where each series goes, by column name.
struct CsvTarget {
    std::string column;
    std::vector<double> *values = nullptr;
    bool required = true;
};

std::vector<CsvTarget> csvTargets(OptimizerProblem &p)
{
    HourlyInputs &h = p.hourly;
    std::vector<CsvTarget> targets = {{"load_kWh", &h.loadKWh},
                                      {"import_price_CNY_per_kWh", &h.importPriceCnyPerKWh},
                                      {"export_price_CNY_per_kWh", &h.exportPriceCnyPerKWh},
                                      {"grid_factor_kg_per_kWh", &h.gridFactorKgPerKWh},
                                      {"fixed_generation_kWh", &h.fixedGenerationKWh, false}};
    for (PvCandidate &c : p.pv)
        targets.push_back({"pv:" + c.id, &c.profileKWhPerKWp});
    for (WindCandidate &c : p.wind)
        targets.push_back({"wind:" + c.id, &c.profileKWhPerTurbine});
    return targets;
}

std::vector<std::string_view> splitLine(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos)
            return fields;
        start = comma + 1;
    }
}

bool parseNumber(std::string_view text, double *value)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '"'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\r'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto r = std::from_chars(text.data(), text.data() + text.size(), *value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size() && std::isfinite(*value);
}

// Maps the header to the targets: index into fields per target (−1: absent).
bool mapHeader(const std::vector<std::string_view> &header, std::vector<CsvTarget> &targets, std::vector<int> &index,
               int *hourIndex, int *timeIndex, QString *error)
{
    index.assign(targets.size(), -1);
    *hourIndex = *timeIndex = -1;
    for (int f = 0; f < static_cast<int>(header.size()); ++f) {
        std::string name(header[f]);
        while (!name.empty() && (name.back() == '\r' || name.back() == ' '))
            name.pop_back();
        if (name == "hour")
            *hourIndex = f;
        if (name == "time_local_standard")
            *timeIndex = f;
        for (std::size_t k = 0; k < targets.size(); ++k)
            if (targets[k].column == name)
                index[k] = f;
    }
    if (*hourIndex < 0) {
        *error = QStringLiteral("line 1: no column hour");
        return false;
    }
    for (std::size_t k = 0; k < targets.size(); ++k) {
        if (index[k] < 0 && targets[k].required) {
            *error = QStringLiteral("line 1: no column %1").arg(QString::fromStdString(targets[k].column));
            return false;
        }
        if (index[k] >= 0)
            targets[k].values->assign(kHoursPerYear, 0);
        else
            targets[k].values->clear();
    }
    return true;
}

} // namespace

bool readScenarioCsv(const QByteArray &bytes, OptimizerProblem &problem, QString *error)
{
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    std::vector<CsvTarget> targets = csvTargets(problem);
    std::vector<int> index;
    int hourIndex = -1, timeIndex = -1, line = 0, rows = 0;
    problem.hourly.timeLocalStandard.clear();
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view row = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++line;
        if (row.empty() || row == "\r")
            continue;
        const std::vector<std::string_view> fields = splitLine(row);
        if (line == 1) {
            if (!mapHeader(fields, targets, index, &hourIndex, &timeIndex, error))
                return false;
            continue;
        }
        if (rows >= kHoursPerYear) {
            *error = QStringLiteral("line %1: more than 8760 hours").arg(line);
            return false;
        }
        double hour = -1;
        if (hourIndex >= static_cast<int>(fields.size()) || !parseNumber(fields[hourIndex], &hour) || hour != rows) {
            *error = QStringLiteral("line %1: column hour: expected hour %2").arg(line).arg(rows);
            return false;
        }
        for (std::size_t k = 0; k < targets.size(); ++k) {
            if (index[k] < 0)
                continue;
            if (index[k] >= static_cast<int>(fields.size()) || !parseNumber(fields[index[k]], &(*targets[k].values)[rows])) {
                *error = QStringLiteral("line %1: column %2: not a number").arg(line).arg(QString::fromStdString(targets[k].column));
                return false;
            }
        }
        if (timeIndex >= 0 && timeIndex < static_cast<int>(fields.size()))
            problem.hourly.timeLocalStandard.emplace_back(fields[timeIndex]);
        ++rows;
    }
    if (rows != kHoursPerYear) {
        *error = QStringLiteral("line %1: %2 hours instead of 8760").arg(line).arg(rows);
        return false;
    }
    return true;
}

QByteArray scenarioCsv(const OptimizerProblem &problem)
{
    OptimizerProblem &p = const_cast<OptimizerProblem &>(problem);   // csvTargets only reads here
    std::vector<CsvTarget> targets = csvTargets(p);
    std::string out = "hour,time_local_standard";
    for (const CsvTarget &target : targets)
        if (target.required || !target.values->empty())
            out += ',' + target.column;
    out += '\n';
    for (int t = 0; t < kHoursPerYear; ++t) {
        out += std::to_string(t) + ',';
        if (static_cast<std::size_t>(t) < p.hourly.timeLocalStandard.size())
            out += p.hourly.timeLocalStandard[t];
        for (const CsvTarget &target : targets)
            if (target.required || !target.values->empty())
                out += ',' + shortestNumber(static_cast<std::size_t>(t) < target.values->size() ? (*target.values)[t] : 0);
        out += '\n';
    }
    return QByteArray::fromStdString(out);
}

namespace {

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject pvJson(const PvCandidate &c)
{
    return {{"id", QString::fromStdString(c.id)}, {"name", QString::fromStdString(c.name)},
            {"kind", c.kind == PvKind::Rooftop ? "rooftop" : "ground"}, {"min_kWp", c.minKWp}, {"max_kWp", c.maxKWp},
            {"capex_CNY_per_kWp", c.capexCnyPerKWp}, {"om_CNY_per_kWp_yr", c.omCnyPerKWpYr}, {"life_years", c.lifeYears},
            {"dc_ac_ratio", c.dcAcRatio}, {"inverter_replacement_CNY_per_kWac", c.inverterReplacementCnyPerKWac},
            {"inverter_life_years", c.inverterLifeYears}, {"embodied_kg_per_kWp", c.embodiedKgPerKWp},
            {"embodied_life_years", c.embodiedLifeYears}};
}

QJsonObject windJson(const WindCandidate &c)
{
    QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(c.info)).object();
    const QJsonObject keys = {{"id", QString::fromStdString(c.id)}, {"name", QString::fromStdString(c.name)},
                              {"rated_kW", c.ratedKW}, {"min_count", c.minCount}, {"max_count", c.maxCount},
                              {"capex_CNY_per_kW", c.capexCnyPerKW}, {"om_CNY_per_kW_yr", c.omCnyPerKWYr},
                              {"life_years", c.lifeYears}, {"embodied_kg_per_kW", c.embodiedKgPerKW},
                              {"embodied_life_years", c.embodiedLifeYears}};
    for (auto it = keys.begin(); it != keys.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject batteryJson(const BatteryCandidate &b)
{
    return {{"min_kWh", b.minKWh}, {"max_kWh", b.maxKWh}, {"min_kW", b.minKW}, {"max_kW", b.maxKW},
            {"round_trip_efficiency", b.roundTripEfficiency}, {"soc_min", b.socMin}, {"soc_max", b.socMax},
            {"capex_CNY_per_kWh", b.capexCnyPerKWh}, {"capex_CNY_per_kW", b.capexCnyPerKW},
            {"om_CNY_per_kWh_yr", b.omCnyPerKWhYr}, {"om_CNY_per_kW_yr", b.omCnyPerKWYr}, {"life_years", b.lifeYears},
            {"replacement_factor", b.replacementFactor}, {"embodied_kg_per_kWh", b.embodiedKgPerKWh},
            {"embodied_life_years", b.embodiedLifeYears}};
}

} // namespace

QJsonObject scenarioJson(const OptimizerProblem &p, const QString &csvFileName)
{
    QJsonArray pv, wind;
    for (const PvCandidate &c : p.pv)
        pv.append(pvJson(c));
    for (const WindCandidate &c : p.wind)
        wind.append(windJson(c));
    const CarbonSettings &c = p.carbon;
    return {{"format", "parkzero-optimizer-scenario"}, {"format_version", 1}, {"name", QString::fromStdString(p.name)},
            {"profiles", csvFileName},
            {"economics", QJsonObject{{"discount_rate", p.economics.discountRate}, {"analysis_years", p.economics.analysisYears}}},
            {"pv", pv}, {"wind", wind}, {"battery", batteryJson(p.battery)},
            {"grid", QJsonObject{{"export_limit_kW", nullable(p.grid.exportLimitKW)},
                                 {"green_premium_CNY_per_kWh", p.grid.greenPremiumCnyPerKWh},
                                 {"green_max_kWh", nullable(p.grid.greenMaxKWh)},
                                 {"demand_charge_CNY_per_kW_month", p.grid.demandChargeCnyPerKWMonth}}},
            {"carbon", QJsonObject{{"threshold_tCO2_per_tce", c.thresholdTCO2PerTce}, {"kgce_per_kWh", c.kgcePerKWh},
                                   {"other_emissions_tCO2", c.otherEmissionsTCO2}, {"other_energy_tce", c.otherEnergyTce},
                                   {"other_clean_tce", c.otherCleanTce}, {"include_embodied", c.includeEmbodied},
                                   {"embodied_fixed_tCO2", c.embodiedFixedTCO2},
                                   {"clean_share_min", nullable(c.cleanShareMin)}}},
            {"options", QJsonObject{{"integer_turbines", p.options.integerTurbines}}}};
}

} // namespace pz::optimizer
