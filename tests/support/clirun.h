// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs parkzero-cli with arguments and collects its exit code and output, for the CLI tests.

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pztest {

struct CliRun {
    int exitCode = -1;   // -1: did not finish normally within two minutes
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace pztest
