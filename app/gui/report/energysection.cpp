// SPDX-License-Identifier: GPL-3.0-or-later
// Energy (monthly, average day, battery) and PV by object in the client report.
#include "report/reportcharts.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/batterysocchart.h"
#include "results/dayprofilechart.h"
#include "results/monthlyenergychart.h"
#include "results/resultformat.h"
#include "results/resultseries.h"

#include <qcustomplot.h>

#include <algorithm>

namespace pz {

namespace {

// Grid import and export of each month from the hourly balance.
std::array<std::array<double, 12>, 2> monthlyGrid(const HourlyBalance &h)
{
    std::array<std::array<double, 12>, 2> sums{};
    for (size_t t = 0; t < h.gridImportKWh.size() && t < h.gridExportKWh.size(); ++t) {
        const size_t m = size_t(ResultSeries::monthOfHour(int(t)) - 1);
        sums[0][m] += h.gridImportKWh[t];
        sums[1][m] += h.gridExportKWh[t];
    }
    return sums;
}

ReportTable monthlyTable(const ReportContext &c)
{
    const ParkSummary &p = c.park();
    const auto grid = monthlyGrid(c.result().hourly);
    const auto energy = [&](double kWh) { return ResultFormat::energy(kWh, c.locale); };
    ReportTable t;
    t.header = {EnergySection::tr("Month"),
                c.result().hasWind ? EnergySection::tr("Generation (PV, wind, direct lines)") : EnergySection::tr("PV generation"),
                EnergySection::tr("Consumption"),
                EnergySection::tr("Grid import"), EnergySection::tr("Grid export")};
    t.widths = {0.16, 0.21, 0.21, 0.21, 0.21};
    t.rightAligned = {false, true, true, true, true};
    for (size_t m = 0; m < 12; ++m)
        t.rows.push_back({c.locale.standaloneMonthName(int(m) + 1), energy(p.monthlyGenerationKWh[m]),
                          energy(p.monthlyConsumptionKWh[m]), energy(grid[0][m]), energy(grid[1][m])});
    t.rows.push_back({EnergySection::tr("Year"), energy(p.annualGenerationKWh), energy(p.annualConsumptionKWh),
                      energy(p.gridImportKWh), energy(p.gridExportKWh)});
    return t;
}

// The week (1..52) in which the battery delivers the most energy.
int busiestWeek(const HourlyBalance &h)
{
    int best = 1;
    double bestKWh = -1.0;
    for (int week = 1; week <= ResultSeries::kWeeksPerYear; ++week) {
        double kWh = 0.0;
        const int first = ResultSeries::firstHourOfWeek(week);
        for (int t = first; t < first + 168 && size_t(t) < h.batteryDischargeKWh.size(); ++t)
            kWh += h.batteryDischargeKWh[size_t(t)];
        if (kWh > bestKWh) {
            bestKWh = kWh;
            best = week;
        }
    }
    return best;
}

void renderBattery(ReportDocument &doc, const ReportContext &c)
{
    const ParkSummary &p = c.park();
    doc.subheading(EnergySection::tr("Battery"));
    if (p.batteryCapacityKWh <= 0.0) {
        doc.paragraph(EnergySection::tr("The park has no battery storage.").toHtmlEscaped());
        return;
    }
    doc.keyValues({
        {EnergySection::tr("Usable capacity"), ResultFormat::energy(p.batteryCapacityKWh, c.locale)},
        {EnergySection::tr("Energy through the battery per year"), ResultFormat::energy(p.batteryThroughputKWh, c.locale)},
        {EnergySection::tr("Battery losses per year"), ResultFormat::energy(p.batteryLossesKWh, c.locale)},
        {EnergySection::tr("Curtailed generation"), ResultFormat::energy(p.curtailedKWh, c.locale)},
    });
    BatterySocChart chart;
    ReportCharts::prepare(chart, c);
    const int week = busiestWeek(c.result().hourly);
    chart.setWeek(week);
    doc.paragraph(EnergySection::tr("State of charge in week %1, the week in which the battery delivers the most "
                                    "energy:")
                      .arg(week)
                      .toHtmlEscaped());
    doc.figure(170.0, [&](QCPPainter &painter, const QRectF &box) { ReportCharts::draw(painter, box, chart, c); });
}

} // namespace

QString EnergySection::title() const
{
    return tr("Energy");
}

void EnergySection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    doc.subheading(tr("Monthly generation and consumption"), 210.0);
    MonthlyEnergyChart monthly;
    ReportCharts::prepare(monthly, c);
    doc.figure(210.0, [&](QCPPainter &p, const QRectF &box) { ReportCharts::draw(p, box, monthly, c); });
    doc.table(monthlyTable(c));

    DayProfileChart day;
    ReportCharts::prepare(day, c);
    for (int month : {6, 12}) {
        doc.subheading(tr("Average day in %1").arg(c.locale.standaloneMonthName(month)), 170.0);
        day.setMonth(month);
        doc.figure(170.0, [&](QCPPainter &p, const QRectF &box) { ReportCharts::draw(p, box, day, c); });
    }
    renderBattery(doc, c);
}

QString PvObjectsSection::title() const
{
    return tr("PV by object");
}

void PvObjectsSection::render(ReportDocument &doc, const ReportContext &c) const
{
    std::vector<PvObjectResult> objects = c.result().objects;
    const auto by = [&](auto key) {
        std::stable_sort(objects.begin(), objects.end(), [&](const PvObjectResult &a, const PvObjectResult &b) {
            return key(a) > key(b);
        });
    };
    switch (c.options.pvOrder) {
    case PvOrder::Park: break;
    case PvOrder::Name:
        std::stable_sort(objects.begin(), objects.end(), [&](const PvObjectResult &a, const PvObjectResult &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        break;
    case PvOrder::Kwp: by([](const PvObjectResult &o) { return o.kwp; }); break;
    case PvOrder::Energy: by([](const PvObjectResult &o) { return o.annualAcKWh; }); break;
    case PvOrder::SpecificYield: by([](const PvObjectResult &o) { return o.specificYieldKWhPerKWp; }); break;
    case PvOrder::ShadingLoss: by([](const PvObjectResult &o) { return o.shadingLossPct; }); break;
    }
    doc.heading(title());
    ReportTable t;
    t.header = {tr("Object"), tr("Kind"), tr("kWp"), tr("Annual energy"), tr("Specific yield (kWh/kWp)"),
                tr("Performance ratio"), tr("Shading loss")};
    t.widths = {0.26, 0.12, 0.1, 0.14, 0.14, 0.12, 0.12};
    t.rightAligned = {false, false, true, true, true, true, true};
    for (const PvObjectResult &o : objects)
        t.rows.push_back({o.name, o.kind == PvKind::Ground ? tr("ground") : tr("rooftop"),
                          ResultFormat::number(o.kwp, 1, c.locale), ResultFormat::energy(o.annualAcKWh, c.locale),
                          c.locale.toString(o.specificYieldKWhPerKWp, 'f', 0),
                          c.locale.toString(o.performanceRatio, 'f', 3),
                          ResultFormat::percent(o.shadingLossPct, c.locale)});
    if (t.rows.empty()) {
        doc.paragraph(tr("The park has no PV.").toHtmlEscaped());
        return;
    }
    doc.table(t);
}

} // namespace pz
