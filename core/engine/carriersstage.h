// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The zero-carbon indicator over every energy carrier (spec §14.6): the pooled park — its
// electricity as dispatch and carbon give it (heat electricity included) plus the fuels and
// purchased heat of every building — under the site's electricity conversion (the verdict) and
// under both standard conversions side by side; and each building on its own (its load and heat
// against its own roof PV, no battery, no green power). Runs after CarbonStage; without heat
// (no building with a supply) it hands on nothing and the park keeps its electricity-only
// indicator. A building on its own is kept by its inputs, so an edit recomputes only the
// buildings it reaches; it is evaluated from sums that do not depend on its heat and its roof's
// PV hours (AloneBase), equal to heat::selfSuppliedElectricity() to rounding.

#include "engine/lastresult.h"
#include "engine/stage.h"
#include "heat/carriers.h"

#include <QHash>
#include <QSet>

#include <cstdint>

namespace pz {

// One building on its own.
struct BuildingAlone {
    double electricityKWh = 0;           // its load plus its heat electricity
    heat::CarrierIndicator indicator;    // under the site's conversion, without embodied carbon
};

// What a building on its own needs of its load and roof PV, whatever its heat (§14.6): Σ B and
// Σ B·f of its load B (own load and charging) at the grid factor f; the PV of the hours in which
// B alone takes all of it (so does B plus any heat), with its Σ P·f; and the other hours with PV,
// the only ones in which its heat changes its on-site use. A heat edit costs those hours only.
struct AloneBase {
    double loadKWh = 0, loadCo2Kg = 0;
    double pvUsedKWh = 0, pvUsedCo2Kg = 0;
    std::vector<std::uint16_t> surplusHours;
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
    template<typename T>
    class IdCache : public RunCache
    {
    public:
        template<typename Compute>
        std::shared_ptr<const T> findOrCompute(ObjectId id, StageInputs inputs, Compute &&compute, bool *computed)
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
        // The kept value when its inputs are these, else null (then store() one).
        std::shared_ptr<const T> find(ObjectId id, const StageInputs &inputs)
        {
            m_used.insert(id);
            const auto it = m_entries.constFind(id);
            return it != m_entries.constEnd() && it->value && it->inputs == inputs ? it->value : nullptr;
        }
        void store(ObjectId id, StageInputs inputs, std::shared_ptr<const T> value)
        {
            m_used.insert(id);
            m_entries[id] = Entry{std::move(inputs), std::move(value)};
        }
        void beginRun() override { m_used.clear(); }
        void endRun(bool completed) override
        {
            if (!completed)
                return;
            for (auto it = m_entries.begin(); it != m_entries.end();)
                it = m_used.contains(it.key()) ? std::next(it) : m_entries.erase(it);
        }
        void clear() override
        {
            m_entries.clear();
            m_used.clear();
        }

    private:
        struct Entry {
            StageInputs inputs;
            std::shared_ptr<const T> value;
        };
        QHash<ObjectId, Entry> m_entries;
        QSet<ObjectId> m_used;
    };

    std::shared_ptr<const CarriersOutput> pooled(const RunContext &context, const RunState &state);
    void addBuildingsAlone(const RunContext &context, const RunState &state, CarriersOutput &out);

    LastResult<CarriersOutput> m_pooled;
    LastResult<std::vector<double>> m_factors;   // f(t) of every hour
    IdCache<AloneBase> m_bases;                  // a building's load and roof PV, whatever its heat
    IdCache<BuildingAlone> m_alone;
};

} // namespace pz
