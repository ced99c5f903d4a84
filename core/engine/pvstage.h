// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PV stage of a park run keeps between runs the shading scene of all obstacles, an R-tree of
// the PV surfaces, and per PV system its horizon state, shading and yield. A run compares the
// park's obstacles and systems with the previous run's and recomputes only what an edit touched:
// a changed system in full; for every surface within the shadow reach of a moved, added or
// removed obstacle (found with the surface R-tree), the part of its horizon that obstacle sets,
// and its yield only when its shading changed. Everything else is reused as it is, so the result
// equals a from-scratch run bit for bit. The work left is spread over the machine's cores.

#include "engine/blocksum.h"
#include "engine/pvsystems.h"
#include "engine/roofareacache.h"
#include "engine/stage.h"
#include "solar/pvchain.h"
#include "solar/suntrack.h"
#include "solar/weatheryear.h"

#include <QByteArray>
#include <QList>
#include <atomic>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pz {

namespace shading {
class ShadingScene;
class SurfaceIndex;
struct SunTable;
} // namespace shading

// One system's yield over the year: the shaded run, and the annual totals without shading by
// park objects (for the loss percentages). Hourly series are implicitly shared with results.
struct SystemYield {
    double annualAcKWh = 0.0;
    double annualPoaKWhM2 = 0.0;
    double performanceRatio = 0.0;
    double peakAcKW = 0.0;
    std::array<double, 12> monthlyAcKWh{};
    QList<float> acW, poaWm2, cellTempC;
    double unshadedAnnualAcKWh = 0.0;
    double unshadedAnnualPoaKWhM2 = 0.0;

    double specificYieldKWhPerKwp(double kwp) const { return solar::specificYieldKWhPerKwp(annualAcKWh, kwp); }
};

// Stage 3: PV systems, their shading by park objects and their yield, and the hourly sum of
// their output. Reads the park's buildings, PV fields and storage (as PV systems and obstacles),
// the weather year and the sun track (sunKey: when it changes, everything is recomputed).
class PvStage : public Stage
{
public:
    PvStage();
    ~PvStage() override;

    // Fills the state's PV systems, their yields (in park order) and their hourly sum. Returns
    // false when cancelled; what finished is kept and the rest is recomputed by the next run.
    bool run(const RunContext &context, RunState &state) override;
    void clear() override;

private:
    struct SystemState;
    // Starts the shading afresh for another sun track (weather or site position changed) or
    // another plan north: the sun table holds the sun's azimuths on the plan.
    void reset(const QByteArray &sunKey, const solar::SunTrack &sun, double northRotationDeg);
    void forgetShading();
    // Surface id → the obstacles changed within its reach.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> applyObstacles(const std::vector<shading::Obstacle> &obstacles,
                                                     bool *allDirty);
    // The kept state of every system, brought up to date with the park's systems (what changed
    // is marked to recompute); systems no longer in the park are forgotten.
    std::vector<SystemState *> syncSystems(const std::vector<PvSystemInstance> &systems, bool allDirty,
                                           const std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> &dirty);
    // Brings the shading and the yield of the marked systems up to date, over all cores.
    void computeMarked(const std::vector<SystemState *> &states, const RunContext &context,
                       const solar::WeatherYear &weather, const solar::SunTrack &sun);
    // One system's shading update; returns whether its shading changed.
    bool updateShading(SystemState &state);
    void computeYield(SystemState &state, const solar::WeatherYear &weather, const solar::SunTrack &sun);

    QByteArray m_sunKey;
    std::unique_ptr<shading::SunTable> m_sunTable;
    std::unique_ptr<shading::ShadingScene> m_scene;
    std::unique_ptr<shading::SurfaceIndex> m_surfaces;
    std::unordered_map<std::uint32_t, shading::Obstacle> m_obstacles;  // as in m_scene
    std::unordered_map<ObjectId, std::unique_ptr<SystemState>> m_systems;
    RoofAreaCache m_roofAreas;
    BlockSum<float> m_generation;
};

} // namespace pz
