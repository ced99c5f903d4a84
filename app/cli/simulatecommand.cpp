// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatecommand.h"

#include "commandline.h"
#include "engine/scenariocomparison.h"
#include "engine/simulation.h"
#include "exitcodes.h"
#include "io/atomicfile.h"
#include "io/hourlycsv.h"
#include "io/projectfile.h"
#include "io/resultjson.h"

#include <QFileInfo>
#include <QJsonArray>
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
              "  --scenario NAME       simulate this scenario of the project (default: the active one)\n"
              "  --all-scenarios       simulate every scenario; the JSON is {\"scenarios\": [...]},\n"
              "                        one result per scenario with its name and id\n"
              "  --compare-csv OUT.csv with --all-scenarios: write the scenarios' headline KPIs side\n"
              "                        by side, one row per KPI, one column per scenario\n"
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

namespace {

// The scenarios to simulate: the active one, the one named, or all; an error names the choices.
std::optional<std::vector<Scenario>> chosenScenarios(const Project &project, const QString &fileName,
                                                     const QString &name, bool all, QString *error)
{
    if (all)
        return project.scenarios();
    if (name.isNull())
        return std::vector<Scenario>{project.active()};
    if (const int index = project.indexOfName(name); index >= 0)
        return std::vector<Scenario>{project.at(index)};
    QStringList names;
    for (const Scenario &s : project.scenarios())
        names << QLatin1Char('"') + s.name + QLatin1Char('"');
    *error = tr("%1: no scenario is called \"%2\" (scenarios: %3)").arg(fileName, name, names.join(QLatin1String(", ")));
    return std::nullopt;
}

// Runs every scenario on one cache (an incremental run equals a cold one bit for bit).
std::optional<std::vector<SimulationResult>> simulateAll(const std::vector<Scenario> &scenarios,
                                                         const SimulationOptions &options,
                                                         std::optional<IrradianceInput> irradiance, QString *error)
{
    SimulationCache cache;
    std::vector<SimulationResult> results;
    for (const Scenario &scenario : scenarios) {
        Park park = scenario.park;
        if (irradiance)
            park.site.weather.irradiance = *irradiance;
        SimulationResult result = simulatePark(park, options, &cache);
        // The simulation fails only on its inputs: a weather or load profile file it cannot read.
        if (!result.ok) {
            const QString fileName = QFileInfo(options.projectFilePath).fileName();
            *error = scenarios.size() > 1
                         ? tr("%1: scenario \"%2\": simulation failed: %3").arg(fileName, scenario.name, result.error)
                         : tr("%1: simulation failed: %2").arg(fileName, result.error);
            return std::nullopt;
        }
        for (const QString &warning : result.warnings)
            QTextStream(stderr) << tr("warning: %1").arg(warning) << Qt::endl;
        results.push_back(std::move(result));
    }
    return results;
}

// One scenario: the keys simulate always printed. All scenarios: {"scenarios": [{name, id, …}]}.
QJsonObject resultsJson(const std::vector<Scenario> &scenarios, const std::vector<SimulationResult> &results,
                        bool all)
{
    if (!all)
        return io::resultToJson(results.front());
    QJsonArray list;
    for (std::size_t i = 0; i < results.size(); ++i) {
        QJsonObject o = io::resultToJson(results[i]);
        o.insert(QStringLiteral("name"), scenarios[i].name);
        o.insert(QStringLiteral("id"), scenarios[i].id);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("scenarios"), list}};
}

std::vector<NamedResult> named(const std::vector<Scenario> &scenarios, const std::vector<SimulationResult> &results)
{
    std::vector<NamedResult> out;
    for (std::size_t i = 0; i < results.size(); ++i)
        out.push_back({scenarios[i].name, results[i]});
    return out;
}

QString summaries(const std::vector<Scenario> &scenarios, const std::vector<SimulationResult> &results, bool all)
{
    if (!all)
        return summary(results.front());
    QString text;
    for (std::size_t i = 0; i < results.size(); ++i)
        text += tr("Scenario \"%1\":").arg(scenarios[i].name) + QLatin1Char('\n') + summary(results[i]);
    return text;
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
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption allOption(QStringLiteral("all-scenarios"));
    const QCommandLineOption compareOption(QStringLiteral("compare-csv"), QString(), QStringLiteral("OUT"));
    parser.addOptions({weatherOption, irradianceOption, jsonOption, hourlyOption, scenarioOption, allOption, compareOption});
    if (const std::optional<int> done = parseCommandLine(parser, command, args, usage()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, tr("no project file given"), usage());
    if (positional.size() > 1)
        return usageError(command, tr("unexpected argument %1").arg(positional[1]), usage());
    const bool all = parser.isSet(allOption);
    if (all && parser.isSet(scenarioOption))
        return usageError(command, tr("--scenario and --all-scenarios exclude each other"), usage());
    if (all && parser.isSet(hourlyOption))
        return usageError(command, tr("--hourly writes one scenario; choose it with --scenario"), usage());
    if (!all && parser.isSet(compareOption))
        return usageError(command, tr("--compare-csv compares every scenario; add --all-scenarios"), usage());
    std::optional<IrradianceInput> irradiance;
    if (parser.isSet(irradianceOption)) {
        irradiance = fromKey<IrradianceInput>(parser.value(irradianceOption));
        if (!irradiance)
            return usageError(command,
                              tr("--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)")
                                  .arg(parser.value(irradianceOption)),
                              usage());
    }
    const QString project = positional.front();
    const io::LoadResult loaded = io::loadProject(project);
    if (!loaded.project)
        return fail(ExitInvalid, loaded.error);
    QString error;
    const QString name = parser.isSet(scenarioOption) ? parser.value(scenarioOption) : QString();
    const auto scenarios = chosenScenarios(*loaded.project, QFileInfo(project).fileName(), name, all, &error);
    if (!scenarios)
        return fail(ExitInvalid, error);

    SimulationOptions options;
    options.projectFilePath = project;
    options.weatherOverridePath = parser.value(weatherOption);
    const auto results = simulateAll(*scenarios, options, irradiance, &error);
    if (!results)
        return fail(ExitInvalid, error);

    if (parser.isSet(hourlyOption) && !io::writeHourlyCsv(results->front(), parser.value(hourlyOption), &error))
        return fail(ExitFailure, error);
    if (parser.isSet(compareOption)
        && !writeFile(parser.value(compareOption), comparisonCsv(compareScenarios(named(*scenarios, *results))), &error))
        return fail(ExitFailure, error);
    const QString jsonOut = parser.value(jsonOption);
    const QByteArray json = QJsonDocument(resultsJson(*scenarios, *results, all)).toJson(QJsonDocument::Indented);
    if (jsonOut == QLatin1String("-")) {
        QTextStream(stdout) << json;
        return ExitOk;
    }
    if (!jsonOut.isEmpty() && !writeFile(jsonOut, json, &error))
        return fail(ExitFailure, error);
    QTextStream(stdout) << summaries(*scenarios, *results, all);
    return ExitOk;
}

} // namespace pz::cli
