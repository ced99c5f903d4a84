// SPDX-License-Identifier: GPL-3.0-or-later
// Wind and off-site supply (spec wind.md §12–§13) and heat and fuels (spec §14) in the client
// report; each only for a park that has them.
#include "heat/carriers.h"
#include "heat/heatsettings.h"
#include "report/reportdocument.h"
#include "wind/offsite.h"
#include "report/reportsections.h"
#include "results/resultformat.h"

namespace pz {

namespace {

QString verdict(bool pass)
{
    return pass ? WindSection::tr("pass") : WindSection::tr("fail");
}

ReportTable turbineTable(const std::vector<WindTurbineResult> &turbines, const QLocale &l)
{
    ReportTable table;
    table.header = {WindSection::tr("Turbine"), WindSection::tr("Type"), WindSection::tr("Rated"),
                    WindSection::tr("Hub height"), WindSection::tr("Net energy"), WindSection::tr("Capacity factor"),
                    WindSection::tr("Wake loss")};
    table.widths = {0.17, 0.19, 0.12, 0.12, 0.14, 0.14, 0.12};
    table.rightAligned = {false, false, true, true, true, true, true};
    for (const WindTurbineResult &t : turbines)
        table.rows.push_back({t.name, t.turbineType, ResultFormat::power(t.ratedKW, l),
                              WindSection::tr("%1 m").arg(l.toString(t.hubHeightM, 'f', 0)),
                              ResultFormat::energy(t.annualNetKWh, l), ResultFormat::percent(t.capacityFactorPct, l),
                              ResultFormat::percent(t.wakeLossPct, l)});
    return table;
}

ReportTable plantTable(const std::vector<OffSitePlantResult> &plants, const QLocale &l)
{
    ReportTable table;
    table.header = {WindSection::tr("Off-site plant"), WindSection::tr("Capacity"), WindSection::tr("Available"),
                    WindSection::tr("Clipped by the line"), WindSection::tr("Line losses"), WindSection::tr("Delivered")};
    table.widths = {0.25, 0.14, 0.15, 0.16, 0.14, 0.16};
    table.rightAligned = {false, true, true, true, true, true};
    for (const OffSitePlantResult &p : plants)
        table.rows.push_back({QStringLiteral("%1 (%2)").arg(p.name, p.kind == PlantKind::Wind ? WindSection::tr("wind")
                                                                                               : WindSection::tr("PV")),
                              ResultFormat::power(p.capacityKW, l), ResultFormat::energy(p.availableKWh, l),
                              ResultFormat::energy(p.clippedKWh, l), ResultFormat::energy(p.lineLossesKWh, l),
                              ResultFormat::energy(p.deliveredKWh, l)});
    return table;
}

ReportTable directSupplyTable(const DirectSupplySummary &d, const QLocale &l)
{
    ReportTable table;
    table.header = {WindSection::tr("Direct-supply check"), WindSection::tr("Value"), WindSection::tr("Bar"),
                    WindSection::tr("Result")};
    table.widths = {0.46, 0.18, 0.18, 0.18};
    table.rightAligned = {false, true, true, false};
    const auto pct = [&](double v) { return ResultFormat::percent(v, l); };
    table.rows = {
        {WindSection::tr("Own use of the available green power"), pct(d.selfUseOfAvailablePct),
         QStringLiteral("≥ ") + pct(d.minSelfUseOfAvailablePct), verdict(d.selfUseOfAvailablePass)},
        {WindSection::tr("Green power in the consumption"), pct(d.selfUseOfConsumptionPct),
         QStringLiteral("≥ ") + pct(d.minSelfUseOfConsumptionPct), verdict(d.selfUseOfConsumptionPass)},
        {WindSection::tr("Green power in the consumption, from 2030"), pct(d.selfUseOfConsumptionPct),
         QStringLiteral("≥ ") + pct(d.minSelfUseOfConsumption2030Pct), verdict(d.selfUseOfConsumption2030Pass)},
    };
    if (d.exportCapApplies)
        table.rows.push_back({WindSection::tr("Export of the available green power"), pct(d.exportOfAvailablePct),
                              QStringLiteral("≤ ") + pct(d.maxExportOfAvailablePct), verdict(d.exportOfAvailablePass)});
    return table;
}

ReportTable carrierTable(const HeatSummary &h, const QLocale &l)
{
    ReportTable table;
    table.header = {HeatSection::tr("Carrier"), HeatSection::tr("Quantity"), HeatSection::tr("Standard coal"),
                    HeatSection::tr("CO₂")};
    table.widths = {0.34, 0.24, 0.21, 0.21};
    table.rightAligned = {false, true, true, true};
    const auto row = [&](const QString &name, const CarrierLine &c, heat::Carrier carrier, int decimals) {
        return QStringList{name, QStringLiteral("%1 %2").arg(ResultFormat::number(c.quantity, decimals, l), heat::carrierUnit(carrier)),
                           HeatSection::tr("%1 tce").arg(ResultFormat::number(c.tce, 1, l)), ResultFormat::tonnes(c.tCO2, l)};
    };
    table.rows = {row(HeatSection::tr("Electricity"), h.electricity, heat::Carrier::Electricity, 0),
                  row(HeatSection::tr("Natural gas"), h.naturalGas, heat::Carrier::NaturalGas, 0),
                  row(HeatSection::tr("Raw coal"), h.rawCoal, heat::Carrier::RawCoal, 1),
                  row(HeatSection::tr("Purchased heat"), h.purchasedHeat, heat::Carrier::PurchasedHeat, 0)};
    return table;
}

ReportTable heatBuildingTable(const std::vector<BuildingHeatResult> &buildings, const QLocale &l)
{
    ReportTable table;
    table.header = {HeatSection::tr("Building"), HeatSection::tr("Supply"), HeatSection::tr("Heat"),
                    HeatSection::tr("Peak"), HeatSection::tr("Alone (tCO₂/tce)"), HeatSection::tr("Alone")};
    table.widths = {0.27, 0.19, 0.15, 0.13, 0.15, 0.11};
    table.rightAligned = {false, false, true, true, true, false};
    for (const BuildingHeatResult &b : buildings) {
        if (b.supply == heat::HeatSupply::None)
            continue;
        table.rows.push_back({b.name, heat::displayName(b.supply), ResultFormat::energy(b.totalHeatKWh, l),
                              ResultFormat::power(b.peakHeatKW, l), ResultFormat::number(b.intensityTCO2PerTce, 3, l),
                              b.passesAlone ? HeatSection::tr("passes") : HeatSection::tr("fails")});
    }
    return table;
}

} // namespace

QString WindSection::title() const
{
    return tr("Wind and off-site supply");
}

bool WindSection::appliesTo(const SimulationResult &result) const
{
    return result.hasWind;
}

void WindSection::render(ReportDocument &doc, const ReportContext &c) const
{
    const ParkSummary &p = c.park();
    doc.heading(title());
    doc.paragraph(tr("Turbines on the site plan: %1 rated, %2 a year net of wakes and losses (wake loss %3). "
                     "Off-site plants deliver %4 a year through their direct lines.")
                      .arg(ResultFormat::power(p.windKW, c.locale), ResultFormat::energy(p.windGenerationKWh, c.locale),
                           ResultFormat::percent(p.windWakeLossPct, c.locale),
                           ResultFormat::energy(p.offsiteGenerationKWh, c.locale))
                      .toHtmlEscaped());
    if (!c.result().turbines.empty())
        doc.table(turbineTable(c.result().turbines, c.locale));
    if (!c.result().offsite.empty())
        doc.table(plantTable(c.result().offsite, c.locale));
    doc.subheading(tr("Direct supply of green power"));
    doc.table(directSupplyTable(p.directSupply, c.locale));
    // The note in the report's language (the result's copy is in the language of the run).
    doc.paragraph(wind::directSupplySourceNote().toHtmlEscaped());
}

QString HeatSection::title() const
{
    return tr("Heat and fuels");
}

bool HeatSection::appliesTo(const SimulationResult &result) const
{
    return result.heat.present;
}

void HeatSection::render(ReportDocument &doc, const ReportContext &c) const
{
    const HeatSummary &h = c.result().heat;
    doc.heading(title());
    doc.paragraph(tr("Heat demand %1 a year; heat pumps and electric boilers use %2 of electricity, part of the "
                     "consumption. Over all carriers the park uses %3 tce and emits %4 a year.")
                      .arg(ResultFormat::energy(h.heatDemandKWh, c.locale),
                           ResultFormat::energy(h.heatElectricityKWh, c.locale),
                           ResultFormat::number(h.energyTce, 0, c.locale), ResultFormat::tonnes(h.co2T, c.locale))
                      .toHtmlEscaped());
    doc.table(carrierTable(h, c.locale));
    doc.paragraph(tr("Indicator over all carriers: %1 with the calorific equivalent (0.1229 kgce/kWh), %2 with the "
                     "coal-consumption method (0.3055 kgce/kWh); the verdict uses %3 kgce/kWh. Clean-energy share %4, "
                     "renewable share %5.")
                      .arg(ResultFormat::intensity(h.intensityEquivalentTCO2PerTce, c.locale),
                           ResultFormat::intensity(h.intensityCoalMethodTCO2PerTce, c.locale),
                           c.locale.toString(h.electricityKgcePerKWh, 'f', 4),
                           ResultFormat::percent(h.cleanSharePct, c.locale), ResultFormat::percent(h.renewableSharePct, c.locale))
                      .toHtmlEscaped());
    doc.subheading(tr("Buildings"));
    doc.paragraph(tr("Each building on its own: its load and heat against its own roof PV, no battery, no green power.")
                      .toHtmlEscaped());
    doc.table(heatBuildingTable(c.result().buildings, c.locale));
}

} // namespace pz
