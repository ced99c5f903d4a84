// SPDX-License-Identifier: GPL-3.0-or-later
// The cover and the summary of the client report.
#include "economics/lifecycle.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/resultformat.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSvgRenderer>
#include <qcustomplot.h>

#include <cmath>

namespace pz {

namespace {

// The logo fitted into box keeping its aspect ratio: an SVG as vectors, other images as they are.
void drawLogo(QPainter &painter, const QRectF &box, const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer svg(path);
        if (!svg.isValid())
            return;
        QSizeF size = svg.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        svg.render(&painter, QRectF(box.right() - size.width(), box.top(), size.width(), size.height()));
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(box.right() - size.width(), box.top(), size.width(), size.height()), image);
}

QString projectName(const ReportContext &c)
{
    return c.input.park.site.name.isEmpty() ? c.input.projectFileName : c.input.park.site.name;
}

QString location(const ReportContext &c)
{
    const Site &s = c.input.park.site;
    const QString ns = s.latitudeDeg >= 0 ? SummarySection::tr("N") : SummarySection::tr("S");
    const QString ew = s.longitudeDeg >= 0 ? SummarySection::tr("E") : SummarySection::tr("W");
    return SummarySection::tr("%1° %2, %3° %4, elevation %5 m")
        .arg(c.locale.toString(std::abs(s.latitudeDeg), 'f', 4), ns, c.locale.toString(std::abs(s.longitudeDeg), 'f', 4),
             ew, c.locale.toString(s.elevationM, 'f', 0));
}

} // namespace

QString CoverSection::title() const
{
    return tr("Cover");
}

