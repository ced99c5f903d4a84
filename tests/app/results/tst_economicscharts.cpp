// SPDX-License-Identifier: GPL-3.0-or-later
// The economics charts of the results panel (spec §15.7): the cumulative cash flow crosses zero
// at the economics result's payback and marks it there; the bill by period adds up to the
// bill's energy charge, for the design and the business-as-usual park.

#include "common/units.h"
#include "economics/lifecycle.h"
#include "results/billchart.h"
#include "results/cashflowchart.h"
#include "results/resultformat.h"

#include <QTest>
#include <qcustomplot.h>

#include <cmath>

using namespace pz;
using namespace pz::economics;

namespace {

// Spec case E1 (§15.8) with a weekend tariff of its own: 1 000 kWh every hour, a 2 000 kWp
// ground array making 800 kWh at 09, 10, 15, 16 h and 1 400 kWh at 11-14 h.
std::shared_ptr<SimulationResult> e1Result()
{
    static const std::vector<double> consumption(kHoursPerYear, 1000.0);
    static std::vector<double> pv(kHoursPerYear, 0.0);
    for (int t = 0; t < kHoursPerYear; ++t) {
        const int h = t % 24;
        pv[std::size_t(t)] = h == 9 || h == 10 || h == 15 || h == 16 ? 800.0 : h >= 11 && h <= 14 ? 1400.0 : 0.0;
    }
    EconomicsSettings settings;
    settings.tariff.demandChargeCNYPerKWMonth = 30;
    settings.tariff.periods.push_back({QStringLiteral("weekend"), 0.30});
    for (auto &month : settings.tariff.weekend)
        for (int &p : month)
            p = p == 2 ? 3 : p;
    EconomicsInput input;
    input.consumptionKWh = &consumption;
    input.pvGenerationKWh = &pv;
    input.pvArrays = {PvCapacity{2000.0, 1.2, false}};
    input.annualGridFactorKgPerKWh = 0.6849;
    auto result = std::make_shared<SimulationResult>();
    result->ok = true;
    result->economics = std::make_shared<EconomicsResult>(computeEconomics(settings, input));
    for (const TouPeriod &p : settings.tariff.periods)
        result->tariffPeriodNames << p.name;
    return result;
}

double sum(const QCPBars *bars)
{
    double s = 0.0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        s += it->value;
    return s;
}

} // namespace

class TestEconomicsCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paybackCrossing();
    void billByPeriodAddsUp();
    void emptyWithoutEconomics();
};

void TestEconomicsCharts::paybackCrossing()
{
    const auto result = e1Result();
    const EconomicsResult &e = *result->economics;
    QVERIFY(e.paybackYears && e.discountedPaybackYears);
    CashFlowChart chart;
    chart.setResult(result);
    const ResultSeries::CashFlow &flow = chart.cashFlow();
    QCOMPARE(flow.cumulativeCNY.size(), e.years.size() + 1);
    QCOMPARE(flow.cumulativeCNY.front(), -(e.capexCNY - e.capexBauCNY));
    QVERIFY(flow.crossingYears && flow.discountedCrossingYears);
    QVERIFY(std::abs(*flow.crossingYears - *e.paybackYears) < 1e-9);
    QVERIFY(std::abs(*flow.discountedCrossingYears - *e.discountedPaybackYears) < 1e-9);
    QVERIFY(std::abs(*flow.crossingYears - 5.333121) < 1e-6);   // the spec's E1 payback

    // The marks sit on the zero line at those years, labelled with them.
    QList<double> marked;
    QStringList labels;
    for (int i = 0; i < chart.plot()->itemCount(); ++i) {
        if (auto *dot = qobject_cast<QCPItemTracer *>(chart.plot()->item(i))) {
            QCOMPARE(dot->position->coords().y(), 0.0);
            marked << dot->position->coords().x();
        } else if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i))) {
            labels << text->text();
        }
    }
    QCOMPARE(marked.size(), 2);
    QVERIFY(std::abs(marked[0] - *e.paybackYears) < 1e-9);
    QVERIFY(std::abs(marked[1] - *e.discountedPaybackYears) < 1e-9);
    QVERIFY(labels.join(QLatin1Char('|')).contains(QStringLiteral("5.3")));
}

void TestEconomicsCharts::billByPeriodAddsUp()
{
    const auto result = e1Result();
    const EconomicsResult &e = *result->economics;
    BillChart chart;
    chart.setResult(result);
    QCOMPARE(chart.designBars()->data()->size(), 4);
    // The bars are drawn in the axis' unit (M CNY, k CNY or CNY).
    const ElectricityBill &design = e.billYear1.electricity, &bau = e.billBau.electricity;
    QVERIFY(design.energyCNY > 0.0 && bau.energyCNY > design.energyCNY);
    double maxCNY = 0.0;
    for (const auto *v : {&design.energyByPeriodCNY, &bau.energyByPeriodCNY})
        for (double cny : *v)
            maxCNY = std::max(maxCNY, cny);
    const double divisor = ResultFormat::moneyScale(maxCNY).divisor;
    QVERIFY(chart.plot()->yAxis->label().contains(ResultFormat::moneyScale(maxCNY).unit));
    QVERIFY(std::abs(sum(chart.designBars()) * divisor - design.energyCNY) < 1e-9 * design.energyCNY);
    QVERIFY(std::abs(sum(chart.bauBars()) * divisor - bau.energyCNY) < 1e-9 * bau.energyCNY);
    // Each bar is its period's energy charge.
    auto it = chart.designBars()->data()->constBegin();
    for (double cny : design.energyByPeriodCNY)
        QVERIFY(std::abs((it++)->value * divisor - cny) < 1e-9 * design.energyCNY);
    QCOMPARE(chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().value(4.0),
             QStringLiteral("weekend"));
}

void TestEconomicsCharts::emptyWithoutEconomics()
{
    auto result = std::make_shared<SimulationResult>();
    result->ok = true;
    CashFlowChart cash;
    cash.setResult(result);
    QVERIFY(cash.cashFlow().cumulativeCNY.empty());
    QCOMPARE(cash.cumulativeGraph()->dataCount(), 0);
    BillChart bill;
    bill.setResult(result);
    QCOMPARE(bill.designBars()->data()->size(), 0);
}

QTEST_MAIN(TestEconomicsCharts)
#include "tst_economicscharts.moc"
