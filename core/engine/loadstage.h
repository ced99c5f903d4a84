// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 4: the park's hourly consumption. Reads every building's load (its profile file, known by
// path, modification time and size, or its use type, floor area and annual override), its EV
// charging and its electrolyser, the park's heat electricity (from HeatStage), the project file (for
// relative profile paths) and, for electrolysers that follow the PV surplus, the PV stage's
// hourly generation. Each distinct load is computed once and kept (a use type's load as the type's
// shared shape and the building's scale); the park sum re-adds only the blocks of buildings that
// changed.

#include "energy/loadprofiles.h"
#include "engine/blocksum.h"
#include "engine/keyedcache.h"
#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

struct Building;

class LoadStage : public Stage
{
public:
    LoadStage();
    bool run(const RunContext &context, RunState &state) override;
    void clear() override;

private:
    using Series = std::vector<double>;
    // The building's own load (its profile file, or its use type's); null with the state's error set.
    std::shared_ptr<const energy::ScaledSeries> ownLoad(const Building &building, const RunContext &context,
                                                        RunState &state);
    std::shared_ptr<const Series> evLoad(const Building &building, const RunContext &context);
    // The sum with the electrolysers added, each seeing the surplus left after the loads before it.
    std::shared_ptr<const Series> withElectrolysers(std::shared_ptr<const Series> loads,
                                                    const std::vector<const Building *> &electrolysers,
                                                    const RunState &state);

    KeyedCache<energy::ScaledSeries> m_loads;
    KeyedCache<Series> m_evLoads;
    BlockSum<double> m_sum;
    LastResult<Series> m_withElectrolysers;
};

} // namespace pz
