// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenarios of a project side by side: one row per headline KPI (generation by source,
// consumption, the shares, the core indicator and its verdict, net emissions, grid exchange and,
// when computed, the economics), each with its unit, whether more is better, and which scenarios
// are best. Also written as CSV (parkzero-cli simulate --all-scenarios --compare-csv, the
// Comparison dock's export): one row per KPI under stable keys, one column per scenario.

#include "engine/simulationresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pz {

// One scenario's name with its result (ok).
struct NamedResult {
    QString name;
    SimulationResult result;
};

enum class KpiDirection { HigherBetter, LowerBetter, Neutral };

struct ComparisonRow {
    QString key;                               // stable, e.g. "self_sufficiency_pct" (the JSON's names)
    QString label;                             // translated
    QString unit;                              // "kWh", "%", "tCO2/tce", "CNY", … ("" for the verdict)
    KpiDirection direction = KpiDirection::Neutral;
    bool verdict = false;                      // 1 = pass, 0 = fail
    std::vector<std::optional<double>> values; // per scenario; none: not available for it
    std::vector<int> best;                     // indices of the best scenarios (bestIndices())

    bool isBest(int scenario) const;
};

struct ScenarioComparison {
    QStringList scenarioNames;
    std::vector<ComparisonRow> rows;

    // The row with this key, or null.
    const ComparisonRow *row(const QString &key) const;
};

class ScenarioComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(pz::ScenarioComparisonText)
public:
    static QString pass() { return tr("pass"); }
    static QString fail() { return tr("fail"); }
};

// The comparison of these scenarios, in their order. Economics rows only when at least one
// result has economics. Values within 1e-9 (relative) of each other tie.
ScenarioComparison compareScenarios(const std::vector<NamedResult> &scenarios);

// Indices of the best values of a row: all of a tie, none for a neutral row, and none when every
// scenario has the same value (nothing to choose between, e.g. a single scenario). A missing
// value is never best.
std::vector<int> bestIndices(const std::vector<std::optional<double>> &values, KpiDirection direction);

// key,<scenario 1>,<scenario 2>,… then one line per row: numbers in the C locale (shortest
// form that reads back exactly), the verdict as pass/fail, an empty cell where there is no value.
// Names are quoted where needed (RFC 4180); lines end in \n.
QByteArray comparisonCsv(const ScenarioComparison &comparison);

} // namespace pz
