// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/simulation.h"

#include "engine/pipeline.h"

#include <algorithm>
#include <optional>

namespace pz {

SimulationResult simulatePark(const Park &park, const SimulationOptions &options, SimulationCache *cache,
                              const std::atomic<bool> *cancelled, SimulationTimings *timings)
{
    std::optional<SimulationCache> local;
    if (!cache)
        cache = &local.emplace();
    SimulationTimings localTimings;
    SimulationTimings &t = timings ? *timings : localTimings;
    t = {};
    const RunContext context{park, options, cancelled, t};
    RunState state;
    if (!cache->pipeline().run(context, state)) {
        SimulationResult failed;
        failed.error = state.error;
        return failed;
    }
    return std::move(state.result);
}

SimulationCache::SimulationCache() : m_pipeline(Pipeline::parkModel()) {}
SimulationCache::~SimulationCache() = default;

void SimulationCache::clear()
{
    m_pipeline->clear();
}

StageTiming &SimulationTimings::stage(std::string_view name)
{
    const auto it = std::find_if(stages.begin(), stages.end(), [&](const StageTiming &s) { return s.name == name; });
    if (it != stages.end())
        return *it;
    stages.push_back({std::string(name)});
    return stages.back();
}

const StageTiming *SimulationTimings::find(std::string_view name) const
{
    const auto it = std::find_if(stages.begin(), stages.end(), [&](const StageTiming &s) { return s.name == name; });
    return it != stages.end() ? &*it : nullptr;
}

double SimulationTimings::ms(std::string_view name) const
{
    const StageTiming *s = find(name);
    return s ? s->ms : 0.0;
}

int SimulationTimings::computed(std::string_view name) const
{
    const StageTiming *s = find(name);
    return s ? s->computed : 0;
}

int SimulationTimings::reused(std::string_view name) const
{
    const StageTiming *s = find(name);
    return s ? s->reused : 0;
}

} // namespace pz
