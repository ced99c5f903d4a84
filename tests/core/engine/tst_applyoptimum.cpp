// SPDX-License-Identifier: GPL-3.0-or-later
// Applying an optimum to a park (spec §16.9): a field's kWp (derived when at its area's), a
// roof's usable fraction scaled (no PV at 0), a wind group's count rounded half up with kept
// turbines first, stores scaled to the pooled optimum or one added, the green power bought; the
// document adds it as a scenario in one undo step; a real optimum re-simulated passes when the
// optimizer's does.

#include "document/parkdocument.h"
#include "engine/applyoptimum.h"
#include "engine/optimizerinput.h"
#include "engine/simulation.h"
#include "optimizer/solver.h"
#include "model/validation.h"
#include "optimizerpark.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <numeric>

#include <QtTest>

using namespace pz;

namespace {

double areaKWp()
{
    return 6000.0 * 0.41 * 225.0 / 1000.0;
}

double roofKWp(const SimulationResult &r)
{
    for (const PvObjectResult &o : r.objects)
        if (o.id == 1)
            return o.kwp;
    return 0;
}

// An optimum of the problem's shape: roof x, field x, one wind count, battery, green power.
optimizer::OptimizerResult optimum(double roof, double field, double turbines, double eKWh, double pKW, double green)
{
    optimizer::OptimizerResult r;
    r.status = optimizer::SolveStatus::Optimal;
    r.pvKWp = {roof, field};
    r.windTurbines = {turbines};
    r.batteryKWh = eKWh;
    r.batteryKW = pKW;
    r.annual.greenPowerKWh = green;
    return r;
}

QList<ObjectId> turbineIds(const Park &park)
{
    QList<ObjectId> ids;
    for (const ParkObject &o : park.objects())
        if (std::holds_alternative<WindTurbine>(o))
            ids << idOf(o);
    return ids;
}

} // namespace

