// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage: wind turbines on the site plan and off-site plants on their direct lines (spec wind.md
// §12–§13), before dispatch. Reads the weather stage's year (its wind columns), the park's
// turbines, the site's wind settings and plants, turbine CSV files and plants' own weather files
// (by path, time and size); writes the farm's yield, each plant's line result, the weather's
// data-quality notes and the park's own generation G_t = PV + wind + delivered (§13.5), which
// dispatch and carbon use. A park without turbines and plants hands on the PV sum itself, so
// its later stages and results are those of a PV-only run. Caches: turbine types, the site's
// cleaned wind columns, the farm (keyed on turbines, types, weather and settings: moving a
// building does not touch it; moving turbines updates the last farm, wind::moveTurbines), each
// plant, plants' weather and the generation sum.

#include "engine/keyedcache.h"
#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

class WindStage : public Stage
{
public:
    WindStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    struct TypeRef {
        std::shared_ptr<const wind::TurbineType> type;
        QByteArray key;
    };
    // A built-in type or a CSV file of the project; null with state.error set when unusable.
    TypeRef turbineType(const QString &stored, const QString &jsonPath, const RunContext &context,
                        RunState &state);
    std::shared_ptr<const SiteWind> siteWind(const RunContext &context, RunState &state);
    bool runFarm(const RunContext &context, RunState &state);
    std::shared_ptr<const WindFarmOutput> computeFarm(const WindSettings &settings, double northRotationDeg,
                                                      const std::vector<const WindTurbine *> &placed,
                                                      const std::vector<TypeRef> &types,
                                                      const QByteArray &inputsButPositions, const RunState &state);
    bool runPlants(const RunContext &context, RunState &state);
    std::shared_ptr<const PlantRun> runPlant(const OffSitePlant &plant, int index, const RunContext &context,
                                             RunState &state);
    void sumGeneration(const RunContext &context, RunState &state);

    KeyedCache<wind::TurbineType> m_types;
    KeyedCache<SiteWind> m_siteWind;
    KeyedCache<LoadedWeather> m_plantWeather;
    LastResult<WindFarmOutput> m_farm;
    KeyedCache<PlantRun> m_plants;
    LastResult<std::vector<double>> m_generation;
};

} // namespace pz