void CoverSection::render(ReportDocument &doc, const ReportContext &c) const
{
    QCPPainter &p = *doc.painter();
    const QRectF content = doc.contentRect();
    p.save();
    drawLogo(p, QRectF(content.right() - 160.0, content.top(), 160.0, 70.0), c.input.logoPath);
    p.setFont(doc.font(12.0, true));
    p.setPen(QColor(0x30, 0x3a, 0x40));
    p.drawText(QRectF(content.left(), content.top(), content.width() - 170.0, 70.0), Qt::AlignLeft | Qt::AlignVCenter,
               c.input.company);
    p.setFont(doc.font(26.0, true));
    p.setPen(QColor(0x1b, 0x5e, 0x7a));
    p.drawText(QRectF(content.left(), content.top() + 180.0, content.width(), 40.0), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Zero-carbon park report"));
    p.setFont(doc.font(18.0));
    p.setPen(QColor(0x20, 0x2a, 0x30));
    p.drawText(QRectF(content.left(), content.top() + 228.0, content.width(), 30.0), Qt::AlignLeft | Qt::AlignVCenter,
               projectName(c));
    p.restore();
    doc.skip(330.0);
    std::vector<std::pair<QString, QString>> rows{
        {tr("Project file"), c.input.projectFileName},
        {tr("Site"), c.input.park.site.name.isEmpty() ? tr("(unnamed)") : c.input.park.site.name},
        {tr("Location"), location(c)},
        {tr("Date"), c.locale.toString(c.input.date, QLocale::LongFormat)},
        {tr("Program"), tr("ParkZero %1").arg(c.input.programVersion)},
    };
    if (!c.input.company.isEmpty())
        rows.push_back({tr("Prepared by"), c.input.company});
    doc.keyValues(rows);
    // The zero-carbon verdict on the first page: the national core indicator against its threshold.
    const ParkSummary &park = c.park();
    doc.skip(24.0);
    doc.paragraph(QStringLiteral("<p style=\"color:%1; font-weight:bold; font-size:14pt\">%2</p><p>%3</p>")
                      .arg(park.zeroCarbon ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318"),
                           (park.zeroCarbon ? SummarySection::tr("Zero-carbon: the park passes")
                                            : SummarySection::tr("Not zero-carbon: the park fails"))
                               .toHtmlEscaped(),
                           SummarySection::tr("Core indicator: %1 (threshold ≤ %2)")
                               .arg(ResultFormat::intensity(park.intensityTCO2PerTce, c.locale),
                                    ResultFormat::intensity(park.thresholdTCO2PerTce, c.locale))
                               .toHtmlEscaped()));
}

QString SummarySection::title() const
{
    return tr("Summary");
}

double greenShareToPass(const SimulationResult &result, const CarbonOptions &carbon)
{
    const ParkSummary &park = result.park;
    const EmissionsSummary &e = park.emissions;
    if (park.zeroCarbon)
        return 0.0;
    // The indicator's energy: electricity alone, or every carrier when a building has heat
    // (whose fuels and purchased heat keep their CO2 whatever power is bought).
    const HeatSummary &h = result.heat;
    const double tce = h.present ? h.energyTce : park.annualConsumptionKWh * carbon.kgcePerKWh / 1000.0;
    const double otherCarriersT = h.present ? h.naturalGas.tCO2 + h.rawCoal.tCO2 + h.purchasedHeat.tCO2 : 0.0;
    const double embodied = carbon.headline == HeadlineEmissions::WithEmbodied ? e.embodiedAnnualT : 0.0;
    // Green power counts at zero: market = (1 − share) × location.
    const double marketAllowedT = park.thresholdTCO2PerTce * tce - embodied - otherCarriersT;
    if (e.operationalLocationT <= 0.0)
        return 2.0;
    return marketAllowedT < 0.0 ? 2.0 : 1.0 - marketAllowedT / e.operationalLocationT;
}

QString summaryParagraph(const ReportContext &c)
{
    const ParkSummary &p = c.park();
    const CarbonOptions &carbon = c.input.park.site.carbon;
    const QString generation = c.result().hasWind
                                   ? SummarySection::tr("The park generates %1 of electricity from PV and wind and "
                                                        "through its direct lines and consumes %2; %3 of its "
                                                        "consumption is met by them and %4 is imported from the grid.")
                                   : SummarySection::tr("The park generates %1 of solar electricity and consumes %2; %3 of "
                                                        "its consumption is met on site and %4 is imported from the grid.");
    QString text = generation.arg(ResultFormat::energy(p.annualGenerationKWh, c.locale),
                            ResultFormat::energy(p.annualConsumptionKWh, c.locale),
                            ResultFormat::percent(p.selfSufficiencyPct, c.locale),
                            ResultFormat::energy(p.gridImportKWh, c.locale));
    text += QLatin1Char(' ');
    if (p.zeroCarbon) {
        text += SummarySection::tr("Its carbon intensity of %1 is within the threshold of %2: the park meets the "
                                   "zero-carbon criterion.")
                    .arg(ResultFormat::intensity(p.intensityTCO2PerTce, c.locale),
                         ResultFormat::intensity(p.thresholdTCO2PerTce, c.locale));
        return text;
    }
    text += SummarySection::tr("Its carbon intensity of %1 exceeds the threshold of %2.")
                .arg(ResultFormat::intensity(p.intensityTCO2PerTce, c.locale),
                     ResultFormat::intensity(p.thresholdTCO2PerTce, c.locale));
    text += QLatin1Char(' ');
    const double share = greenShareToPass(c.result(), carbon);
    if (share > 1.0)
        return text + SummarySection::tr("Buying green power for all of the grid import would not be enough: the "
                                         "park needs more on-site generation or less consumption.");
    return text + SummarySection::tr("To pass, %1 of the grid import (%2 a year) would have to be green power.")
                      .arg(ResultFormat::percent(share * 100.0, c.locale),
                           ResultFormat::energy(share * p.gridImportKWh, c.locale));
}

namespace {

// The money figures of the summary (spec §15.7) once the park has economics: investment,
// year-1 energy bill, NPV and LCOE against BAU, simple and discounted payback.
void addEconomicsRows(ReportTable &t, const ReportContext &c)
{
    const economics::EconomicsResult *e = c.result().economics.get();
    if (!e)
        return;
    const auto money = [&](double cny) { return ResultFormat::money(cny, c.locale); };
    const auto years = [&](const std::optional<double> &y) {
        return y ? ResultFormat::years(*y, c.locale)
                 : SummarySection::tr("not within %n year(s)", nullptr, int(e->years.size()));
    };
    t.rows.insert(t.rows.end(), {
        {SummarySection::tr("Investment"), money(e->capexCNY)},
        {SummarySection::tr("Annual energy bill (year 1)"), money(e->billYear1.totalCNY)},
        {SummarySection::tr("NPV against BAU"), money(e->npvCNY)},
        {SummarySection::tr("LCOE of on-site generation"),
         e->lcoeCNYPerKWh ? ResultFormat::pricePerKWh(*e->lcoeCNYPerKWh, c.locale) : QStringLiteral("—")},
        {SummarySection::tr("Payback"), years(e->paybackYears)},
        {SummarySection::tr("Discounted payback"), years(e->discountedPaybackYears)},
    });
}

} // namespace

void SummarySection::render(ReportDocument &doc, const ReportContext &c) const
{
    const ParkSummary &p = c.park();
    doc.heading(title());
    const QString verdict = p.zeroCarbon ? tr("Zero-carbon: the park passes") : tr("Not zero-carbon: the park fails");
    const QString colour = p.zeroCarbon ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318");
    doc.paragraph(QStringLiteral("<p style=\"color:%1; font-weight:bold; font-size:15pt\">%2</p>"
                                 "<p>%3</p>")
                      .arg(colour, verdict.toHtmlEscaped(),
                           tr("Core indicator: %1 (threshold ≤ %2)")
                               .arg(ResultFormat::intensity(p.intensityTCO2PerTce, c.locale),
                                    ResultFormat::intensity(p.thresholdTCO2PerTce, c.locale))
                               .toHtmlEscaped()));
    doc.subheading(tr("Headline figures"));
    ReportTable t;
    t.header = {tr("Figure"), tr("Value")};
    t.widths = {0.6, 0.4};
    t.rightAligned = {false, true};
    const auto energy = [&](double kWh) { return ResultFormat::energy(kWh, c.locale); };
    const auto percent = [&](double pct) { return ResultFormat::percent(pct, c.locale); };
    t.rows = {
        {tr("PV generation, rooftop"), energy(p.rooftopGenerationKWh)},
        {tr("PV generation, ground-mounted"), energy(p.groundGenerationKWh)},
        {tr("PV generation, total"), energy(p.rooftopGenerationKWh + p.groundGenerationKWh)},
    };
    if (c.result().hasWind)
        t.rows.insert(t.rows.end(), {{tr("Wind generation on site"), energy(p.windGenerationKWh)},
                                     {tr("Delivered by off-site plants"), energy(p.offsiteGenerationKWh)},
                                     {tr("Generation, total"), energy(p.annualGenerationKWh)}});
    t.rows.insert(t.rows.end(), {
        {tr("Consumption"), energy(p.annualConsumptionKWh)},
        {tr("Self-consumption"), percent(p.selfConsumptionPct)},
        {tr("Self-sufficiency"), percent(p.selfSufficiencyPct)},
        {tr("Clean-energy share"), percent(p.cleanEnergySharePct)},
        {tr("24/7 carbon-free energy (CFE) score"), percent(p.cfeScorePct)},
        {tr("Grid import"), energy(p.gridImportKWh)},
        {tr("Grid export"), energy(p.gridExportKWh)},
        {tr("Net emissions, operational"), ResultFormat::tonnes(p.emissions.netT, c.locale)},
        {tr("Net emissions with embodied carbon"), ResultFormat::tonnes(p.emissions.netWithEmbodiedT, c.locale)},
        {tr("Carbon intensity (core indicator)"), ResultFormat::intensity(p.intensityTCO2PerTce, c.locale)},
    });
    addEconomicsRows(t, c);
    doc.table(t);
    doc.paragraph(summaryParagraph(c).toHtmlEscaped());
}

} // namespace pz
