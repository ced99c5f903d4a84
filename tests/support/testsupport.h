// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paths shared by the tests: the source tree, the optional reference material in ../shared and
// the CLI executable.

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace pztest {

inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(PARKZERO_SOURCE_DIR)).filePath(relative);
}

// A file of ../shared (e.g. "data/weather/723170TYA.CSV"), or an empty string when absent:
// tests that need it QSKIP then.
inline QString sharedPath(const QString &relative)
{
    const QString path = QDir(QStringLiteral(PARKZERO_SHARED_DIR)).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

inline QString cliPath()
{
    return QStringLiteral(PARKZERO_CLI_PATH);
}

inline QString demoParkPath()
{
    return sourcePath(QStringLiteral("resources/examples/ordos-demo.parkzero"));
}

} // namespace pztest

namespace pztest {

inline QString lupdatePath()
{
    return QStringLiteral(PARKZERO_LUPDATE_PATH);
}

} // namespace pztest
