// SPDX-License-Identifier: GPL-3.0-or-later
// The results panel: KPI texts and their ▲/▼ changes, the zero-carbon verdict, the object
// table's sorting and selection sync with the map, chart contents, chart export and palettes.
// Results are fabricated here with a small but consistent hourly balance.

#include "common/units.h"
#include "document/parkdocument.h"
#include "economics/lifecycle.h"
#include "model/windturbine.h"
#include "results/batterysocchart.h"
#include "results/billchart.h"
#include "results/carbonwaterfallchart.h"
#include "results/cashflowchart.h"
#include "results/carrierssummary.h"
#include "results/chartstyle.h"
#include "results/dayprofilechart.h"
#include "results/kpicard.h"
#include "results/matchingheatmapchart.h"
#include "results/monthlyenergychart.h"
#include "results/monthlyheatchart.h"
#include "results/pvobjecttablemodel.h"
#include "results/resultformat.h"
#include "results/resultseries.h"
#include "results/resultspanel.h"
#include "results/turbinetablemodel.h"
#include "selectionmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <qcustomplot.h>

#include <cmath>

using namespace pz;

namespace {

struct PlantSpec {
    QString name;
    PvKind kind;
    double kwp;
    double shadingLossPct;
};

const PlantSpec Plants[] = {
    {QStringLiteral("Hall A roof"), PvKind::Rooftop, 1200.0, 3.2},
    {QStringLiteral("Hall B roof"), PvKind::Rooftop, 800.0, 1.1},
    {QStringLiteral("South field"), PvKind::Ground, 6000.0, 0.4},
    {QStringLiteral("East field"), PvKind::Ground, 2500.0, 6.8},
};

// Clear-sky-ish PV output per kWp (kW) with a deterministic day-to-day cloudiness.
double pvPerKwp(int hour)
{
    const int day = hour / 24;
    const double h = hour % 24 + 0.5;
    const double season = std::cos(2.0 * M_PI * (day - 172) / 365.0);
    const double dayLength = 12.0 + 3.5 * season;
    const double sunrise = 12.0 - dayLength / 2.0;
    if (h < sunrise || h > sunrise + dayLength)
        return 0.0;
    const double shape = std::sin(M_PI * (h - sunrise) / dayLength);
    const double cloud = 0.55 + 0.45 * std::abs(std::sin(day * 12.9898));
    return 0.82 * (0.7 + 0.3 * season) * shape * cloud;
}

// A park of the four PV objects above, a 16 MWh battery and a factory load, dispatched for
// self-consumption. pvScale scales all PV; greenShare is the part of the import bought green.
SimulationResult fabricate(const ObjectIds &ids, double pvScale, double greenShare)
{
    SimulationResult r;
    r.ok = true;
    r.revision = 1;
    r.weatherSource = QStringLiteral("fabricated");
    const double factor = 0.5703;
    const double capacity = 16000.0, powerKW = 4000.0, eta = std::sqrt(0.9);
    const double socMin = 0.05 * capacity, socMax = 0.95 * capacity, exportLimitKW = 4000.0;

    for (size_t i = 0; i < std::size(Plants); ++i) {
        PvObjectResult o;
        o.id = ids[int(i)];
        o.name = Plants[i].name;
        o.kind = Plants[i].kind;
        o.kwp = Plants[i].kwp * pvScale;
        o.shadingLossPct = Plants[i].shadingLossPct;
        o.hourlyAcW.resize(kHoursPerYear);
        o.hourlyPoaWm2.resize(kHoursPerYear);
        o.hourlyCellTempC.resize(kHoursPerYear);
        for (int t = 0; t < kHoursPerYear; ++t) {
            const double kw = o.kwp * pvPerKwp(t) * (1.0 - o.shadingLossPct / 100.0);
            o.hourlyAcW[size_t(t)] = float(kw * 1000.0);
            o.hourlyPoaWm2[size_t(t)] = float(pvPerKwp(t) * 1150.0);
            o.hourlyCellTempC[size_t(t)] = float(15.0 + 25.0 * pvPerKwp(t));
            o.annualAcKWh += kw;
            o.monthlyAcKWh[size_t(ResultSeries::monthOfHour(t) - 1)] += kw;
            o.peakAcKW = std::max(o.peakAcKW, kw);
        }
        o.specificYieldKWhPerKWp = o.annualAcKWh / o.kwp;
        r.objects.push_back(o);
    }

    HourlyBalance &h = r.hourly;
    for (auto *v : {&h.generationKWh, &h.consumptionKWh, &h.batteryChargeKWh, &h.batteryDischargeKWh,
                    &h.batterySocKWh, &h.gridImportKWh, &h.gridExportKWh, &h.curtailedKWh,
                    &h.gridFactorKgPerKWh, &h.emissionsKg, &h.sunZenithDeg, &h.sunAzimuthDeg})
        v->assign(kHoursPerYear, 0.0);
    ParkSummary &p = r.park;
    double soc = socMin;
    for (int t = 0; t < kHoursPerYear; ++t) {
        const size_t i = size_t(t);
        double gen = 0.0;
        for (const PvObjectResult &o : r.objects) {
            gen += o.hourlyAcW[i] / 1000.0;
            (o.kind == PvKind::Rooftop ? p.rooftopGenerationKWh : p.groundGenerationKWh) += o.hourlyAcW[i] / 1000.0;
        }
        const int hourOfDay = t % 24;
        const bool workday = (t / 24) % 7 != 0 && (t / 24) % 7 != 6;  // 1 Jan 2023 is a Sunday
        const double cons = 2600.0 + (workday && hourOfDay >= 7 && hourOfDay < 19 ? 2400.0 : 300.0);
        double charge = 0.0, discharge = 0.0, imp = 0.0, exp = 0.0, curtailed = 0.0;
        if (gen >= cons) {
            charge = std::min({gen - cons, powerKW, (socMax - soc) / eta});
            soc += charge * eta;
            exp = gen - cons - charge;
            curtailed = std::max(0.0, exp - exportLimitKW);
            exp -= curtailed;
        } else {
            discharge = std::min({cons - gen, powerKW, (soc - socMin) * eta});
            soc -= discharge / eta;
            imp = cons - gen - discharge;
        }
        h.generationKWh[i] = gen;
        h.consumptionKWh[i] = cons;
        h.batteryChargeKWh[i] = charge;
        h.batteryDischargeKWh[i] = discharge;
        h.batterySocKWh[i] = soc;
        h.gridImportKWh[i] = imp;
        h.gridExportKWh[i] = exp;
        h.curtailedKWh[i] = curtailed;
        h.gridFactorKgPerKWh[i] = factor;
        h.emissionsKg[i] = imp * factor;
        h.sunZenithDeg[i] = 90.0 - 60.0 * pvPerKwp(t);
        h.sunAzimuthDeg[i] = 90.0 + 15.0 * (hourOfDay - 6);

        const size_t m = size_t(ResultSeries::monthOfHour(t) - 1);
        p.monthlyGenerationKWh[m] += gen;
        p.monthlyConsumptionKWh[m] += cons;
        p.annualGenerationKWh += gen;
        p.annualConsumptionKWh += cons;
        p.gridImportKWh += imp;
        p.gridExportKWh += exp;
        p.curtailedKWh += curtailed;
        p.batteryThroughputKWh += discharge;
        p.emissions.operationalLocationT += imp * factor / 1000.0;
    }
    for (const PvObjectResult &o : r.objects) {
        p.pvKwp += o.kwp;
        (o.kind == PvKind::Rooftop ? p.rooftopKwp : p.groundKwp) += o.kwp;
    }
    p.batteryCapacityKWh = capacity;
    p.selfConsumptionPct = 100.0 * (p.annualGenerationKWh - p.gridExportKWh - p.curtailedKWh) / p.annualGenerationKWh;
    p.selfSufficiencyPct = 100.0 * (p.annualConsumptionKWh - p.gridImportKWh) / p.annualConsumptionKWh;
    p.cfeScorePct = p.selfSufficiencyPct + greenShare * (100.0 - p.selfSufficiencyPct);
    p.cleanEnergySharePct = p.cfeScorePct;
    p.gridFactorKgPerKWh = factor;
    p.gridFactorSource = QStringLiteral("fabricated");
    EmissionsSummary &e = p.emissions;
    e.operationalMarketT = e.operationalLocationT * (1.0 - greenShare);
    e.embodiedPvT = p.pvKwp * 1000.0 / 25.0 / 1000.0;
    e.embodiedStorageT = capacity * 100.0 / 15.0 / 1000.0;
    e.embodiedBuildingsT = 30000.0 * 400.0 / 50.0 / 1000.0;
    e.embodiedAnnualT = e.embodiedPvT + e.embodiedStorageT + e.embodiedBuildingsT;
    e.sinkT = 85.0;
    e.exportCreditT = 0.0;
    e.netT = e.operationalMarketT - e.sinkT - e.exportCreditT;
    e.netWithEmbodiedT = e.netT + e.embodiedAnnualT;
    const double tce = p.annualConsumptionKWh * 0.1229 / 1000.0;
    p.intensityTCO2PerTce = e.netT / tce;
    p.thresholdTCO2PerTce = 0.2;
    p.zeroCarbon = p.intensityTCO2PerTce <= p.thresholdTCO2PerTce;
    return r;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2E));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2C));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF2, 0xF2, 0xF2));
    p.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF5, 0xF7, 0xFA));
    p.setColor(QPalette::Text, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Button, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::ButtonText, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Highlight, QColor(0x1F, 0x6F, 0xC0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// WCAG relative luminance contrast ratio.
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList columnTexts(const QTableView *view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestResultsPanel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ParkDocument> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    ObjectIds m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_doc = std::make_unique<ParkDocument>();
        for (int i = 0; i < 4; ++i) {
            ParkObject object;
            if (Plants[i].kind == PvKind::Rooftop) {
                Building b;
                b.name = Plants[i].name;
                b.footprint = rectangle(Point2(60.0 * i, 0.0), 50.0, 30.0, 0.0);
                object = b;
            } else {
                PvArray a;
                a.name = Plants[i].name;
                a.outline = rectangle(Point2(60.0 * i, 200.0), 80.0, 60.0, 0.0);
                object = a;
            }
            QStringList problems;
            const ObjectId id = m_doc->addObject(object, QString(), &problems);
            QVERIFY2(id != 0, qPrintable(problems.join(u'\n')));
            m_ids << id;
        }
        m_selection = std::make_unique<SelectionModel>(m_doc.get());
    }

    void cleanupTestCase()
    {
        m_selection.reset();
        m_doc.reset();
    }

    void fabricatedResultIsConsistent()
    {
        // The energy balance the panel relies on: consumption = PV used + discharge + import.
        const SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        const ParkSummary &p = r.park;
        QVERIFY(p.annualGenerationKWh > 1.0e7);
        QCOMPARE(p.rooftopGenerationKWh + p.groundGenerationKWh, p.annualGenerationKWh);
        for (int t = 0; t < kHoursPerYear; t += 37) {
            const HourlyBalance &h = r.hourly;
            const double used = h.generationKWh[t] - h.batteryChargeKWh[t] - h.gridExportKWh[t] - h.curtailedKWh[t];
            QVERIFY(std::abs(used + h.batteryDischargeKWh[t] + h.gridImportKWh[t] - h.consumptionKWh[t]) < 1e-6);
        }
        QVERIFY(p.zeroCarbon);
        QVERIFY(!fabricate(m_ids, 0.8, 0.8).park.zeroCarbon);
    }

    void emptyPanel()
    {
        ResultsPanel panel(m_selection.get());
        QCOMPARE(panel.card(ResultsPanel::Kpi::PvGeneration)->value(), QStringLiteral("—"));
        QVERIFY(panel.card(ResultsPanel::Kpi::PvGeneration)->deltaText().isEmpty());
        QVERIFY(!panel.card(ResultsPanel::Kpi::CarbonIntensity)->hasVerdict());
        QCOMPARE(panel.objectTable()->model()->rowCount(), 0);
        QString error;
        QTemporaryDir dir;
        QVERIFY(!panel.exportHourlyCsv(dir.filePath(QStringLiteral("h.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void kpiTexts()
    {
        ResultsPanel panel(m_selection.get());
        const SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        panel.setResult(r);
        const ParkSummary &p = r.park;
        using K = ResultsPanel::Kpi;
        QCOMPARE(panel.card(K::PvGeneration)->value(), ResultFormat::energy(p.annualGenerationKWh));
        QVERIFY(panel.card(K::PvGeneration)->value().endsWith(QStringLiteral(" GWh")));
        QVERIFY(panel.card(K::PvGeneration)->detail().contains(ResultFormat::energy(p.rooftopGenerationKWh)));
        QVERIFY(panel.card(K::PvGeneration)->detail().contains(ResultFormat::energy(p.groundGenerationKWh)));
        QCOMPARE(panel.card(K::Consumption)->value(), ResultFormat::energy(p.annualConsumptionKWh));
        QCOMPARE(panel.card(K::SelfSufficiency)->value(), ResultFormat::percent(p.selfSufficiencyPct));
        QCOMPARE(panel.card(K::GridImport)->value(), ResultFormat::energy(p.gridImportKWh));
        QCOMPARE(panel.card(K::GridExport)->value(), ResultFormat::energy(p.gridExportKWh));
        QCOMPARE(panel.card(K::NetOperational)->value(), ResultFormat::tonnes(p.emissions.netT));
        QCOMPARE(panel.card(K::NetWithEmbodied)->value(), ResultFormat::tonnes(p.emissions.netWithEmbodiedT));
        QCOMPARE(panel.card(K::CfeScore)->value(), ResultFormat::percent(p.cfeScorePct));
        QCOMPARE(panel.card(K::CarbonIntensity)->value(), ResultFormat::intensity(p.intensityTCO2PerTce));
        QVERIFY(panel.card(K::CarbonIntensity)->detail().contains(QStringLiteral("0.200")));
        // No previous result yet: no change shown.
        QVERIFY(panel.card(K::NetOperational)->deltaText().isEmpty());
        QCOMPARE(panel.state(), ResultState::UpToDate);
        QVERIFY(panel.stateText().contains(QStringLiteral("up to date")));
    }

    // Annual bill with its change against BAU, NPV, LCOE, payback; none shown as words.
    void economicsCards()
    {
        ResultsPanel panel(m_selection.get());
        using K = ResultsPanel::Kpi;
        SimulationResult first = fabricate(m_ids, 1.0, 0.95);
        auto e1 = std::make_shared<economics::EconomicsResult>();   // the numbers of spec case E1
        e1->billYear1.totalCNY = 2'501'586.40;
        e1->billBau.totalCNY = 3'718'000.00;
        e1->lccCNY = 39'439'884.51;
        e1->lccBauCNY = 47'528'518.20;
        e1->npvCNY = 8'088'633.69;
        e1->lcoeCNYPerKWh = 0.175113691;
        e1->paybackYears = 5.333121;
        e1->discountedPaybackYears = 6.641206;
        e1->years.resize(25);
        first.economics = e1;
        panel.setResult(first);
        const QLocale locale;
        QCOMPARE(panel.card(K::AnnualBill)->value(), ResultFormat::money(2'501'586.40, locale));
        QVERIFY2(panel.card(K::AnnualBill)->detail().startsWith(QStringLiteral("▼ ") + ResultFormat::money(1'216'413.60)),
                 qPrintable(panel.card(K::AnnualBill)->detail()));
        QVERIFY(panel.card(K::AnnualBill)->detail().contains(ResultFormat::money(3'718'000.0)));
        QCOMPARE(panel.card(K::Npv)->value(), ResultFormat::money(8'088'633.69));
        QCOMPARE(panel.card(K::Lcoe)->value(), ResultFormat::pricePerKWh(0.175113691));
        QCOMPARE(panel.card(K::Payback)->value(), ResultFormat::years(5.333121));
        QVERIFY(panel.card(K::Payback)->detail().contains(ResultFormat::years(6.641206)));
        QVERIFY(panel.card(K::AnnualBill)->deltaText().isEmpty());

        // A dearer design that never pays back and makes nothing on site.
        SimulationResult second = fabricate(m_ids, 1.0, 0.95);
        auto e2 = std::make_shared<economics::EconomicsResult>(*e1);
        e2->billYear1.totalCNY = 3'000'000.0;
        e2->npvCNY = -1'000'000.0;
        e2->lcoeCNYPerKWh.reset();
        e2->paybackYears.reset();
        e2->discountedPaybackYears.reset();
        second.economics = e2;
        panel.setResult(second);
        KpiCard *bill = panel.card(K::AnnualBill);
        QVERIFY2(bill->deltaText().startsWith(QStringLiteral("▲ ")), qPrintable(bill->deltaText()));
        QCOMPARE(bill->deltaColor(), ChartStyle::color(ChartStyle::Series::Bad, panel.palette()));
        QVERIFY(panel.card(K::Npv)->deltaText().startsWith(QStringLiteral("▼ ")));
        QCOMPARE(panel.card(K::Payback)->value(), ResultsPanel::tr("not within %n year(s)", nullptr, 25));
        QVERIFY(panel.card(K::Payback)->deltaText().isEmpty());
        QCOMPARE(panel.card(K::Lcoe)->value(), ResultsPanel::tr("no on-site generation"));

        // A result without economics shows dashes.
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QCOMPARE(panel.card(K::Npv)->value(), QStringLiteral("—"));
        QVERIFY(panel.card(K::Npv)->deltaText().isEmpty());
    }

    void deltasAfterHigherEmissions()
    {
        ResultsPanel panel(m_selection.get());
        const SimulationResult first = fabricate(m_ids, 1.0, 0.95);
        const SimulationResult second = fabricate(m_ids, 0.8, 0.8);
        QVERIFY(second.park.emissions.netT > first.park.emissions.netT);
        panel.setResult(first);
        panel.setResult(second);
        using K = ResultsPanel::Kpi;

        KpiCard *net = panel.card(K::NetOperational);
        QVERIFY2(net->deltaText().startsWith(QStringLiteral("▲ ")), qPrintable(net->deltaText()));
        QCOMPARE(net->deltaText(), ResultFormat::delta(first.park.emissions.netT, second.park.emissions.netT,
                                                       ResultFormat::Quantity::Tonnes));
        QVERIFY(net->deltaText().endsWith(QStringLiteral(" t CO₂e")));
        QCOMPARE(net->deltaSign(), 1);
        QCOMPARE(net->deltaColor(), ChartStyle::color(ChartStyle::Series::Bad, panel.palette()));

        KpiCard *gen = panel.card(K::PvGeneration);
        QVERIFY2(gen->deltaText().startsWith(QStringLiteral("▼ ")), qPrintable(gen->deltaText()));
        QCOMPARE(gen->deltaSign(), -1);
        QCOMPARE(gen->deltaColor(), ChartStyle::color(ChartStyle::Series::Bad, panel.palette()));

        KpiCard *imp = panel.card(K::GridImport);
        QVERIFY(imp->deltaText().startsWith(QStringLiteral("▲ ")));
        QCOMPARE(imp->deltaColor(), ChartStyle::color(ChartStyle::Series::Bad, panel.palette()));

        // Same load in both: neutral.
        KpiCard *cons = panel.card(K::Consumption);
        QCOMPARE(cons->deltaText(), QStringLiteral("no change"));
        QCOMPARE(cons->deltaSign(), 0);
        QVERIFY(cons->deltaColor() != ChartStyle::color(ChartStyle::Series::Good, panel.palette()));
        QVERIFY(cons->deltaColor() != ChartStyle::color(ChartStyle::Series::Bad, panel.palette()));

        // Back to the first: emissions fall, shown as an improvement.
        panel.setResult(first);
        QVERIFY(net->deltaText().startsWith(QStringLiteral("▼ ")));
        QCOMPARE(net->deltaColor(), ChartStyle::color(ChartStyle::Series::Good, panel.palette()));
    }

    void verdict()
    {
        ResultsPanel panel(m_selection.get());
        KpiCard *card = panel.card(ResultsPanel::Kpi::CarbonIntensity);
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QVERIFY(card->hasVerdict());
        QVERIFY(card->verdictPass());
        QCOMPARE(card->verdictText(), QStringLiteral("✔ Zero-carbon: meets the threshold"));
        panel.setResult(fabricate(m_ids, 0.8, 0.8));
        QVERIFY(!card->verdictPass());
        QCOMPARE(card->verdictText(), QStringLiteral("✘ Not zero-carbon: above the threshold"));
        QVERIFY(card->deltaText().startsWith(QStringLiteral("▲ ")));
    }

    void headlineOrder()
    {
        ResultsPanel panel(m_selection.get());
        auto position = [&](ResultsPanel::Kpi k) { return panel.cardsInOrder().indexOf(panel.card(k)); };
        QCOMPARE(panel.headline(), HeadlineEmissions::Operational);
        QVERIFY(position(ResultsPanel::Kpi::NetOperational) < position(ResultsPanel::Kpi::NetWithEmbodied));
        panel.setHeadline(HeadlineEmissions::WithEmbodied);
        QVERIFY(position(ResultsPanel::Kpi::NetWithEmbodied) < position(ResultsPanel::Kpi::NetOperational));
    }

    void states()
    {
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        panel.setState(ResultState::Stale);
        QVERIFY(panel.stateText().contains(QStringLiteral("Out of date")));
        // A short computation does not change the indicator.
        panel.setState(ResultState::Computing);
        QVERIFY(panel.stateText().contains(QStringLiteral("Out of date")));
        panel.setState(ResultState::UpToDate);
        QVERIFY(panel.stateText().contains(QStringLiteral("up to date")));
        panel.setState(ResultState::Computing);
        QTRY_VERIFY(panel.stateText().contains(QStringLiteral("Computing")));

        panel.setFailure(QStringLiteral("weather file not found"));
        QCOMPARE(panel.state(), ResultState::Failed);
        auto *failure = panel.findChild<QLabel *>(QStringLiteral("resultFailure"));
        QVERIFY(failure);
        QVERIFY(!failure->isHidden());
        QVERIFY(failure->text().contains(QStringLiteral("weather file not found")));
        // The last good figures stay.
        QVERIFY(panel.card(ResultsPanel::Kpi::PvGeneration)->value().endsWith(QStringLiteral("GWh")));

        SimulationResult failed;
        failed.ok = false;
        failed.error = QStringLiteral("no PV");
        panel.setResult(failed);
        QVERIFY(failure->text().contains(QStringLiteral("no PV")));
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QVERIFY(failure->isHidden());
        // The failed run does not become the reference for changes.
        QCOMPARE(panel.card(ResultsPanel::Kpi::PvGeneration)->deltaText(), QStringLiteral("no change"));
    }

    void tableSorting()
    {
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QTableView *view = panel.objectTable();
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->columnCount(), int(PvObjectTableModel::ColumnCount));
        QCOMPARE(columnTexts(view, PvObjectTableModel::Name),
                 (QStringList{"East field", "Hall A roof", "Hall B roof", "South field"}));

        view->sortByColumn(PvObjectTableModel::Kwp, Qt::DescendingOrder);
        QCOMPARE(columnTexts(view, PvObjectTableModel::Name),
                 (QStringList{"South field", "East field", "Hall A roof", "Hall B roof"}));
        // Numeric, not text order: "6,000.0" > "800.0".
        QCOMPARE(columnTexts(view, PvObjectTableModel::Kwp).first(), QStringLiteral("6,000.0"));

        view->sortByColumn(PvObjectTableModel::ShadingLoss, Qt::AscendingOrder);
        QCOMPARE(columnTexts(view, PvObjectTableModel::ShadingLoss),
                 (QStringList{"0.4", "1.1", "3.2", "6.8"}));
        view->sortByColumn(PvObjectTableModel::SpecificYield, Qt::DescendingOrder);
        QCOMPARE(columnTexts(view, PvObjectTableModel::Name).first(), QStringLiteral("South field"));
        QCOMPARE(columnTexts(view, PvObjectTableModel::Kind),
                 (QStringList{"Ground", "Rooftop", "Rooftop", "Ground"}));
    }

    void tableSelectionSync()
    {
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QSignalSpy activated(&panel, &ResultsPanel::objectActivated);
        QTableView *view = panel.objectTable();
        view->sortByColumn(PvObjectTableModel::Kwp, Qt::DescendingOrder);  // South field first

        view->selectRow(0);
        QCOMPARE(m_selection->selectedIds(), ObjectIds{m_ids[2]});
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ObjectId>(), m_ids[2]);

        // Selecting on the map highlights the row, without echoing back an activation.
        m_selection->select(m_ids[0]);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), QStringLiteral("Hall A roof"));
        QCOMPARE(activated.count(), 1);

        m_selection->setSelection({m_ids[1], m_ids[3]});
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        m_selection->clear();
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());

        // A new result keeps the map's selection highlighted.
        m_selection->select(m_ids[3]);
        panel.setResult(fabricate(m_ids, 0.9, 0.95));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data().toString(), QStringLiteral("East field"));
        m_selection->clear();
    }

    // Wind (spec wind.md §12.8): the turbine table appears with turbines, sorts numerically and
    // is synced with the map's selection both ways, like the PV table.
    void turbineTableSync()
    {
        ParkDocument doc;
        SelectionModel selection(&doc);
        ObjectIds turbines;
        for (int i = 0; i < 3; ++i) {
            WindTurbine t;
            t.name = QStringLiteral("T%1").arg(i + 1);
            t.position = {400.0 * i, 0.0};
            turbines << doc.addObject(t);
        }
        ResultsPanel panel(&selection);
        SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        panel.setResult(r);
        QVERIFY(!panel.objectTabs()->isTabVisible(1));   // no turbines, no tab
        for (int i = 0; i < 3; ++i) {
            WindTurbineResult t;
            t.id = turbines[i];
            t.name = QStringLiteral("T%1").arg(i + 1);
            t.group = QStringLiteral("Row");
            t.ratedKW = 3370.0;
            t.annualNetKWh = 1.0e7 * (3 - i);
            t.capacityFactorPct = 33.9 * (3 - i) / 3.0;
            t.wakeLossPct = i == 1 ? 12.5 : 4.0;
            r.turbines.push_back(t);
        }
        r.hasWind = true;
        panel.setResult(r);
        QVERIFY(panel.objectTabs()->isTabVisible(1));
        QTableView *view = panel.turbineTable();
        QCOMPARE(view->model()->rowCount(), 3);
        view->sortByColumn(TurbineTableModel::WakeLoss, Qt::DescendingOrder);
        QCOMPARE(columnTexts(view, TurbineTableModel::Name).first(), QStringLiteral("T2"));
        QCOMPARE(columnTexts(view, TurbineTableModel::AnnualMWh).first(), QStringLiteral("20,000"));

        view->selectRow(0);
        QCOMPARE(selection.selectedIds(), ObjectIds{turbines[1]});
        selection.select(turbines[2]);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data().toString(), QStringLiteral("T3"));
        QCOMPARE(panel.objectTabs()->currentWidget(), view);   // the turbine table comes to the front
    }

    // Heat (spec §14): the monthly heat chart and the carriers tab with both conversions side by
    // side and the buildings passing on their own; without heat a note only.
    void heatAndCarriers()
    {
        ResultsPanel panel(m_selection.get());
        SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        panel.setResult(r);
        QCOMPARE(panel.heatChart()->heatBars()->data()->size(), 0);
        QVERIFY(panel.carriersSummary()->table()->isHidden());

        HeatSummary &h = r.heat;
        h.present = true;
        for (int m = 0; m < 12; ++m)
            h.monthlyHeatKWh[std::size_t(m)] = m < 3 || m > 9 ? 2.0e5 : 1.0e4;
        h.electricity = {5.0e6, 614.5, 3424.5};
        h.naturalGas = {83509.44, 111.07, 180.56};
        h.energyTce = 725.57;
        h.electricityKgcePerKWh = 0.3055;
        h.intensityTCO2PerTce = 1.5;
        h.intensityEquivalentTCO2PerTce = 4.97;
        h.intensityCoalMethodTCO2PerTce = 1.5;
        h.buildingsPassingAlone = 1;
        r.buildings.resize(2);
        panel.setResult(r);
        QCOMPARE(panel.heatChart()->heatBars()->data()->size(), 12);
        QCOMPARE(panel.heatChart()->heatBars()->data()->at(0)->value, 200.0);   // MWh
        QVERIFY(!panel.carriersSummary()->table()->isHidden());
        QCOMPARE(panel.carriersSummary()->table()->item(1, 0)->text(), QStringLiteral("Natural gas"));
        QVERIFY(panel.carriersSummary()->table()->item(1, 1)->text().startsWith(QStringLiteral("83,509")));
        const QString conversions = panel.carriersSummary()->conversionText()->text();
        QVERIFY2(conversions.contains(QStringLiteral("4.97")) && conversions.contains(QStringLiteral("1.50"))
                     && conversions.contains(QStringLiteral("The verdict uses the coal-consumption method")),
                 qPrintable(conversions));
        QCOMPARE(panel.carriersSummary()->buildingsText()->text(),
                 QStringLiteral("On their own (each against its own roof PV), 1 of 2 building(s) would pass."));
    }

    void chartData()
    {
        ResultsPanel panel(m_selection.get());
        const SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        panel.setResult(r);

        MonthlyEnergyChart *monthly = panel.monthlyChart();
        QCOMPARE(monthly->generationBars()->data()->size(), 12);
        QCOMPARE(monthly->consumptionBars()->data()->size(), 12);
        QVERIFY(monthly->plot()->yAxis->label().contains(QStringLiteral("GWh")));
        double june = 0.0;   // the stack of sources
        for (QCPBars *source : monthly->sourceBars())
            june += source->data()->at(5)->value;
        // The series are summed from float hourly power here, the sources from doubles.
        QVERIFY2(std::abs(june - r.park.monthlyGenerationKWh[5] / 1.0e6) < 1e-6 * june,
                 qPrintable(QStringLiteral("%1 vs %2").arg(june).arg(r.park.monthlyGenerationKWh[5] / 1.0e6)));

        DayProfileChart *day = panel.dayProfileChart();
        for (int line = 0; line < DayProfileChart::LineCount; ++line)
            QCOMPARE(day->graph(DayProfileChart::Line(line))->data()->size(), 24);
        day->setMonth(6);
        double juneNoon = day->graph(DayProfileChart::Generation)->data()->at(12)->value;
        day->setMonth(12);
        QCOMPARE(day->month(), 12);
        const double decemberNoon = day->graph(DayProfileChart::Generation)->data()->at(12)->value;
        QVERIFY(juneNoon > decemberNoon);
        QVERIFY(decemberNoon > 0.0);
        QCOMPARE(day->graph(DayProfileChart::Generation)->data()->at(2)->value, 0.0);

        BatterySocChart *battery = panel.batteryChart();
        QCOMPARE(battery->socGraph()->data()->size(), 168);
        battery->setWeek(2);
        QCOMPARE(battery->socGraph()->data()->size(), 168);
        QVERIFY(battery->plot()->yAxis->label().contains(QStringLiteral("MWh")));
        QCOMPARE(battery->socGraph()->data()->at(0)->value, r.hourly.batterySocKWh[168] / 1000.0);

        MatchingHeatMapChart *matching = panel.matchingChart();
        QCOMPARE(matching->colorMap()->data()->keySize(), 24);
        QCOMPARE(matching->colorMap()->data()->valueSize(), 12);
        const double night = matching->colorMap()->data()->cell(2, 0);
        const double juneMidday = matching->colorMap()->data()->cell(12, 5);
        QVERIFY(night >= 0.0 && night < juneMidday);
        QVERIFY(juneMidday <= 100.0);

        CarbonWaterfallChart *waterfall = panel.waterfallChart();
        // With PV: from all consumption at the grid factor, by source, to the grid emissions, then
        // on to the net with embodied.
        const auto &steps = waterfall->steps();
        QVERIFY(steps.size() > 6);
        QCOMPARE(steps.front().label, ResultSeries::tr("All from grid"));
        QVERIFY(steps.front().isTotal);
        const auto grid = std::find_if(steps.begin(), steps.end(), [](const ResultSeries::WaterfallStep &s) {
            return s.label == ResultSeries::tr("Grid emissions");
        });
        QVERIFY(grid != steps.end() && grid->isTotal);
        QCOMPARE(grid->toT, r.park.emissions.operationalMarketT);
        QCOMPARE(int(steps.end() - grid), 6);
        QCOMPARE(steps.back().toT, r.park.emissions.netWithEmbodiedT);
        QCOMPARE(waterfall->plot()->itemCount() > 0, true);

        QCOMPARE(panel.chartTabs()->count(), 9);   // and heat, carriers, cash flow, bill by period
        QVERIFY(panel.chartTabs()->indexOf(panel.cashFlowChart()) >= 0);
        QVERIFY(panel.chartTabs()->indexOf(panel.billChart()) >= 0);
    }

    // With wind, the hourly matching's tooltip says "own generation" and gives each source's
    // average power in that month and hour.
    void matchingTooltipBySource()
    {
        ResultsPanel panel(m_selection.get());
        panel.resize(1100, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        SimulationResult r = fabricate(m_ids, 1.0, 0.95);
        r.hasWind = true;
        WindTurbineResult turbine;
        turbine.name = QStringLiteral("T1");
        turbine.monthlyNetKWh.fill(1000.0);
        for (int t = 0; t < kHoursPerYear; ++t)
            turbine.hourlyNetKW << 1500.0;
        r.turbines = {turbine};
        panel.setResult(r);
        MatchingHeatMapChart *matching = panel.matchingChart();
        panel.chartTabs()->setCurrentWidget(matching);
        matching->plot()->replot();
        const QPointF cell(matching->plot()->xAxis->coordToPixel(12.0), matching->plot()->yAxis->coordToPixel(6.0));
        const QString tip = matching->toolTipAt(cell);
        QVERIFY2(tip.contains(QStringLiteral("own generation")), qPrintable(tip));
        QVERIFY2(tip.contains(ResultSeries::tr("Wind on site") + QStringLiteral(": ") + ResultFormat::power(1500.0)),
                 qPrintable(tip));
    }

    void tooltips()
    {
        ResultsPanel panel(m_selection.get());
        panel.resize(1100, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        MonthlyEnergyChart *monthly = panel.monthlyChart();
        panel.chartTabs()->setCurrentWidget(monthly);
        monthly->plot()->replot();
        const QPointF june(monthly->plot()->xAxis->coordToPixel(6.0), monthly->plot()->yAxis->coordToPixel(0.1));
        const QString tip = monthly->toolTipAt(june);
        QVERIFY2(tip.contains(QStringLiteral("June")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("GWh")));
        QVERIFY(monthly->toolTipAt(QPointF(-5, -5)).isEmpty());

        MatchingHeatMapChart *matching = panel.matchingChart();
        panel.chartTabs()->setCurrentWidget(matching);
        matching->plot()->replot();
        const QPointF cell(matching->plot()->xAxis->coordToPixel(12.0), matching->plot()->yAxis->coordToPixel(6.0));
        QVERIFY2(matching->toolTipAt(cell).startsWith(QStringLiteral("June, 12:00–13:00")),
                 qPrintable(matching->toolTipAt(cell)));

        CarbonWaterfallChart *waterfall = panel.waterfallChart();
        panel.chartTabs()->setCurrentWidget(waterfall);
        waterfall->plot()->replot();
        const QPointF last(waterfall->plot()->xAxis->coordToPixel(double(waterfall->steps().size())),
                           waterfall->plot()->yAxis->coordToPixel(0.0));
        QVERIFY(waterfall->toolTipAt(last).startsWith(QStringLiteral("Net with embodied")));
    }

    void exportCharts_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("png") << int(ChartExport::Format::Png) << QStringLiteral("chart.png");
        QTest::newRow("svg") << int(ChartExport::Format::Svg) << QStringLiteral("chart.svg");
        QTest::newRow("pdf") << int(ChartExport::Format::Pdf) << QStringLiteral("chart.pdf");
    }
    void exportCharts()
    {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QSize size(800, 500);
        for (ResultChart *chart : std::initializer_list<ResultChart *>{
                 panel.monthlyChart(), panel.dayProfileChart(), panel.waterfallChart(), panel.batteryChart(),
                 panel.matchingChart()}) {
            const QString path = dir.filePath(chart->objectName() + QLatin1Char('-') + fileName);
            QString error;
            QVERIFY2(chart->exportTo(path, ChartExport::Format(format), size, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 500, qPrintable(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(64);
            switch (ChartExport::Format(format)) {
            case ChartExport::Format::Png: {
                QImage image(path);
                QVERIFY(!image.isNull());
                QCOMPARE(image.size(), size);
                break;
            }
            case ChartExport::Format::Svg:
                QVERIFY(head.contains("<?xml") || head.contains("<svg"));
                break;
            case ChartExport::Format::Pdf:
                QVERIFY(head.startsWith("%PDF"));
                break;
            }
        }
        QCOMPARE(ChartExport::formatForPath(QStringLiteral("a/b.SVG"), ChartExport::Format::Png),
                 ChartExport::Format::Svg);
    }

    void exportPngScale()
    {
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sharp.png"));
        QVERIFY(panel.monthlyChart()->exportTo(path, ChartExport::Format::Png, QSize(400, 300), nullptr, 2.0));
        QCOMPARE(QImage(path).size(), QSize(800, 600));
    }

    void exportHourlyCsv()
    {
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hourly.csv"));
        QString error;
        QVERIFY2(panel.exportHourlyCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), 8761);
        QVERIFY(csv.startsWith("time_local_standard,"));
        QVERIFY(csv.contains("South field"));
    }

    void palettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void palettes()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        ResultsPanel panel(m_selection.get());
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        panel.setPalette(palette);
        QCOMPARE(ChartStyle::isDark(panel.palette()), dark);
        for (ResultChart *chart : std::initializer_list<ResultChart *>{
                 panel.monthlyChart(), panel.dayProfileChart(), panel.waterfallChart(), panel.batteryChart(),
                 panel.matchingChart()}) {
            QCustomPlot *plot = chart->plot();
            QCOMPARE(plot->background().isNull(), true);  // no pixmap: the brush below paints it
            const QImage image = plot->toPixmap(400, 300).toImage();
            QCOMPARE(image.pixelColor(2, 2), palette.color(QPalette::Base));
            QCOMPARE(plot->xAxis->tickLabelColor(), palette.color(QPalette::WindowText));
            QCOMPARE(plot->yAxis->labelColor(), palette.color(QPalette::WindowText));
            QVERIFY(contrast(plot->xAxis->tickLabelColor(), palette.color(QPalette::Base)) >= 4.5);
        }
        // Every series colour stands out from the chart background.
        for (auto s : {ChartStyle::Series::Generation, ChartStyle::Series::Consumption, ChartStyle::Series::Battery,
                       ChartStyle::Series::Grid, ChartStyle::Series::Good, ChartStyle::Series::Bad,
                       ChartStyle::Series::Wind, ChartStyle::Series::OffSite}) {
            QVERIFY2(contrast(ChartStyle::color(s, palette), palette.color(QPalette::Base)) >= 2.5,
                     qPrintable(ChartStyle::color(s, palette).name()));
        }
        QCOMPARE(panel.monthlyChart()->generationBars()->brush().color(),
                 ChartStyle::color(ChartStyle::Series::Rooftop, palette));
        // The verdict keeps readable text on its coloured background.
        KpiCard *card = panel.card(ResultsPanel::Kpi::CarbonIntensity);
        auto *verdict = card->findChildren<QLabel *>().last();
        QCOMPARE(verdict->text(), card->verdictText());
        QVERIFY(contrast(verdict->palette().color(QPalette::WindowText), verdict->palette().color(QPalette::Window)) >= 3.0);
    }

    void screenshot()
    {
        // A picture of the panel with plausible figures; with PARKZERO_SCREENSHOT_DIR set it is
        // kept (docs/images/results-panel.png comes from here).
        ResultsPanel panel(m_selection.get());
        panel.setPalette(lightPalette());
        panel.resize(1180, 940);
        panel.setResult(fabricate(m_ids, 0.85, 0.9));
        panel.setResult(fabricate(m_ids, 1.0, 0.95));
        panel.chartTabs()->setCurrentWidget(panel.dayProfileChart());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage image = panel.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel.size() * panel.devicePixelRatio());
        const QString dir = qEnvironmentVariable("PARKZERO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("results-panel.png"))));
            for (ResultChart *chart : std::initializer_list<ResultChart *>{
                     panel.monthlyChart(), panel.waterfallChart(), panel.batteryChart(), panel.matchingChart()}) {
                panel.chartTabs()->setCurrentWidget(chart);
                QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("results-panel-%1.png").arg(chart->objectName()))));
            }
            panel.setPalette(darkPalette());
            panel.chartTabs()->setCurrentWidget(panel.monthlyChart());
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("results-panel-dark.png"))));
        }
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
