// SPDX-License-Identifier: GPL-3.0-or-later
// The derived series of the result charts: month of an hour, average day, week of state of
// charge, month × hour matching and the carbon waterfall.

#include "common/units.h"
#include "results/resultseries.h"

#include <QtTest>

#include <cmath>

using namespace pz;

namespace {

HourlyBalance zeros()
{
    HourlyBalance h;
    for (auto *v : {&h.generationKWh, &h.consumptionKWh, &h.batteryChargeKWh, &h.batteryDischargeKWh,
                    &h.batterySocKWh, &h.gridImportKWh, &h.gridExportKWh, &h.curtailedKWh,
                    &h.gridFactorKgPerKWh, &h.emissionsKg, &h.sunZenithDeg, &h.sunAzimuthDeg})
        v->assign(kHoursPerYear, 0.0);
    return h;
}

} // namespace

class TestResultsSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthOfHour_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("month");
        QTest::newRow("first") << 0 << 1;
        QTest::newRow("end of January") << 743 << 1;
        QTest::newRow("1 February") << 744 << 2;
        QTest::newRow("28 February 23:00") << 1415 << 2;
        QTest::newRow("1 March") << 1416 << 3;
        QTest::newRow("30 June 23:00") << 4343 << 6;
        QTest::newRow("1 July") << 4344 << 7;
        QTest::newRow("1 December") << 8016 << 12;
        QTest::newRow("last") << 8759 << 12;
    }
    void monthOfHour()
    {
        QFETCH(int, hour);
        QFETCH(int, month);
        QCOMPARE(ResultSeries::monthOfHour(hour), month);
        QVERIFY(ResultSeries::firstHourOfMonth(month) <= hour);
        QVERIFY(hour < ResultSeries::firstHourOfMonth(month) + 24 * ResultSeries::daysInMonth(month));
    }

    void monthsCoverTheYear()
    {
        int days = 0;
        for (int m = 1; m <= 12; ++m)
            days += ResultSeries::daysInMonth(m);
        QCOMPARE(days * 24, kHoursPerYear);
        QCOMPARE(ResultSeries::firstHourOfMonth(12), 334 * 24);
    }

    void averageDay()
    {
        HourlyBalance h = zeros();
        const int first = ResultSeries::firstHourOfMonth(3);
        for (int d = 0; d < 31; ++d) {
            for (int k = 0; k < 24; ++k) {
                const size_t t = size_t(first + d * 24 + k);
                h.generationKWh[t] = k + (d % 2 ? 1.0 : -1.0);  // averages to k
                h.consumptionKWh[t] = 100.0;
                h.batteryDischargeKWh[t] = 3.0;
                h.batteryChargeKWh[t] = 1.0;
                h.gridImportKWh[t] = 10.0;
                h.gridExportKWh[t] = 25.0;
            }
        }
        h.generationKWh[size_t(first - 1)] = 1.0e6;  // February: not in March's average
        const ResultSeries::DayProfile p = ResultSeries::averageDay(h, 3);
        // 31 days: 16 even (−1) and 15 odd (+1) → k − 1/31.
        for (int k = 0; k < 24; ++k)
            QVERIFY(std::abs(p.generationKW[size_t(k)] - (k - 1.0 / 31.0)) < 1e-12);
        QCOMPARE(p.consumptionKW[5], 100.0);
        QCOMPARE(p.batteryKW[5], 2.0);
        QCOMPARE(p.gridKW[5], -15.0);
        const ResultSeries::DayProfile april = ResultSeries::averageDay(h, 4);
        QCOMPARE(april.generationKW[12], 0.0);
    }

    void weekSoc()
    {
        HourlyBalance h = zeros();
        for (int t = 0; t < kHoursPerYear; ++t)
            h.batterySocKWh[size_t(t)] = t;
        const std::vector<double> w2 = ResultSeries::weekSoc(h, 2);
        QCOMPARE(int(w2.size()), 168);
        QCOMPARE(w2.front(), 168.0);
        QCOMPARE(w2.back(), 335.0);
        QCOMPARE(ResultSeries::weekSoc(h, 52).back(), double(52 * 168 - 1));
        QCOMPARE(ResultSeries::weekSoc(HourlyBalance{}, 1).front(), 0.0);  // empty series: zeros
    }

    void hourlyMatching()
    {
        HourlyBalance h = zeros();
        for (int t = 0; t < kHoursPerYear; ++t) {
            const int k = t % 24;
            const size_t i = size_t(t);
            h.consumptionKWh[i] = ResultSeries::monthOfHour(t) == 12 ? 0.0 : 10.0;
            h.gridImportKWh[i] = k < 6 ? 10.0 : 4.0;
            if (k == 23)
                h.gridImportKWh[i] = 12.0;  // cannot match less than nothing
        }
        const ResultSeries::MatchingGrid g = ResultSeries::hourlyMatching(h);
        QCOMPARE(g[0][0], 0.0);
        QCOMPARE(g[5][12], 60.0);
        QCOMPARE(g[10][23], 0.0);
        QVERIFY(std::isnan(g[11][12]));
    }

    void carbonWaterfall()
    {
        EmissionsSummary e;
        e.operationalMarketT = 1000.0;
        e.sinkT = 50.0;
        e.exportCreditT = 20.0;
        e.netT = 930.0;
        e.embodiedAnnualT = 300.0;
        e.netWithEmbodiedT = 1230.0;
        const auto steps = ResultSeries::carbonWaterfall(e);
        QCOMPARE(int(steps.size()), 6);
        QCOMPARE(steps[0].valueT(), 1000.0);
        QCOMPARE(steps[1].fromT, 1000.0);
        QCOMPARE(steps[1].toT, 950.0);
        QCOMPARE(steps[2].toT, 930.0);
        QVERIFY(steps[3].isTotal);
        QCOMPARE(steps[3].fromT, 0.0);
        QCOMPARE(steps[3].toT, 930.0);
        QCOMPARE(steps[4].fromT, 930.0);
        QCOMPARE(steps[4].toT, 1230.0);
        QVERIFY(steps[5].isTotal);
        QCOMPARE(steps[5].toT, 1230.0);
        for (const auto &s : steps)
            QVERIFY(!s.label.isEmpty());
    }

    // By source: all consumption at the grid factor, each source's avoided emissions (the
    // hour's self-use shared by the hour's generation, or by the year's in an hour without
    // any), green power bought, then the grid emissions as a total.
    void carbonWaterfallBySource()
    {
        SimulationResult r;
        PvObjectResult roof;
        roof.kind = PvKind::Rooftop;
        roof.monthlyAcKWh[0] = 4.0;
        roof.hourlyAcW = {4000.0f, 0.0f, 0.0f};
        r.objects = {roof};
        WindTurbineResult turbine;
        turbine.monthlyNetKWh[0] = 6.0;
        turbine.hourlyNetKW = {4.0, 2.0, 0.0};
        r.turbines = {turbine};
        r.hourly.consumptionKWh = {10.0, 10.0, 10.0};
        r.hourly.gridImportKWh = {2.0, 8.0, 9.0};        // self-use 8, 2 and 1 (the battery at night)
        r.hourly.gridFactorKgPerKWh = {0.5, 1.0, 0.8};
        EmissionsSummary &e = r.park.emissions;
        e.operationalLocationT = (2.0 * 0.5 + 8.0 * 1.0 + 9.0 * 0.8) / 1000.0;
        e.operationalMarketT = 0.010;
        e.netT = e.netWithEmbodiedT = 0.010;

        const auto avoided = ResultSeries::avoidedBySource(r);
        QCOMPARE(int(avoided.size()), 2);
        QVERIFY(std::abs(avoided[0].avoidedT - (2.0 + 0.8 * 0.4) / 1000.0) < 1e-15);
        QVERIFY(std::abs(avoided[1].avoidedT - (2.0 + 2.0 + 0.8 * 0.6) / 1000.0) < 1e-15);

        const auto steps = ResultSeries::carbonWaterfall(r);
        QStringList labels;
        for (const auto &step : steps)
            labels << step.label;
        QCOMPARE(labels, QStringList({ResultSeries::tr("All from grid"), ResultSeries::tr("Rooftop PV"),
                                      ResultSeries::tr("Wind on site"), ResultSeries::tr("Green power bought"),
                                      ResultSeries::tr("Grid emissions"), ResultSeries::tr("Green-space sink"),
                                      ResultSeries::tr("Export credit"), ResultSeries::tr("Net operational"),
                                      ResultSeries::tr("Embodied"), ResultSeries::tr("Net with embodied")}));
        QVERIFY(steps[0].isTotal);
        QVERIFY(std::abs(steps[0].toT - (10.0 * 0.5 + 10.0 * 1.0 + 10.0 * 0.8) / 1000.0) < 1e-15);
        QCOMPARE(steps[1].fromT, steps[0].toT);
        QCOMPARE(steps[2].fromT, steps[1].toT);
        QCOMPARE(steps[2].toT, e.operationalLocationT);
        QCOMPARE(steps[3].fromT, e.operationalLocationT);
        QCOMPARE(steps[3].toT, e.operationalMarketT);
        QVERIFY(steps[4].isTotal);
        QCOMPARE(steps[4].toT, e.operationalMarketT);
        QCOMPARE(steps.back().toT, e.netWithEmbodiedT);

        // Without own generation the waterfall is the one of the emissions alone.
        SimulationResult bare;
        bare.park.emissions = e;
        QCOMPARE(ResultSeries::carbonWaterfall(bare).size(), ResultSeries::carbonWaterfall(e).size());
    }

    // With heat, gas and purchased heat are bars of their own between the grid and the sinks;
    // a carrier the park does not burn has no bar.
    void carbonWaterfallWithHeat()
    {
        EmissionsSummary e;
        e.operationalMarketT = 1000.0;
        e.naturalGasT = 200.0;
        e.purchasedHeatT = 300.0;
        e.fuelsAndHeatT = 500.0;
        e.sinkT = 50.0;
        e.netT = 1450.0;
        e.netWithEmbodiedT = 1450.0;
        const auto steps = ResultSeries::carbonWaterfall(e);
        QCOMPARE(int(steps.size()), 8);
        QCOMPARE(steps[1].label, ResultSeries::tr("Natural gas"));
        QCOMPARE(steps[1].fromT, 1000.0);
        QCOMPARE(steps[1].toT, 1200.0);
        QCOMPARE(steps[2].label, ResultSeries::tr("Purchased heat"));
        QCOMPARE(steps[2].toT, 1500.0);
        QCOMPARE(steps[3].toT, 1450.0);
        QVERIFY(steps[5].isTotal);
        QCOMPARE(steps[5].toT, 1450.0);
    }

    // Generation by source: rooftop, ground, wind on site, each off-site plant in order; a
    // source without energy is left out; the sources add up to the monthly generation.
    void generationBySource_data()
    {
        QTest::addColumn<double>("roofKWh");
        QTest::addColumn<double>("groundKWh");
        QTest::addColumn<double>("windKWh");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("all") << 10.0 << 20.0 << 5.0
                             << QStringList{"Rooftop PV", "Ground PV", "Wind on site", "Plant A", "Off-site plant"};
        QTest::newRow("no ground, no wind") << 10.0 << 0.0 << 0.0
                                            << QStringList{"Rooftop PV", "Plant A", "Off-site plant"};
    }

    void generationBySource()
    {
        QFETCH(double, roofKWh);
        QFETCH(double, groundKWh);
        QFETCH(double, windKWh);
        SimulationResult r;
        PvObjectResult roof, ground;
        roof.kind = PvKind::Rooftop;
        ground.kind = PvKind::Ground;
        roof.monthlyAcKWh.fill(roofKWh);
        ground.monthlyAcKWh.fill(groundKWh);
        r.objects = {roof, ground, roof};
        WindTurbineResult turbine;
        turbine.monthlyNetKWh.fill(windKWh);
        r.turbines = {turbine};
        OffSitePlantResult a, unnamed, idle;
        a.name = QStringLiteral("Plant A");
        a.monthlyDeliveredKWh.fill(7.0);
        unnamed.monthlyDeliveredKWh.fill(3.0);
        idle.name = QStringLiteral("Idle");
        r.offsite = {a, unnamed, idle};
        const std::vector<ResultSeries::SourceSeries> s = ResultSeries::monthlyGenerationBySource(r);
        QStringList names;
        double june = 0.0;
        for (const ResultSeries::SourceSeries &x : s) {
            names << x.name;
            june += x.monthlyKWh[5];
        }
        QTEST(names, "names");
        QCOMPARE(june, 2 * roofKWh + groundKWh + windKWh + 7.0 + 3.0);
        QCOMPARE(s.front().annualKWh(), 12 * 2 * roofKWh);
    }

    // The average day by source: the same sources in the same order, each its own hours; a
    // plant that delivers nothing is left out without shifting the others; the sources add up
    // to the average day's generation.
    void averageDayBySource()
    {
        SimulationResult r;
        PvObjectResult roof, ground;
        roof.kind = PvKind::Rooftop;
        ground.kind = PvKind::Ground;
        roof.monthlyAcKWh.fill(1.0);
        ground.monthlyAcKWh.fill(1.0);
        roof.hourlyAcW = QList<float>(kHoursPerYear, 2000.0f);
        ground.hourlyAcW = QList<float>(kHoursPerYear, 3000.0f);
        r.objects = {roof, ground, roof};
        WindTurbineResult turbine;
        turbine.monthlyNetKWh.fill(1.0);
        for (int t = 0; t < kHoursPerYear; ++t)
            turbine.hourlyNetKW << double(t % 24) + (t >= ResultSeries::firstHourOfMonth(4) ? 100.0 : 0.0);
        r.turbines = {turbine};
        OffSitePlantResult a, idle, b;
        a.name = QStringLiteral("Plant A");
        a.monthlyDeliveredKWh.fill(1.0);
        a.hourlyDeliveredKW = QList<double>(kHoursPerYear, 1.5);
        idle.name = QStringLiteral("Idle");
        idle.hourlyDeliveredKW = QList<double>(kHoursPerYear, 100.0);   // never counted
        b.name = QStringLiteral("Plant B");
        b.monthlyDeliveredKWh.fill(1.0);
        b.hourlyDeliveredKW = QList<double>(kHoursPerYear, 0.5);
        r.offsite = {a, idle, b};
        r.hourly.generationKWh.resize(kHoursPerYear);
        for (int t = 0; t < kHoursPerYear; ++t)
            r.hourly.generationKWh[size_t(t)] = 4.0 + 3.0 + turbine.hourlyNetKW[t] + 1.5 + 0.5;

        const std::vector<ResultSeries::SourceDay> day = ResultSeries::averageDayBySource(r, 3);
        QStringList names;
        for (const ResultSeries::SourceDay &s : day)
            names << s.name;
        QCOMPARE(names, QStringList({"Rooftop PV", "Ground PV", "Wind on site", "Plant A", "Plant B"}));
        QCOMPARE(day[0].kW[7], 4.0);
        QCOMPARE(day[1].kW[7], 3.0);
        QCOMPARE(day[2].kW[7], 7.0);   // March only: April's +100 does not leak in
        QCOMPARE(day[3].kW[7], 1.5);
        QCOMPARE(day[4].kW[7], 0.5);
        const ResultSeries::DayProfile total = ResultSeries::averageDay(r.hourly, 3);
        for (int k = 0; k < 24; ++k) {
            double sum = 0.0;
            for (const ResultSeries::SourceDay &s : day)
                sum += s.kW[size_t(k)];
            QVERIFY(std::abs(sum - total.generationKW[size_t(k)]) < 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestResultsSeries)
#include "tst_resultsseries.moc"
