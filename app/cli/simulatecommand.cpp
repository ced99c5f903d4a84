#include "simulatecommand.h"

#include "engine/simulation.h"
#include "io/hourlycsv.h"
#include "io/projectfile.h"
#include "io/resultjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parkzero-cli", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

QString usage()
{
    return tr("usage: parkzero-cli simulate PROJECT [--weather FILE] [--irradiance as_given|beam_from_ghi_dhi] "
              "[--json OUT|-] [--hourly OUT.csv]");
}

QString summary(const pz::SimulationResult &r)
{
    const QLocale c = QLocale::c();
    QString text;
    QTextStream out(&text);
    out << tr("Weather: %1 (GHI %2 kWh/m²)").arg(r.weatherSource, c.toString(r.annualGhiKWhM2, 'f', 1)) << '\n';
    for (const pz::PvObjectResult &o : r.objects)
        out << tr("  %1 [%2]: %3 kWp, %4 kWh, %5 kWh/kWp, shading loss %6 %")
                   .arg(o.name, o.kind == pz::PvKind::Ground ? tr("ground") : tr("rooftop"),
                        c.toString(o.kwp, 'f', 1), c.toString(o.annualAcKWh, 'f', 0),
                        c.toString(o.specificYieldKWhPerKWp, 'f', 1), c.toString(o.shadingLossPct, 'f', 2))
            << '\n';
    const pz::ParkSummary &p = r.park;
    out << tr("Park: %1 kWp, generation %2 MWh, consumption %3 MWh")
               .arg(c.toString(p.pvKwp, 'f', 1), c.toString(p.annualGenerationKWh / 1000, 'f', 1),
                    c.toString(p.annualConsumptionKWh / 1000, 'f', 1))
        << '\n';
    out << tr("Self-sufficiency %1 %, CFE %2 %, net emissions %3 tCO2e, %4 tCO2/tce (threshold %5): %6")
               .arg(c.toString(p.selfSufficiencyPct, 'f', 1), c.toString(p.cfeScorePct, 'f', 1),
                    c.toString(p.emissions.netT, 'f', 1), c.toString(p.intensityTCO2PerTce, 'f', 3),
                    c.toString(p.thresholdTCO2PerTce, 'f', 2),
                    p.zeroCarbon ? tr("zero-carbon") : tr("not zero-carbon"))
        << '\n';
    return text;
}

} // namespace

int runSimulate(const QStringList &args)
{
    QString project, weather, irradiance, jsonOut, hourlyOut;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args[++i];
            return true;
        };
        if (a == QLatin1String("--weather")) {
            if (!value(&weather))
                return fail(tr("--weather needs a file") + QLatin1Char('\n') + usage());
        } else if (a == QLatin1String("--irradiance")) {
            if (!value(&irradiance))
                return fail(tr("--irradiance needs as_given or beam_from_ghi_dhi") + QLatin1Char('\n') + usage());
        } else if (a == QLatin1String("--json")) {
            if (!value(&jsonOut))
                return fail(tr("--json needs a file or -") + QLatin1Char('\n') + usage());
        } else if (a == QLatin1String("--hourly")) {
            if (!value(&hourlyOut))
                return fail(tr("--hourly needs a file") + QLatin1Char('\n') + usage());
        } else if (a.startsWith(QLatin1String("--"))) {
            return fail(tr("unknown option %1").arg(a) + QLatin1Char('\n') + usage());
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return fail(tr("unexpected argument %1").arg(a) + QLatin1Char('\n') + usage());
        }
    }
    if (project.isEmpty())
        return fail(usage());

    pz::io::LoadResult loaded = pz::io::loadProject(project);
    if (!loaded.park)
        return fail(loaded.error);

    if (!irradiance.isEmpty()) {
        const std::optional<pz::IrradianceInput> input = pz::fromKey<pz::IrradianceInput>(irradiance);
        if (!input)
            return fail(tr("--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)").arg(irradiance));
        loaded.park->site.weather.irradiance = *input;
    }

    pz::SimulationOptions options;
    options.projectFilePath = project;
    options.weatherOverridePath = weather;
    const pz::SimulationResult result = pz::simulatePark(*loaded.park, options);
    if (!result.ok)
        return fail(tr("%1: simulation failed: %2").arg(QFileInfo(project).fileName(), result.error));
    for (const QString &warning : result.warnings)
        QTextStream(stderr) << tr("warning: %1").arg(warning) << Qt::endl;

    if (!hourlyOut.isEmpty()) {
        QString error;
        if (!pz::io::writeHourlyCsv(result, hourlyOut, &error))
            return fail(error);
    }
    const QByteArray json = QJsonDocument(pz::io::resultToJson(result)).toJson(QJsonDocument::Indented);
    if (jsonOut == QLatin1String("-")) {
        QTextStream(stdout) << json;
    } else {
        if (!jsonOut.isEmpty()) {
            QSaveFile file(jsonOut);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
                return fail(tr("%1: cannot write: %2").arg(jsonOut, file.errorString()));
        }
        QTextStream(stdout) << summary(result);
    }
    return 0;
}
