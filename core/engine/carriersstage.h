// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The zero-carbon indicator over every energy carrier (spec §14.6): the pooled park — its
// electricity as dispatch and carbon give it (heat electricity included) plus the fuels and
// purchased heat of every building — under the site's electricity conversion (the verdict) and
// under both standard conversions side by side; and each building on its own (its load and heat
// against its own roof PV, no battery, no green power). Runs after CarbonStage; without heat
// (no building with a supply) it hands on nothing and the park keeps its electricity-only
// indicator. A building on its own is kept by its inputs, so an edit recomputes only the
// buildings it reaches.

#include "engine/lastresult.h"
#include "engine/stage.h"
#include "heat/carriers.h"

#include <QHash>
#include <QSet>

namespace pz {

// One building on its own.
struct BuildingAlone {
    double electricityKWh = 0;           // its load plus its heat electricity
    heat::CarrierIndicator indicator;    // under the site's conversion, without embodied carbon
};

struct CarriersOutput {
    heat::CarrierUse pooled;
    heat::CarrierIndicator verdict;      // the site's conversion; embodied with the headline "with embodied"
    heat::CarrierIndicator equivalent;   // 0.1229 kgce/kWh (calorific equivalent)
    heat::CarrierIndicator coalMethod;   // 0.3055 kgce/kWh (coal-consumption method)
    std::vector<std::shared_ptr<const BuildingAlone>> buildings;   // park order
    int buildingsPassingAlone = 0;
};

class CarriersStage : public Stage
{
public:
    CarriersStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    // The last result per building id with its inputs; ids not seen by a completed run are dropped.
    class AloneCache : public RunCache
    {
    public:
        template<typename Compute>
        std::shared_ptr<const BuildingAlone> findOrCompute(ObjectId id, StageInputs inputs, Compute &&compute,
                                                           bool *computed)
        {
            m_used.insert(id);
            Entry &entry = m_entries[id];
            *computed = !(entry.value && entry.inputs == inputs);
            if (*computed) {
                entry.value = compute();
                entry.inputs = std::move(inputs);
            }
            return entry.value;
        }
        void beginRun() override { m_used.clear(); }
        void endRun(bool completed) override;
        void clear() override;

    private:
        struct Entry {
            StageInputs inputs;
            std::shared_ptr<const BuildingAlone> value;
        };
        QHash<ObjectId, Entry> m_entries;
        QSet<ObjectId> m_used;
    };

    std::shared_ptr<const CarriersOutput> pooled(const RunContext &context, const RunState &state);
    void addBuildingsAlone(const RunContext &context, const RunState &state, CarriersOutput &out);

    LastResult<CarriersOutput> m_pooled;
    AloneCache m_alone;
};

} // namespace pz
