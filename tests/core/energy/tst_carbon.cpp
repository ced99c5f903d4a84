// SPDX-License-Identifier: GPL-3.0-or-later
// Carbon accounting (spec §11): a hand-computed day, option toggles that must change exactly
// their own figures, and the indicator threshold.

#include "energy/carbon.h"

#include <QMap>
#include <QSet>
#include <QTest>

using namespace pz::energy;

namespace {

// The hand-computed day of tst_dispatch: 2 kWh load every hour, 40 kWh PV between 08 and 16 h,
// a 10 kWh / 3 kW battery with RTE 0.81 and SOC 10-90 %. Import 24.8, export 15.1111 kWh.
struct Day {
    std::vector<double> load = std::vector<double>(24, 2.0);
    std::vector<double> pv = std::vector<double>(24, 0.0);
    DispatchResult dispatched;
    Day()
    {
        const double v[] = {3, 5, 6, 7, 7, 6, 4, 2};
        for (int i = 0; i < 8; ++i)
            pv[8 + i] = v[i];
        DispatchInput in;
        in.generationKWh = &pv;
        in.consumptionKWh = &load;
        in.battery = BatteryParams{10.0, 3.0, 0.81, 0.1, 0.9};
        dispatched = dispatch(in);
    }
    CarbonInput input() const
    {
        CarbonInput c;
        c.dispatch = &dispatched;
        c.consumptionKWh = &load;
        c.generationKWh = &pv;
        c.annualGridFactor = 0.5;
        return c;
    }
};

QMap<QString, double> figures(const CarbonResult &r)
{
    double emissions = 0, cfe = 0;
    for (double v : r.emissionsKg)
        emissions += v;
    for (double v : r.cfeMatchedKWh)
        cfe += v;
    return {{QStringLiteral("operationalLocationT"), r.operationalLocationT},
            {QStringLiteral("operationalMarketT"), r.operationalMarketT},
            {QStringLiteral("embodiedPvT"), r.embodiedPvT},
            {QStringLiteral("embodiedStorageT"), r.embodiedStorageT},
            {QStringLiteral("embodiedBuildingsT"), r.embodiedBuildingsT},
            {QStringLiteral("embodiedAnnualT"), r.embodiedAnnualT},
            {QStringLiteral("sinkT"), r.sinkT},
            {QStringLiteral("exportCreditT"), r.exportCreditT},
            {QStringLiteral("netT"), r.netT},
            {QStringLiteral("netWithEmbodiedT"), r.netWithEmbodiedT},
            {QStringLiteral("greenPowerKWh"), r.greenPowerKWh},
            {QStringLiteral("selfConsumptionPct"), r.selfConsumptionPct},
            {QStringLiteral("selfSufficiencyPct"), r.selfSufficiencyPct},
            {QStringLiteral("cfeScorePct"), r.cfeScorePct},
            {QStringLiteral("cleanEnergySharePct"), r.cleanEnergySharePct},
            {QStringLiteral("energyUseTce"), r.energyUseTce},
            {QStringLiteral("intensityTCO2PerTce"), r.intensityTCO2PerTce},
            {QStringLiteral("zeroCarbon"), r.zeroCarbon ? 1.0 : 0.0},
            {QStringLiteral("pvCarbonPaybackYears"), r.pvCarbonPaybackYears},
            {QStringLiteral("emissionsKg"), emissions},
            {QStringLiteral("cfeMatchedKWh"), cfe}};
}

using HourValues = QMap<int, double>;   // hour → kWh

enum class Toggle { ExportCredit, Embodied, GreenPowerKWh, GreenPowerShare, HeadlineWithEmbodied, Sink };

} // namespace

Q_DECLARE_METATYPE(Toggle)

class TstCarbon : public QObject {
    Q_OBJECT
private slots:
    void handDay();
    void hourlyFactor();
    void noDispatchGiven();
    void reuseMatchesFresh();
    void greenProfile_data();
    void greenProfile();
    void toggles_data();
    void toggles();
    void threshold_data();
    void threshold();
};

