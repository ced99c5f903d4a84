// SPDX-License-Identifier: GPL-3.0-or-later
// Assumptions and sources of the client report: everything a reader needs to reproduce it.
#include "energy/gridfactors.h"
#include "energy/loadprofiles.h"
#include "io/projectfile.h"
#include "model/parkobject.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/resultformat.h"

#include <QSet>
#include <numeric>

namespace pz {

namespace {

std::vector<std::pair<QString, QString>> weatherRows(const ReportContext &c)
{
    const SimulationResult &r = c.result();
    QString closure;
    if (r.weatherFromFile)
        closure = AssumptionsSection::tr("DNI · cos z + DHI falls short of GHI by %1 %; irradiance %2")
                      .arg(c.locale.toString(r.weatherClosureGapPct, 'f', 2),
                           r.weatherIrradiance == IrradianceInput::AsGiven
                               ? AssumptionsSection::tr("as given in the file")
                               : AssumptionsSection::tr("beam derived from GHI and DHI"));
    else
        closure = AssumptionsSection::tr("not applicable (built-in typical year, consistent by construction)");
    return {
        {AssumptionsSection::tr("Weather source"), r.weatherSource},
        {AssumptionsSection::tr("Annual global horizontal irradiation"),
         AssumptionsSection::tr("%1 kWh/m²").arg(c.locale.toString(r.annualGhiKWhM2, 'f', 1))},
        {AssumptionsSection::tr("Closure check"), closure},
    };
}

std::vector<std::pair<QString, QString>> gridRows(const ReportContext &c)
{
    const Site &site = c.input.park.site;
    const ParkSummary &p = c.park();
    std::vector<std::pair<QString, QString>> rows{
        {AssumptionsSection::tr("Grid emission factor (annual)"),
         AssumptionsSection::tr("%1 kgCO₂/kWh").arg(c.locale.toString(p.gridFactorKgPerKWh, 'f', 4))}};
    if (const energy::GridFactor *f = site.grid.hourlyProfilePath.isEmpty() ? energy::findGridFactor(site.grid.factorKey)
                                                                            : nullptr) {
        rows.push_back({AssumptionsSection::tr("Grid factor"), energy::displayName(*f)});
        rows.push_back({AssumptionsSection::tr("Year of the data"), QString::number(f->year)});
        rows.push_back({AssumptionsSection::tr("Source"), QString::fromUtf8(f->source)});
    } else {
        rows.push_back({AssumptionsSection::tr("Source"), p.gridFactorSource});
    }
    const CarbonOptions &k = site.carbon;
    rows.push_back({AssumptionsSection::tr("Electricity to standard coal"),
                    AssumptionsSection::tr("%1 kgce/kWh").arg(c.locale.toString(k.kgcePerKWh, 'f', 4))});
    if (k.greenPowerHourlyKWh.empty())
        rows.push_back({AssumptionsSection::tr("Green power bought"),
                        AssumptionsSection::tr("%1 and %2 of the grid import")
                            .arg(ResultFormat::energy(k.greenPowerKWh, c.locale),
                                 ResultFormat::percent(k.greenPowerShare * 100.0, c.locale))});
    else
        rows.push_back({AssumptionsSection::tr("Green power bought"),
                        AssumptionsSection::tr("hour by hour, %1 in the profile; %2 counted (at most each hour's import)")
                            .arg(ResultFormat::energy(std::accumulate(k.greenPowerHourlyKWh.begin(),
                                                                      k.greenPowerHourlyKWh.end(), 0.0), c.locale),
                                 ResultFormat::energy(c.park().greenPowerKWh, c.locale))});
    rows.push_back({AssumptionsSection::tr("Export credit"),
                    k.exportCredit ? AssumptionsSection::tr("counted") : AssumptionsSection::tr("not counted")});
    rows.push_back({AssumptionsSection::tr("Green-space sink"),
                    AssumptionsSection::tr("%1 tCO₂/ha/yr").arg(c.locale.toString(k.sinkTPerHaYr, 'f', 1))});
    return rows;
}

ReportTable embodiedTable(const ReportContext &c)
{
    const CarbonOptions &k = c.input.park.site.carbon;
    const auto n = [&](double v) { return c.locale.toString(v, 'f', 0); };
    ReportTable t;
    t.header = {AssumptionsSection::tr("Embodied carbon"), AssumptionsSection::tr("Factor"),
                AssumptionsSection::tr("Service life")};
    t.widths = {0.4, 0.35, 0.25};
    t.rightAligned = {false, true, true};
    const QString years = AssumptionsSection::tr("%1 years");
    t.rows = {
        {AssumptionsSection::tr("PV modules"), AssumptionsSection::tr("%1 kgCO₂e/kWp").arg(n(k.pvEmbodiedKgPerKWp)),
         years.arg(n(k.pvLifeYears))},
        {AssumptionsSection::tr("Battery, LFP"), AssumptionsSection::tr("%1 kgCO₂e/kWh").arg(n(k.storageEmbodiedKgPerKWhLfp)),
         years.arg(n(k.storageLifeYears))},
        {AssumptionsSection::tr("Battery, NMC"), AssumptionsSection::tr("%1 kgCO₂e/kWh").arg(n(k.storageEmbodiedKgPerKWhNmc)),
         years.arg(n(k.storageLifeYears))},
        {AssumptionsSection::tr("Buildings, steel frame"),
         AssumptionsSection::tr("%1 kgCO₂e/m²").arg(n(k.buildingEmbodiedKgPerM2Steel)), years.arg(n(k.buildingLifeYears))},
        {AssumptionsSection::tr("Buildings, concrete"),
         AssumptionsSection::tr("%1 kgCO₂e/m²").arg(n(k.buildingEmbodiedKgPerM2Concrete)), years.arg(n(k.buildingLifeYears))},
    };
    return t;
}

// The default load intensity of every use type whose load comes from the defaults.
ReportTable loadTable(const ReportContext &c)
{
    ReportTable t;
    t.header = {AssumptionsSection::tr("Use type"), AssumptionsSection::tr("Intensity"), AssumptionsSection::tr("Source")};
    t.widths = {0.25, 0.2, 0.55};
    t.rightAligned = {false, true, false};
    QSet<int> seen;
    for (const ParkObject &object : c.input.park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b || b->annualLoadKWhOverride >= 0.0 || !b->loadProfilePath.isEmpty() || seen.contains(int(b->useType)))
            continue;
        seen.insert(int(b->useType));
        const energy::UseTypeDefaults &d = energy::useTypeDefaults(b->useType);
        t.rows.push_back({displayName(b->useType),
                          AssumptionsSection::tr("%1 kWh/m²/yr").arg(c.locale.toString(d.intensityKWhPerM2Yr, 'f', 0)),
                          QString::fromUtf8(d.source)});
    }
    return t;
}

// The hash in groups of eight hex digits, so that it wraps in its cell and reads like a fingerprint.
QString grouped(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

} // namespace

QString AssumptionsSection::title() const
{
    return tr("Assumptions and sources");
}

void AssumptionsSection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    doc.subheading(tr("Weather"));
    doc.keyValues(weatherRows(c));
    doc.subheading(tr("Grid and carbon accounting"));
    doc.keyValues(gridRows(c));
    doc.table(embodiedTable(c));
    const ReportTable loads = loadTable(c);
    if (!loads.rows.empty()) {
        doc.subheading(tr("Load defaults"));
        doc.table(loads);
    }
    doc.subheading(tr("Reproducing this report"));
    std::vector<std::pair<QString, QString>> rows{
        {tr("Program"), tr("ParkZero %1 (project file format %2)").arg(c.input.programVersion).arg(io::kFormatVersion)},
        {tr("Models"), tr("NREL SPA sun position; Perez 1990 transposition; PVWatts DC and inverter; SAPM or Faiman "
                          "cell temperature; shading by park objects from horizon profiles; hourly battery dispatch "
                          "(docs/solar-model.md, docs/shading.md, docs/loads-and-carbon.md)")},
        {tr("Project file"), c.input.projectFileName},
        {tr("SHA-256 of the project file"), grouped(c.input.projectSha256)},
    };
    if (c.input.unsavedChanges)
        rows.push_back({tr("Note"), tr("The report shows unsaved changes; the hash is of the park as it would be saved.")});
    doc.keyValues(rows);
    if (!c.result().warnings.isEmpty()) {
        doc.subheading(tr("Warnings of the simulation"));
        QString html;
        for (const QString &w : c.result().warnings)
            html += QStringLiteral("<p>• %1</p>").arg(w.toHtmlEscaped());
        doc.paragraph(html);
    }
}

} // namespace pz
