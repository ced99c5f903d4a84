#include "engine/simulation.h"

#include "energy/carbon.h"
#include "energy/dispatch.h"
#include "energy/gridfactors.h"
#include "energy/loadprofiles.h"
#include "energy/profilecsv.h"
#include "engine/blocksum.h"
#include "engine/cachekey.h"
#include "engine/keyedcache.h"
#include "engine/pvstage.h"
#include "engine/pvsystems.h"
#include "engine/roofareacache.h"
#include "solar/suntrack.h"
#include "weather/climatenormals.h"
#include "weather/irradianceclosure.h"
#include "weather/syntheticyear.h"
#include "weather/weatherreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <numeric>

namespace pz {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

// A weather year as the run uses it, with what the user should know about the file.
struct LoadedWeather {
    solar::WeatherYear year;
    bool fromFile = false;
    weather::ClosureCheck closure;   // of the file as given
    QStringList warnings;
};

class StageTimer
{
public:
    explicit StageTimer(double *sink) : m_sink(sink) { m_timer.start(); }
    ~StageTimer()
    {
        if (m_sink)
            *m_sink += m_timer.nsecsElapsed() / 1.0e6;
    }

private:
    double *m_sink;
    QElapsedTimer m_timer;
};

} // namespace

struct SimulationCache::Impl {
    KeyedCache<LoadedWeather> weather;
    KeyedCache<solar::SunTrack> sun;
    KeyedCache<std::vector<double>> loads;
    RoofAreaCache roofAreas;
    PvStage pv;
    BlockSum<float> generation;
    BlockSum<double> consumption;

    void beginRun()
    {
        weather.beginRun();
        sun.beginRun();
        loads.beginRun();
        roofAreas.beginRun();
    }
    void endRun()
    {
        weather.endRun();
        sun.endRun();
        loads.endRun();
        roofAreas.endRun();
    }
};

SimulationCache::SimulationCache() : m_impl(std::make_unique<Impl>()) {}
SimulationCache::~SimulationCache() = default;

void SimulationCache::clear()
{
    m_impl = std::make_unique<Impl>();
}

namespace {

QString resolvePath(const QString &path, const QString &projectDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || projectDir.isEmpty())
        return path;
    return QDir(projectDir).absoluteFilePath(path);
}

// Loads (or finds in the cache) the weather year the site uses.
std::shared_ptr<const LoadedWeather> siteWeather(const Site &site, const SimulationOptions &options,
                                                 SimulationCache::Impl &cache, QString *key, QString *error)
{
    QString path = options.weatherOverridePath;
    if (path.isEmpty() && site.weather.kind == WeatherKind::File)
        path = resolvePath(site.weather.filePath, options.projectDir);

    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const IrradianceInput irradiance = site.weather.irradiance;
        CacheKey k;
        k << QStringLiteral("file") << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch()
          << info.size() << irradiance;
        *key = QString::fromLatin1(k.bytes().toBase64());
        if (auto hit = cache.weather.find(k.bytes()))
            return hit;
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
            if (std::abs(loaded->closure.gapPct) > weather::ClosureWarningPct)
                loaded->warnings << (loaded->closure.gapPct > 0
                                         ? tr("%1: over the year DNI·cos z + DHI falls %2 % short of GHI, so tilted "
                                              "planes get less beam than the file's GHI implies. The site can take "
                                              "the beam from GHI and DHI instead.")
                                         : tr("%1: over the year DNI·cos z + DHI exceeds GHI by %2 %, so tilted "
                                              "planes get more beam than the file's GHI implies. The site can take "
                                              "the beam from GHI and DHI instead."))
                                        .arg(info.fileName())
                                        .arg(std::abs(loaded->closure.gapPct), 0, 'f', 1);
        }
        std::shared_ptr<const LoadedWeather> shared = std::move(loaded);
        cache.weather.insert(k.bytes(), shared);
        return shared;
    }

    const weather::ClimateNormals *climate = weather::findClimate(site.weather.builtinId);
    if (!climate) {
        if (!site.weather.builtinId.isEmpty()) {
            *error = tr("Unknown built-in weather location \"%1\".").arg(site.weather.builtinId);
            return {};
        }
        climate = &weather::nearestClimate(site.latitudeDeg, site.longitudeDeg);
    }
    CacheKey k;
    k << QStringLiteral("builtin") << QString::fromLatin1(climate->id);
    *key = QStringLiteral("builtin:") + QString::fromLatin1(climate->id);
    if (auto hit = cache.weather.find(k.bytes()))
        return hit;
    auto loaded = std::make_shared<LoadedWeather>();
    loaded->year = weather::synthesizeYear(*climate);
    std::shared_ptr<const LoadedWeather> shared = std::move(loaded);
    cache.weather.insert(k.bytes(), shared);
    return shared;
}