class TestApplyOptimum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_park = pztest::optimizerPark();
        m_result = simulatePark(m_park, SimulationOptions{});
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
        m_problem = problemFromPark(m_park, m_result);
        QCOMPARE(m_problem.pv.size(), std::size_t(2));
        QCOMPARE(m_problem.pv[0].id, std::string("1"));   // the roof, then the field
        QCOMPARE(m_problem.wind.size(), std::size_t(1));
    }

    void pvSizes_data()
    {
        QTest::addColumn<double>("roofShare");
        QTest::addColumn<double>("fieldKWp");
        QTest::addColumn<bool>("roofEnabled");
        QTest::addColumn<double>("usableFraction");
        QTest::addColumn<double>("kwpOverride");
        QTest::newRow("at maxima") << 1.0 << areaKWp() << true << 0.65 << -1.0;
        QTest::newRow("half the roof, part of the field") << 0.5 << 123.5 << true << 0.325 << 123.5;
        QTest::newRow("nothing") << 0.0 << 0.0 << false << 0.65 << 0.0;
        QTest::newRow("field within 1e-9 of its area") << 1.0 << areaKWp() * (1 - 1e-12) << true << 0.65 << -1.0;
    }

    void pvSizes()
    {
        QFETCH(double, roofShare);
        QFETCH(double, fieldKWp);
        QFETCH(double, usableFraction);
        const AppliedOptimum a = applyOptimum(
            m_park, m_result, m_problem, optimum(roofShare * roofKWp(m_result), fieldKWp, 2, 0, 0, 0));
        const Building &roof = std::get<Building>(*a.park.find(1));
        QTEST(roof.rooftop.enabled, "roofEnabled");
        QVERIFY2(std::abs(roof.rooftop.usableFraction - usableFraction) < 1e-12, qPrintable(QString::number(roof.rooftop.usableFraction)));
        QTEST(std::get<PvArray>(*a.park.find(2)).kwpOverride, "kwpOverride");
        QCOMPARE(a.layoutChanged, roofShare != 1.0);
    }

    void windCounts_data()
    {
        QTest::addColumn<double>("count");
        QTest::addColumn<int>("keptTurbine");   // 0: none
        QTest::addColumn<QList<ObjectId>>("remaining");
        QTest::addColumn<bool>("rounded");
        QTest::newRow("both") << 2.0 << 0 << QList<ObjectId>{3, 4} << false;
        QTest::newRow("none") << 0.0 << 0 << QList<ObjectId>{} << false;
        QTest::newRow("1.5 rounds up") << 1.5 << 0 << QList<ObjectId>{3, 4} << true;
        QTest::newRow("1.49 rounds down, group order") << 1.49 << 0 << QList<ObjectId>{3} << true;
        QTest::newRow("kept first") << 1.0 << 4 << QList<ObjectId>{4} << false;
        QTest::newRow("whole within 1e-7") << 1.0000001 << 0 << QList<ObjectId>{3} << false;
    }

    void windCounts()
    {
        QFETCH(double, count);
        QFETCH(int, keptTurbine);
        Park park = m_park;
        if (keptTurbine) {
            WindTurbine t = std::get<WindTurbine>(*park.find(ObjectId(keptTurbine)));
            t.optimizerRole = OptimizerRole::Keep;
            park.replace(t);
        }
        const AppliedOptimum a = applyOptimum(park, m_result, m_problem, optimum(roofKWp(m_result), 0, count, 0, 0, 0));
        QTEST(turbineIds(a.park), "remaining");
        QTEST(a.turbineCountsRounded, "rounded");
        QCOMPARE(a.layoutChanged, turbineIds(a.park).size() < 2);
    }

    void batteryAndGreenPower()
    {
        const AppliedOptimum added = applyOptimum(m_park, m_result, m_problem, optimum(0, 0, 2, 1200, 600, 4.5e5),
                                                  Point2(-50, 20));
        const Storage &store = std::get<Storage>(added.park.objects().back());
        QCOMPARE(store.energyKWh, 1200.0);
        QCOMPARE(store.powerKW, 600.0);
        QCOMPARE(store.position, Point2(-50, 20));
        QCOMPARE(store.id, m_park.nextId());
        QCOMPARE(added.park.site.carbon.greenPowerKWh, 4.5e5);
        QCOMPARE(added.park.site.carbon.greenPowerShare, 0.0);

        Park park = m_park;
        Storage a, b, excluded;
        a.id = 20, a.energyKWh = 1000, a.powerKW = 500;
        b.id = 21, b.energyKWh = 3000, b.powerKW = 500;
        excluded.id = 22, excluded.optimizerRole = OptimizerRole::Excluded;
        park.append(a), park.append(b), park.append(excluded);
        const AppliedOptimum scaled = applyOptimum(park, m_result, m_problem, optimum(0, 0, 2, 2000, 250, 0));
        QCOMPARE(std::get<Storage>(*scaled.park.find(20)).energyKWh, 500.0);
        QCOMPARE(std::get<Storage>(*scaled.park.find(21)).energyKWh, 1500.0);
        QCOMPARE(std::get<Storage>(*scaled.park.find(20)).powerKW, 125.0);
        QVERIFY(!scaled.park.contains(22));
        const AppliedOptimum none = applyOptimum(park, m_result, m_problem, optimum(0, 0, 2, 0, 0, 0));
        QVERIFY(!none.park.contains(20) && !none.park.contains(21));
        QCOMPARE(none.notes.size(), 3);
    }

    // One undo step; undo gives back the project as it was, bit for bit.
    void documentAddsOneStep()
    {
        ParkDocument document;
        document.resetPark(m_park);
        const Project before = document.project();
        const AppliedOptimum a = applyOptimum(m_park, m_result, m_problem, optimum(0, 50, 1, 0, 0, 0));
        QStringList problems;
        const QString id = document.addScenarioWithPark(QStringLiteral("Least cost"), QStringLiteral("n"), a.park, &problems);
        QVERIFY2(!id.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.project().count(), 2);
        QCOMPARE(document.activeScenarioId(), id);
        QCOMPARE(document.park(), a.park);
        document.undoStack()->undo();
        QCOMPARE(document.project(), before);
        document.undoStack()->redo();
        QCOMPARE(document.park(), a.park);
        QVERIFY(document.addScenarioWithPark(QStringLiteral("Least cost"), {}, a.park).isEmpty());   // name taken
        Park bad = a.park;
        Storage s;
        s.id = bad.takeNextId();
        s.energyKWh = -1;
        bad.append(s);
        QVERIFY(document.addScenarioWithPark(QStringLiteral("Bad"), {}, bad, &problems).isEmpty());
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("energy_kWh")));
    }

    // A real optimum without a battery: the re-simulated park generates what the optimizer said
    // (the same profiles) and its intensity is no worse than the optimizer's (annual factor).
    void solvedOptimumResimulated()
    {
        Park park = m_park;
        park.site.carbon.thresholdTCO2PerTce = 0.5;
        park.site.optimizer.batteryMaxKWh = 0;
        const SimulationResult r = simulatePark(park, SimulationOptions{});
        QVERIFY(r.ok);
        const optimizer::OptimizerProblem p = problemFromPark(park, r, problemOptionsOf(park.site));
        const optimizer::OptimizerResult o = optimizer::solveProblem(p);
        QCOMPARE(o.status, optimizer::SolveStatus::Optimal);
        const AppliedOptimum a = applyOptimum(park, r, p, o);
        const SimulationResult again = simulatePark(a.park, SimulationOptions{});
        QVERIFY2(again.ok, qPrintable(again.error));
        const double pv = o.annual.pvGenerationKWh;
        const double pvAgain = again.park.annualGenerationKWh - again.park.windGenerationKWh - again.park.offsiteGenerationKWh;
        QVERIFY2(std::abs(pvAgain - pv) < 0.02 * std::max(1.0, pv), qPrintable(QStringLiteral("%1 vs %2").arg(pvAgain).arg(pv)));
        QVERIFY2(again.park.intensityTCO2PerTce <= o.indicator.intensityTCO2PerTce * (1 + 0.02),
                 qPrintable(QStringLiteral("%1 vs %2").arg(again.park.intensityTCO2PerTce).arg(o.indicator.intensityTCO2PerTce)));
    }

    // With an hourly grid factor Apply writes the optimizer's hourly green power (§16.9), and the
    // re-simulated park counts it hour by hour: Σ min(g(t), import(t)), not the amount spread in
    // proportion to import. With an annual factor only the amount is written.
    void hourlyGreenPowerWithHourlyFactor()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("grid.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "kg_per_kWh\n";
        for (int h = 0; h < kHoursPerYear; ++h)
            text += QByteArray::number(h % 24 < 7 ? 1.1 : 0.4, 'f', 2) + '\n';
        file.write(text);
        file.close();
        Park park = m_park;
        park.site.grid.hourlyProfilePath = csv;
        park.site.carbon.thresholdTCO2PerTce = 0.3;
        park.site.optimizer.batteryMaxKWh = 0;
        const SimulationResult r = simulatePark(park, SimulationOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        const optimizer::OptimizerProblem p = problemFromPark(park, r, problemOptionsOf(park.site));
        const optimizer::OptimizerResult o = optimizer::solveProblem(p);
        QCOMPARE(o.status, optimizer::SolveStatus::Optimal);
        QVERIFY2(o.annual.greenPowerKWh > 1000, qPrintable(QString::number(o.annual.greenPowerKWh)));

        const AppliedOptimum a = applyOptimum(park, r, p, o);
        const std::vector<double> &g = a.park.site.carbon.greenPowerHourlyKWh;
        QCOMPARE(g.size(), std::size_t(kHoursPerYear));
        QVERIFY(std::all_of(g.begin(), g.end(), [](double v) { return v >= 0; }));
        QVERIFY(std::abs(std::accumulate(g.begin(), g.end(), 0.0) - o.annual.greenPowerKWh) < 1e-6 * o.annual.greenPowerKWh);
        QCOMPARE(a.park.site.carbon.greenPowerKWh, o.annual.greenPowerKWh);
        QVERIFY(Validation::problems(a.park.site).isEmpty());

        const SimulationResult again = simulatePark(a.park, SimulationOptions{});
        QVERIFY2(again.ok, qPrintable(again.error));
        double counted = 0, marketKg = 0;
        for (std::size_t t = 0; t < g.size(); ++t) {
            const double imp = again.hourly.gridImportKWh[t], green = std::min(g[t], imp);
            counted += green;
            marketKg += (imp - green) * again.hourly.gridFactorKgPerKWh[t];
        }
        QVERIFY2(std::abs(again.park.greenPowerKWh - counted) < 1e-9 * counted,
                 qPrintable(QStringLiteral("%1 vs %2").arg(again.park.greenPowerKWh).arg(counted)));
        QVERIFY(std::abs(again.park.emissions.operationalMarketT - marketKg / 1000) < 1e-9 * marketKg);
        // The same PV without a battery imports what the optimizer imported: nearly all of g counts.
        QVERIFY2(counted > 0.98 * o.annual.greenPowerKWh, qPrintable(QStringLiteral("%1 of %2").arg(counted).arg(o.annual.greenPowerKWh)));
        QVERIFY2(again.park.intensityTCO2PerTce <= o.indicator.intensityTCO2PerTce * 1.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(again.park.intensityTCO2PerTce).arg(o.indicator.intensityTCO2PerTce)));

        park.site.grid.hourlyProfilePath.clear();
        QVERIFY(applyOptimum(park, r, p, o).park.site.carbon.greenPowerHourlyKWh.empty());
    }

private:
    Park m_park;
    SimulationResult m_result;
    optimizer::OptimizerProblem m_problem;
};

QTEST_GUILESS_MAIN(TestApplyOptimum)
#include "tst_applyoptimum.moc"
