// SPDX-License-Identifier: GPL-3.0-or-later
// The time-of-use tariff (spec §15.4): the period of an hour by the calendar, the bill of a
// hand-computed month with a demand charge, the peak : valley hint and the refusal of bad
// tariffs with their path.

#include "economics/tariff.h"
#include "energy/yearcalendar.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace pz::economics;

namespace {

// Weekdays: period 1 (0.80) 08:00-20:00 in January, period 0 (0.30) otherwise; weekends all 0.
Tariff handTariff()
{
    Tariff t;
    t.periods = {{QStringLiteral("low"), 0.30}, {QStringLiteral("high"), 0.80}};
    for (auto &row : t.weekday)
        row.fill(0);
    for (auto &row : t.weekend)
        row.fill(0);
    for (int h = 8; h < 20; ++h)
        t.weekday[0][h] = 1;
    t.demandChargeCNYPerKWMonth = 25;
    t.fixedCNYPerMonth = 100;
    t.exportPriceCNYPerKWh = 0.3;
    t.greenPremiumCNYPerKWh = 0.05;
    return t;
}

} // namespace

class TstEconomicsTariff : public QObject {
    Q_OBJECT
private slots:
    void periodOfHour_data();
    void periodOfHour();
    void handMonth();
    void peakValley_data();
    void peakValley();
    void problems_data();
    void problems();
    void noPeriods();
};

void TstEconomicsTariff::periodOfHour_data()
{
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("period");
    // 1 January 2023 is a Sunday (weekend grid: all 0); 2 January a Monday.
    QTest::newRow("Sunday 1 Jan 10:00") << 10 << 0;
    QTest::newRow("Monday 2 Jan 07:00") << 24 + 7 << 0;
    QTest::newRow("Monday 2 Jan 08:00") << 24 + 8 << 1;
    QTest::newRow("Monday 2 Jan 19:00") << 24 + 19 << 1;
    QTest::newRow("Monday 2 Jan 20:00") << 24 + 20 << 0;
    QTest::newRow("Saturday 7 Jan 12:00") << 6 * 24 + 12 << 0;
    QTest::newRow("Wednesday 1 Feb 12:00 (other month)") << 31 * 24 + 12 << 0;
    QTest::newRow("Tuesday 31 Jan 12:00") << 30 * 24 + 12 << 1;
    QTest::newRow("hour 8760 + 32 wraps to Monday 2 Jan 08:00") << 8760 + 32 << 1;
}

void TstEconomicsTariff::periodOfHour()
{
    QFETCH(int, hour);
    QFETCH(int, period);
    QCOMPARE(pz::economics::periodOfHour(handTariff(), hour), period);
}

void TstEconomicsTariff::handMonth()
{
    // January only: 10 kWh every hour, 50 kWh at hour 100 (Thursday 5 Jan 04:00, low period);
    // 2 kWh exported at hour 200; 100 kWh green power bought.
    std::vector<double> imp(pz::kHoursPerYear, 0.0), exp(pz::kHoursPerYear, 0.0);
    std::fill(imp.begin(), imp.begin() + 31 * 24, 10.0);
    imp[100] = 50;
    exp[200] = 2;
    const ElectricityBill b = computeBill(handTariff(), imp, &exp, 100.0);
    // January has 22 weekdays: high 22 × 12 h × 10 kWh = 2 640 kWh; low 7 440 + 40 − 2 640.
    QCOMPARE(b.importByPeriodKWh, (std::vector<double>{4840.0, 2640.0}));
    QVERIFY(qAbs(b.energyByPeriodCNY[0] - 1452.0) < 1e-9);
    QVERIFY(qAbs(b.energyByPeriodCNY[1] - 2112.0) < 1e-9);
    QVERIFY(qAbs(b.energyCNY - 3564.0) < 1e-9);
    QCOMPARE(b.monthlyPeakKW[0], 50.0);
    QCOMPARE(b.monthlyPeakKW[1], 0.0);
    QVERIFY(qAbs(b.demandCNY - 25 * 50.0) < 1e-9);   // only January has a peak
    QVERIFY(qAbs(b.fixedCNY - 1200.0) < 1e-9);
    QVERIFY(qAbs(b.greenPremiumCNY - 5.0) < 1e-9);
    QVERIFY(qAbs(b.exportRevenueCNY - 0.6) < 1e-9);
    QVERIFY(qAbs(b.totalCNY - (3564.0 + 1250.0 + 1200.0 + 5.0 - 0.6)) < 1e-9);
    QVERIFY(qAbs(b.importKWh - 7480.0) < 1e-9);

    // Without export series and without demand charge.
    Tariff flat = handTariff();
    flat.demandChargeCNYPerKWMonth = 0;
    const ElectricityBill noExport = computeBill(flat, imp, nullptr, 0.0);
    QCOMPARE(noExport.exportKWh, 0.0);
    QVERIFY(qAbs(noExport.totalCNY - (3564.0 + 1200.0)) < 1e-9);
}

