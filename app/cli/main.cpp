// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli: ParkZero without a window. The first argument names a command; each command
// lives in its own <name>command.h/.cpp as `int pz::cli::run<Name>(const QStringList &args)`,
// receiving the arguments after the command name and returning an exit code (exitcodes.h).
// A new command is one more entry in commands().

#include "commandline.h"
#include "exitcodes.h"
#include "importcommand.h"
#include "optimizecommand.h"
#include "reportcommand.h"
#include "simulatecommand.h"
#include "validatecommand.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <memory>
#include <vector>

namespace pz::cli {

namespace {

struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

std::vector<Command> commands()
{
    std::vector<Command> list;
    list.push_back({QStringLiteral("validate"), tr("check project files for problems"), runValidate});
    list.push_back({QStringLiteral("simulate"), tr("simulate a project and write its results"), runSimulate});
    list.push_back({QStringLiteral("import"), tr("import a GIS or CAD site plan into a project"), pz::cli::runImport});
    list.push_back({QStringLiteral("report"), tr("write the client report of a project as a PDF"), runReport});
    list.push_back({QStringLiteral("optimize"), tr("find the least-cost zero-carbon design of a project or an optimizer scenario"),
                    runOptimize});
    return list;
}

QString usage()
{
    QString text = tr("Usage: parkzero-cli <command> [options] [arguments]\n"
                      "       parkzero-cli --version\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(10), c.summary);
    text += tr("\nRun \"parkzero-cli <command> --help\" for the options of a command.\n");
    return text;
}

// Parses the options before the command (--help, --version) and runs the command.
int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    // Everything after the command's name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << tr("parkzero-cli: %1").arg(parser.errorText()) << "\n\n" << usage();
        return ExitInvalid;
    }
    QStringList args = parser.positionalArguments();
    if (parser.isSet(version))
        parser.showVersion();  // prints "parkzero-cli <version>" and exits with 0
    if (parser.isSet(help) || args.value(0) == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    if (args.isEmpty()) {
        err << usage();
        return ExitInvalid;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands())
        if (c.name == name)
            return c.run(args);
    err << tr("parkzero-cli: unknown command \"%1\"").arg(name) << "\n\n" << usage();
    return ExitInvalid;
}

} // namespace

} // namespace pz::cli

int main(int argc, char **argv)
{
    // The report draws charts and the site plan with Qt Widgets: it gets a QApplication on the
    // offscreen platform (no display needed); every other command a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
            qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("parkzero-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(pz::kVersion));
    return pz::cli::run(*app);
}