template<typename Array>
double sum(const Array &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

void addInto(std::vector<double> &total, const std::vector<double> &part)
{
    for (std::size_t h = 0; h < total.size() && h < part.size(); ++h)
        total[h] += part[h];
}

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

} // namespace

SimulationResult simulatePark(const Park &park, const SimulationOptions &options, SimulationCache *externalCache,
                              const std::atomic<bool> *cancelled, SimulationTimings *timings)
{
    SimulationCache localCache;
    SimulationCache::Impl &cache = externalCache ? externalCache->impl() : localCache.impl();
    SimulationTimings localTimings;
    SimulationTimings &t = timings ? *timings : localTimings;
    t = {};
    cache.beginRun();

    SimulationResult result;
    const Site &site = park.site;

    // --- Weather and sun -------------------------------------------------------------------
    QString weatherKey, error;
    std::shared_ptr<const LoadedWeather> loaded;
    {
        StageTimer timer(&t.weatherMs);
        loaded = siteWeather(site, options, cache, &weatherKey, &error);
    }
    if (!loaded) {
        result.error = error;
        cache.endRun();
        return result;
    }
    const solar::WeatherYear *weather = &loaded->year;
    result.weatherSource = QString::fromStdString(weather->source);
    result.annualGhiKWhM2 = sum(weather->ghi) / 1000.0;
    result.warnings = loaded->warnings;
    if (loaded->fromFile) {
        result.weatherFromFile = true;
        result.weatherClosureGapPct = loaded->closure.gapPct;
        result.weatherIrradiance = site.weather.irradiance;
    }

    std::shared_ptr<const solar::SunTrack> sun;
    CacheKey sunKey;
    sunKey << weatherKey << site.latitudeDeg << site.longitudeDeg << site.elevationM;
    {
        StageTimer timer(&t.sunMs);
        sun = cache.sun.find(sunKey.bytes());
        if (!sun) {
            // Weather timestamps are in the file's own standard time; the sun is at the site.
            sun = std::make_shared<const solar::SunTrack>(solar::computeSunTrack(
                *weather, site.latitudeDeg, site.longitudeDeg, site.elevationM, weather->utcOffsetHours));
            cache.sun.insert(sunKey.bytes(), sun);
        }
    }
    if (isCancelled(cancelled))
        return result;

    // --- PV systems, shading and yield -------------------------------------------------------
    std::vector<PvSystemInstance> systems;
    std::vector<shading::Obstacle> obstacles;
    {
        StageTimer timer(&t.shadingMs);
        systems = pvSystemsOf(park, &cache.roofAreas);
        obstacles = obstaclesOf(park, &cache.roofAreas);
    }
    std::vector<std::shared_ptr<const SystemYield>> yields;
    if (!cache.pv.run(systems, obstacles, *weather, *sun, sunKey.bytes(), cancelled, t, &yields))
        return result;

    std::vector<BlockSum<float>::Member> generationParts;
    generationParts.reserve(systems.size());
    result.objects.reserve(systems.size());
    for (std::size_t i = 0; i < systems.size(); ++i) {
        const PvSystemInstance &system = systems[i];
        const SystemYield &y = *yields[i];
        PvObjectResult r;
        r.id = system.id;
        r.name = system.name;
        r.kind = system.kind;
        r.kwp = system.kwp;
        r.moduleAreaM2 = system.moduleAreaM2;
        r.annualAcKWh = y.annualAcKWh;
        r.monthlyAcKWh = y.monthlyAcKWh;
        r.specificYieldKWhPerKWp = system.kwp > 0 ? y.annualAcKWh / system.kwp : 0.0;
        r.annualPoaKWhM2 = y.annualPoaKWhM2;
        r.annualPoaUnshadedKWhM2 = y.unshadedAnnualPoaKWhM2;
        r.performanceRatio = y.performanceRatio;
        r.peakAcKW = y.peakAcKW;
        r.shadingLossPct = y.unshadedAnnualAcKWh > 0 ? 100.0 * (1.0 - y.annualAcKWh / y.unshadedAnnualAcKWh) : 0.0;
        r.shadingPoaLossPct = y.unshadedAnnualPoaKWhM2 > 0
                                  ? 100.0 * (1.0 - y.annualPoaKWhM2 / y.unshadedAnnualPoaKWhM2) : 0.0;
        r.hourlyAcW = y.acW;
        r.hourlyPoaWm2 = y.poaWm2;
        r.hourlyCellTempC = y.cellTempC;
        if (y.acW.size() >= HoursPerYear)
            generationParts.push_back({yields[i], y.acW.constData()});

        ParkSummary &p = result.park;
        p.pvKwp += r.kwp;
        if (r.kind == PvKind::Rooftop) {
            p.rooftopKwp += r.kwp;
            p.rooftopGenerationKWh += r.annualAcKWh;
        } else {
            p.groundKwp += r.kwp;
            p.groundGenerationKWh += r.annualAcKWh;
        }
        for (int m = 0; m < 12; ++m)
            p.monthlyGenerationKWh[m] += r.monthlyAcKWh[m];
        result.objects.push_back(std::move(r));
    }
    result.park.annualGenerationKWh = result.park.rooftopGenerationKWh + result.park.groundGenerationKWh;
    // W over one hour → kWh.
    std::vector<double> generation = cache.generation.sum(generationParts, HoursPerYear, 1000.0);

    // --- Loads ----------------------------------------------------------------------------------
    std::vector<double> consumption;
    {
        StageTimer timer(&t.loadsMs);
        std::vector<const Building *> electrolysers;
        std::vector<BlockSum<double>::Member> loadParts;
        auto addPart = [&](const std::shared_ptr<const std::vector<double>> &values) {
            if (values->size() >= std::size_t(HoursPerYear))
                loadParts.push_back({values, values->data()});
        };
        for (const ParkObject &object : park.objects()) {
            const auto *b = std::get_if<Building>(&object);
            if (!b)
                continue;
            if (isCancelled(cancelled))
                return result;
            if (!b->loadProfilePath.isEmpty()) {
                const QString path = resolvePath(b->loadProfilePath, options.projectDir);
                const QFileInfo info(path);
                CacheKey k;
                k << QStringLiteral("profile") << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch()
                  << info.size();
                auto values = cache.loads.find(k.bytes());
                if (!values) {
                    energy::ProfileReadResult read = energy::readProfileCsv(path);
                    if (!read.error.isEmpty()) {
                        result.error = tr("Load profile of \"%1\": %2").arg(b->name, read.error);
                        cache.endRun();
                        return result;
                    }
                    values = std::make_shared<const std::vector<double>>(std::move(read.valuesKWh));
                    cache.loads.insert(k.bytes(), values);
                    ++t.loadsComputed;
                }
                addPart(values);
            } else {
                CacheKey k;
                k << QStringLiteral("building") << b->useType << b->floorAreaM2() << b->annualLoadKWhOverride;
                auto values = cache.loads.find(k.bytes());
                if (!values) {
                    values = std::make_shared<const std::vector<double>>(
                        energy::buildingLoadKWh(b->useType, b->floorAreaM2(), b->annualLoadKWhOverride));
                    cache.loads.insert(k.bytes(), values);
                    ++t.loadsComputed;
                }
                addPart(values);
            }
            if (b->process.evDailyKWh > 0.0) {
                CacheKey k;
                k << QStringLiteral("ev") << b->process.evDailyKWh << b->process.evWindowStartHour
                  << b->process.evWindowEndHour;
                auto values = cache.loads.find(k.bytes());
                if (!values) {
                    values = std::make_shared<const std::vector<double>>(energy::evChargingLoadKWh(
                        b->process.evDailyKWh, b->process.evWindowStartHour, b->process.evWindowEndHour));
                    cache.loads.insert(k.bytes(), values);
                    ++t.loadsComputed;
                }
                addPart(values);
            }
            if (b->process.electrolyserMW > 0.0)
                electrolysers.push_back(b);
        }
        consumption = cache.consumption.sum(loadParts, HoursPerYear, 1.0);
        // Electrolysers that follow the PV surplus see what is left after every other load.
        for (const Building *b : electrolysers) {
            std::vector<double> surplus(HoursPerYear, 0.0);
            for (int h = 0; h < HoursPerYear; ++h)
                surplus[h] = std::max(0.0, generation[h] - consumption[h]);
            addInto(consumption, energy::electrolyserLoadKWh(b->process.electrolyserMW, b->process.electrolyserMode, surplus));
        }
    }

    // --- Grid factor -----------------------------------------------------------------------------
    double gridFactor = site.grid.customFactorKgPerKWh;
    result.park.gridFactorSource = tr("User value");
    if (const energy::GridFactor *f = energy::findGridFactor(site.grid.factorKey)) {
        gridFactor = f->kgPerKWh;
        result.park.gridFactorSource = QStringLiteral("%1 — %2").arg(energy::displayName(*f), QString::fromUtf8(f->source));
    }
    std::vector<double> hourlyFactor;
    if (!site.grid.hourlyProfilePath.isEmpty()) {
        energy::ProfileReadResult read = energy::readProfileCsv(resolvePath(site.grid.hourlyProfilePath, options.projectDir));
        if (!read.error.isEmpty()) {
            result.error = tr("Hourly grid factor profile: %1").arg(read.error);
            cache.endRun();
            return result;
        }
        hourlyFactor = std::move(read.valuesKWh);
        result.park.gridFactorSource = tr("Hourly profile %1").arg(QFileInfo(site.grid.hourlyProfilePath).fileName());
    }
    result.park.gridFactorKgPerKWh = hourlyFactor.empty() ? gridFactor
                                                          : sum(hourlyFactor) / double(hourlyFactor.size());

    // --- Dispatch --------------------------------------------------------------------------------
    energy::DispatchResult dispatched;
    {
        StageTimer timer(&t.dispatchMs);
        std::vector<energy::BatteryParams> batteries;
        for (const ParkObject &object : park.objects())
            if (const auto *s = std::get_if<Storage>(&object))
                batteries.push_back({s->energyKWh, s->powerKW, s->roundTripEfficiency, s->socMin, s->socMax});
        energy::DispatchInput input;
        input.generationKWh = &generation;
        input.consumptionKWh = &consumption;
        input.battery = energy::poolBatteries(batteries);
        input.strategy = site.carbon.dispatch;
        input.exportLimitKW = site.grid.exportLimitKW;
        input.hourlyGridFactor = hourlyFactor.empty() ? nullptr : &hourlyFactor;
        dispatched = energy::dispatch(input);
        result.park.batteryCapacityKWh = input.battery.capacityKWh;
    }

    // --- Carbon ----------------------------------------------------------------------------------
    energy::CarbonResult carbon;
    {
        StageTimer timer(&t.carbonMs);
        energy::CarbonInput input;
        input.dispatch = &dispatched;
        input.consumptionKWh = &consumption;
        input.generationKWh = &generation;
        input.annualGridFactor = gridFactor;
        input.hourlyGridFactor = hourlyFactor.empty() ? nullptr : &hourlyFactor;
        input.greenPowerKWh = site.carbon.greenPowerKWh;
        input.greenPowerShare = site.carbon.greenPowerShare;
        input.exportCredit = site.carbon.exportCredit;
        energy::EmbodiedInputs &e = input.embodied;
        e.pvKwp = result.park.pvKwp;
        for (const PvSystemInstance &system : systems)
            e.inverterKW += system.kwp / system.pv.dcAcRatio;
        for (const ParkObject &object : park.objects()) {
            if (const auto *s = std::get_if<Storage>(&object))
                (s->chemistry == Chemistry::Lfp ? e.storageKWhLfp : e.storageKWhNmc) += s->energyKWh;
            else if (const auto *b = std::get_if<Building>(&object))
                (b->structure == BuildingStructure::SteelFrame ? e.buildingFloorM2Steel : e.buildingFloorM2Concrete) +=
                    b->floorAreaM2();
            else if (const auto *g = std::get_if<GreenSpace>(&object)) {
                // Spaces may override the site's sink rate: pass rate-weighted hectares at 1 t/ha·yr.
                const double rate = g->sinkTPerHaYrOverride >= 0 ? g->sinkTPerHaYrOverride : site.carbon.sinkTPerHaYr;
                input.greenSpaceHa += areaM2(g->outline) / 10000.0 * rate;
            }
        }
        const CarbonOptions &k = site.carbon;
        e.pvKgPerKWp = k.pvEmbodiedKgPerKWp;
        e.pvLifeYears = k.pvLifeYears;
        e.storageKgPerKWhLfp = k.storageEmbodiedKgPerKWhLfp;
        e.storageKgPerKWhNmc = k.storageEmbodiedKgPerKWhNmc;
        e.storageLifeYears = k.storageLifeYears;
        e.buildingKgPerM2Steel = k.buildingEmbodiedKgPerM2Steel;
        e.buildingKgPerM2Concrete = k.buildingEmbodiedKgPerM2Concrete;
        e.buildingLifeYears = k.buildingLifeYears;
        input.sinkTPerHaYr = 1.0;
        input.kgcePerKWh = k.kgcePerKWh;
        input.thresholdTCO2PerTce = k.thresholdTCO2PerTce;
        input.headline = k.headline;
        carbon = energy::computeCarbon(input);
    }

    // --- Assemble --------------------------------------------------------------------------------
    ParkSummary &p = result.park;
    for (int h = 0; h < HoursPerYear; ++h)
        p.monthlyConsumptionKWh[solar::WeatherYear::monthOfHour(h)] += consumption[h];
    p.annualConsumptionKWh = sum(consumption);
    p.gridImportKWh = sum(dispatched.importKWh);
    p.gridExportKWh = sum(dispatched.exportKWh);
    p.curtailedKWh = sum(dispatched.curtailedKWh);
    p.batteryThroughputKWh = sum(dispatched.dischargeKWh);
    p.batteryLossesKWh = dispatched.losses;
    p.selfConsumptionPct = carbon.selfConsumptionPct;
    p.selfSufficiencyPct = carbon.selfSufficiencyPct;
    p.cfeScorePct = carbon.cfeScorePct;
    p.cleanEnergySharePct = carbon.cleanEnergySharePct;
    p.intensityTCO2PerTce = carbon.intensityTCO2PerTce;
    p.thresholdTCO2PerTce = site.carbon.thresholdTCO2PerTce;
    p.zeroCarbon = carbon.zeroCarbon;
    p.pvCarbonPaybackYears = carbon.pvCarbonPaybackYears;
    EmissionsSummary &em = p.emissions;
    em.operationalLocationT = carbon.operationalLocationT;
    em.operationalMarketT = carbon.operationalMarketT;
    em.embodiedPvT = carbon.embodiedPvT;
    em.embodiedStorageT = carbon.embodiedStorageT;
    em.embodiedBuildingsT = carbon.embodiedBuildingsT;
    em.embodiedAnnualT = carbon.embodiedAnnualT;
    em.sinkT = carbon.sinkT;
    em.exportCreditT = carbon.exportCreditT;
    em.netT = carbon.netT;
    em.netWithEmbodiedT = carbon.netWithEmbodiedT;

    HourlyBalance &hb = result.hourly;
    hb.generationKWh = std::move(generation);
    hb.consumptionKWh = std::move(consumption);
    hb.batteryChargeKWh = dispatched.chargeKWh;
    hb.batteryDischargeKWh = dispatched.dischargeKWh;
    hb.batterySocKWh = dispatched.socKWh;
    hb.gridImportKWh = dispatched.importKWh;
    hb.gridExportKWh = dispatched.exportKWh;
    hb.curtailedKWh = dispatched.curtailedKWh;
    hb.gridFactorKgPerKWh = hourlyFactor.empty() ? std::vector<double>(HoursPerYear, gridFactor) : hourlyFactor;
    hb.emissionsKg = carbon.emissionsKg;
    hb.sunZenithDeg = sun->apparentZenithDeg;
    hb.sunAzimuthDeg = sun->azimuthDeg;

    result.ok = true;
    cache.endRun();
    return result;
}

} // namespace pz
