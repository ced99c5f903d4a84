// SPDX-License-Identifier: GPL-3.0-or-later
// Economics in the client report (spec §15): the indicators of the design against the
// business-as-usual park, the cumulative cash flow against it, the year-1 bills side by side,
// and the costed components.
#include "economics/lifecycle.h"
#include "heat/heatsettings.h"
#include "report/reportcharts.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/cashflowchart.h"
#include "results/resultformat.h"

namespace pz {

namespace {

QString optionalYears(const std::optional<double> &years, int analysisYears, const QLocale &locale)
{
    return years ? ResultFormat::years(*years, locale)
                 : EconomicsSection::tr("not within %1 years").arg(analysisYears);
}

ReportTable indicatorTable(const economics::EconomicsResult &e, const ReportContext &c)
{
    const int n = int(e.years.size());
    ReportTable table;
    table.header = {EconomicsSection::tr("Indicator"), EconomicsSection::tr("Design"), EconomicsSection::tr("Business as usual")};
    table.widths = {0.46, 0.27, 0.27};
    table.rightAligned = {false, true, true};
    const auto money = [&](double v) { return ResultFormat::money(v, c.locale); };
    table.rows = {
        {EconomicsSection::tr("Investment"), money(e.capexCNY), money(e.capexBauCNY)},
        {EconomicsSection::tr("Energy bill, year 1"), money(e.billYear1.totalCNY), money(e.billBau.totalCNY)},
        {EconomicsSection::tr("Lifecycle cost over %1 years").arg(n), money(e.lccCNY), money(e.lccBauCNY)},
        {EconomicsSection::tr("Net present value against business as usual"), money(e.npvCNY), QString()},
        {EconomicsSection::tr("Levelised cost of on-site generation"),
         e.lcoeCNYPerKWh ? ResultFormat::pricePerKWh(*e.lcoeCNYPerKWh, c.locale) : EconomicsSection::tr("no generation"),
         QString()},
        {EconomicsSection::tr("Simple payback"), optionalYears(e.paybackYears, n, c.locale), QString()},
        {EconomicsSection::tr("Discounted payback"), optionalYears(e.discountedPaybackYears, n, c.locale), QString()},
        {EconomicsSection::tr("Cost of carbon abated (CNY/tCO₂)"),
         e.costOfCarbonAbatedCNYPerT ? ResultFormat::number(*e.costOfCarbonAbatedCNYPerT, 0, c.locale)
                                     : EconomicsSection::tr("nothing abated"),
         QString()},
    };
    return table;
}

ReportTable billTable(const economics::EconomicsResult &e, const ReportContext &c)
{
    const auto money = [&](double v) { return ResultFormat::money(v, c.locale); };
    const economics::AnnualBill &d = e.billYear1, &b = e.billBau;
    ReportTable table;
    table.header = {EconomicsSection::tr("Year-1 bill"), EconomicsSection::tr("Design"), EconomicsSection::tr("Business as usual")};
    table.widths = {0.46, 0.27, 0.27};
    table.rightAligned = {false, true, true};
    table.rows = {
        {EconomicsSection::tr("Electricity imported"), ResultFormat::energy(d.electricity.importKWh, c.locale),
         ResultFormat::energy(b.electricity.importKWh, c.locale)},
        {EconomicsSection::tr("Energy charges"), money(d.electricity.energyCNY), money(b.electricity.energyCNY)},
        {EconomicsSection::tr("Demand charges"), money(d.electricity.demandCNY), money(b.electricity.demandCNY)},
        {EconomicsSection::tr("Fixed charges"), money(d.electricity.fixedCNY), money(b.electricity.fixedCNY)},
        {EconomicsSection::tr("Green power premium"), money(d.electricity.greenPremiumCNY), money(b.electricity.greenPremiumCNY)},
        {EconomicsSection::tr("Export revenue"), money(-d.electricity.exportRevenueCNY), money(-b.electricity.exportRevenueCNY)},
        {EconomicsSection::tr("Natural gas"), money(d.gasCNY), money(b.gasCNY)},
        {EconomicsSection::tr("Coal"), money(d.coalCNY), money(b.coalCNY)},
        {EconomicsSection::tr("Purchased heat"), money(d.heatCNY), money(b.heatCNY)},
        {EconomicsSection::tr("Total"), money(d.totalCNY), money(b.totalCNY)},
    };
    return table;
}

QString componentName(const QString &key)
{
    if (key == QLatin1String("pv_ground"))
        return EconomicsSection::tr("Ground PV");
    if (key == QLatin1String("pv_rooftop"))
        return EconomicsSection::tr("Rooftop PV");
    if (key == QLatin1String("inverters"))
        return EconomicsSection::tr("Inverter replacements");
    if (key == QLatin1String("wind"))
        return EconomicsSection::tr("Wind turbines");
    if (key == QLatin1String("storage"))
        return EconomicsSection::tr("Storage");
    if (key == QLatin1String("direct_line"))
        return EconomicsSection::tr("Direct line");
    if (key.startsWith(QLatin1String("heat."))) {
        if (const auto supply = heat::heatSupplyFromKey(key.mid(5)))
            return EconomicsSection::tr("Heat: %1").arg(heat::displayName(*supply));
    }
    return key;
}

ReportTable componentTable(const std::vector<economics::Component> &components, const ReportContext &c)
{
    const auto money = [&](double v) { return ResultFormat::money(v, c.locale); };
    ReportTable table;
    table.header = {EconomicsSection::tr("Component"), EconomicsSection::tr("Investment"),
                    EconomicsSection::tr("O&M per year"), EconomicsSection::tr("Replacement"), EconomicsSection::tr("Life")};
    table.widths = {0.32, 0.19, 0.17, 0.17, 0.15};
    table.rightAligned = {false, true, true, true, true};
    for (const economics::Component &k : components)
        table.rows.push_back({componentName(k.key), money(k.flow.capexCNY), money(k.flow.omCNYPerYear),
                           money(k.flow.replacementCNY),
                           k.flow.lifeYears > 0 ? ResultFormat::years(k.flow.lifeYears, c.locale) : QStringLiteral("—")});
    return table;
}

} // namespace

QString EconomicsSection::title() const
{
    return tr("Economics");
}

void EconomicsSection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    const std::shared_ptr<const economics::EconomicsResult> &e = c.result().economics;
    if (!e) {
        doc.paragraph(tr("The economics were not computed for this park.").toHtmlEscaped());
        return;
    }
    const economics::EconomicsSettings &s = c.input.park.site.economics;
    doc.paragraph(tr("Money in CNY of 2025, real, over %1 years at a discount rate of %2; PV degrades %3 a year. "
                     "The business-as-usual park has the same buildings and loads with all electricity imported "
                     "and no PV, wind, storage, direct line or green power.")
                      .arg(s.analysisYears)
                      .arg(ResultFormat::percent(100.0 * s.discountRate, c.locale),
                           ResultFormat::percent(100.0 * s.pvDegradation, c.locale))
                      .toHtmlEscaped());
    doc.table(indicatorTable(*e, c));
    doc.subheading(tr("Cash flow against business as usual"), 190.0);
    CashFlowChart cashFlow;
    ReportCharts::prepare(cashFlow, c);
    doc.figure(190.0, [&](QCPPainter &p, const QRectF &box) { ReportCharts::draw(p, box, cashFlow, c); });
    doc.subheading(tr("Energy bill"));
    doc.table(billTable(*e, c));
    doc.subheading(tr("Costed components"));
    if (e->components.empty())
        doc.paragraph(tr("The design has no costed equipment.").toHtmlEscaped());
    else
        doc.table(componentTable(e->components, c));
    doc.paragraph(tr("Unit costs and prices are defaults of the site's economic settings unless the project sets "
                     "them; several are placeholders to be replaced by quotes.")
                      .toHtmlEscaped());
}

} // namespace pz