void TstEconomicsTariff::peakValley_data()
{
    QTest::addColumn<QList<double>>("prices");   // the default grid's valley, flat, peak
    QTest::addColumn<double>("ratio");
    QTest::addColumn<bool>("meets");
    QTest::newRow("default 0.6 : 0.2") << QList<double>{0.2, 0.4, 0.6} << 3.0 << true;
    QTest::newRow("1.5 : 1") << QList<double>{0.2, 0.25, 0.3} << 1.5 << false;
    QTest::newRow("4 : 1") << QList<double>{0.15, 0.4, 0.6} << 4.0 << true;
    QTest::newRow("flat price") << QList<double>{0.4, 0.4, 0.4} << 1.0 << false;
    QTest::newRow("free valley") << QList<double>{0.0, 0.4, 0.6} << std::numeric_limits<double>::infinity() << true;
}

void TstEconomicsTariff::peakValley()
{
    QFETCH(QList<double>, prices);
    QFETCH(double, ratio);
    QFETCH(bool, meets);
    Tariff t = defaultTariff();
    for (int i = 0; i < 3; ++i)
        t.periods[i].priceCNYPerKWh = prices[i];
    t.periods.push_back({QStringLiteral("unused"), 0.01});   // in no grid: not counted
    const PeakValleyRatio r = peakValleyRatio(t);
    if (std::isinf(ratio))
        QVERIFY(std::isinf(r.ratio));
    else
        QVERIFY2(qAbs(r.ratio - ratio) < 1e-12, qPrintable(QString::number(r.ratio, 'g', 17)));
    QCOMPARE(r.meetsNationalMinimum, meets);
    QCOMPARE(r.hint.isEmpty(), meets);
}

void TstEconomicsTariff::problems_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("line");
    QTest::newRow("weekday hour without period") << 0 << "economics.tariff.weekday[3][17]: every hour needs a period (got 5)";
    QTest::newRow("weekend hour negative") << 1 << "economics.tariff.weekend[11][0]: every hour needs a period (got -1)";
    QTest::newRow("price not finite") << 2 << "economics.tariff.periods[1].price_CNY_per_kWh: must be a finite number (got nan)";
    QTest::newRow("negative demand charge")
        << 3 << "economics.tariff.demand_charge_CNY_per_kW_month: must be at least 0 (got -5)";
    QTest::newRow("export price infinite") << 4 << "economics.tariff.export_price_CNY_per_kWh: must be a finite number (got inf)";
    QTest::newRow("negative green premium") << 5 << "economics.tariff.green_premium_CNY_per_kWh: must be at least 0 (got -0.01)";
    QTest::newRow("negative fixed charge") << 6 << "economics.tariff.fixed_CNY_per_month: must be at least 0 (got -1)";
    QTest::newRow("long period name") << 7 << "economics.tariff.periods[0].name: must be at most 200 characters long";
}

void TstEconomicsTariff::problems()
{
    QFETCH(int, mutation);
    QFETCH(QString, line);
    const QString prefix = QStringLiteral("economics.tariff.");
    Tariff t = defaultTariff();
    QCOMPARE(tariffProblems(t, prefix), QStringList());
    switch (mutation) {
    case 0: t.weekday[3][17] = 5; break;
    case 1: t.weekend[11][0] = -1; break;
    case 2: t.periods[1].priceCNYPerKWh = std::numeric_limits<double>::quiet_NaN(); break;
    case 3: t.demandChargeCNYPerKWMonth = -5; break;
    case 4: t.exportPriceCNYPerKWh = std::numeric_limits<double>::infinity(); break;
    case 5: t.greenPremiumCNYPerKWh = -0.01; break;
    case 6: t.fixedCNYPerMonth = -1; break;
    case 7: t.periods[0].name = QString(201, QLatin1Char('x')); break;
    }
    QCOMPARE(tariffProblems(t, prefix), QStringList{line});
}

void TstEconomicsTariff::noPeriods()
{
    Tariff t = defaultTariff();
    t.periods.clear();
    const QStringList problems = tariffProblems(t, QStringLiteral("economics.tariff."));
    QCOMPARE(problems.size(), 1 + 2 * 12 * 24);   // and every hour of both grids
    QCOMPARE(problems.first(), QStringLiteral("economics.tariff.periods: at least one period is needed"));
    QCOMPARE(problems.last(), QStringLiteral("economics.tariff.weekend[11][23]: every hour needs a period (got 0)"));
}

QTEST_GUILESS_MAIN(TstEconomicsTariff)
#include "tst_economicstariff.moc"
