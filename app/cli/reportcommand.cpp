// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandline.h"
#include "engine/simulation.h"
#include "exitcodes.h"
#include "io/projectfile.h"
#include "report/reportbuilder.h"
#include "report/reportscenarios.h"
#include "version.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace pz::cli {

namespace {

QString usage()
{
    return tr("Usage: parkzero-cli report [options] <project.parkzero> <out.pdf>\n"
              "\n"
              "Simulates the project and writes the client report: an A4 PDF with the verdict, the\n"
              "headline figures, the site plan, energy, PV by object, carbon, hourly matching, the\n"
              "assumptions and sources and, for a project with several scenarios, the scenarios\n"
              "side by side.\n"
              "\n"
              "Options:\n"
              "  --lang LANG           en (default) or zh_CN\n"
              "  --sections LIST       comma-separated sections, in report order whatever the order\n"
              "                        given (default all): %1\n"
              "  --pv-order ORDER      order of the PV table: park (default), name, kwp, energy,\n"
              "                        yield, shading\n"
              "  --scenario NAME       the scenario the report describes (default: the active one)\n"
              "  --compare LIST        comma-separated scenarios the comparison sets beside it, in\n"
              "                        project order whatever the order given (default: every\n"
              "                        other scenario)\n"
              "  --company NAME        the preparer's company on the cover\n"
              "  --logo FILE           the preparer's logo on the cover (PNG, JPEG or SVG)\n"
              "  -h, --help            show this help\n"
              "\n"
              "Exit status: 0 on success, 1 when the report cannot be written, 2 when the project or\n"
              "a file it refers to is missing or has problems, or the command line is wrong.\n")
        .arg(ReportBuilder::sectionKeys().join(QLatin1Char(',')));
}

std::optional<PvOrder> pvOrderFromKey(const QString &key)
{
    static const std::pair<const char *, PvOrder> keys[] = {
        {"park", PvOrder::Park}, {"name", PvOrder::Name}, {"kwp", PvOrder::Kwp},
        {"energy", PvOrder::Energy}, {"yield", PvOrder::SpecificYield}, {"shading", PvOrder::ShadingLoss}};
    for (const auto &[name, order] : keys)
        if (key == QLatin1String(name))
            return order;
    return std::nullopt;
}

// Whether path can be written, tried before the simulation runs (nothing is left behind).
bool checkWritable(const QString &path, QString *error)
{
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, probe.errorString());
        return false;
    }
    probe.cancelWriting();
    return true;
}

// The scenarios the comparison sets beside the report's one (chosen), simulated.
bool simulateOthers(const Project &project, const ReportScenarios &chosen, const SimulationOptions &simulation,
                    ReportInput *input, QString *error)
{
    SimulationCache cache;
    for (const int i : chosen.compared) {
        SimulationResult result = simulatePark(project.at(i).park, simulation, &cache);
        if (!result.ok) {
            *error = tr("scenario \"%1\": simulation failed: %2").arg(project.at(i).name, result.error);
            return false;
        }
        input->otherScenarios.push_back({project.at(i).name, std::move(result)});
    }
    return true;
}

} // namespace

int runReport(const QStringList &args)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"), QString(), QStringLiteral("LIST"));
    const QCommandLineOption orderOption(QStringLiteral("pv-order"), QString(), QStringLiteral("ORDER"),
                                         QStringLiteral("park"));
    const QCommandLineOption companyOption(QStringLiteral("company"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption logoOption(QStringLiteral("logo"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption compareOption(QStringLiteral("compare"), QString(), QStringLiteral("LIST"));
    parser.addOptions({langOption, sectionsOption, orderOption, companyOption, logoOption, scenarioOption, compareOption});
    if (const std::optional<int> done = parseCommandLine(parser, command, args, usage()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(command, tr("a project file and an output file are needed"), usage());
    if (positional.size() > 2)
        return usageError(command, tr("unexpected argument %1").arg(positional[2]), usage());

    ReportOptions options;
    options.language = parser.value(langOption);
    if (!ReportBuilder::languages().contains(options.language))
        return usageError(command, tr("--lang: unknown language %1 (en or zh_CN)").arg(options.language), usage());
    QString error;
    if (parser.isSet(sectionsOption) && !ReportBuilder::parseSections(parser.value(sectionsOption), &options.sections, &error))
        return usageError(command, tr("--sections: %1").arg(error), usage());
    const std::optional<PvOrder> order = pvOrderFromKey(parser.value(orderOption));
    if (!order)
        return usageError(command, tr("--pv-order: unknown order %1").arg(parser.value(orderOption)), usage());
    options.pvOrder = *order;
    const QString logo = parser.value(logoOption);
    if (!logo.isEmpty() && !QFileInfo(logo).isReadable())
        return fail(ExitInvalid, tr("%1: cannot read the logo").arg(logo));

    const QString project = positional[0], out = positional[1];
    io::LoadResult loaded = io::loadProject(project);
    if (!loaded.park)
        return fail(ExitInvalid, loaded.error);
    options.scenario = parser.value(scenarioOption);
    if (parser.isSet(compareOption))
        options.compared = scenarioNamesFromList(*loaded.project, parser.value(compareOption));
    const std::optional<ReportScenarios> chosen = chooseReportScenarios(*loaded.project, options, &error);
    if (!chosen)
        return fail(ExitInvalid, tr("%1: %2").arg(QFileInfo(project).fileName(), error));
    if (!checkWritable(out, &error))
        return fail(ExitFailure, error);
    SimulationOptions simulation;
    simulation.projectFilePath = project;
    ReportInput input;
    const Scenario &described = loaded.project->at(chosen->described);
    input.scenarioName = described.name;
    input.result = simulatePark(described.park, simulation);
    if (!input.result.ok)
        return fail(ExitInvalid, tr("%1: simulation failed: %2").arg(QFileInfo(project).fileName(), input.result.error));
    QString failed;
    if (!simulateOthers(*loaded.project, *chosen, simulation, &input, &failed))
        return fail(ExitInvalid, tr("%1: %2").arg(QFileInfo(project).fileName(), failed));
    QFile file(project);
    if (file.open(QIODevice::ReadOnly))
        input.projectSha256 = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    input.park = described.park;
    input.projectFileName = QFileInfo(project).fileName();
    input.projectFilePath = project;
    input.programVersion = QLatin1String(kVersion);
    input.company = parser.value(companyOption);
    input.logoPath = logo;
    // Every text of the report, the map's labels included, in the report's font.
    // (the plan's object labels use the application font: 8 px = 8 pt on the report's pages).
    QFont font(ReportBuilder::fontFamily());
    font.setPixelSize(8);
    QApplication::setFont(font);
    if (!ReportBuilder::write(std::move(input), options, out, &error))
        return fail(ExitFailure, error);
    return ExitOk;
}

} // namespace pz::cli
