// SPDX-License-Identifier: GPL-3.0-or-later
// Carbon and hourly matching in the client report.
#include "report/reportcharts.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/carbonwaterfallchart.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

namespace pz {

namespace {

// The national guiding indicator for the clean-energy share (docs/loads-and-carbon.md).
constexpr double kCleanShareGuidePct = 90.0;

ReportTable emissionsTable(const ReportContext &c)
{
    const EmissionsSummary &e = c.park().emissions;
    const auto t = [&](double v) { return ResultFormat::tonnes(v, c.locale); };
    ReportTable table;
    table.header = {CarbonSection::tr("Emissions per year"), CarbonSection::tr("Amount")};
    table.widths = {0.65, 0.35};
    table.rightAligned = {false, true};
    table.rows = {
        {CarbonSection::tr("Operational, location-based (grid import × grid factor)"), t(e.operationalLocationT)},
        {CarbonSection::tr("Operational, market-based (green power counted at zero)"), t(e.operationalMarketT)},
    };
    if (e.fuelsAndHeatT != 0.0) {
        table.rows.push_back({CarbonSection::tr("Natural gas burnt for heat"), t(e.naturalGasT)});
        table.rows.push_back({CarbonSection::tr("Coal burnt for heat"), t(e.coalT)});
        table.rows.push_back({CarbonSection::tr("Purchased heat (district heat)"), t(e.purchasedHeatT)});
    }
    const std::vector<QStringList> rest = {
        {CarbonSection::tr("Embodied, PV (annualised)"), t(e.embodiedPvT)},
        {CarbonSection::tr("Embodied, storage (annualised)"), t(e.embodiedStorageT)},
        {CarbonSection::tr("Embodied, buildings (annualised)"), t(e.embodiedBuildingsT)},
        {CarbonSection::tr("Embodied, total"), t(e.embodiedAnnualT)},
        {CarbonSection::tr("Sink of the green space"), t(-e.sinkT)},
        {CarbonSection::tr("Export credit"), t(-e.exportCreditT)},
        {CarbonSection::tr("Net, operational"), t(e.netT)},
        {CarbonSection::tr("Net with embodied carbon"), t(e.netWithEmbodiedT)},
    };
    table.rows.insert(table.rows.end(), rest.begin(), rest.end());
    return table;
}

ReportTable indicatorTable(const ReportContext &c)
{
    const ParkSummary &p = c.park();
    const auto verdict = [](bool pass) { return pass ? CarbonSection::tr("pass") : CarbonSection::tr("fail"); };
    ReportTable table;
    table.header = {CarbonSection::tr("Indicator"), CarbonSection::tr("Value"), CarbonSection::tr("Threshold"),
                    CarbonSection::tr("Result")};
    table.widths = {0.43, 0.21, 0.21, 0.15};
    table.rightAligned = {false, true, true, false};
    table.rows = {
        {CarbonSection::tr("Carbon intensity of energy use (national core indicator)"),
         ResultFormat::intensity(p.intensityTCO2PerTce, c.locale),
         QStringLiteral("≤ ") + ResultFormat::intensity(p.thresholdTCO2PerTce, c.locale), verdict(p.zeroCarbon)},
        {CarbonSection::tr("Clean-energy share (national guiding indicator)"),
         ResultFormat::percent(p.cleanEnergySharePct, c.locale),
         QStringLiteral("≥ ") + ResultFormat::percent(kCleanShareGuidePct, c.locale),
         verdict(p.cleanEnergySharePct >= kCleanShareGuidePct)},
    };
    return table;
}

} // namespace

QString CarbonSection::title() const
{
    return tr("Carbon");
}

void CarbonSection::render(ReportDocument &doc, const ReportContext &c) const
{
    const ParkSummary &p = c.park();
    doc.heading(title());
    CarbonWaterfallChart waterfall;
    ReportCharts::prepare(waterfall, c);
    doc.figure(220.0, [&](QCPPainter &painter, const QRectF &box) { ReportCharts::draw(painter, box, waterfall, c); });
    doc.table(emissionsTable(c));
    doc.subheading(tr("Indicators"));
    doc.table(indicatorTable(c));
    const bool withEmbodied = c.input.park.site.carbon.headline == HeadlineEmissions::WithEmbodied;
    QString note = withEmbodied ? tr("The core indicator here includes the annualised embodied carbon (stricter "
                                     "than the national rule).")
                                : tr("The core indicator divides market-based operational CO₂ by the energy use "
                                     "in tonnes of standard coal equivalent (national rule).");
    if (p.pvCarbonPaybackYears > 0.0)
        note += QLatin1Char(' ') + tr("The PV repays its embodied carbon in %1 years.")
                                       .arg(c.locale.toString(p.pvCarbonPaybackYears, 'f', 1));
    doc.paragraph(note.toHtmlEscaped());
}

QString MatchingSection::title() const
{
    return tr("Hourly matching");
}

void MatchingSection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    doc.paragraph(tr("Share of consumption met on site (PV used directly and battery discharge) for each month "
                     "and hour of the day. The 24/7 carbon-free energy score of the year is %1.")
                      .arg(ResultFormat::percent(c.park().cfeScorePct, c.locale))
                      .toHtmlEscaped());
    doc.figure(300.0, [&](QCPPainter &painter, const QRectF &box) { ReportCharts::drawMatchingMap(painter, box, c); });
}

} // namespace pz
