// SPDX-License-Identifier: GPL-3.0-or-later
// Battery dispatch (spec §10): hand-computed days, year-long energy conservation, the
// carbon-aware strategy and pooling of stores.

#include "common/units.h"
#include "energy/dispatch.h"
#include "energy/loadprofiles.h"
#include "energy/yearcalendar.h"

#include <QTest>
#include <cmath>
#include <numeric>

using pz::kHoursPerYear;

using namespace pz::energy;
using pz::DispatchStrategy;

Q_DECLARE_METATYPE(pz::DispatchStrategy)

namespace {

// The hand-computed day: 2 kWh load every hour; PV from 08 to 16 h.
std::vector<double> dayLoad()
{
    return std::vector<double>(24, 2.0);
}

std::vector<double> dayPv()
{
    std::vector<double> pv(24, 0.0);
    const double v[] = {3, 5, 6, 7, 7, 6, 4, 2};   // hours 8..15, 40 kWh
    for (int i = 0; i < 8; ++i)
        pv[8 + i] = v[i];
    return pv;
}

// 10 kWh, 3 kW, RTE 0.81 (charge and discharge efficiency 0.9), SOC window 10-90 %: 1..9 kWh.
BatteryParams dayBattery()
{
    return BatteryParams{10.0, 3.0, 0.81, 0.1, 0.9};
}

// A synthetic year: PV follows a clear-day half sine with a seasonal swing; the load is a
// two-shift factory and an office.
std::vector<double> yearPv(double kwp)
{
    std::vector<double> pv(kHoursPerYear, 0.0);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const int day = h / 24, hour = h % 24;
        const double season = 0.75 + 0.25 * std::sin(2 * M_PI * (day - 80) / 365.0);
        const double x = (hour + 0.5 - 6.0) / 12.0;
        if (x > 0 && x < 1)
            pv[h] = kwp * 0.8 * season * std::sin(M_PI * x) * (0.6 + 0.4 * ((day * 7919) % 10) / 9.0);
    }
    return pv;
}

std::vector<double> yearLoad()
{
    std::vector<double> load = buildingLoadKWh(pz::UseType::LightManufacturing, 20000.0);
    const std::vector<double> office = buildingLoadKWh(pz::UseType::Office, 5000.0);
    for (int h = 0; h < kHoursPerYear; ++h)
        load[h] += office[h];
    return load;
}

// Lower midday factor, higher evening peak (illustrative).
std::vector<double> yearFactor()
{
    std::vector<double> f(kHoursPerYear);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const int hour = h % 24;
        f[h] = hour >= 10 && hour < 16 ? 0.45 : hour >= 17 && hour < 22 ? 0.85 : 0.65;
    }
    return f;
}

double total(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

} // namespace

class TstDispatch : public QObject {
    Q_OBJECT
private slots:
    void handDay_data();
    void handDay();
    void handDayHours();
    void conservation_data();
    void conservation();
    void carbonAwareGridCharging();
    void carbonAwareWithholdsDischarge();
    void carbonAwareOnlyWhenItLowersEmissions();
    void pooling();
    void reuseMatchesFresh();
};

