// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/windstage.h"

#include "engine/cachekey.h"
#include "engine/pvsystems.h"
#include "io/projectpaths.h"
#include "solar/suntrack.h"
#include "weather/weatherreader.h"
#include "wind/builtinturbines.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <limits>

namespace pz {

namespace {

// lupdate files the tr("...") calls of free functions under the enclosing namespace ("pz").
QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

std::shared_ptr<const SiteWind> cleanedWind(const solar::WeatherYear &year, double elevationM)
{
    auto out = std::make_shared<SiteWind>();
    out->weather = wind::cleanWindColumns(wind::windColumnsOf(year, elevationM));
    out->weather.invalidSpeedHours += year.windSpeedMissingHours;   // the reader set those to 0
    out->quality = wind::assessWindQuality(out->weather);
    return out;
}

QStringList qualityWarnings(const QString &source, const SiteWind &w)
{
    QStringList out;
    for (const QString &note : w.quality.notes)
        out << tr("%1 (wind): %2").arg(source, note);
    return out;
}

wind::ShearSettings shearOf(const WindAir &a, double anemometerHeightM)
{
    wind::ShearSettings s;
    s.profile = a.shear == WindShear::PowerLaw ? wind::ShearProfile::PowerLaw : wind::ShearProfile::Logarithmic;
    s.alpha = a.shearExponent;
    s.roughnessM = a.roughnessLengthM;
    s.anemometerHeightM = anemometerHeightM;
    return s;
}

wind::LossSettings lossesOf(const WindAir &a)
{
    return {a.availabilityPct, a.electricalLossPct, a.otherLossPct};
}

void addAir(CacheKey &k, const WindAir &a)
{
    k << a.shear << a.shearExponent << a.roughnessLengthM << a.densityNormalisation << a.availabilityPct
      << a.electricalLossPct << a.otherLossPct;
}

bool hasWind(const Park &park)
{
    if (!park.site.wind.plants.empty())
        return true;
    for (const ParkObject &object : park.objects())
        if (std::holds_alternative<WindTurbine>(object))
            return true;
    return false;
}

QString unknownTurbineType(const QString &id)
{
    return tr("unknown turbine type \"%1\"").arg(id);
}

// A problem of a run input at its JSON path.
QString fieldError(const QString &path, const QString &error)
{
    return tr("%1: %2").arg(path, error);
}

QString sourceName(const RunState &state)
{
    return QString::fromStdString(state.weather->year.source);
}

} // namespace

WindStage::WindStage()
    : Stage("wind", {&m_types, &m_siteWind, &m_plantWeather, &m_farm, &m_plants, &m_generation})
{
}

bool WindStage::run(const RunContext &context, RunState &state)
{
    state.windFarm.reset();
    state.plants.clear();
    state.windWarnings.clear();
    if (!hasWind(context.park)) {
        state.generationKWh = state.pvGenerationKWh;
        return true;
    }
    state.siteWind = siteWind(context, state);
    if (!runFarm(context, state) || !runPlants(context, state))
        return false;
    sumGeneration(context, state);
    return true;
}

WindStage::TypeRef WindStage::turbineType(const QString &stored, const QString &jsonPath, const RunContext &context,
                                          RunState &state)
{
    CacheKey key;
    QString path;
    if (stored.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        path = io::resolveProjectPath(context.options.projectFilePath, stored);
        const QFileInfo info(path);
        key << QStringLiteral("file") << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch()
            << info.size();
    } else {
        key << QStringLiteral("builtin") << stored;
    }
    QString error;
    auto type = m_types.findOrCompute(key.bytes(), [&]() -> std::shared_ptr<const wind::TurbineType> {
        if (path.isEmpty()) {
            if (auto builtin = wind::builtinTurbine(stored.toStdString()))
                return std::make_shared<const wind::TurbineType>(std::move(*builtin));
            error = unknownTurbineType(stored);
            return {};
        }
        wind::TurbineReadResult read = wind::readTurbineCsv(path);
        if (!read.type) {
            error = read.error;
            return {};
        }
        return std::make_shared<const wind::TurbineType>(std::move(*read.type));
    });
    if (!type)
        state.error = fieldError(jsonPath, error);
    return {type, key.bytes()};
}

std::shared_ptr<const SiteWind> WindStage::siteWind(const RunContext &context, RunState &state)
{
    const WindSettings &w = context.park.site.wind;
    const double elevationM = w.ownElevation ? w.elevationM : state.weather->year.elevationM;
    CacheKey key;
    key << state.weatherKey << elevationM;
    bool computed = false;
    auto out = m_siteWind.findOrCompute(key.bytes(), [&] { return cleanedWind(state.weather->year, elevationM); },
                                        &computed);
    count(context, computed);
    return out;
}

bool WindStage::runFarm(const RunContext &context, RunState &state)
{
    const Park &park = context.park;
    const WindSettings &w = park.site.wind;
    std::vector<TypeRef> types;
    std::vector<const WindTurbine *> placed;
    CacheKey key, butPositions;
    key << w.anemometerHeightM << w.wakeDecay << park.site.northRotationDeg;   // the rotation turns positions
    addAir(key, w.air);
    butPositions << w.anemometerHeightM << w.wakeDecay;
    addAir(butPositions, w.air);
    StageInputs inputs;
    inputs.upstream.push_back(state.siteWind);
    for (int i = 0; i < park.count(); ++i) {
        const auto *t = std::get_if<WindTurbine>(&park.objects()[std::size_t(i)]);
        if (!t)
            continue;
        TypeRef type = turbineType(t->turbineType, QStringLiteral("objects[%1].turbine_type").arg(i), context, state);
        if (!type.type)
            return false;
        key << t->id << t->name << t->group << t->position.x() << t->position.y() << t->hubHeightM << type.key;
        butPositions << t->id << t->hubHeightM << type.key;
        inputs.upstream.push_back(type.type);
        types.push_back(std::move(type));
        placed.push_back(t);
    }
    if (placed.empty())
        return true;
    inputs.values = key.bytes();
    bool computed = false;
    state.windFarm = m_farm.findOrCompute(std::move(inputs), [&] {
        return computeFarm(w, park.site.northRotationDeg, placed, types, butPositions.bytes(), state);
    }, &computed);
    count(context, computed);
    state.windWarnings << qualityWarnings(sourceName(state), *state.siteWind);
    return true;
}

// The farm of the placed turbines: updated from the last farm when only positions (names,
// groups, plan north) changed on the same weather, else run afresh; both give the same bits.
// The wind's directions are true, so the turbines' plan positions are turned to true north
// (plan north lies northRotationDeg clockwise of it) for the wakes.
std::shared_ptr<const WindFarmOutput> WindStage::computeFarm(const WindSettings &w, double northRotationDeg,
                                                             const std::vector<const WindTurbine *> &placed,
                                                             const std::vector<TypeRef> &types,
                                                             const QByteArray &inputsButPositions, const RunState &state)
{
    wind::WindSiteSettings settings;
    settings.shear = shearOf(w.air, w.anemometerHeightM);
    settings.densityNormalisation = w.air.densityNormalisation;
    settings.wakeDecay = w.wakeDecay;
    settings.losses = lossesOf(w.air);
    std::vector<wind::PlacedTurbine> turbines;
    auto out = std::make_shared<WindFarmOutput>();
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const WindTurbine &t = *placed[i];
        const wind::TurbineType &type = *types[i].type;
        const Point2 at = trueEastNorthOf(t.position, northRotationDeg);
        turbines.push_back({&type, at.x(), at.y(), t.hubHeightM, t.group.toStdString()});
        out->turbines.push_back({t.id, t.name, t.group, t.turbineType, type.ratedKW, t.hubHeightM,
                                 type.rotorDiameterM});
    }
    const std::shared_ptr<const WindFarmOutput> &last = m_farm.last();
    std::optional<wind::WindFarmRun> moved;
    if (last && last->weather == state.siteWind && last->inputsButPositions == inputsButPositions)
        moved = wind::moveTurbines(last->run, turbines);
    out->run = moved ? std::move(*moved) : wind::runWindFarm(state.siteWind->weather, turbines, settings);
    for (std::size_t i = 0; i < out->run.yield.turbines.size(); ++i) {
        const std::vector<double> &net = out->run.yield.turbines[i].netKW;
        out->hourlyNetKW.push_back(moved && !out->run.changed[i] ? last->hourlyNetKW[i]   // shared
                                                                 : QList<double>(net.begin(), net.end()));
    }
    out->inputsButPositions = inputsButPositions;
    out->weather = state.siteWind;
    return out;
}

