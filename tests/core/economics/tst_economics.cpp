// SPDX-License-Identifier: GPL-3.0-or-later
// The economics over the park's life (spec §15.2-§15.8): reference case E1 to the spec's
// digits, replacements and salvage, the payback rules and the BAU park.

#include "economics/lifecycle.h"
#include "energy/yearcalendar.h"

#include <QTest>
#include <cmath>

using namespace pz::economics;

namespace {

// |actual − expected| ≤ half a unit of the last digit the spec gives.
void checkDigits(const char *what, double actual, double expected, double halfUnit)
{
    QVERIFY2(std::abs(actual - expected) <= halfUnit,
             qPrintable(QStringLiteral("%1: got %2, spec %3").arg(QLatin1String(what)).arg(actual, 0, 'f', 10).arg(expected, 0, 'f', 10)));
}

// Reference case E1 (§15.8): every day the same, 1 000 kWh of consumption every hour, one
// 2 000 kWp ground array (dc/ac 1.2) making 800 kWh at 09, 10, 15, 16 h and 1 400 kWh at 11-14 h.
struct E1 {
    std::vector<double> consumption = std::vector<double>(pz::kHoursPerYear, 1000.0);
    std::vector<double> pv = std::vector<double>(pz::kHoursPerYear, 0.0);
    EconomicsSettings settings;
    EconomicsInput input;