void TstDispatch::handDay_data()
{
    QTest::addColumn<bool>("withBattery");
    QTest::addColumn<double>("exportLimitKW");
    QTest::addColumn<double>("importKWh");
    QTest::addColumn<double>("exportKWh");
    QTest::addColumn<double>("curtailedKWh");
    QTest::addColumn<double>("chargeKWh");
    QTest::addColumn<double>("dischargeKWh");
    QTest::addColumn<double>("selfConsumedKWh");
    // Without a battery: surplus 1,3,4,5,5,4,2 (h8..14) = 24 exported; import 8 h night + 8 h
    // evening x 2 = 32. Limit 2 kW: export 1+2+2+2+2+2+2 = 13, curtail 1+2+3+3+2 = 11.
    QTest::newRow("no battery") << false << -1.0 << 32.0 << 24.0 << 0.0 << 0.0 << 0.0 << 16.0;
    QTest::newRow("no battery, limit") << false << 2.0 << 32.0 << 13.0 << 11.0 << 0.0 << 0.0 << 16.0;
    // With the battery (start at 1 kWh): h8 charge 1 (E 1.9), h9 3 (E 4.6), h10 3 at the power
    // limit (E 7.3, export 1), h11 (9-7.3)/0.9 = 1.8889 to full (export 3.1111), h12-14 export
    // 5, 4, 2. Charge 8/0.9 = 8.8889. Evening: h16-18 discharge 2 each (E 6.7778, 4.5556,
    // 2.3333), h19 (2.3333-1)x0.9 = 1.2 (import 0.8), h20-23 import 2 each. Discharge 7.2.
    // Import 16 + 0.8 + 8 = 24.8; export 1 + 3.1111 + 5 + 4 + 2 = 15.1111.
    QTest::newRow("battery") << true << -1.0 << 24.8 << 15.0 + 1.0 / 9.0 << 0.0 << 80.0 / 9.0 << 7.2 << 16.0 + 80.0 / 9.0;
    // Limit 2 kW: h10 export 1; h11 2 (curtail 1.1111); h12 2 (3); h13 2 (2); h14 2.
    QTest::newRow("battery, limit") << true << 2.0 << 24.8 << 9.0 << 6.0 + 1.0 / 9.0 << 80.0 / 9.0 << 7.2 << 16.0 + 80.0 / 9.0;
}

void TstDispatch::handDay()
{
    QFETCH(bool, withBattery);
    QFETCH(double, exportLimitKW);
    QFETCH(double, importKWh);
    QFETCH(double, exportKWh);
    QFETCH(double, curtailedKWh);
    QFETCH(double, chargeKWh);
    QFETCH(double, dischargeKWh);
    QFETCH(double, selfConsumedKWh);
    const std::vector<double> pv = dayPv(), load = dayLoad();
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    if (withBattery)
        in.battery = dayBattery();
    in.exportLimitKW = exportLimitKW;
    const DispatchResult r = dispatch(in);
    const double tol = 1e-9;
    QVERIFY(qAbs(r.totalImport - importKWh) < tol);
    QVERIFY(qAbs(r.totalExport - exportKWh) < tol);
    QVERIFY(qAbs(r.totalCurtailed - curtailedKWh) < tol);
    QVERIFY(qAbs(r.totalCharge - chargeKWh) < tol);
    QVERIFY(qAbs(r.totalDischarge - dischargeKWh) < tol);
    QVERIFY(qAbs(r.totalSelfConsumed - selfConsumedKWh) < tol);
    QVERIFY(qAbs(r.totalGeneration - 40.0) < tol);
    QVERIFY(qAbs(r.totalConsumption - 48.0) < tol);
    // Losses: 8.8889 x 0.1 + 7.2 x (1/0.9 - 1) = 0.8889 + 0.8 = 1.6889; the day ends at SOCmin.
    QVERIFY(qAbs(r.losses - (withBattery ? 8.0 / 9.0 + 0.8 : 0.0)) < tol);
    QVERIFY(qAbs(r.finalSoc - r.initialSoc) < tol);
    QVERIFY(qAbs(r.balanceResidualKWh) < tol);
}

void TstDispatch::handDayHours()
{
    const std::vector<double> pv = dayPv(), load = dayLoad();
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = dayBattery();
    const DispatchResult r = dispatch(in);
    const double tol = 1e-9;
    QCOMPARE(r.initialSoc, 1.0);                        // starts at SOCmin
    QCOMPARE(r.socKWh[7], 1.0);                         // night before: nothing to discharge
    QCOMPARE(r.importKWh[7], 2.0);
    QVERIFY(qAbs(r.socKWh[8] - 1.9) < tol);
    QVERIFY(qAbs(r.chargeKWh[10] - 3.0) < tol);         // clipped at 3 kW
    QVERIFY(qAbs(r.exportKWh[10] - 1.0) < tol);
    QVERIFY(qAbs(r.socKWh[11] - 9.0) < tol);            // SOCmax reached
    QVERIFY(qAbs(r.chargeKWh[11] - 17.0 / 9.0) < tol);
    QCOMPARE(r.chargeKWh[12], 0.0);                     // full
    QCOMPARE(r.importKWh[15], 0.0);                     // PV = load
    QCOMPARE(r.dischargeKWh[15], 0.0);
    QVERIFY(qAbs(r.socKWh[16] - (9.0 - 2.0 / 0.9)) < tol);
    QVERIFY(qAbs(r.dischargeKWh[19] - 1.2) < tol);      // SOCmin reached
    QVERIFY(qAbs(r.importKWh[19] - 0.8) < tol);
    QVERIFY(qAbs(r.socKWh[19] - 1.0) < tol);
    QCOMPARE(r.dischargeKWh[20], 0.0);
    QVERIFY(qAbs(r.onsiteDischargeKWh[18] - 2.0) < tol);
}

