// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario comparison: which scenarios are best in a row (higher or lower better, ties all
// marked, neutral rows and rows where all scenarios are alike none, missing values never best); the rows of two simulated variants of
// the demo park, one with a ground PV field less, carry their results' numbers and mark the one
// with more PV best where more PV helps; the CSV has stable keys, C-locale numbers and quoted names.

#include "economics/lifecycle.h"
#include "engine/scenariocomparison.h"
#include "engine/simulation.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QtTest>

using namespace pz;

Q_DECLARE_METATYPE(pz::KpiDirection)

namespace {

using Values = std::vector<std::optional<double>>;

ObjectId firstPvField(const Park &park)
{
    for (const ParkObject &o : park.objects())
        if (kindOf(o) == ObjectKind::PvArray)
            return idOf(o);
    return 0;
}

// Two results that differ in a few KPIs, without a simulation.
std::vector<NamedResult> madeUp()
{
    NamedResult a{QStringLiteral("Base"), {}};
    a.result.ok = true;
    a.result.park.groundGenerationKWh = 1000.5;
    a.result.park.intensityTCO2PerTce = 0.25;
    a.result.park.zeroCarbon = false;
    NamedResult b{QStringLiteral("More PV, \"big\""), {}};
    b.result.ok = true;
    b.result.park.groundGenerationKWh = 2000.25;
    b.result.park.intensityTCO2PerTce = 0.125;
    b.result.park.zeroCarbon = true;
    return {a, b};
}

} // namespace

class TestScenarioComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void best_data();
    void best();
    void simulatedRows_data();
    void simulatedRows();
    void economicsRowsOnlyWithEconomics();
    void csv();

private:
    std::vector<NamedResult> m_simulated;  // "All PV", "Less PV"
};

void TestScenarioComparison::initTestCase()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    Park all = loaded.project->activePark();
    Park less = all;
    const int field = less.indexOf(firstPvField(less));
    QVERIFY(field >= 0);
    less.removeAt(field);
    SimulationOptions options;
    options.projectFilePath = pztest::demoParkPath();
    SimulationCache cache;
    m_simulated.push_back({QStringLiteral("All PV"), simulatePark(all, options, &cache)});
    m_simulated.push_back({QStringLiteral("Less PV"), simulatePark(less, options, &cache)});
    for (const NamedResult &s : m_simulated)
        QVERIFY2(s.result.ok, qPrintable(s.result.error));
    QVERIFY(m_simulated[1].result.park.groundKwp < m_simulated[0].result.park.groundKwp);
}

void TestScenarioComparison::best_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<KpiDirection>("direction");
    QTest::addColumn<std::vector<int>>("expected");
    QTest::newRow("higher") << Values{1.0, 3.0, 2.0} << KpiDirection::HigherBetter << std::vector<int>{1};
    QTest::newRow("lower") << Values{1.0, 3.0, 2.0} << KpiDirection::LowerBetter << std::vector<int>{0};
    QTest::newRow("negative lower") << Values{-1.0, 0.5} << KpiDirection::LowerBetter << std::vector<int>{0};
    QTest::newRow("tie") << Values{5.0, 2.0, 5.0} << KpiDirection::HigherBetter << std::vector<int>{0, 2};
    QTest::newRow("tie within rounding") << Values{0.1 + 0.2, 0.3, 0.5} << KpiDirection::LowerBetter
                                         << std::vector<int>{0, 1};
    QTest::newRow("all equal") << Values{7.0, 7.0} << KpiDirection::LowerBetter << std::vector<int>{};
    QTest::newRow("all equal within rounding") << Values{0.1 + 0.2, 0.3} << KpiDirection::HigherBetter
                                               << std::vector<int>{};
    QTest::newRow("one scenario") << Values{3.0} << KpiDirection::HigherBetter << std::vector<int>{};
    QTest::newRow("equal but one missing") << Values{2.0, std::nullopt, 2.0} << KpiDirection::HigherBetter
                                           << std::vector<int>{0, 2};
    QTest::newRow("neutral") << Values{1.0, 3.0} << KpiDirection::Neutral << std::vector<int>{};
    QTest::newRow("missing never best") << Values{std::nullopt, 4.0, 9.0} << KpiDirection::LowerBetter
                                        << std::vector<int>{1};
    QTest::newRow("none at all") << Values{std::nullopt, std::nullopt} << KpiDirection::HigherBetter
                                 << std::vector<int>{};
}

void TestScenarioComparison::best()
{
    QFETCH(Values, values);
    QFETCH(KpiDirection, direction);
    QFETCH(std::vector<int>, expected);
    QCOMPARE(bestIndices(values, direction), expected);
}

