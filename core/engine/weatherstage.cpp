// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/weatherstage.h"

#include "engine/cachekey.h"
#include "io/projectpaths.h"
#include "solar/suntrack.h"
#include "weather/climatenormals.h"
#include "weather/irradianceclosure.h"
#include "weather/syntheticyear.h"
#include "weather/weatherreader.h"
#include "wind/windrose.h"
#include "wind/windweather.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace pz {

namespace {

// lupdate files the tr("...") calls of free functions under the enclosing namespace ("pz"), and
// those of member functions under the class: every text of this file is in a free function.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

QString closureWarning(const QString &fileName, double gapPct)
{
    return (gapPct > 0 ? tr("%1: over the year DNI·cos z + DHI falls %2 % short of GHI, so tilted "
                            "planes get less beam than the file's GHI implies. The site can take "
                            "the beam from GHI and DHI instead.")
                       : tr("%1: over the year DNI·cos z + DHI exceeds GHI by %2 %, so tilted "
                            "planes get more beam than the file's GHI implies. The site can take "
                            "the beam from GHI and DHI instead."))
        .arg(fileName)
        .arg(std::abs(gapPct), 0, 'f', 1);
}

QString unknownClimate(const QString &id)
{
    return tr("Unknown built-in weather location \"%1\".").arg(id);
}

wind::WindRose windRoseOf(const solar::WeatherYear &year)
{
    return wind::computeWindRose(wind::cleanWindColumns(wind::windColumnsOf(year, 0.0)));
}

// Reads a weather file; null with *error set when it cannot be read.
std::shared_ptr<const LoadedWeather> readYear(const QString &path, IrradianceInput irradiance, QString *error)
{
    weather::ReadResult read = weather::readWeatherFile(path);
    if (!read.year) {
        *error = read.error;
        return {};
    }
    auto loaded = std::make_shared<LoadedWeather>();
    loaded->fromFile = true;
    loaded->warnings = read.warnings;
    // The file's irradiance belongs to the file's own site.
    const solar::SunTrack fileSun = solar::computeSunTrack(*read.year);
    loaded->closure = weather::checkClosure(*read.year, fileSun);
    if (irradiance == IrradianceInput::BeamFromGhiDhi) {
        loaded->year = weather::withBeamFromGhiDhi(std::move(*read.year), fileSun);
    } else {
        loaded->year = std::move(*read.year);
        if (std::abs(loaded->closure.gapPct) > weather::kClosureWarningPct)
            loaded->warnings << closureWarning(QFileInfo(path).fileName(), loaded->closure.gapPct);
    }
    loaded->windRose = windRoseOf(loaded->year);
    return loaded;
}

} // namespace

WeatherStage::WeatherStage() : Stage("weather", {&m_years}) {}

bool WeatherStage::run(const RunContext &context, RunState &state)
{
    const Site &site = context.park.site;
    QString path = context.options.weatherOverridePath;
    if (path.isEmpty() && site.weather.kind == WeatherKind::File)
        path = io::resolveProjectPath(context.options.projectFilePath, site.weather.filePath);
    state.weather = path.isEmpty() ? fromClimate(site, context, state)
                                   : fromFile(path, site.weather.irradiance, context, state);
    return state.weather != nullptr;
}

std::shared_ptr<const LoadedWeather> WeatherStage::fromFile(const QString &path, IrradianceInput irradiance,
                                                            const RunContext &context, RunState &state)
{
    const QFileInfo info(path);
    CacheKey key;
    key << QStringLiteral("file") << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch()
        << info.size() << irradiance;
    state.weatherKey = key.bytes();
    bool computed = false;
    auto year = m_years.findOrCompute(key.bytes(), [&] { return readYear(path, irradiance, &state.error); },
                                      &computed);
    count(context, computed);
    return year;
}

std::shared_ptr<const LoadedWeather> WeatherStage::fromClimate(const Site &site, const RunContext &context,
                                                               RunState &state)
{
    const weather::ClimateNormals *climate = weather::findClimate(site.weather.builtinId);
    if (!climate) {
        if (!site.weather.builtinId.isEmpty()) {
            state.error = unknownClimate(site.weather.builtinId);
            return {};
        }
        climate = &weather::nearestClimate(site.latitudeDeg, site.longitudeDeg);
    }
    CacheKey key;
    key << QStringLiteral("builtin") << QString::fromLatin1(climate->id);
    state.weatherKey = key.bytes();
    bool computed = false;
    auto year = m_years.findOrCompute(key.bytes(), [&] {
        auto loaded = std::make_shared<LoadedWeather>();
        loaded->year = weather::synthesizeYear(*climate);
        loaded->windRose = windRoseOf(loaded->year);
        return std::shared_ptr<const LoadedWeather>(std::move(loaded));
    }, &computed);
    count(context, computed);
    return year;
}

} // namespace pz