void TstDispatch::conservation_data()
{
    QTest::addColumn<double>("kwp");
    QTest::addColumn<double>("capacityKWh");
    QTest::addColumn<double>("exportLimitKW");
    QTest::addColumn<DispatchStrategy>("strategy");
    QTest::newRow("self-consumption") << 4000.0 << 3440.0 << -1.0 << DispatchStrategy::SelfConsumption;
    QTest::newRow("self-consumption, export limit") << 4000.0 << 3440.0 << 500.0 << DispatchStrategy::SelfConsumption;
    QTest::newRow("big PV, small battery, limit 0") << 12000.0 << 1000.0 << 0.0 << DispatchStrategy::SelfConsumption;
    QTest::newRow("carbon-aware") << 4000.0 << 6880.0 << -1.0 << DispatchStrategy::CarbonAware;
    QTest::newRow("carbon-aware, export limit") << 8000.0 << 6880.0 << 800.0 << DispatchStrategy::CarbonAware;
    QTest::newRow("no battery") << 4000.0 << 0.0 << 300.0 << DispatchStrategy::SelfConsumption;
}

void TstDispatch::conservation()
{
    QFETCH(double, kwp);
    QFETCH(double, capacityKWh);
    QFETCH(double, exportLimitKW);
    QFETCH(DispatchStrategy, strategy);
    const std::vector<double> pv = yearPv(kwp), load = yearLoad(), factor = yearFactor();
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = BatteryParams{capacityKWh, capacityKWh / 2, 0.85, 0.05, 0.95};
    in.exportLimitKW = exportLimitKW;
    in.strategy = strategy;
    in.hourlyGridFactor = &factor;
    const DispatchResult r = dispatch(in);
    QCOMPARE(int(r.socKWh.size()), kHoursPerYear);

    const double eta = std::sqrt(0.85);
    const double eMin = 0.05 * capacityKWh, eMax = 0.95 * capacityKWh, power = capacityKWh / 2;
    const double tol = 1e-9 * std::max(1.0, capacityKWh);
    double e = r.initialSoc;
    QCOMPARE(e, eMin);
    for (int t = 0; t < kHoursPerYear; ++t) {
        const double c = r.chargeKWh[t], d = r.dischargeKWh[t];
        QVERIFY(c == 0.0 || d == 0.0);                           // never both
        QVERIFY(c >= 0 && d >= 0 && c <= power + tol && d <= power + tol);
        e = e + eta * c - d / eta;
        QVERIFY2(qAbs(r.socKWh[t] - e) < tol, qPrintable(QStringLiteral("hour %1").arg(t)));
        QVERIFY(r.socKWh[t] >= eMin - tol && r.socKWh[t] <= eMax + tol);
        QVERIFY(r.importKWh[t] >= -tol && r.exportKWh[t] >= 0 && r.curtailedKWh[t] >= 0);
        if (exportLimitKW >= 0)
            QVERIFY(r.exportKWh[t] <= exportLimitKW + tol);
        // Hourly balance: generation + import + discharge = load + export + curtailed + charge.
        const double hourly = pv[t] + r.importKWh[t] + d - (load[t] + r.exportKWh[t] + r.curtailedKWh[t] + c);
        QVERIFY(qAbs(hourly) < 1e-9 * std::max(1.0, load[t] + pv[t]));
    }
    // The year: generation + import = consumption + export + curtailment + losses + ΔSOC.
    const double losses = total(r.chargeKWh) * (1 - eta) + total(r.dischargeKWh) * (1 / eta - 1);
    const double in_ = total(pv) + total(r.importKWh);
    const double out = total(load) + total(r.exportKWh) + total(r.curtailedKWh) + losses + (r.socKWh.back() - eMin);
    QVERIFY2(qAbs(in_ - out) <= 1e-6 * in_, qPrintable(QStringLiteral("%1 vs %2").arg(in_, 0, 'f', 6).arg(out, 0, 'f', 6)));
    QVERIFY(qAbs(r.balanceResidualKWh) <= 1e-6 * in_);
    QVERIFY(qAbs(r.losses - losses) <= 1e-9 * in_);
    if (capacityKWh > 0)
        QVERIFY(r.totalDischarge > 0);
}

