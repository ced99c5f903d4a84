// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace pz::io {

namespace {

bool isResourcePath(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

QDir projectFolder(const QString &projectFilePath)
{
    return QFileInfo(projectFilePath).absoluteDir();
}

} // namespace

QString resolveProjectPath(const QString &projectFilePath, const QString &storedPath)
{
    if (storedPath.isEmpty() || isResourcePath(storedPath))
        return storedPath;
    const QString path = QDir::fromNativeSeparators(storedPath);
    if (QDir::isAbsolutePath(path) || projectFilePath.isEmpty())
        return QDir::cleanPath(path);
    return QDir::cleanPath(projectFolder(projectFilePath).absoluteFilePath(path));
}

QString relativeProjectPath(const QString &projectFilePath, const QString &path)
{
    if (path.isEmpty() || isResourcePath(path))
        return path;
    const QString clean = QDir::fromNativeSeparators(path);
    if (QDir::isRelativePath(clean))
        return clean;
    // QDir gives an absolute path back when no relative one exists (another drive on Windows).
    return QDir::fromNativeSeparators(projectFolder(projectFilePath).relativeFilePath(QDir::cleanPath(clean)));
}

std::vector<ReferencedFile> referencedFiles(const Park &park)
{
    std::vector<ReferencedFile> files;
    const Site &site = park.site;
    if (site.weather.kind == WeatherKind::File && !site.weather.filePath.isEmpty())
        files.push_back({QStringLiteral("site.weather.file"), site.weather.filePath});
    if (!site.grid.hourlyProfilePath.isEmpty())
        files.push_back({QStringLiteral("site.grid.hourly_profile"), site.grid.hourlyProfilePath});
    for (int i = 0; i < park.count(); ++i) {
        if (const auto *b = std::get_if<Building>(&park.objects()[i]); b && !b->loadProfilePath.isEmpty())
            files.push_back({QStringLiteral("objects[%1].load_profile").arg(i), b->loadProfilePath});
        else if (const auto *t = std::get_if<WindTurbine>(&park.objects()[i]); t && t->typeIsFile())
            files.push_back({QStringLiteral("objects[%1].turbine_type").arg(i), t->turbineType});
    }
    for (std::size_t i = 0; i < site.backgrounds.size(); ++i)
        if (!site.backgrounds[i].filePath.isEmpty())
            files.push_back({QStringLiteral("site.backgrounds[%1].path").arg(i), site.backgrounds[i].filePath});
    for (std::size_t i = 0; i < site.wind.plants.size(); ++i) {
        const OffSitePlant &p = site.wind.plants[i];
        if (!p.weatherFilePath.isEmpty())
            files.push_back({QStringLiteral("site.wind.plants[%1].weather_file").arg(i), p.weatherFilePath});
        if (p.kind == PlantKind::Wind && p.turbineType.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            files.push_back({QStringLiteral("site.wind.plants[%1].turbine_type").arg(i), p.turbineType});
    }
    return files;
}

Park withPathsMapped(const Park &park, const std::function<QString(const QString &)> &map)
{
    auto mapped = [&](const QString &p) { return p.isEmpty() ? p : map(p); };
    Park out = park;
    out.site.weather.filePath = mapped(out.site.weather.filePath);
    out.site.grid.hourlyProfilePath = mapped(out.site.grid.hourlyProfilePath);
    for (Background &g : out.site.backgrounds)
        g.filePath = mapped(g.filePath);
    for (OffSitePlant &p : out.site.wind.plants) {
        p.weatherFilePath = mapped(p.weatherFilePath);
        if (p.turbineType.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            p.turbineType = mapped(p.turbineType);
    }
    for (const ParkObject &object : park.objects()) {
        if (const auto *b = std::get_if<Building>(&object)) {
            Building changed = *b;
            changed.loadProfilePath = mapped(changed.loadProfilePath);
            if (!(changed == *b))
                out.replace(changed);
        } else if (const auto *t = std::get_if<WindTurbine>(&object); t && t->typeIsFile()) {
            WindTurbine changed = *t;
            changed.turbineType = mapped(changed.turbineType);
            if (!(changed == *t))
                out.replace(changed);
        }
    }
    return out;
}

Park withPathsRelativeTo(const Park &park, const QString &projectFilePath)
{
    return withPathsMapped(park, [&](const QString &p) { return relativeProjectPath(projectFilePath, p); });
}

Park withPathsRebased(const Park &park, const QString &fromProjectFile, const QString &toProjectFile)
{
    return withPathsMapped(park, [&](const QString &p) {
        return relativeProjectPath(toProjectFile, resolveProjectPath(fromProjectFile, p));
    });
}

} // namespace pz::io
