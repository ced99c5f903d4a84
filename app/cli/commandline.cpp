// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "exitcodes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pz::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("pz::cli", text, disambiguation, n);
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                    const QString &usage)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("parkzero-cli ") + command} + args))
        return usageError(command, parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(const QString &command, const QString &message, const QString &usage)
{
    QTextStream(stderr) << tr("parkzero-cli %1: %2").arg(command, message) << "\n\n" << usage;
    return ExitInvalid;
}

int fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return exitCode;
}

} // namespace pz::cli
