// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatecommand.h"

#include "commandline.h"
#include "engine/simulation.h"
#include "exitcodes.h"
#include "io/atomicfile.h"
#include "io/hourlycsv.h"
#include "io/projectfile.h"
#include "io/resultjson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace pz::cli {

namespace {

QString usage()
{
    return tr("Usage: parkzero-cli simulate [options] <project.parkzero>\n"
              "\n"
              "Runs the whole park model (weather, sun, shading, PV, loads, battery, carbon) and\n"
              "prints a short summary, or writes the results as JSON and as an hourly CSV.\n"
              "\n"
              "Options:\n"
              "  --weather FILE        use this EPW or TMY3 CSV instead of the site's weather\n"
              "  --irradiance MODE     as_given or beam_from_ghi_dhi (for a weather file)\n"
              "  --json OUT|-          write the results as JSON to OUT; - writes them to stdout\n"
              "  --hourly OUT.csv      write one row per hour\n"
              "  -h, --help            show this help\n"
              "\n"
              "Exit status: 0 on success, 1 when an output cannot be written, 2 when the project\n"
              "or a file it refers to is missing or has problems, or the command line is wrong.\n");
}

QString summary(const SimulationResult &r)
{
    const QLocale c = QLocale::c();
    QString text;
    QTextStream out(&text);
    out << tr("Weather: %1 (GHI %2 kWh/m²)").arg(r.weatherSource, c.toString(r.annualGhiKWhM2, 'f', 1)) << '\n';
    for (const PvObjectResult &o : r.objects)
        out << tr("  %1 [%2]: %3 kWp, %4 kWh, %5 kWh/kWp, shading loss %6 %")
                   .arg(o.name, o.kind == PvKind::Ground ? tr("ground") : tr("rooftop"),
                        c.toString(o.kwp, 'f', 1), c.toString(o.annualAcKWh, 'f', 0),
                        c.toString(o.specificYieldKWhPerKWp, 'f', 1), c.toString(o.shadingLossPct, 'f', 2))
            << '\n';
    const ParkSummary &p = r.park;
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

// Writes bytes to path atomically; the message names the file and the reason.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (io::writeFileAtomically(path, bytes, &reason))
        return true;
    *error = tr("%1: cannot write: %2").arg(path, reason);
    return false;
}

} // namespace

int runSimulate(const QStringList &args)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    // No descriptions: usage() is the help text.
    const QCommandLineOption weatherOption(QStringLiteral("weather"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption irradianceOption(QStringLiteral("irradiance"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption hourlyOption(QStringLiteral("hourly"), QString(), QStringLiteral("OUT"));
    parser.addOptions({weatherOption, irradianceOption, jsonOption, hourlyOption});
    if (const std::optional<int> done = parseCommandLine(parser, command, args, usage()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, tr("no project file given"), usage());
    if (positional.size() > 1)
        return usageError(command, tr("unexpected argument %1").arg(positional[1]), usage());
    const QString project = positional.front();

    io::LoadResult loaded = io::loadProject(project);
    if (!loaded.park)
        return fail(ExitInvalid, loaded.error);

    if (parser.isSet(irradianceOption)) {
        const QString irradiance = parser.value(irradianceOption);
        const std::optional<IrradianceInput> input = fromKey<IrradianceInput>(irradiance);
        if (!input)
            return usageError(command,
                              tr("--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)").arg(irradiance),
                              usage());
        loaded.park->site.weather.irradiance = *input;
    }

    SimulationOptions options;
    options.projectFilePath = project;
    options.weatherOverridePath = parser.value(weatherOption);
    const SimulationResult result = simulatePark(*loaded.park, options);
    // The simulation fails only on its inputs: a weather or load profile file it cannot read.
    if (!result.ok)
        return fail(ExitInvalid, tr("%1: simulation failed: %2").arg(QFileInfo(project).fileName(), result.error));
    for (const QString &warning : result.warnings)
        QTextStream(stderr) << tr("warning: %1").arg(warning) << Qt::endl;

    QString error;
    if (parser.isSet(hourlyOption) && !io::writeHourlyCsv(result, parser.value(hourlyOption), &error))
        return fail(ExitFailure, error);
    const QString jsonOut = parser.value(jsonOption);
    const QByteArray json = QJsonDocument(io::resultToJson(result)).toJson(QJsonDocument::Indented);
    if (jsonOut == QLatin1String("-")) {
        QTextStream(stdout) << json;
        return ExitOk;
    }
    if (!jsonOut.isEmpty() && !writeFile(jsonOut, json, &error))
        return fail(ExitFailure, error);
    QTextStream(stdout) << summary(result);
    return ExitOk;
}

} // namespace pz::cli