void TstCarbon::handDay()
{
    const Day day;
    CarbonInput in = day.input();
    in.greenPowerKWh = 4.96;   // 20 % of the import
    in.embodied.pvKwp = 10;
    in.embodied.storageKWhLfp = 10;
    in.embodied.buildingFloorM2Steel = 1000;
    in.greenSpaceHa = 0.001;
    const CarbonResult r = computeCarbon(in);
    const double tol = 1e-12;
    QVERIFY(qAbs(r.operationalLocationT - 24.8 * 0.5 / 1000) < tol);             // 12.4 kg
    QVERIFY(qAbs(r.operationalMarketT - (24.8 - 4.96) * 0.5 / 1000) < tol);      // 9.92 kg
    QCOMPARE(r.exportCreditT, 0.0);                                             // off by default
    QVERIFY(qAbs(r.embodiedPvT - 10 * 810.0 / 30 / 1000) < tol);                 // 0.27 t/yr
    QVERIFY(qAbs(r.embodiedStorageT - 10 * 80.0 / 15 / 1000) < tol);             // 0.05333 t/yr
    QVERIFY(qAbs(r.embodiedBuildingsT - 1000 * 250.0 / 50 / 1000) < tol);        // 5 t/yr
    QVERIFY(qAbs(r.embodiedAnnualT - (0.27 + 0.8 / 15 + 5.0)) < tol);
    QVERIFY(qAbs(r.sinkT - 0.005) < tol);                                       // 0.001 ha x 5 t
    QVERIFY(qAbs(r.netT - (0.00992 - 0.005)) < tol);
    QVERIFY(qAbs(r.netWithEmbodiedT - (0.00992 - 0.005 + 0.27 + 0.8 / 15 + 5.0)) < tol);
    // Self-consumption (16 direct + 8.8889 into the battery) / 40; self-sufficiency
    // (16 direct + 7.2 discharge) / 48.
    QVERIFY(qAbs(r.selfConsumptionPct - 100 * (16 + 80.0 / 9) / 40) < 1e-9);
    QVERIFY(qAbs(r.selfSufficiencyPct - 100 * 23.2 / 48) < 1e-9);
    // CFE: night 8 x 0.4 green, day 8 x 2 direct, 16-18 h 3 x 2 discharge, 19 h 1.2 + 0.16
    // green, 20-23 h 4 x 0.4 green = 3.2 + 16 + 6 + 1.36 + 1.6 = 28.16 of 48.
    QVERIFY(qAbs(r.cfeScorePct - 100 * 28.16 / 48) < 1e-9);
    QVERIFY(qAbs(r.cfeMatchedKWh[19] - 1.36) < 1e-12);
    QVERIFY(qAbs(r.cleanEnergySharePct - 100 * (23.2 + 4.96) / 48) < 1e-9);
    // 48 kWh x 0.1229 kgce/kWh = 5.8992 kgce; 9.92 kg / 5.8992 kg = 1.6816 tCO2/tce.
    QVERIFY(qAbs(r.energyUseTce - 0.0058992) < tol);
    QVERIFY(qAbs(r.intensityTCO2PerTce - 9.92 / 5.8992) < 1e-9);
    QVERIFY(!r.zeroCarbon);
    // Payback: 10 kWp x 810 kg = 8.1 t over 40 kWh x 0.5 kg = 0.02 t a "year" = 405.
    QVERIFY(qAbs(r.pvCarbonPaybackYears - 405.0) < 1e-9);
    QCOMPARE(int(r.emissionsKg.size()), 24);
    QCOMPARE(r.emissionsKg[0], 1.0);   // 2 kWh x 0.5
}

void TstCarbon::hourlyFactor()
{
    const Day day;
    CarbonInput in = day.input();
    std::vector<double> factor(24, 0.5);
    factor[20] = 1.5;   // import 2 kWh at 20 h: +2 kg against the annual factor
    factor[12] = 9.0;   // no import at noon: no effect on operational, but export credit sees it
    in.hourlyGridFactor = &factor;
    const CarbonResult r = computeCarbon(in);
    QVERIFY(qAbs(r.operationalLocationT - (12.4 + 2.0) / 1000) < 1e-12);
    QCOMPARE(r.emissionsKg[20], 3.0);
    in.exportCredit = true;
    // Export 15.1111 x 0.5 + 5 kWh at noon x (9 - 0.5) = 7.5556 + 42.5 kg.
    QVERIFY(qAbs(computeCarbon(in).exportCreditT - ((15.0 + 1.0 / 9) * 0.5 + 5 * 8.5) / 1000) < 1e-12);
}