bool WindStage::runPlants(const RunContext &context, RunState &state)
{
    const std::vector<OffSitePlant> &plants = context.park.site.wind.plants;
    for (std::size_t i = 0; i < plants.size(); ++i) {
        auto run = runPlant(plants[i], int(i), context, state);
        if (!run)
            return false;
        state.windWarnings << run->warnings;
        state.plants.push_back(std::move(run));
    }
    // The site's notes once, when a wind plant on the site's weather uses them and no farm did.
    if (!state.windFarm)
        for (std::size_t i = 0; i < plants.size(); ++i)
            if (plants[i].kind == PlantKind::Wind && plants[i].weatherFilePath.isEmpty()) {
                state.windWarnings << qualityWarnings(sourceName(state), *state.siteWind);
                break;
            }
    return true;
}

namespace {

// Where a plant is, for its sun (PV) and its pressure fallback (§13.1).
struct PlantPlace {
    double latitudeDeg = 0, longitudeDeg = 0, elevationM = 0, utcOffsetHours = 0;
};

PlantPlace placeOf(const OffSitePlant &plant, const Site &site, const solar::WeatherYear &year, double siteWindElevationM)
{
    // A plant's own weather has the site file's UTC offset (checked); the site's weather is read
    // in the site's standard time, as the site's own sun track is.
    const double utc = plant.weatherFilePath.isEmpty() ? site.utcOffsetHours : year.utcOffsetHours;
    if (plant.ownLocation)
        return {plant.latitudeDeg, plant.longitudeDeg, plant.elevationM, utc};
    if (!plant.weatherFilePath.isEmpty())
        return {year.latitudeDeg, year.longitudeDeg, year.elevationM, utc};
    return {site.latitudeDeg, site.longitudeDeg, siteWindElevationM, utc};
}

std::shared_ptr<PlantRun> computePlant(const OffSitePlant &plant, const Site &site, const solar::WeatherYear &year,
                                       const wind::TurbineType *type, const PlantPlace &place,
                                       const SiteWind *siteWind)
{
    auto run = std::make_shared<PlantRun>();
    run->name = plant.name;
    run->kind = plant.kind;
    if (plant.kind == PlantKind::Pv) {
        const solar::SunTrack track = solar::computeSunTrack(year, place.latitudeDeg, place.longitudeDeg,
                                                             place.elevationM, place.utcOffsetHours);
        run->output = wind::simulateOffSitePvPlant(year, track, pvChainParams(plant.pv, plant.kwp));
    } else {
        std::shared_ptr<const SiteWind> own;
        if (!siteWind) {
            own = cleanedWind(year, place.elevationM);
            siteWind = own.get();
            run->warnings = qualityWarnings(QString::fromStdString(year.source), *own);
        }
        const WindAir &air = plant.ownAir ? plant.air : site.wind.air;
        wind::OffSiteWindPlant p;
        p.type = type;
        p.count = plant.turbineCount;
        p.hubHeightM = plant.hubHeightM;
        p.shear = shearOf(air, site.wind.anemometerHeightM);
        p.densityNormalisation = air.densityNormalisation;
        p.losses = lossesOf(air);
        p.internalWakeLossPct = plant.internalWakeLossPct;
        run->output = wind::simulateOffSiteWindPlant(siteWind->weather, p);
    }
    run->line = wind::applyDirectLine(run->output, {plant.line.capacityMW, plant.line.lossPct});
    run->hourlyDeliveredKW = QList<double>(run->line.deliveredKW.begin(), run->line.deliveredKW.end());
    return run;
}

} // namespace