void TestScenarioComparison::simulatedRows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("allPv");
    QTest::addColumn<double>("lessPv");
    QTest::addColumn<std::vector<int>>("best");
    const ParkSummary &a = m_simulated[0].result.park, &b = m_simulated[1].result.park;
    QTest::newRow("ground PV") << "ground_generation_kWh" << a.groundGenerationKWh << b.groundGenerationKWh
                               << std::vector<int>{0};
    QTest::newRow("rooftop PV alike") << "rooftop_generation_kWh" << a.rooftopGenerationKWh << b.rooftopGenerationKWh
                                      << std::vector<int>{};
    QTest::newRow("total") << "annual_generation_kWh" << a.annualGenerationKWh << b.annualGenerationKWh
                           << std::vector<int>{0};
    QTest::newRow("consumption neutral") << "annual_consumption_kWh" << a.annualConsumptionKWh
                                         << b.annualConsumptionKWh << std::vector<int>{};
    QTest::newRow("self-sufficiency") << "self_sufficiency_pct" << a.selfSufficiencyPct << b.selfSufficiencyPct
                                      << std::vector<int>{0};
    QTest::newRow("indicator") << "intensity_tCO2_per_tce" << a.intensityTCO2PerTce << b.intensityTCO2PerTce
                               << std::vector<int>{0};
    QTest::newRow("import") << "grid_import_kWh" << a.gridImportKWh << b.gridImportKWh << std::vector<int>{0};
    QTest::newRow("net") << "net_tCO2e" << a.emissions.netT << b.emissions.netT << std::vector<int>{0};
    QTest::newRow("export neutral") << "grid_export_kWh" << a.gridExportKWh << b.gridExportKWh << std::vector<int>{};
}

void TestScenarioComparison::simulatedRows()
{
    QFETCH(QString, key);
    QFETCH(double, allPv);
    QFETCH(double, lessPv);
    QFETCH(std::vector<int>, best);
    const ScenarioComparison comparison = compareScenarios(m_simulated);
    QCOMPARE(comparison.scenarioNames, (QStringList{QStringLiteral("All PV"), QStringLiteral("Less PV")}));
    const ComparisonRow *row = comparison.row(key);
    QVERIFY(row);
    QCOMPARE(row->values.size(), std::size_t(2));
    QCOMPARE(*row->values[0], allPv);
    QCOMPARE(*row->values[1], lessPv);
    QCOMPARE(row->best, best);
    QVERIFY(!row->label.isEmpty());
    QVERIFY(!row->unit.isEmpty());
}

void TestScenarioComparison::economicsRowsOnlyWithEconomics()
{
    std::vector<NamedResult> scenarios = madeUp();
    QVERIFY(!compareScenarios(scenarios).row(QStringLiteral("npv_CNY")));
    auto e = std::make_shared<economics::EconomicsResult>();
    e->capexCNY = 5.0e6;
    e->npvCNY = 1.0e6;
    e->paybackYears = 7.5;
    scenarios[1].result.economics = e;
    const ScenarioComparison comparison = compareScenarios(scenarios);
    const ComparisonRow *npv = comparison.row(QStringLiteral("npv_CNY"));
    QVERIFY(npv);
    QVERIFY(!npv->values[0]);
    QCOMPARE(*npv->values[1], 1.0e6);
    QCOMPARE(npv->best, std::vector<int>{1});
    const ComparisonRow *lcoe = comparison.row(QStringLiteral("lcoe_CNY_per_kWh"));
    QVERIFY(lcoe && !lcoe->values[1] && lcoe->best.empty());
    QCOMPARE(*comparison.row(QStringLiteral("simple_payback_years"))->values[1], 7.5);
}

void TestScenarioComparison::csv()
{
    const ScenarioComparison comparison = compareScenarios(madeUp());
    const QList<QByteArray> lines = comparisonCsv(comparison).split('\n');
    QCOMPARE(lines.front(), QByteArray("key,Base,\"More PV, \"\"big\"\"\""));
    QCOMPARE(lines.size(), qsizetype(comparison.rows.size()) + 2);  // header, rows, the empty rest
    QVERIFY(lines.back().isEmpty());
    QVERIFY(lines.contains("ground_generation_kWh,1000.5,2000.25"));
    QVERIFY(lines.contains("intensity_tCO2_per_tce,0.25,0.125"));
    QVERIFY(lines.contains("zero_carbon_verdict,fail,pass"));
    // The first column is the keys, in the rows' order.
    for (std::size_t i = 0; i < comparison.rows.size(); ++i)
        QCOMPARE(lines[qsizetype(i) + 1].split(',').front(), comparison.rows[i].key.toLatin1());
    // Numbers never take a decimal comma, whatever the locale.
    QLocale::setDefault(QLocale(QLocale::German));
    QVERIFY(comparisonCsv(comparison).contains("1000.5,2000.25"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