void TstCarbon::noDispatchGiven()
{
    // Without a dispatch result the net load is exchanged with the grid: import 32, export 24.
    const Day day;
    CarbonInput in = day.input();
    in.dispatch = nullptr;
    const CarbonResult r = computeCarbon(in);
    QVERIFY(qAbs(r.operationalLocationT - 32 * 0.5 / 1000) < 1e-12);
    QVERIFY(qAbs(r.selfConsumptionPct - 40.0) < 1e-9);   // 16 of 40
}

void TstCarbon::reuseMatchesFresh()
{
    const Day day;
    CarbonInput in = day.input();
    in.greenPowerShare = 0.3;
    in.exportCredit = true;
    const CarbonResult fresh = computeCarbon(in);
    CarbonInput other = day.input();
    other.dispatch = nullptr;
    other.greenSpaceHa = 3;
    CarbonResult reused = computeCarbon(other);
    computeCarbon(in, reused);
    QCOMPARE(figures(reused), figures(fresh));
    QCOMPARE(reused.emissionsKg, fresh.emissionsKg);
}

// An hourly green-power profile (spec §16.9): hour t counts min(g(t), import(t)) at the hour's
// factor, in the hour's CFE, and replaces the annual amount and share. The day imports 2 kWh
// in hours 0–7 and 20–23, 0.8 kWh at 19 h and nothing in between.
void TstCarbon::greenProfile_data()
{
    QTest::addColumn<HourValues>("profile");   // hour → kWh, others 0
    QTest::addColumn<bool>("hourlyFactor");            // 1.5 kg/kWh at 20 h, 0.5 elsewhere
    QTest::addColumn<double>("greenKWh");
    QTest::addColumn<double>("marketKg");
    QTest::addColumn<double>("cfeMatchedKWh");
    HourValues night;
    for (int h = 0; h < 8; ++h)
        night[h] = 1.0;
    // Base CFE without green power: 16 direct + 6 discharge at 16–18 h + 1.2 at 19 h = 23.2.
    QTest::newRow("night") << night << false << 8.0 << (24.8 - 8.0) * 0.5 << 23.2 + 8.0;
    QTest::newRow("capped at the import") << HourValues{{19, 5.0}} << false << 0.8 << 24.0 * 0.5 << 23.2 + 0.8;
    QTest::newRow("no import at noon") << HourValues{{12, 3.0}} << false << 0.0 << 24.8 * 0.5 << 23.2;
    QTest::newRow("zeros replace the amount") << HourValues{} << false << 0.0 << 24.8 * 0.5 << 23.2;
    QTest::newRow("at the hour's factor") << HourValues{{20, 2.0}} << true << 2.0 << 24.8 * 0.5 + 2.0 - 2.0 * 1.5
                                          << 23.2 + 2.0;
}

void TstCarbon::greenProfile()
{
    QFETCH(HourValues, profile);
    QFETCH(bool, hourlyFactor);
    QFETCH(double, greenKWh);
    QFETCH(double, marketKg);
    QFETCH(double, cfeMatchedKWh);
    const Day day;
    CarbonInput in = day.input();
    in.greenPowerKWh = 4.96;   // both replaced by the profile
    in.greenPowerShare = 0.5;
    std::vector<double> hourly(24, 0.0);
    for (auto it = profile.cbegin(); it != profile.cend(); ++it)
        hourly[std::size_t(it.key())] = it.value();
    in.greenHourlyKWh = &hourly;
    std::vector<double> factor(24, 0.5);
    factor[20] = 1.5;
    if (hourlyFactor)
        in.hourlyGridFactor = &factor;
    const CarbonResult r = computeCarbon(in);
    QVERIFY2(qAbs(r.greenPowerKWh - greenKWh) < 1e-12, qPrintable(QString::number(r.greenPowerKWh)));
    QVERIFY2(qAbs(r.operationalMarketT - marketKg / 1000) < 1e-12, qPrintable(QString::number(r.operationalMarketT * 1000)));
    double matched = 0;
    for (double v : r.cfeMatchedKWh)
        matched += v;
    QVERIFY2(qAbs(matched - cfeMatchedKWh) < 1e-9, qPrintable(QString::number(matched)));
    QVERIFY(qAbs(r.cleanEnergySharePct - 100 * (23.2 + greenKWh) / 48) < 1e-9);
    // An empty profile is none: the annual amount and share count again.
    hourly.clear();
    QVERIFY(qAbs(computeCarbon(in).greenPowerKWh - std::min(24.8, 4.96 + 0.5 * 24.8)) < 1e-12);
}

