// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's background runs: every scenario of a request gets the result a cold
// simulatePark() of its park gives; asking again for unchanged parks runs nothing; a changed
// park runs only that scenario; a newer request supersedes an older one still running.

#include "engine/scenariorunner.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pz;

namespace {

Park smallPark(double fieldWidthM)
{
    Park park;
    Building hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{0, 0}, {60, 0}, {60, 30}, {0, 30}};
    hall.heightM = 10;
    park.append(hall);
    PvArray field;
    field.id = 2;
    field.name = QStringLiteral("Field");
    field.outline = {{0, 60}, {fieldWidthM, 60}, {fieldWidthM, 120}, {0, 120}};
    park.append(field);
    return park;
}

std::vector<Scenario> scenarios(double secondWidthM)
{
    return {{QStringLiteral("s1"), QStringLiteral("Base"), QString(), smallPark(80)},
            {QStringLiteral("s2"), QStringLiteral("Wide"), QString(), smallPark(secondWidthM)}};
}

double generation(const ScenarioRunner &runner, const QString &id)
{
    const SimulationResult *r = runner.result(id);
    return r ? r->park.annualGenerationKWh : -1.0;
}

} // namespace

class TestScenarioRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptAndRun_data();
    void keptAndRun();
    void newestRequestWins();
};

void TestScenarioRunner::keptAndRun_data()
{
    QTest::addColumn<double>("secondWidthM");
    QTest::addColumn<int>("runsAfterRepeat");
    QTest::newRow("same parks again") << 200.0 << 2;
    QTest::newRow("second park changed") << 150.0 << 3;
}

void TestScenarioRunner::keptAndRun()
{
    QFETCH(double, secondWidthM);
    QFETCH(int, runsAfterRepeat);
    ScenarioRunner runner;
    QSignalSpy changed(&runner, &ScenarioRunner::resultsChanged);
    runner.request(scenarios(200), SimulationOptions{});
    QVERIFY(runner.isBusy());
    QVERIFY(!runner.result(QStringLiteral("s1")));
    QVERIFY(runner.waitForResults(120000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(runner.runs(), 2);
    for (const Scenario &s : scenarios(200))
        QCOMPARE(generation(runner, s.id), simulatePark(s.park, SimulationOptions{}).park.annualGenerationKWh);
    QVERIFY(generation(runner, QStringLiteral("s2")) > generation(runner, QStringLiteral("s1")));

    runner.request(scenarios(secondWidthM), SimulationOptions{});
    QVERIFY(runner.waitForResults(120000));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(runner.runs(), runsAfterRepeat);
    QCOMPARE(generation(runner, QStringLiteral("s2")),
             simulatePark(smallPark(secondWidthM), SimulationOptions{}).park.annualGenerationKWh);
    // A scenario no longer asked for has no result.
    runner.request({scenarios(200).front()}, SimulationOptions{});
    QVERIFY(runner.waitForResults(120000));
    QVERIFY(!runner.result(QStringLiteral("s2")));
}

void TestScenarioRunner::newestRequestWins()
{
    ScenarioRunner runner;
    QSignalSpy changed(&runner, &ScenarioRunner::resultsChanged);
    runner.request(scenarios(200), SimulationOptions{});
    runner.request(scenarios(120), SimulationOptions{});
    QVERIFY(runner.waitForResults(120000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(generation(runner, QStringLiteral("s2")),
             simulatePark(smallPark(120), SimulationOptions{}).park.annualGenerationKWh);
}

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "tst_scenariorunner.moc"