std::shared_ptr<const PlantRun> WindStage::runPlant(const OffSitePlant &plant, int index, const RunContext &context,
                                                    RunState &state)
{
    const Site &site = context.park.site;
    const QString path = QStringLiteral("site.wind.plants[%1]").arg(index);
    CacheKey key;
    std::shared_ptr<const LoadedWeather> weather = state.weather;
    if (plant.weatherFilePath.isEmpty()) {
        key << state.weatherKey;
    } else {
        const QString file = io::resolveProjectPath(context.options.projectFilePath, plant.weatherFilePath);
        const QFileInfo info(file);
        CacheKey fileKey;
        fileKey << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch() << info.size();
        QString error;
        weather = m_plantWeather.findOrCompute(fileKey.bytes(), [&]() -> std::shared_ptr<const LoadedWeather> {
            weather::ReadResult read = weather::readWeatherFile(file);
            if (!read.year) {
                error = read.error;
                return {};
            }
            auto loaded = std::make_shared<LoadedWeather>();
            loaded->fromFile = true;
            loaded->warnings = read.warnings;
            loaded->year = std::move(*read.year);
            return std::shared_ptr<const LoadedWeather>(std::move(loaded));
        });
        if (!weather) {
            state.error = fieldError(path + QStringLiteral(".weather_file"), error);
            return {};
        }
        const QString offset = wind::plantWeatherOffsetError(state.weather->year.utcOffsetHours,
                                                            weather->year.utcOffsetHours, info.fileName());
        if (!offset.isEmpty()) {
            state.error = fieldError(path + QStringLiteral(".weather_file"), offset);
            return {};
        }
        key << fileKey.bytes();
    }
    TypeRef type;
    if (plant.kind == PlantKind::Wind) {
        type = turbineType(plant.turbineType, path + QStringLiteral(".turbine_type"), context, state);
        if (!type.type)
            return {};
    }
    const double siteElevationM = site.wind.ownElevation ? site.wind.elevationM : state.weather->year.elevationM;
    const PlantPlace place = placeOf(plant, site, weather->year, siteElevationM);
    const bool useSiteWind = plant.weatherFilePath.isEmpty() && !plant.ownLocation;
    const WindAir &air = plant.ownAir ? plant.air : site.wind.air;
    key << plant.name << plant.kind << place.latitudeDeg << place.longitudeDeg << place.elevationM
        << place.utcOffsetHours << type.key << plant.turbineCount << plant.hubHeightM
        << plant.internalWakeLossPct << site.wind.anemometerHeightM << plant.line.capacityMW << plant.line.lossPct;
    addAir(key, air);
    const solar::PvChainParams pv = pvChainParams(plant.pv, plant.kwp);
    key << pv.kwp << pv.tiltDeg << pv.azimuthDeg << pv.gcr << pv.lossesPct << pv.dcAcRatio << pv.etaNom << pv.etaRef << pv.gammaPdcPerC
        << pv.albedo << pv.temperatureModel << pv.sapmA << pv.sapmB << pv.sapmDeltaT << pv.faimanU0 << pv.faimanU1;
    bool computed = false;
    auto run = m_plants.findOrCompute(key.bytes(), [&] {
        return std::shared_ptr<const PlantRun>(computePlant(plant, site, weather->year, type.type.get(), place,
                                                            useSiteWind ? state.siteWind.get() : nullptr));
    }, &computed);
    count(context, computed);
    return run;
}

void WindStage::sumGeneration(const RunContext &context, RunState &state)
{
    StageInputs inputs;
    inputs.upstream.push_back(state.pvGenerationKWh);
    inputs.upstream.push_back(state.windFarm);
    for (const auto &plant : state.plants)
        inputs.upstream.push_back(plant);
    bool computed = false;
    state.generationKWh = m_generation.findOrCompute(std::move(inputs), [&] {
        // §13.5: G_t = Σ on-site PV AC + Σ on-site wind P_net + Σ off-site P_delivered.
        std::vector<const std::vector<double> *> series{state.pvGenerationKWh.get()};
        if (state.windFarm)
            series.push_back(&state.windFarm->yield().netKW);
        for (const auto &plant : state.plants)
            series.push_back(&plant->line.deliveredKW);
        return std::make_shared<const std::vector<double>>(wind::ownGenerationKW(series));
    }, &computed);
    count(context, computed);
}

} // namespace pz
