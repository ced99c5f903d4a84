// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scenariocomparison.h"

#include "economics/lifecycle.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>

namespace pz {

namespace {

using Value = std::optional<double>;
using Extract = std::function<Value(const SimulationResult &)>;

struct RowSpec {
    const char *key;
    QString label;
    const char *unit;
    KpiDirection direction;
    Extract value;
    bool verdict = false;
};

constexpr auto kHigher = KpiDirection::HigherBetter;
constexpr auto kLower = KpiDirection::LowerBetter;
constexpr auto kNeutral = KpiDirection::Neutral;

Extract park(double ParkSummary::*member)
{
    return [member](const SimulationResult &r) -> Value { return r.park.*member; };
}

Extract emissions(double EmissionsSummary::*member)
{
    return [member](const SimulationResult &r) -> Value { return r.park.emissions.*member; };
}

Extract economics(const std::function<Value(const economics::EconomicsResult &)> &get)
{
    return [get](const SimulationResult &r) -> Value { return r.economics ? get(*r.economics) : std::nullopt; };
}

std::vector<RowSpec> energySpecs()
{
    return {
        {"rooftop_generation_kWh", ScenarioComparisonText::tr("Rooftop PV generation"), "kWh", kHigher, park(&ParkSummary::rooftopGenerationKWh)},
        {"ground_generation_kWh", ScenarioComparisonText::tr("Ground PV generation"), "kWh", kHigher, park(&ParkSummary::groundGenerationKWh)},
        {"wind_generation_kWh", ScenarioComparisonText::tr("On-site wind generation"), "kWh", kHigher, park(&ParkSummary::windGenerationKWh)},
        {"offsite_generation_kWh", ScenarioComparisonText::tr("Off-site plants, delivered"), "kWh", kHigher, park(&ParkSummary::offsiteGenerationKWh)},
        {"annual_generation_kWh", ScenarioComparisonText::tr("Generation, total"), "kWh", kHigher, park(&ParkSummary::annualGenerationKWh)},
        {"annual_consumption_kWh", ScenarioComparisonText::tr("Consumption"), "kWh", kNeutral, park(&ParkSummary::annualConsumptionKWh)},
        {"self_sufficiency_pct", ScenarioComparisonText::tr("Self-sufficiency"), "%", kHigher, park(&ParkSummary::selfSufficiencyPct)},
        {"clean_energy_share_pct", ScenarioComparisonText::tr("Clean-energy share"), "%", kHigher, park(&ParkSummary::cleanEnergySharePct)},
        {"cfe_score_pct", ScenarioComparisonText::tr("Carbon-free energy (CFE)"), "%", kHigher, park(&ParkSummary::cfeScorePct)},
        {"intensity_tCO2_per_tce", ScenarioComparisonText::tr("Core indicator"), "tCO2/tce", kLower, park(&ParkSummary::intensityTCO2PerTce)},
        {"zero_carbon_verdict", ScenarioComparisonText::tr("Zero-carbon verdict"), "", kHigher,
         [](const SimulationResult &r) -> Value { return r.park.zeroCarbon ? 1.0 : 0.0; }, true},
        {"net_tCO2e", ScenarioComparisonText::tr("Net emissions, operational"), "tCO2e", kLower, emissions(&EmissionsSummary::netT)},
        {"net_with_embodied_tCO2e", ScenarioComparisonText::tr("Net emissions with embodied"), "tCO2e", kLower,
         emissions(&EmissionsSummary::netWithEmbodiedT)},
        {"grid_import_kWh", ScenarioComparisonText::tr("Grid import"), "kWh", kLower, park(&ParkSummary::gridImportKWh)},
        {"grid_export_kWh", ScenarioComparisonText::tr("Grid export"), "kWh", kNeutral, park(&ParkSummary::gridExportKWh)},
    };
}

std::vector<RowSpec> economicsSpecs()
{
    using E = economics::EconomicsResult;
    return {
        {"capex_CNY", ScenarioComparisonText::tr("Investment"), "CNY", kLower, economics([](const E &e) -> Value { return e.capexCNY; })},
        {"annual_bill_CNY", ScenarioComparisonText::tr("Energy bill, year 1"), "CNY", kLower,
         economics([](const E &e) -> Value { return e.billYear1.totalCNY; })},
        {"npv_CNY", ScenarioComparisonText::tr("Net present value"), "CNY", kHigher, economics([](const E &e) -> Value { return e.npvCNY; })},
        {"lcoe_CNY_per_kWh", ScenarioComparisonText::tr("Levelised cost of on-site generation"), "CNY/kWh", kLower,
         economics([](const E &e) { return e.lcoeCNYPerKWh; })},
        {"simple_payback_years", ScenarioComparisonText::tr("Simple payback"), "years", kLower,
         economics([](const E &e) { return e.paybackYears; })},
    };
}

bool tie(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), 1e-300});
}

ComparisonRow makeRow(const RowSpec &spec, const std::vector<NamedResult> &scenarios)
{
    ComparisonRow row;
    row.key = QLatin1String(spec.key);
    row.label = spec.label;
    row.unit = QLatin1String(spec.unit);
    row.direction = spec.direction;
    row.verdict = spec.verdict;
    for (const NamedResult &s : scenarios)
        row.values.push_back(spec.value(s.result));
    row.best = bestIndices(row.values, row.direction);
    return row;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvValue(const ComparisonRow &row, const Value &value)
{
    if (!value)
        return {};
    if (row.verdict)
        return *value > 0.5 ? QByteArrayLiteral("pass") : QByteArrayLiteral("fail");
    return QByteArray::number(*value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

bool ComparisonRow::isBest(int scenario) const
{
    return std::find(best.begin(), best.end(), scenario) != best.end();
}

const ComparisonRow *ScenarioComparison::row(const QString &key) const
{
    for (const ComparisonRow &r : rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

std::vector<int> bestIndices(const std::vector<std::optional<double>> &values, KpiDirection direction)
{
    if (direction == KpiDirection::Neutral)
        return {};
    std::optional<double> best;
    for (const Value &v : values)
        if (v && (!best || (direction == KpiDirection::HigherBetter ? *v > *best : *v < *best)))
            best = v;
    std::vector<int> indices;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (best && values[i] && tie(*values[i], *best))
            indices.push_back(int(i));
    // Every scenario alike: there is nothing to choose between.
    if (indices.size() == values.size())
        return {};
    return indices;
}

ScenarioComparison compareScenarios(const std::vector<NamedResult> &scenarios)
{
    ScenarioComparison comparison;
    for (const NamedResult &s : scenarios)
        comparison.scenarioNames << s.name;
    for (const RowSpec &spec : energySpecs())
        comparison.rows.push_back(makeRow(spec, scenarios));
    const bool anyEconomics = std::any_of(scenarios.begin(), scenarios.end(),
                                          [](const NamedResult &s) { return s.result.economics != nullptr; });
    if (anyEconomics)
        for (const RowSpec &spec : economicsSpecs())
            comparison.rows.push_back(makeRow(spec, scenarios));
    return comparison;
}

QByteArray comparisonCsv(const ScenarioComparison &comparison)
{
    QByteArray csv = "key";
    for (const QString &name : comparison.scenarioNames)
        csv += ',' + csvField(name);
    csv += '\n';
    for (const ComparisonRow &row : comparison.rows) {
        csv += row.key.toLatin1();
        for (const Value &value : row.values)
            csv += ',' + csvValue(row, value);
        csv += '\n';
    }
    return csv;
}

} // namespace pz
