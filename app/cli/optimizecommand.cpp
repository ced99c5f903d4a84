// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizecommand.h"

#include "commandline.h"
#include "exitcodes.h"
#include "engine/applyoptimum.h"
#include "engine/optimizerinput.h"
#include "engine/simulation.h"
#include "io/atomicfile.h"
#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "optimizer/costs.h"
#include "optimizer/lpmodel.h"
#include "optimizer/mpswriter.h"
#include "optimizer/resultjson.h"
#include "optimizer/scenariofile.h"
#include "optimizer/solver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <glpk.h>

#include <cmath>
#include <cstdio>

namespace pz::cli {

namespace {

QString usage()
{
    return tr("Usage: parkzero-cli optimize PROJECT.parkzero [options]\n"
              "       parkzero-cli optimize --scenario SCEN.json [options]\n"
              "\n"
              "The project's own optimizer settings (keep placed, whole turbines, exact, the clean-share\n"
              "floor, the green-power cap, the battery's bounds and each object's role) apply; the\n"
              "options below add to them.\n"
              "\n"
              "Finds the least annualised cost of PV, wind, battery and green power that keeps the\n"
              "park's carbon intensity at or below its threshold (and its clean-energy share above a\n"
              "floor, if one is set), with the hourly dispatch of the year, and prints a summary or\n"
              "writes the results as JSON. A project is simulated first; its PV objects, wind groups\n"
              "and a pooled battery are the candidates.\n"
              "\n"
              "Options:\n"
              "  --scenario SCEN.json  solve an optimizer scenario (JSON with an hourly CSV beside it)\n"
              "                        instead of a project\n"
              "  --weather FILE        (project) use this EPW or TMY3 CSV instead of the site's weather\n"
              "  --keep-placed         (project) the placed PV kWp, turbines and battery are lower bounds\n"
              "  --battery-max-kwh E   (project) the battery's largest energy, kWh (default 10 × the\n"
              "                        mean daily consumption; 0: no battery)\n"
              "  --battery-max-kw P    (project) the battery's largest power, kW (default E / 1 h)\n"
              "  --scenario-out SCEN.json  (project) write the problem as a scenario (and its CSV\n"
              "                        SCEN.csv beside it)\n"
              "  --exact               solve the LP exactly as exported (otherwise an equivalent,\n"
              "                        smaller form of it, with the same optimum)\n"
              "  --whole-turbines      whole turbine counts (a mixed-integer programme)\n"
              "  --json OUT|-          write the results as JSON to OUT; - writes them to stdout\n"
              "  --hourly OUT.csv      write the optimizer's dispatch, one row per hour\n"
              "  --lp-out MODEL.mps    write the LP as free MPS\n"
              "  --apply OUT.parkzero  (project) write the project with the optimum applied as a new\n"
              "                        scenario after the one optimised (made active), simulate it and\n"
              "                        print its indicator beside the optimizer's\n"
              "  --apply-name NAME     the new scenario's name (default \"Least cost to <threshold>\")\n"
              "  --progress            print the phases and the solver's iteration lines to stderr\n"
              "  -h, --help            show this help\n"
              "\n"
              "Exit status: 0 when an optimum was found, 1 when the problem is infeasible or an\n"
              "output cannot be written, 2 when the project or scenario is missing or wrong, or the\n"
              "command line is wrong.\n");
}

// --progress: one line per phase on stderr ("phase: …", untranslated: programs read it).
void progressLine(bool enabled, const char *phase)
{
    if (enabled) {
        std::fprintf(stderr, "phase: %s\n", phase);
        std::fflush(stderr);
    }
}

// GLPK's terminal output to stderr (stdout carries the summary or the JSON).
int glpkToStderr(void *, const char *text)
{
    std::fputs(text, stderr);
    std::fflush(stderr);
    return 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (io::writeFileAtomically(path, bytes, &reason))
        return true;
    *error = tr("%1: cannot write: %2").arg(path, reason);
    return false;
}

QString summary(const optimizer::OptimizerProblem &p, const optimizer::OptimizerResult &r)
{
    const QLocale c = QLocale::c();
    QString text;
    QTextStream out(&text);
    out << tr("Optimum: %1 CNY/yr (%2 solve, %3 s)")
               .arg(c.toString(r.objectiveCnyPerYr, 'f', 3), QString::fromStdString(r.solve.mode),
                    c.toString(r.solve.seconds, 'f', 1))
        << '\n';
    for (std::size_t i = 0; i < p.pv.size(); ++i)
        out << tr("  PV %1: %2 kWp").arg(QString::fromStdString(p.pv[i].id), c.toString(r.pvKWp[i], 'f', 3)) << '\n';
    for (std::size_t j = 0; j < p.wind.size(); ++j)
        out << tr("  Wind %1: %2 turbines (%3 kW)")
                   .arg(QString::fromStdString(p.wind[j].id), c.toString(r.windTurbines[j], 'f', 6),
                        c.toString(r.windKW[j], 'f', 3))
            << '\n';
    out << tr("  Battery: %1 kWh, %2 kW").arg(c.toString(r.batteryKWh, 'f', 3), c.toString(r.batteryKW, 'f', 3)) << '\n';
    out << tr("  Green power: %1 kWh").arg(c.toString(r.annual.greenPowerKWh, 'f', 1)) << '\n';
    out << tr("Intensity %1 tCO2/tce (threshold %2), marginal abatement cost %3 CNY/tCO2")
               .arg(c.toString(r.indicator.intensityTCO2PerTce, 'f', 6), c.toString(r.indicator.thresholdTCO2PerTce, 'g', 6),
                    c.toString(r.duals.carbonCnyPerTCO2, 'f', 4))
        << '\n';
    if (const double fixed = optimizer::lowerBoundsCostCnyPerYr(p); fixed > 0)
        out << tr("Fixed by the lower bounds (kept objects): %1 CNY/yr").arg(c.toString(fixed, 'f', 3)) << '\n';
    if (r.costWithoutCarbonRowsCnyPerYr)
        out << tr("Without the carbon and clean-share rows: %1 CNY/yr").arg(c.toString(*r.costWithoutCarbonRowsCnyPerYr, 'f', 3))
            << '\n';
    return text;
}

// Writes the outputs that were asked for; false with the message on the first that fails.
bool writeOutputs(const QCommandLineParser &parser, const QCommandLineOption &json, const QCommandLineOption &hourly,
                  const optimizer::OptimizerProblem &problem, const optimizer::OptimizerResult &result,
                  const QJsonObject &apply, QString *error)
{
    if (parser.isSet(hourly) && result.status == optimizer::SolveStatus::Optimal
        && !writeFile(parser.value(hourly), optimizer::hourlyDispatchCsv(problem, result), error))
        return false;
    const QString jsonOut = parser.value(json);
    QJsonObject object = optimizer::resultToJson(problem, result);
    if (!apply.isEmpty())
        object.insert(QStringLiteral("apply"), apply);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (jsonOut == QLatin1String("-"))
        QTextStream(stdout) << bytes;
    else if (!jsonOut.isEmpty() && !writeFile(jsonOut, bytes, error))
        return false;
    return true;
}


// What --apply needs from the project branch: the project, its park and simulation.
struct ProjectRun {
    Project project;
    Park park;
    SimulationResult simulated;
    SimulationOptions options;
};

// Applies the optimum as a new scenario (§16.9), simulates it and writes the project to `out`.
// The "apply" object of the JSON, or an error.
std::optional<QJsonObject> applyAsScenario(const ProjectRun &run, const optimizer::OptimizerProblem &problem,
                                           const optimizer::OptimizerResult &result, const QString &out,
                                           const QString &requestedName, QString *error)
{
    const AppliedOptimum applied = applyOptimum(run.park, run.simulated, problem, result);
    SimulationOptions options = run.options;
    const SimulationResult again = simulatePark(applied.park, options);
    if (!again.ok) {
        *error = tr("the applied scenario cannot be simulated: %1").arg(again.error);
        return std::nullopt;
    }
    Project project = run.project;
    const QString name = requestedName.isEmpty()
        ? project.uniqueName(tr("Least cost to %1").arg(QLocale::c().toString(problem.carbon.thresholdTCO2PerTce, 'f', 2)))
        : requestedName;
    if (project.indexOfName(name) >= 0) {
        *error = tr("--apply-name: a scenario is already called \"%1\"").arg(name);
        return std::nullopt;
    }
    const QStringList why = indicatorDifferences(applied, result);
    Scenario scenario{project.newScenarioId(), name, appliedScenarioNote(project.active().name, result, why),
                      io::withPathsRebased(applied.park, run.options.projectFilePath, out)};
    const int at = project.activeIndex() + 1;
    project.insert(at, std::move(scenario));
    project.setActiveIndex(at);
    if (!io::saveProject(project, out, error))
        return std::nullopt;
    const ParkSummary &k = again.park;
    return QJsonObject{{QStringLiteral("file"), out},
                       {QStringLiteral("scenario"), name},
                       {QStringLiteral("optimizer_intensity_tCO2_per_tce"), result.indicator.intensityTCO2PerTce},
                       {QStringLiteral("simulated_intensity_tCO2_per_tce"), k.intensityTCO2PerTce},
                       {QStringLiteral("optimizer_threshold_tCO2_per_tce"), problem.carbon.thresholdTCO2PerTce},
                       {QStringLiteral("simulated_threshold_tCO2_per_tce"), k.thresholdTCO2PerTce},
                       {QStringLiteral("simulated_zero_carbon"), k.zeroCarbon},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(applied.notes)},
                       {QStringLiteral("differences"), QJsonArray::fromStringList(why)}};
}

QString applySummary(const QJsonObject &apply)
{
    const QLocale c = QLocale::c();
    QString text = tr("Applied as scenario \"%1\" in %2: intensity %3 tCO2/tce simulated (the verdict's threshold "
                      "%5), %4 by the optimizer (its threshold %6)")
                       .arg(apply.value(QStringLiteral("scenario")).toString(), apply.value(QStringLiteral("file")).toString(),
                            c.toString(apply.value(QStringLiteral("simulated_intensity_tCO2_per_tce")).toDouble(), 'f', 4),
                            c.toString(apply.value(QStringLiteral("optimizer_intensity_tCO2_per_tce")).toDouble(), 'f', 4),
                            c.toString(apply.value(QStringLiteral("simulated_threshold_tCO2_per_tce")).toDouble(), 'g', 6),
                            c.toString(apply.value(QStringLiteral("optimizer_threshold_tCO2_per_tce")).toDouble(), 'g', 6))
        + QLatin1Char('\n');
    for (const QJsonValue &v : apply.value(QStringLiteral("notes")).toArray())
        text += QStringLiteral("  ") + v.toString() + QLatin1Char('\n');
    for (const QJsonValue &v : apply.value(QStringLiteral("differences")).toArray())
        text += QStringLiteral("  - ") + v.toString() + QLatin1Char('\n');
    return text;
}

} // namespace

