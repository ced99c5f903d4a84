// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "commandline.h"
#include "exitcodes.h"
#include "io/projectfile.h"
#include "io/projectpaths.h"

#include <QFileInfo>
#include <QTextStream>

namespace pz::cli {

namespace {

QString usage()
{
    return tr("Usage: parkzero-cli validate [--quiet] <project.parkzero>...\n"
              "\n"
              "Checks ParkZero project files: JSON syntax, field types, value ranges, polygons,\n"
              "object ids and the files a project refers to (weather file, load profiles).\n"
              "Prints \"<file>: OK\" for each valid project and every problem otherwise.\n"
              "\n"
              "Options:\n"
              "  -q, --quiet   print nothing for valid projects\n"
              "  -h, --help    show this help\n"
              "\n"
              "Exit status: 0 when every project is valid, 2 when a project has problems,\n"
              "cannot be read, or the command line is wrong.\n");
}

// Problems with the files a loaded park refers to, worded like the reader's messages.
// jsonPrefix: where the park sits in the file ("scenarios[1]." from format 5 on, else empty).
QStringList referencedFileProblems(const Park &park, const QString &projectPath, const QString &jsonPrefix)
{
    QStringList problems;
    const QString fileName = QFileInfo(projectPath).fileName();
    if (park.site.weather.kind == WeatherKind::File && park.site.weather.filePath.isEmpty())
        problems << tr("%1: %2site.weather.file: required when the weather kind is \"file\"").arg(fileName, jsonPrefix);
    for (io::ReferencedFile ref : io::referencedFiles(park)) {
        ref.jsonPath.prepend(jsonPrefix);
        const QString resolved = io::resolveProjectPath(projectPath, ref.storedPath);
        const QFileInfo info(resolved);
        if (!info.exists())
            problems << tr("%1: %2: file not found: %3").arg(fileName, ref.jsonPath, resolved);
        else if (!info.isFile() || !info.isReadable())
            problems << tr("%1: %2: not a readable file: %3").arg(fileName, ref.jsonPath, resolved);
    }
    return problems;
}

QString summary(const Park &park)
{
    int counts[5] = {0, 0, 0, 0, 0};
    for (const ParkObject &object : park.objects())
        ++counts[int(kindOf(object))];
    QString text = tr("buildings: %1, PV fields: %2, battery stores: %3, green spaces: %4")
                       .arg(counts[int(ObjectKind::Building)])
                       .arg(counts[int(ObjectKind::PvArray)])
                       .arg(counts[int(ObjectKind::Storage)])
                       .arg(counts[int(ObjectKind::GreenSpace)]);
    // Wind (format 2) only when the park has it, so a PV park's summary reads as before.
    const int plants = int(park.site.wind.plants.size());
    if (counts[int(ObjectKind::WindTurbine)] > 0 || plants > 0)
        text += tr(", wind turbines: %1, off-site plants: %2").arg(counts[int(ObjectKind::WindTurbine)]).arg(plants);
    return text;
}

} // namespace

int runValidate(const QStringList &args)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    // No description: usage() is the help text.
    const QCommandLineOption quietOption(QStringList{QStringLiteral("q"), QStringLiteral("quiet")});
    parser.addOption(quietOption);
    if (const std::optional<int> done = parseCommandLine(parser, command, args, usage()))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(command, tr("no project file given"), usage());

    QTextStream out(stdout);
    QTextStream err(stderr);

    int exitCode = ExitOk;
    for (const QString &path : files) {
        const io::LoadResult result = io::loadProject(path);
        QStringList problems;
        for (int i = 0; result.ok() && i < result.project->count(); ++i)
            problems << referencedFileProblems(result.project->at(i).park, path,
                                               result.formatVersion >= io::kScenariosFormatVersion
                                                   ? QStringLiteral("scenarios[%1].").arg(i)
                                                   : QString());
        if (!result.ok()) {
            err << result.error << '\n';
            exitCode = ExitInvalid;
        } else if (!problems.isEmpty()) {
            err << problems.join(QLatin1Char('\n')) << '\n';
            exitCode = ExitInvalid;
        } else if (!parser.isSet(quietOption)) {
            out << tr("%1: OK (%2)").arg(path, summary(*result.park)) << '\n';
        }
        out.flush();
        err.flush();
    }
    return exitCode;
}

} // namespace pz::cli
