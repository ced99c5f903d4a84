// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectfile.h"

#include "io/atomicfile.h"
#include "io/economicsjson.h"
#include "io/projectpaths.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pz::io {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pz::io", text, disambiguation, n);
}

LoadResult failed(const QString &fileName, const QString &reason)
{
    LoadResult result;
    result.problems << tr("%1: %2").arg(fileName, reason);
    result.error = result.problems.front();
    return result;
}

} // namespace

LoadResult parseProject(const QByteArray &json, const QString &fileNameForMessages)
{
    ProjectReader reader(fileNameForMessages);
    LoadResult result;
    result.project = reader.read(json);
    result.formatVersion = reader.version();
    if (result.project) {
        result.park = result.project->activePark();
        return result;
    }
    result.problems = reader.problems();
    if (result.problems.isEmpty())  // cannot happen; never report failure without a reason
        result.problems << tr("%1: could not be read").arg(fileNameForMessages);
    QStringList shown = result.problems.mid(0, kMaxReportedProblems);
    if (result.problems.size() > kMaxReportedProblems)
        shown << tr("%1: … and %n more problem(s)", nullptr, int(result.problems.size() - kMaxReportedProblems))
                     .arg(fileNameForMessages);
    result.error = shown.join(QLatin1Char('\n'));
    return result;
}

LoadResult loadProject(const QString &path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return failed(fileName, tr("no such file"));
    if (info.isDir())
        return failed(fileName, tr("is a folder, not a project file"));
    // Checked before reading so that a huge file never lands in memory.
    if (info.size() > kMaxProjectFileBytes)
        return failed(fileName, tr("the file is too large (%1 MiB; project files are limited to %2 MiB)")
                                    .arg(QString::number(double(info.size()) / (1024.0 * 1024.0), 'f', 1))
                                    .arg(kMaxProjectFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(fileName, tr("cannot be read: %1").arg(file.errorString()));
    // A file that grew since the check above is still cut at the limit (+1 to notice it).
    const QByteArray data = file.read(kMaxProjectFileBytes + 1);
    if (data.size() > kMaxProjectFileBytes)
        return failed(fileName, tr("the file is too large (project files are limited to %1 MiB)")
                                    .arg(kMaxProjectFileBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return failed(fileName, tr("cannot be read: %1").arg(file.errorString()));
    return parseProject(data, fileName);
}

QByteArray serializeProject(const Park &park)
{
    return serializeProject(Project(park));
}

QByteArray serializeProject(const Project &project)
{
    const QByteArray indented = QJsonDocument(ProjectWriter::toJson(project)).toJson(QJsonDocument::Indented);
    // Points on one line each ("[12.5, 40]" instead of four lines) keep polygons readable. JSON
    // strings cannot hold a raw line break, so only real two-number arrays match.
    static const QRegularExpression point(QStringLiteral(R"(\[\n\s*(-?[0-9][0-9.eE+-]*),\n\s*(-?[0-9][0-9.eE+-]*)\n\s*\])"));
    const QByteArray points = QString::fromUtf8(indented).replace(point, QStringLiteral("[\\1, \\2]")).toUtf8();
    return compactIndexRows(points);   // the tariff's 12 × 24 period grids, one month per line
}

bool saveProject(const Park &park, const QString &path, QString *error)
{
    return saveProject(Project(park), path, error);
}

bool saveProject(const Project &project, const QString &path, QString *error)
{
    Project relative = project;
    for (int i = 0; i < relative.count(); ++i)
        relative.at(i).park = withPathsRelativeTo(relative.at(i).park, path);
    const QByteArray bytes = serializeProject(relative);
    QString reason;
    if (!writeFileAtomically(path, bytes, &reason)) {
        if (error)
            *error = tr("%1: cannot be saved: %2").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    if (error)
        error->clear();
    return true;
}

} // namespace pz::io