int runOptimize(const QStringList &args)
{
    const QString command = QStringLiteral("optimize");
    QCommandLineParser parser;
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QString(), QStringLiteral("SCEN"));
    const QCommandLineOption exactOption(QStringLiteral("exact"));
    const QCommandLineOption wholeOption(QStringLiteral("whole-turbines"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption hourlyOption(QStringLiteral("hourly"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption lpOption(QStringLiteral("lp-out"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption weatherOption(QStringLiteral("weather"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep-placed"));
    const QCommandLineOption scenarioOutOption(QStringLiteral("scenario-out"), QString(), QStringLiteral("SCEN"));
    const QCommandLineOption batteryKWhOption(QStringLiteral("battery-max-kwh"), QString(), QStringLiteral("KWH"));
    const QCommandLineOption batteryKWOption(QStringLiteral("battery-max-kw"), QString(), QStringLiteral("KW"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption applyNameOption(QStringLiteral("apply-name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption progressOption(QStringLiteral("progress"));
    parser.addOptions({scenarioOption, exactOption, wholeOption, jsonOption, hourlyOption, lpOption, weatherOption,
                       keepOption, scenarioOutOption, batteryKWhOption, batteryKWOption, applyOption, applyNameOption,
                       progressOption});
    if (const std::optional<int> done = parseCommandLine(parser, command, args, usage()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool progress = parser.isSet(progressOption);
    progressLine(progress, "reading");
    std::optional<optimizer::OptimizerProblem> filled;
    QString source;   // the scenario or project, for messages
    bool exactByDefault = false;
    std::optional<ProjectRun> run;   // a project: what --apply starts from
    if (parser.isSet(scenarioOption)) {
        if (!positional.isEmpty())
            return usageError(command, tr("unexpected argument %1 (a project and --scenario exclude each other)")
                                           .arg(positional.front()),
                              usage());
        for (const QCommandLineOption *projectOnly :
             {&weatherOption, &keepOption, &scenarioOutOption, &batteryKWhOption, &batteryKWOption, &applyOption,
              &applyNameOption})
            if (parser.isSet(*projectOnly))
                return usageError(command, tr("--%1 needs a project, not --scenario").arg(projectOnly->names().front()),
                                  usage());
        source = parser.value(scenarioOption);
        optimizer::ScenarioReadResult read = optimizer::readScenario(source);
        if (!read.problem)
            return fail(ExitInvalid, tr("parkzero-cli optimize: %1").arg(read.error));
        filled = std::move(read.problem);
    } else {
        if (positional.isEmpty())
            return usageError(command, tr("no project or scenario given (PROJECT.parkzero or --scenario SCEN.json)"),
                              usage());
        if (positional.size() > 1)
            return usageError(command, tr("unexpected argument %1").arg(positional[1]), usage());
        source = positional.front();
        io::LoadResult loaded = io::loadProject(source);
        if (!loaded.park)
            return fail(ExitInvalid, loaded.error);
        // The project's own optimizer settings (§16.13); the options given here override them.
        ParkProblemOptions fill = problemOptionsOf(loaded.park->site);
        fill.keepPlaced = fill.keepPlaced || parser.isSet(keepOption);
        exactByDefault = loaded.park->site.optimizer.exact;
        for (const auto &[option, bound] : {std::pair{&batteryKWhOption, &fill.batteryMaxKWh},
                                            std::pair{&batteryKWOption, &fill.batteryMaxKW}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const double value = parser.value(*option).toDouble(&ok);
            if (!ok || !std::isfinite(value) || value < 0)
                return usageError(command,
                                  tr("--%1: not a number ≥ 0: %2").arg(option->names().front(), parser.value(*option)),
                                  usage());
            *bound = value;
        }
        SimulationOptions simulation;
        simulation.projectFilePath = source;
        simulation.weatherOverridePath = parser.value(weatherOption);
        progressLine(progress, "simulating");
        const SimulationResult result = simulatePark(*loaded.park, simulation);
        if (!result.ok)
            return fail(ExitInvalid, tr("%1: simulation failed: %2").arg(QFileInfo(source).fileName(), result.error));
        for (const QString &warning : result.warnings)
            QTextStream(stderr) << tr("warning: %1").arg(warning) << Qt::endl;
        // Ground fields with an explicit 0 kWp: their profile at the area-derived kWp (§16.1).
        std::optional<SimulationResult> zeroKwp;
        if (needsZeroKwpProfiles(*loaded.park)) {
            zeroKwp = simulatePark(withAreaDerivedKwp(*loaded.park), simulation);
            if (!zeroKwp->ok)
                return fail(ExitInvalid,
                            tr("%1: simulation failed: %2").arg(QFileInfo(source).fileName(), zeroKwp->error));
        }
        QStringList notes;
        filled = problemFromPark(*loaded.park, result, fill, zeroKwp ? &*zeroKwp : nullptr, &notes);
        run = ProjectRun{*loaded.project, *loaded.park, result, simulation};
        for (const QString &n : notes)
            QTextStream(stderr) << tr("note: %1").arg(n) << Qt::endl;
        if (parser.isSet(wholeOption))
            filled->options.integerTurbines = true;   // so that the scenario written gives the same problem
        if (parser.isSet(scenarioOutOption)) {
            const QString out = parser.value(scenarioOutOption);
            const QString csvName = QFileInfo(out).completeBaseName() + QStringLiteral(".csv");
            QString error;
            if (!optimizer::writeScenario(*filled, out, csvName, &error))
                return fail(ExitFailure, tr("parkzero-cli optimize: %1").arg(error));
        }
    }
    optimizer::OptimizerProblem &problem = *filled;
    if (parser.isSet(wholeOption))
        problem.options.integerTurbines = true;
    const std::vector<std::string> problems = optimizer::validateProblem(problem);
    if (!problems.empty()) {
        QString text;
        for (const std::string &p : problems)
            text += QStringLiteral("\n  ") + QString::fromStdString(p);
        return fail(ExitInvalid, tr("parkzero-cli optimize: %1: the problem cannot be solved:%2").arg(source, text));
    }
    QString error;
    if (parser.isSet(lpOption)
        && !writeFile(parser.value(lpOption), QByteArray::fromStdString(optimizer::mpsText(optimizer::buildLp(problem))), &error))
        return fail(ExitFailure, error);

    optimizer::SolveSettings settings;
    settings.exact = parser.isSet(exactOption) || exactByDefault;
    settings.messages = progress;
    if (progress)
        glp_term_hook(glpkToStderr, nullptr);
    progressLine(progress, "solving");
    const optimizer::OptimizerResult result = optimizer::solveProblem(problem, settings);
    if (progress)
        glp_term_hook(nullptr, nullptr);
    progressLine(progress, "writing");
    QJsonObject apply;
    if (parser.isSet(applyOption) && result.status == optimizer::SolveStatus::Optimal) {
        const std::optional<QJsonObject> applied =
            applyAsScenario(*run, problem, result, parser.value(applyOption), parser.value(applyNameOption), &error);
        if (!applied)
            return fail(ExitFailure, tr("parkzero-cli optimize: --apply: %1").arg(error));
        apply = *applied;
    }
    if (!writeOutputs(parser, jsonOption, hourlyOption, problem, result, apply, &error))
        return fail(ExitFailure, error);
    if (result.status == optimizer::SolveStatus::Error)
        return fail(ExitFailure, tr("parkzero-cli optimize: the solver failed: %1").arg(QString::fromStdString(result.message)));
    if (result.status == optimizer::SolveStatus::Infeasible)
        return fail(ExitFailure, tr("parkzero-cli optimize: infeasible: %1").arg(QString::fromStdString(result.message)));
    if (parser.value(jsonOption) != QLatin1String("-"))
        QTextStream(stdout) << summary(problem, result) << (apply.isEmpty() ? QString() : applySummary(apply));
    return ExitOk;
}

} // namespace pz::cli
