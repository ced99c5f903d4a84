// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every parkzero-cli command shares: the one translation context of the CLI's texts
// ("pz::cli", the context lupdate files calls of tr() inside namespace pz::cli under) and the
// parsing of a command's options with QCommandLineParser (-h/--help, errors and their exit codes).

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace pz::cli {

// QCoreApplication::translate() in the CLI's context.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// Parses args (the command line after the command's name) with parser, after adding -h/--help.
// Returns nothing when the command should go on; otherwise the command is done and this is its
// exit code: ExitOk after printing usage to stdout for --help, ExitInvalid after printing
// "parkzero-cli <command>: <error>" and usage to stderr for a command line the parser refuses.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                    const QString &usage);

// Prints "parkzero-cli <command>: <message>", then usage, to stderr and returns ExitInvalid.
int usageError(const QString &command, const QString &message, const QString &usage);

// Prints message to stderr and returns exitCode.
int fail(int exitCode, const QString &message);

} // namespace pz::cli
