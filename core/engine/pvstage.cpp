// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/pvstage.h"

#include "engine/cachekey.h"
#include "engine/identical.h"
#include "engine/parallelfor.h"
#include "shading/horizonstate.h"
#include "shading/shadingscene.h"
#include "shading/surfacehorizon.h"
#include "shading/surfaceindex.h"

#include <QElapsedTimer>
#include <algorithm>
#include <numeric>

namespace pz {

namespace {

QByteArray paramsKey(const solar::PvChainParams &p)
{
    CacheKey k;
    k << p.tiltDeg << p.azimuthDeg << p.kwp << p.gcr << p.lossesPct << p.dcAcRatio << p.etaNom << p.etaRef
      << p.gammaPdcPerC << p.albedo << p.temperatureModel << p.sapmA << p.sapmB << p.sapmDeltaT << p.faimanU0
      << p.faimanU1;
    return k.bytes();
}

bool identicalSurface(const shading::Surface &a, const shading::Surface &b)
{
    return a.id == b.id && a.ownerObstacleId == b.ownerObstacleId && identical(a.outline, b.outline)
           && identical(a.heightM, b.heightM) && identical(a.tiltDeg, b.tiltDeg)
           && identical(a.azimuthDeg, b.azimuthDeg) && a.ignoredObstacleIds == b.ignoredObstacleIds;
}

bool identicalObstacle(const shading::Obstacle &a, const shading::Obstacle &b)
{
    return a.id == b.id && identical(a.footprint, b.footprint) && identical(a.baseHeightM, b.baseHeightM)
           && identical(a.topHeightM, b.topHeightM);
}

QList<float> toList(const std::vector<float> &values)
{
    return QList<float>(values.begin(), values.end());
}

} // namespace

struct PvStage::SystemState {
    bool known = false;
    shading::Surface surface;
    QByteArray paramsKey;
    solar::PvChainParams params;
    // Shading by park objects, once computed: null when no obstacle is within reach (the
    // surface is free); else kept to be updated rather than recomputed after an edit.
    bool shadingKnown = false;
    std::unique_ptr<shading::HorizonState> horizon;
    // Obstacles changed within reach since the horizon was brought up to date.
    std::vector<std::uint32_t> pendingObstacles;
    bool shadingStale = true;
    std::shared_ptr<const SystemYield> yield;       // null: to compute
    // Annual totals without shading by park objects: they depend on the parameters only.
    bool hasUnshaded = false;
    double unshadedAnnualAcKWh = 0.0;
    double unshadedAnnualPoaKWhM2 = 0.0;
};

PvStage::PvStage() : Stage("pv", {&m_roofAreas}) {}
PvStage::~PvStage() = default;

void PvStage::clear()
{
    Stage::clear();
    m_generation.clear();
    forgetShading();
}

void PvStage::forgetShading()
{
    m_sunKey.clear();
    m_sunTable.reset();
    m_scene.reset();
    m_surfaces.reset();
    m_obstacles.clear();
    m_systems.clear();
}

void PvStage::reset(const QByteArray &sunKey, const solar::SunTrack &sun, double northRotationDeg)
{
    forgetShading();
    m_sunKey = sunKey;
    const shading::Options options;
    std::vector<double> planAzimuths(sun.azimuthDeg.size());
    for (std::size_t h = 0; h < planAzimuths.size(); ++h)
        planAzimuths[h] = planAzimuthDeg(sun.azimuthDeg[h], northRotationDeg);
    m_sunTable = std::make_unique<shading::SunTable>(
        shading::makeSunTable(sun.apparentZenithDeg, planAzimuths, std::max(4, options.azimuthBins)));
    m_surfaces = std::make_unique<shading::SurfaceIndex>(std::vector<shading::Surface>{}, options);
}

std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>
PvStage::applyObstacles(const std::vector<shading::Obstacle> &obstacles, bool *allDirty)
{
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> dirty;
    auto rebuild = [&] {
        m_scene = std::make_unique<shading::ShadingScene>(obstacles);
        m_obstacles.clear();
        for (const shading::Obstacle &o : obstacles)
            m_obstacles.insert_or_assign(o.id, o);
        *allDirty = true;
    };
    if (!m_scene) {
        rebuild();
        return dirty;
    }

    // before → after; either may be null (added, removed).
    std::vector<std::pair<const shading::Obstacle *, const shading::Obstacle *>> changes;
    std::unordered_set<std::uint32_t> present;
    present.reserve(obstacles.size());
    for (const shading::Obstacle &o : obstacles) {
        present.insert(o.id);
        const auto it = m_obstacles.find(o.id);
        if (it == m_obstacles.end())
            changes.emplace_back(nullptr, &o);
        else if (!identicalObstacle(it->second, o))
            changes.emplace_back(&it->second, &o);
    }
    for (const auto &[id, o] : m_obstacles)
        if (!present.contains(id))
            changes.emplace_back(&o, nullptr);
    if (changes.empty())
        return dirty;
    // Many changes at once (a paste, an undo of a large edit): a fresh scene is cheaper.
    if (changes.size() > std::max<std::size_t>(32, obstacles.size() / 8)) {
        rebuild();
        return dirty;
    }

    for (const auto &[before, after] : changes) {
        const std::uint32_t obstacleId = after ? after->id : before->id;
        for (std::uint32_t id : m_surfaces->affectedByChange(before, after))
            dirty[id].push_back(obstacleId);
    }
    for (const auto &[before, after] : changes) {
        if (after)
            m_scene->upsertObstacle(*after);
        else
            m_scene->removeObstacle(before->id);
    }
    for (const auto &[before, after] : changes) {
        if (after)
            m_obstacles.insert_or_assign(after->id, *after);
        else
            m_obstacles.erase(before->id);
    }
    return dirty;
}

bool PvStage::run(const RunContext &context, RunState &state)
{
    QElapsedTimer timer;
    timer.start();
    state.pvSystems = pvSystemsOf(context.park, &m_roofAreas);
    const std::vector<shading::Obstacle> obstacles = obstaclesOf(context.park, &m_roofAreas);
    const double northRotationDeg = context.park.site.northRotationDeg;
    CacheKey sunKey;
    sunKey << state.sunKey << northRotationDeg;
    if (!m_sunTable || sunKey.bytes() != m_sunKey)
        reset(sunKey.bytes(), *state.sun, northRotationDeg);
    bool allDirty = false;
    const auto dirty = applyObstacles(obstacles, &allDirty);
    const std::vector<SystemState *> states = syncSystems(state.pvSystems, allDirty, dirty);
    context.timings.stage("pv.shading").ms += timer.nsecsElapsed() / 1.0e6;

    computeMarked(states, context, state.weather->year, *state.sun);
    if (context.isCancelled())
        return false;

    std::vector<BlockSum<float>::Member> parts;
    parts.reserve(states.size());
    state.pvYields.clear();
    state.pvYields.reserve(states.size());
    for (SystemState *s : states) {
        state.pvYields.push_back(s->yield);
        if (s->yield->acW.size() >= kHoursPerYear)
            parts.push_back({s->yield, s->yield->acW.constData()});
    }
    // W over one hour → kWh.
    state.pvGenerationKWh = m_generation.sum(parts, kHoursPerYear, 1000.0);
    return true;
}

std::vector<PvStage::SystemState *>
PvStage::syncSystems(const std::vector<PvSystemInstance> &systems, bool allDirty,
                     const std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> &dirty)
{
    std::vector<SystemState *> states;
    states.reserve(systems.size());
    std::unordered_set<ObjectId> present;
    present.reserve(systems.size());
    for (const PvSystemInstance &system : systems) {
        present.insert(system.id);
        std::unique_ptr<SystemState> &slot = m_systems[system.id];
        if (!slot)
            slot = std::make_unique<SystemState>();
        SystemState &state = *slot;
        const bool surfaceChanged = !state.known || !identicalSurface(state.surface, system.surface);
        if (surfaceChanged) {
            state.surface = system.surface;
            m_surfaces->upsertSurface(system.surface);
            state.known = true;
        }
        if (surfaceChanged || allDirty) {
            state.horizon.reset();
            state.shadingKnown = false;
            state.pendingObstacles.clear();
            state.shadingStale = true;
        } else if (const auto it = dirty.find(system.surface.id); it != dirty.end()) {
            state.pendingObstacles.insert(state.pendingObstacles.end(), it->second.begin(), it->second.end());
            state.shadingStale = true;
        }
        const solar::PvChainParams params = pvChainParams(system.pv, system.kwp);
        QByteArray key = paramsKey(params);
        if (key != state.paramsKey) {
            state.paramsKey = std::move(key);
            state.params = params;
            state.yield.reset();
            state.hasUnshaded = false;
        }
        states.push_back(&state);
    }
    for (auto it = m_systems.begin(); it != m_systems.end();) {
        if (present.contains(it->first)) {
            ++it;
        } else {
            m_surfaces->removeSurface(it->second->surface.id);
            it = m_systems.erase(it);
        }
    }
    return states;
}

void PvStage::computeMarked(const std::vector<SystemState *> &states, const RunContext &context,
                            const solar::WeatherYear &weather, const solar::SunTrack &sun)
{
    std::vector<SystemState *> work;
    for (SystemState *state : states)
        if (!state->yield || state->shadingStale)
            work.push_back(state);

    // Each work item writes only its own state; the scene and the sun table are only read.
    const std::size_t workers = std::size_t(maxParallelWorkers());
    std::vector<double> shadingNs(workers, 0.0), chainNs(workers, 0.0);
    std::vector<int> surfaces(workers, 0), arrays(workers, 0);
    parallelFor(work.size(), [&](std::size_t i, int worker) {
        if (context.isCancelled())
            return;
        SystemState &state = *work[i];
        QElapsedTimer clock;
        if (state.shadingStale) {
            clock.start();
            if (updateShading(state))
                state.yield.reset();  // a change that leaves the shading as it was leaves the yield
            ++surfaces[std::size_t(worker)];
            shadingNs[std::size_t(worker)] += double(clock.nsecsElapsed());
        }
        if (state.yield)
            return;
        clock.start();
        computeYield(state, weather, sun);
        ++arrays[std::size_t(worker)];
        chainNs[std::size_t(worker)] += double(clock.nsecsElapsed());
    });
    // Part times are summed over the workers (CPU time spent in each part).
    StageTiming &shadingPart = context.timings.stage("pv.shading");
    StageTiming &chainPart = context.timings.stage("pv.chain");
    for (std::size_t w = 0; w < workers; ++w) {
        shadingPart.ms += shadingNs[w] / 1.0e6;
        shadingPart.computed += surfaces[w];
        chainPart.ms += chainNs[w] / 1.0e6;
        chainPart.computed += arrays[w];
    }
    const int computed = std::accumulate(arrays.begin(), arrays.end(), 0);
    StageTiming &own = context.timings.stage(name());
    own.computed += computed;
    own.reused += int(states.size()) - computed;
}

bool PvStage::updateShading(SystemState &state)
{
    const bool wasFree = state.shadingKnown && !state.horizon;
    bool changed = true;
    if (state.horizon) {
        state.horizon->update(*m_scene, state.surface, m_sunTable.get(), state.pendingObstacles);
        changed = state.horizon->lastChangedShading();
    } else {
        state.horizon = std::make_unique<shading::HorizonState>(
            shading::HorizonState::compute(*m_scene, state.surface, m_sunTable.get()));
    }
    if (!state.horizon->hasCandidates()) {
        state.horizon.reset();  // nothing to update: a later change recomputes it
        changed = !wasFree;
    }
    state.pendingObstacles.clear();
    state.shadingKnown = true;
    state.shadingStale = false;
    return changed;
}

void PvStage::computeYield(SystemState &state, const solar::WeatherYear &weather, const solar::SunTrack &sun)
{
    solar::ObjectShading objectShading;
    std::vector<float> hiddenShare;  // the state keeps hidden hours only: spelt out for the chain
    if (state.horizon) {
        hiddenShare = state.horizon->hiddenShare();
        objectShading.skyViewShare = state.horizon->horizon().skyViewShare;
        objectShading.beamHiddenShare = hiddenShare.data();
    }
    const solar::ArrayYield shaded = solar::simulateArray(weather, sun, state.params, objectShading, true);
    auto yield = std::make_shared<SystemYield>();
    yield->annualAcKWh = shaded.annualAcKWh;
    yield->annualPoaKWhM2 = shaded.annualPoaKWhM2;
    yield->performanceRatio = shaded.performanceRatio;
    yield->peakAcKW = shaded.peakAcKW;
    yield->monthlyAcKWh = shaded.monthlyAcKWh;
    yield->acW = toList(shaded.acW);
    yield->poaWm2 = toList(shaded.poaWm2);
    yield->cellTempC = toList(shaded.cellTempC);
    if (!state.horizon) {
        yield->unshadedAnnualAcKWh = shaded.annualAcKWh;
        yield->unshadedAnnualPoaKWhM2 = shaded.annualPoaKWhM2;
    } else {
        if (!state.hasUnshaded) {
            const solar::ArrayYield free = solar::simulateArray(weather, sun, state.params, {}, false);
            state.unshadedAnnualAcKWh = free.annualAcKWh;
            state.unshadedAnnualPoaKWhM2 = free.annualPoaKWhM2;
            state.hasUnshaded = true;
        }
        yield->unshadedAnnualAcKWh = state.unshadedAnnualAcKWh;
        yield->unshadedAnnualPoaKWhM2 = state.unshadedAnnualPoaKWhM2;
    }
    state.yield = std::move(yield);
}

} // namespace pz