void TstCarbon::toggles_data()
{
    QTest::addColumn<Toggle>("toggle");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("export credit") << Toggle::ExportCredit
                                   << QStringList{"exportCreditT", "netT", "netWithEmbodiedT"};
    QTest::newRow("embodied on") << Toggle::Embodied
                                 << QStringList{"embodiedPvT", "embodiedStorageT", "embodiedBuildingsT", "embodiedAnnualT",
                                                "netWithEmbodiedT", "pvCarbonPaybackYears"};
    const QStringList market{"operationalMarketT", "netT", "netWithEmbodiedT", "greenPowerKWh", "cfeScorePct",
                             "cleanEnergySharePct", "intensityTCO2PerTce", "cfeMatchedKWh"};
    QTest::newRow("green power kWh (market, not location)") << Toggle::GreenPowerKWh << market;
    QTest::newRow("green power share") << Toggle::GreenPowerShare << market;
    QTest::newRow("headline with embodied") << Toggle::HeadlineWithEmbodied << QStringList{"intensityTCO2PerTce"};
    QTest::newRow("green space sink") << Toggle::Sink << QStringList{"sinkT", "netT", "netWithEmbodiedT"};
}

void TstCarbon::toggles()
{
    QFETCH(Toggle, toggle);
    QFETCH(QStringList, changed);
    const Day day;
    CarbonInput base = day.input();
    // The base has some embodied carbon only where the toggle is not about embodied itself.
    if (toggle == Toggle::HeadlineWithEmbodied)
        base.embodied.buildingFloorM2Steel = 1000;
    CarbonInput on = base;
    switch (toggle) {
    case Toggle::ExportCredit: on.exportCredit = true; break;
    case Toggle::Embodied:
        on.embodied.pvKwp = 10;
        on.embodied.storageKWhNmc = 10;
        on.embodied.buildingFloorM2Concrete = 500;
        break;
    case Toggle::GreenPowerKWh: on.greenPowerKWh = 5; break;
    case Toggle::GreenPowerShare: on.greenPowerShare = 0.5; break;
    case Toggle::HeadlineWithEmbodied: on.headline = pz::HeadlineEmissions::WithEmbodied; break;
    case Toggle::Sink: on.greenSpaceHa = 2; break;
    }
    const QMap<QString, double> a = figures(computeCarbon(base)), b = figures(computeCarbon(on));
    const QSet<QString> expected(changed.begin(), changed.end());
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const bool differs = it.value() != b.value(it.key());
        QVERIFY2(differs == expected.contains(it.key()),
                 qPrintable(QStringLiteral("%1: %2 -> %3").arg(it.key()).arg(it.value()).arg(b.value(it.key()))));
    }
}

void TstCarbon::threshold_data()
{
    QTest::addColumn<double>("tce");
    QTest::addColumn<double>("threshold");
    QTest::newRow("200 ktce") << 2.0e5 << 0.20;
    QTest::newRow("just below 1 Mtce") << 999999.0 << 0.20;
    QTest::newRow("1 Mtce") << 1.0e6 << 0.30;
    QTest::newRow("3 Mtce") << 3.0e6 << 0.30;
}

void TstCarbon::threshold()
{
    QFETCH(double, tce);
    QFETCH(double, threshold);
    QCOMPARE(thresholdForEnergyUse(tce), threshold);
}

QTEST_GUILESS_MAIN(TstCarbon)
#include "tst_carbon.moc"
