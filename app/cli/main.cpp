// parkzero-cli: ParkZero without a window. The first argument names a command; each command
// lives in its own <name>command.h/.cpp as `int run<Name>(const QStringList &args)`, receiving
// the arguments after the command name and returning an exit code (exitcodes.h).
// A new command is one more entry in commands().

#include "exitcodes.h"
#include "importcommand.h"
#include "simulatecommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <vector>

namespace {

struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::cli", text);
}

std::vector<Command> commands()
{
    std::vector<Command> list;
    list.push_back({QStringLiteral("validate"), tr("check project files for problems"), pz::cli::runValidate});
    list.push_back({QStringLiteral("simulate"), tr("simulate a project and write its results"), runSimulate});
    list.push_back({QStringLiteral("import"), tr("import a GIS or CAD site plan into a project"), pz::cli::runImport});
    return list;
}

QString usage()
{
    QString text = tr("Usage: parkzero-cli <command> [options] [arguments]\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(10), c.summary);
    text += tr("\nRun \"parkzero-cli <command> --help\" for the options of a command.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkzero-cli"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return pz::cli::ExitInvalid;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out << usage();
        return pz::cli::ExitOk;
    }
    for (const Command &c : commands())
        if (c.name == name)
            return c.run(args);
    err << tr("parkzero-cli: unknown command \"%1\"").arg(name) << "\n\n" << usage();
    return pz::cli::ExitInvalid;
}