// No PV; 1 kWh load every hour; factor 0.2 before noon, 1.0 after. 10 kWh, 5 kW, RTE 0.81,
// SOC 0-100 %. 0.2 < 0.81 x 1.0, so the morning charges from the grid for the evening, up to
// the capacity: 10 kWh stored deliver 9 kWh (hours 12-20); hours 21-23 still import.
void TstDispatch::carbonAwareGridCharging()
{
    const std::vector<double> load(24, 1.0), pv(24, 0.0);
    std::vector<double> factor(24, 0.2);
    std::fill(factor.begin() + 12, factor.end(), 1.0);
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = BatteryParams{10.0, 5.0, 0.81, 0.0, 1.0};
    in.strategy = DispatchStrategy::CarbonAware;
    in.hourlyGridFactor = &factor;
    const DispatchResult r = dispatch(in);
    const double tol = 1e-9;
    QVERIFY(qAbs(r.totalGridCharge - 9.0 / 0.81) < tol);
    QVERIFY(qAbs(r.totalDischarge - 9.0) < tol);
    QVERIFY(qAbs(r.socKWh[11] - 10.0) < tol);       // full at noon
    QVERIFY(qAbs(r.finalSoc) < tol);
    for (int h = 12; h <= 20; ++h)
        QVERIFY(qAbs(r.importKWh[h]) < tol);
    QCOMPARE(r.importKWh[21], 1.0);
    QVERIFY(r.chargeKWh[0] <= 5.0 + tol);            // power limit
    QVERIFY(qAbs(r.totalImport - (12.0 + 9.0 / 0.81 + 3.0)) < tol);
    QCOMPARE(r.totalOnsiteDischarge, 0.0);           // all of it came from the grid
    double kg = 0;
    for (int h = 0; h < 24; ++h)
        kg += r.importKWh[h] * factor[h];
    // (12 + 11.111) x 0.2 + 3 x 1.0 = 7.6222 kg, against 12 x 0.2 + 12 x 1.0 = 14.4 without.
    QVERIFY(qAbs(kg - (23.0 + 1.0 / 9.0) * 0.2 - 3.0) < tol);
    // The self-consumption strategy leaves the battery idle without PV.
    in.strategy = DispatchStrategy::SelfConsumption;
    QCOMPARE(dispatch(in).totalCharge, 0.0);
}

// PV charges 2 kWh at noon; loads of 2 kWh at 18 h (factor 0.3) and 22 h (factor 1.0).
// Self-consumption discharges at 18 h and imports at 22 h (2.0 kg); carbon-aware keeps the
// energy for 22 h and imports at 18 h (0.6 kg), with no extra losses (RTE 1).
void TstDispatch::carbonAwareWithholdsDischarge()
{
    std::vector<double> load(24, 0.0), pv(24, 0.0), factor(24, 0.5);
    pv[12] = 2.0;
    load[18] = 2.0;
    load[22] = 2.0;
    factor[18] = 0.3;
    factor[22] = 1.0;
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = BatteryParams{10.0, 10.0, 1.0, 0.0, 1.0};
    in.hourlyGridFactor = &factor;
    const DispatchResult self = dispatch(in);
    QCOMPARE(self.dischargeKWh[18], 2.0);
    QCOMPARE(self.importKWh[22], 2.0);
    in.strategy = DispatchStrategy::CarbonAware;
    const DispatchResult aware = dispatch(in);
    QCOMPARE(aware.dischargeKWh[18], 0.0);
    QCOMPARE(aware.importKWh[18], 2.0);
    QCOMPARE(aware.dischargeKWh[22], 2.0);
    QCOMPARE(aware.importKWh[22], 0.0);
    QCOMPARE(aware.socKWh[21], 2.0);
    QCOMPARE(aware.totalGridCharge, 0.0);
    QCOMPARE(aware.totalOnsiteDischarge, 2.0);
}