    E1()
    {
        for (int t = 0; t < pz::kHoursPerYear; ++t) {
            const int h = t % 24;
            pv[t] = h == 9 || h == 10 || h == 15 || h == 16 ? 800.0 : h >= 11 && h <= 14 ? 1400.0 : 0.0;
        }
        settings.tariff.demandChargeCNYPerKWMonth = 30;   // otherwise the default tariff
        input.consumptionKWh = &consumption;
        input.pvGenerationKWh = &pv;
        input.pvArrays = {PvCapacity{2000.0, 1.2, false}};
        input.annualGridFactorKgPerKWh = 0.6849;
    }
};

// The by-hand year cost C_y of §15.8.
double handYearCost(const EconomicsYear &y)
{
    return 3'718'000 - (170'966 + 1'045'447.6 * y.pvFactor) + 80'000 + y.replacementCNY - y.salvageCNY;
}

} // namespace

class TstEconomics : public QObject {
    Q_OBJECT
private slots:
    void referenceE1();
    void referenceE1Years();
    void componentFlows_data();
    void componentFlows();
    void payback_data();
    void payback();
    void bauSameHeat();
    void bauOtherHeat();
    void costlessDesign();
    void windAndCurtailment();
    void yearsRunInAnyOrder();
    void billOfFlowsIsTheHourlyBill();
    void greenProfileInTheFlows();
    void hourlyGridFactorInTheFlows();
};

void TstEconomics::referenceE1()
{
    const E1 e1;
    const EconomicsResult r = computeEconomics(e1.settings, e1.input);
    const ElectricityBill &b = r.billYear1.electricity;
    checkDigits("energy", b.energyCNY, 2'306'800.00, 0.005);
    checkDigits("demand", b.demandCNY, 360'000.00, 0.005);
    checkDigits("export revenue", b.exportRevenueCNY, 165'213.60, 0.005);
    checkDigits("year-1 bill", b.totalCNY, 2'501'586.40, 0.005);
    checkDigits("year-1 bill incl. fuels", r.billYear1.totalCNY, 2'501'586.40, 0.005);
    checkDigits("valley import", b.importByPeriodKWh[0], 2'920'000, 0.5);
    checkDigits("flat import", b.importByPeriodKWh[1], 1'022'000, 0.5);
    checkDigits("peak import", b.importByPeriodKWh[2], 2'190'000, 0.5);
    checkDigits("BAU energy", r.billBau.electricity.energyCNY, 3'358'000.00, 0.005);
    checkDigits("BAU demand", r.billBau.electricity.demandCNY, 360'000.00, 0.005);
    checkDigits("BAU bill", r.billBau.totalCNY, 3'718'000.00, 0.005);
    checkDigits("capex", r.capexCNY, 6'000'000, 0.5);
    QCOMPARE(r.capexBauCNY, 0.0);
    checkDigits("LCC", r.lccCNY, 39'439'884.51, 0.005);
    checkDigits("LCC BAU", r.lccBauCNY, 47'528'518.20, 0.005);
    checkDigits("NPV", r.npvCNY, 8'088'633.69, 0.005);
    QVERIFY(r.lcoeCNYPerKWh);
    checkDigits("LCOE", *r.lcoeCNYPerKWh, 0.175113691, 5e-10);
    QVERIFY(r.paybackYears && r.discountedPaybackYears);
    checkDigits("payback", *r.paybackYears, 5.333121, 5e-7);
    checkDigits("discounted payback", *r.discountedPaybackYears, 6.641206, 5e-7);
    checkDigits("discounted CO2 abated", r.discountedCo2AbatedT, 22'560.0893, 5e-5);
    QVERIFY(r.costOfCarbonAbatedCNYPerT);
    checkDigits("cost of carbon abated", *r.costOfCarbonAbatedCNYPerT, -358.537308, 5e-7);
}

void TstEconomics::referenceE1Years()
{
    const E1 e1;
    const EconomicsResult r = computeEconomics(e1.settings, e1.input);
    QCOMPARE(int(r.years.size()), 25);
    const EconomicsYear &y1 = r.years[0], &y2 = r.years[1], &y15 = r.years[14], &y25 = r.years[24];
    checkDigits("year-1 import", y1.importKWh, 6'132'000, 0.5);
    checkDigits("year-1 export", y1.exportKWh, 584'000, 0.5);
    checkDigits("year-1 generation", y1.generationKWh, 3'212'000, 0.5);
    checkDigits("year-2 factor", y2.pvFactor, 0.995, 5e-10);
    checkDigits("year-2 import", y2.importKWh, 6'137'840, 0.5);
    checkDigits("year-2 export", y2.exportKWh, 573'780, 0.5);
    checkDigits("year-2 bill", y2.billCNY, 2'506'813.638, 5e-4);
    checkDigits("year-15 replacement", y15.replacementCNY, 250'000, 0.5);
    checkDigits("year-25 factor", y25.pvFactor, 0.886653511, 5e-10);
    checkDigits("year-25 bill", y25.billCNY, 2'620'084.215, 5e-4);
    checkDigits("year-25 salvage", y25.salvageCNY, 1'083'333.333, 5e-4);
    checkDigits("CO2 year 1", y1.co2T, 4'199.8068, 5e-5);
    checkDigits("CO2 BAU year 1", y1.co2BauT, 5'999.724, 5e-4);
    double sumDf = 0, sumDfF = 0, cumulative = -r.capexCNY;
    for (const EconomicsYear &y : r.years) {
        sumDf += y.discountFactor;
        sumDfF += y.discountFactor * y.pvFactor;
        QVERIFY(qAbs(y.costCNY - handYearCost(y)) < 1e-6);
        QVERIFY(qAbs(y.costBauCNY - 3'718'000) < 1e-6);
        QVERIFY(qAbs((y.co2BauT - y.co2T) - (999.954 + 799.9632 * y.pvFactor)) < 1e-8);
        QCOMPARE(y.greenKWh, 0.0);
        QCOMPARE(y.curtailedKWh, 0.0);
        QCOMPARE(y.replacementCNY > 0, y.year == 15);
        QCOMPARE(y.salvageCNY > 0, y.year == 25);
        if (y.year <= 5)
            cumulative += y.costBauCNY - y.costCNY;
    }
    checkDigits("sum DF", sumDf, 12.783356158, 5e-10);
    checkDigits("sum DF f", sumDfF, 12.222213717, 5e-10);
    checkDigits("cumulative after year 5", cumulative, -369'943.67, 0.005);
    checkDigits("year-6 flow", r.years[5].costBauCNY - r.years[5].costCNY, 1'110'537.47, 0.005);
}

void TstEconomics::componentFlows_data()
{
    QTest::addColumn<int>("life");
    QTest::addColumn<int>("years");
    QTest::addColumn<QList<int>>("replaced");
    QTest::addColumn<double>("salvage");   // capex 600, replacement 300
    QTest::newRow("PV: 30 yr over 25") << 30 << 25 << QList<int>{} << 600.0 * 5 / 30;
    QTest::newRow("inverters: 15 over 25") << 15 << 25 << QList<int>{15} << 300.0 * 5 / 15;
    QTest::newRow("boiler: 20 over 25") << 20 << 25 << QList<int>{20} << 300.0 * 15 / 20;
    QTest::newRow("wind: 25 over 25, none in year N") << 25 << 25 << QList<int>{} << 0.0;
    QTest::newRow("15 over 30: none in year N") << 15 << 30 << QList<int>{15} << 0.0;
    QTest::newRow("10 over 25: twice") << 10 << 25 << QList<int>{10, 20} << 300.0 * 5 / 10;
    QTest::newRow("40 over 10") << 40 << 10 << QList<int>{} << 600.0 * 30 / 40;
    QTest::newRow("no life") << 0 << 25 << QList<int>{} << 0.0;
}

void TstEconomics::componentFlows()
{
    QFETCH(int, life);
    QFETCH(int, years);
    QFETCH(QList<int>, replaced);
    QFETCH(double, salvage);
    const ComponentCashFlow c{600.0, 300.0, 10.0, life};
    const std::vector<double> r = replacementsByYear(c, years);
    QCOMPARE(int(r.size()), years + 1);
    for (int y = 0; y <= years; ++y)
        QCOMPARE(r[y], replaced.contains(y) ? 300.0 : 0.0);
    QVERIFY(qAbs(salvageCNY(c, years) - salvage) < 1e-9);
}

void TstEconomics::payback_data()
{
    QTest::addColumn<QList<double>>("flows");   // CF_0..CF_N
    QTest::addColumn<double>("expected");       // < 0: none
    QTest::newRow("one crossing") << QList<double>{-100, 40, 40, 40, 40} << 2.5;
    QTest::newRow("never") << QList<double>{-100, 20, 20, 20} << -1.0;
    QTest::newRow("replacement dips below zero again")
        << QList<double>{-100, 60, 60, -50, 60, 60} << 1 + 40.0 / 60 + 1 + 30.0 / 60;
    QTest::newRow("below zero at the end after a crossing") << QList<double>{-100, 150, -100} << -1.0;
    QTest::newRow("cheaper from the start") << QList<double>{0, 10, 10} << 0.0;
    QTest::newRow("lands exactly on zero") << QList<double>{-100, 100, 10} << 1.0;
    QTest::newRow("K_N exactly zero") << QList<double>{-100, 50, 50} << 2.0;
}

void TstEconomics::payback()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    const std::optional<double> p = paybackYears(std::vector<double>(flows.begin(), flows.end()));
    QCOMPARE(bool(p), expected >= 0);
    if (p)
        QVERIFY2(qAbs(*p - expected) < 1e-12, qPrintable(QString::number(*p, 'g', 17)));
}

namespace {

// A small park for the BAU tests: 100 kWh every hour, 20 of it an air-source heat pump (peak heat
// 50 kW); 100 kWp of PV at noon, a 200 kWh / 100 kW battery, half the import bought green.
struct HeatPark {
    std::vector<double> consumption = std::vector<double>(pz::kHoursPerYear, 100.0);
    std::vector<double> heatElectricity = std::vector<double>(pz::kHoursPerYear, 20.0);
    std::vector<double> pv = std::vector<double>(pz::kHoursPerYear, 0.0);
    EconomicsSettings settings;
    EconomicsInput input;

    HeatPark()
    {
        for (int t = 12; t < pz::kHoursPerYear; t += 24)
            pv[t] = 300.0;
        input.consumptionKWh = &consumption;
        input.pvGenerationKWh = &pv;
        input.pvArrays = {PvCapacity{100.0, 1.25, true}};
        input.battery = pz::energy::BatteryParams{200.0, 100.0, 0.9, 0.05, 0.95};
        input.greenPowerShare = 0.5;
        input.annualGridFactorKgPerKWh = 0.5;
        input.heat.plants = {HeatPlant{HeatTechnology::AirSourceHeatPump, 50.0}};
        input.heat.electricityKWh = &heatElectricity;
    }
};

} // namespace

void TstEconomics::bauSameHeat()
{
    const HeatPark park;
    const EconomicsResult r = computeEconomics(park.settings, park.input);
    // BAU: no PV, storage or green power; everything imported, nothing exported.
    QCOMPARE(bauConsumption(park.input), park.consumption);
    const ElectricityBill &bau = r.billBau.electricity;
    QCOMPARE(bau.importKWh, 876'000.0);
    QCOMPARE(bau.exportKWh, 0.0);
    QCOMPARE(bau.greenKWh, 0.0);
    QVERIFY(qAbs(bau.energyCNY - (8.0 * 0.2 + 10.0 * 0.4 + 6.0 * 0.6) * 100.0 * 365) < 1e-6);
    // The heat pump is the BAU's only component, with the design's costs.
    QCOMPARE(int(r.bauComponents.size()), 1);
    QCOMPARE(r.bauComponents[0].key, QStringLiteral("heat.ashp"));
    QCOMPARE(r.capexBauCNY, 1500.0 * 50);
    QStringList keys;
    for (const Component &c : r.components)
        keys << c.key;
    QCOMPARE(keys, (QStringList{"pv_rooftop", "inverters", "storage", "heat.ashp"}));
    QCOMPARE(r.capexCNY, 2800.0 * 100 + 385.0 * 200 + 159.0 * 100 + 1500.0 * 50);
    // ASHP replaced at 15 (75 000) and salvaged 5/15 in both parks; O&M 30 CNY/kW_th.
    const EconomicsYear &y15 = r.years[14], &y25 = r.years[24];
    QVERIFY(qAbs(r.years[0].costBauCNY - (r.billBau.totalCNY + 30.0 * 50)) < 1e-6);
    QVERIFY(qAbs(y15.costBauCNY - (r.billBau.totalCNY + 30.0 * 50 + 75'000)) < 1e-6);
    QVERIFY(qAbs(y25.costBauCNY - (r.billBau.totalCNY + 30.0 * 50 - 25'000)) < 1e-6);
    QVERIFY(qAbs(y25.co2BauT - 876'000 * 0.5 / 1000) < 1e-9);
    // The design buys green power for half its import and pays the premium.
    const EconomicsYear &y1 = r.years[0];
    QVERIFY(y1.importKWh < 876'000 && y1.importKWh > 0);
    QVERIFY(qAbs(y1.greenKWh - 0.5 * y1.importKWh) < 1e-6);
    QVERIFY(qAbs(r.billYear1.electricity.greenPremiumCNY - 0.03 * y1.greenKWh) < 1e-6);
    QVERIFY(qAbs(y1.co2T - 0.5 * y1.importKWh * 0.5 / 1000) < 1e-9);
}

void TstEconomics::bauOtherHeat()
{
    HeatPark park;
    park.settings.bauHeatSupply = HeatTechnology::GasBoiler;
    park.input.heat.fuelCo2T = 0;
    HeatSupplySide gas;
    gas.plants = {HeatPlant{HeatTechnology::GasBoiler, 50.0}};
    gas.gasM3 = 10'000;
    gas.fuelCo2T = 21.6;
    park.input.bauHeat = &gas;
    const EconomicsResult r = computeEconomics(park.settings, park.input);
    // consumption_BAU = consumption − E_heat,design + E_heat,BAU = 100 − 20 + 0.
    const std::vector<double> bau = bauConsumption(park.input);
    QCOMPARE(bau, std::vector<double>(pz::kHoursPerYear, 80.0));
    QCOMPARE(r.billBau.electricity.importKWh, 700'800.0);
    QVERIFY(qAbs(r.billBau.gasCNY - 30'000) < 1e-9);
    QVERIFY(qAbs(r.billBau.totalCNY - (r.billBau.electricity.totalCNY + 30'000)) < 1e-9);
    QCOMPARE(r.capexBauCNY, 300.0 * 50);
    QCOMPARE(r.bauComponents[0].key, QStringLiteral("heat.gas_boiler"));
    // Boiler: O&M 6 CNY/kW_th; replaced at 20, salvaged 15/20 at 25.
    QVERIFY(qAbs(r.years[19].costBauCNY - (r.billBau.totalCNY + 6.0 * 50 + 15'000)) < 1e-6);
    QVERIFY(qAbs(r.years[24].costBauCNY - (r.billBau.totalCNY + 6.0 * 50 - 15'000 * 15.0 / 20)) < 1e-6);
    QVERIFY(qAbs(r.years[0].co2BauT - (700'800 * 0.5 / 1000 + 21.6)) < 1e-9);
    // The design keeps its heat pump.
    QCOMPARE(r.capexCNY, 2800.0 * 100 + 385.0 * 200 + 159.0 * 100 + 1500.0 * 50);
}

void TstEconomics::costlessDesign()
{
    // No generation and nothing costed: design = BAU, no LCOE, payback 0, no abatement.
    std::vector<double> consumption(pz::kHoursPerYear, 10.0);
    EconomicsInput in;
    in.consumptionKWh = &consumption;
    const EconomicsResult r = computeEconomics(EconomicsSettings{}, in);
    QCOMPARE(r.npvCNY, 0.0);
    QVERIFY(!r.lcoeCNYPerKWh);
    QCOMPARE(r.paybackYears, std::optional<double>(0.0));
    QVERIFY(!r.costOfCarbonAbatedCNYPerT);
    QCOMPARE(r.lccCNY, r.lccBauCNY);
}

void TstEconomics::windAndCurtailment()
{
    // 1 000 kW of wind making 500 kWh every hour, 300 kWh consumed, export limited to 100 kW:
    // 100 kWh curtailed every hour. A 100 kWh store with no power is costed but never used.
    std::vector<double> consumption(pz::kHoursPerYear, 300.0), wind(pz::kHoursPerYear, 500.0);
    EconomicsInput in;
    in.consumptionKWh = &consumption;
    in.windGenerationKWh = &wind;
    in.windKW = 1000;
    in.exportLimitKW = 100;
    in.battery = pz::energy::BatteryParams{100.0, 0.0, 0.85, 0.05, 0.95};
    const EconomicsResult r = computeEconomics(EconomicsSettings{}, in);
    QCOMPARE(r.capexCNY, 4000.0 * 1000 + 385.0 * 100);
    for (const EconomicsYear &y : r.years) {   // wind is not degraded
        QVERIFY(qAbs(y.generationKWh - 8760 * 500.0) < 1e-6);
        QVERIFY(qAbs(y.curtailedKWh - 8760 * 100.0) < 1e-6);
        QCOMPARE(y.importKWh, 0.0);
        // Wind (25 years over 25) has no salvage; the store (life 15) is replaced at 15 and
        // salvaged 5/15 at 25.
        QCOMPARE(y.replacementCNY, y.year == 15 ? 38'500.0 : 0.0);
        QVERIFY(qAbs(y.salvageCNY - (y.year == 25 ? 38'500.0 * 5 / 15 : 0.0)) < 1e-9);
    }
    // LCOE leaves the store out: (capex + O&M × Σ DF) / (400 kWh × 8760 × Σ DF).
    QVERIFY(r.lcoeCNYPerKWh);
    const double sumDf = 12.783356158;
    const double lcoe = (4.0e6 + 80'000 * sumDf) / (400.0 * 8760 * sumDf);
    QVERIFY2(qAbs(*r.lcoeCNYPerKWh - lcoe) < 1e-9, qPrintable(QString::number(*r.lcoeCNYPerKWh, 'g', 12)));
}

// The yearly dispatches may run in any order (the engine spreads them over the cores): the
// table is the same. Without PV every year has year 1's flows under its own factor; with PV
// each year is its own dispatch.
void TstEconomics::yearsRunInAnyOrder()
{
    E1 e1;
    const YearFlowTable serial = dispatchYears(25, 0.005, e1.input);
    const YearFlowTable reversed = dispatchYears(25, 0.005, e1.input,
        [](std::size_t count, const std::function<void(std::size_t)> &body) {
            for (std::size_t k = count; k-- > 0;)
                body(k);
        });
    QCOMPARE(serial.size(), std::size_t(25));
    for (std::size_t y = 0; y < serial.size(); ++y) {
        QCOMPARE(reversed[y]->pvFactor, serial[y]->pvFactor);
        QCOMPARE(reversed[y]->importKWh, serial[y]->importKWh);
        QCOMPARE(reversed[y]->importBinsKWh, serial[y]->importBinsKWh);
    }
    QVERIFY(serial[24]->importKWh > serial[0]->importKWh);   // degraded PV, more import

    std::vector<double> wind(pz::kHoursPerYear, 700.0);
    EconomicsInput windOnly = e1.input;
    windOnly.pvGenerationKWh = nullptr;
    windOnly.windGenerationKWh = &wind;
    int dispatched = 0;
    const YearFlowTable w = dispatchYears(25, 0.005, windOnly,
        [&](std::size_t count, const std::function<void(std::size_t)> &body) {
            dispatched = int(count);
            for (std::size_t k = 0; k < count; ++k)
                body(k);
        });
    QCOMPARE(dispatched, 1);
    for (std::size_t y = 0; y < w.size(); ++y) {
        QCOMPARE(w[y]->importKWh, w[0]->importKWh);
        QCOMPARE(w[y]->pvFactor, std::pow(1.0 - 0.005, double(y)));
    }
}

// The bill from a year's flows (import binned by day type, month and hour) equals the hourly
// bill of computeBill(): a tariff whose weekend differs from its weekday and varies by month,
// with a demand charge, fixed charge and green premium.
void TstEconomics::billOfFlowsIsTheHourlyBill()
{
    Tariff t = defaultTariff();
    t.periods.push_back({QStringLiteral("critical"), 1.1});
    for (int m = 0; m < 12; ++m)
        for (int h = 0; h < 24; ++h) {
            t.weekend[m][h] = h % 2;
            if (m >= 6 && m <= 7 && h >= 19 && h <= 20)
                t.weekday[m][h] = 3;
        }
    t.demandChargeCNYPerKWMonth = 27.5;
    t.fixedCNYPerMonth = 1200;
    std::vector<double> imp(pz::kHoursPerYear), exp(pz::kHoursPerYear);
    for (int h = 0; h < pz::kHoursPerYear; ++h) {
        imp[std::size_t(h)] = 300.0 + 7.0 * (h % 23) + 0.37 * (h % 101) + (h == 4000 ? 900.0 : 0.0);
        exp[std::size_t(h)] = h % 24 >= 11 && h % 24 <= 14 ? 12.5 + h % 5 : 0.0;
    }
    const ElectricityBill hourly = computeBill(t, imp, &exp, 5000.0);
    const ElectricityBill binned = billOfFlows(t, yearFlows(imp, &exp, nullptr), 5000.0);
    QCOMPARE(binned.importKWh, hourly.importKWh);
    QCOMPARE(binned.exportKWh, hourly.exportKWh);
    QCOMPARE(binned.monthlyPeakKW, hourly.monthlyPeakKW);
    QCOMPARE(binned.demandCNY, hourly.demandCNY);
    QCOMPARE(binned.importByPeriodKWh.size(), std::size_t(4));
    for (std::size_t p = 0; p < 4; ++p)
        QVERIFY(std::abs(binned.importByPeriodKWh[p] - hourly.importByPeriodKWh[p]) <= 1e-9 * hourly.importKWh);
    QVERIFY(hourly.importByPeriodKWh[3] > 0);
    QVERIFY(std::abs(binned.totalCNY - hourly.totalCNY) <= 1e-9 * hourly.totalCNY);
    // Hour 4000 (17 June, 16:00) is June's peak: 27.5 CNY/kW on it.
    QCOMPARE(binned.monthlyPeakKW[5], imp[4000]);
}

void TstEconomics::hourlyGridFactorInTheFlows()
{
    std::vector<double> imp(pz::kHoursPerYear, 2.0), factor(pz::kHoursPerYear, 0.5);
    factor[10] = std::nan("");   // an hour without a factor counts at the annual factor
    const YearFlows f = yearFlows(imp, nullptr, &factor);
    QCOMPARE(f.importAtAnnualFactorKWh, 2.0);
    QCOMPARE(f.importHourlyFactorKg, (pz::kHoursPerYear - 1) * 2.0 * 0.5);
    QCOMPARE(f.billedExportKWh, 0.0);
}

// An hourly green-power profile: each hour counts at most its import, at its own factor.
void TstEconomics::greenProfileInTheFlows()
{
    std::vector<double> imp(pz::kHoursPerYear, 2.0), factor(pz::kHoursPerYear, 0.5), green(pz::kHoursPerYear, 0.0);
    imp[5] = 0.0;
    green[5] = 4.0;              // no import: nothing counts
    green[6] = 3.0;              // capped at 2
    green[7] = 1.0;
    factor[7] = 1.5;
    factor[6] = std::nan("");    // at the annual factor
    const YearFlows f = yearFlows(imp, nullptr, &factor, &green);
    QCOMPARE(f.greenHourlyKWh, 3.0);
    QCOMPARE(f.greenHourlyFactorKg, 1.5);
    QCOMPARE(f.greenAtAnnualFactorKWh, 2.0);
    const YearFlows none = yearFlows(imp, nullptr, &factor);
    QCOMPARE(none.greenHourlyKWh, 0.0);
    QCOMPARE(none.importHourlyFactorKg, f.importHourlyFactorKg);
}

QTEST_GUILESS_MAIN(TstEconomics)
#include "tst_economics.moc"
