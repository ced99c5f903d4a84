#pragma once
// The PV part of a park run, kept between runs: the shading scene of all obstacles, an R-tree of
// the PV surfaces, and per PV system its horizon state, shading and yield. A run compares the
// park's obstacles and systems with the previous run's and recomputes only what an edit touched:
// a changed system in full; for every surface within the shadow reach of a moved, added or
// removed obstacle (found with the surface R-tree), the part of its horizon that obstacle sets,
// and its yield only when its shading changed. Everything else is reused as it is, so the result
// equals a from-scratch run bit for bit. The work left is spread over the machine's cores.

#include "engine/pvsystems.h"
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

struct SimulationTimings;

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
};

class PvStage
{
public:
    PvStage();
    ~PvStage();

    // Fills yields with the systems' yields, in their order. sunKey identifies the weather and
    // sun track: when it changes, everything is recomputed. Returns false when cancelled; what
    // finished is kept and the rest is recomputed by the next run.
    bool run(const std::vector<PvSystemInstance> &systems, const std::vector<shading::Obstacle> &obstacles,
             const solar::WeatherYear &weather, const solar::SunTrack &sun, const QByteArray &sunKey,
             const std::atomic<bool> *cancelled, SimulationTimings &timings,
             std::vector<std::shared_ptr<const SystemYield>> *yields);
    void clear();

private:
    struct SystemState;
    void reset(const QByteArray &sunKey, const solar::SunTrack &sun);
    // Surface id → the obstacles changed within its reach.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> applyObstacles(const std::vector<shading::Obstacle> &obstacles,
                                                     bool *allDirty);

    QByteArray m_sunKey;
    std::unique_ptr<shading::SunTable> m_sunTable;
    std::unique_ptr<shading::ShadingScene> m_scene;
    std::unique_ptr<shading::SurfaceIndex> m_surfaces;
    std::unordered_map<std::uint32_t, shading::Obstacle> m_obstacles;  // as in m_scene
    std::unordered_map<ObjectId, std::unique_ptr<SystemState>> m_systems;
};

} // namespace pz