// 0.9 before noon and 1.0 after: charging from the grid would lose more (1 - 0.81) than it
// saves (10 %), so the carbon-aware result equals self-consumption.
void TstDispatch::carbonAwareOnlyWhenItLowersEmissions()
{
    const std::vector<double> load(24, 1.0), pv(24, 0.0);
    std::vector<double> factor(24, 0.9);
    std::fill(factor.begin() + 12, factor.end(), 1.0);
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = BatteryParams{10.0, 5.0, 0.81, 0.0, 1.0};
    in.strategy = DispatchStrategy::CarbonAware;
    in.hourlyGridFactor = &factor;
    QCOMPARE(dispatch(in).totalCharge, 0.0);
    // Without an hourly profile there is nothing to be aware of.
    std::fill(factor.begin(), factor.begin() + 12, 0.1);
    in.hourlyGridFactor = nullptr;
    QCOMPARE(dispatch(in).totalCharge, 0.0);
    in.hourlyGridFactor = &factor;
    QVERIFY(dispatch(in).totalCharge > 0.0);
}

void TstDispatch::pooling()
{
    const BatteryParams p = poolBatteries({BatteryParams{100, 50, 0.85, 0.05, 0.95}, BatteryParams{300, 100, 0.90, 0.10, 0.90}});
    QCOMPARE(p.capacityKWh, 400.0);
    QCOMPARE(p.powerKW, 150.0);
    QVERIFY(qAbs(p.socMin - 35.0 / 400.0) < 1e-12);    // (5 + 30) kWh
    QVERIFY(qAbs(p.socMax - 365.0 / 400.0) < 1e-12);   // (95 + 270) kWh
    QVERIFY(qAbs(p.roundTripEfficiency - 355.0 / 400.0) < 1e-12);
    const BatteryParams none = poolBatteries({});
    QCOMPARE(none.capacityKWh, 0.0);
}

// Dispatching into a result of an earlier, different run gives exactly the fresh result.
void TstDispatch::reuseMatchesFresh()
{
    const std::vector<double> pv = yearPv(6000), load = yearLoad(), factor = yearFactor();
    const std::vector<double> shortPv = dayPv(), shortLoad = dayLoad();
    DispatchInput in;
    in.generationKWh = &pv;
    in.consumptionKWh = &load;
    in.battery = BatteryParams{5000.0, 2000.0, 0.85, 0.05, 0.95};
    in.strategy = DispatchStrategy::CarbonAware;
    in.hourlyGridFactor = &factor;
    const DispatchResult fresh = dispatch(in);
    DispatchInput other;
    other.generationKWh = &shortPv;
    other.consumptionKWh = &shortLoad;
    other.battery = dayBattery();
    for (const DispatchInput *first : {&in, &other}) {
        DispatchResult reused = dispatch(*first);
        dispatch(in, reused);
        QCOMPARE(reused.socKWh, fresh.socKWh);
        QCOMPARE(reused.importKWh, fresh.importKWh);
        QCOMPARE(reused.gridChargeKWh, fresh.gridChargeKWh);
        QCOMPARE(reused.onsiteDischargeKWh, fresh.onsiteDischargeKWh);
        QCOMPARE(reused.totalImport, fresh.totalImport);
        QCOMPARE(reused.losses, fresh.losses);
        QCOMPARE(reused.totalSelfConsumed, fresh.totalSelfConsumed);
    }
    QVERIFY(fresh.totalGridCharge > 0);
}

QTEST_GUILESS_MAIN(TstDispatch)
#include "tst_dispatch.moc"

