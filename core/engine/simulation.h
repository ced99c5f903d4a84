// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the whole park model on a snapshot: weather → sun → shading and PV per system → loads →
// grid factor → battery dispatch → carbon → the result. A plain function of its inputs; the
// optional cache makes a re-run after an edit recompute only what the edit touched (results are
// keyed by their inputs, so a cached run equals a fresh one bit for bit).

#include "engine/simulationresult.h"
#include "model/park.h"

#include <QString>
#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pz {

struct SimulationOptions {
    QString projectFilePath;     // resolves relative weather and profile paths (io::resolveProjectPath)
    QString weatherOverridePath; // parkzero-cli --weather: use this file instead of the site's source
};

// One stage's share of a run: wall time, and how many of its results it computed rather than
// reused (what a "result" is depends on the stage: a weather year, a PV system's yield, a load).
struct StageTiming {
    std::string name;
    double ms = 0.0;
    int computed = 0;
    int reused = 0;
};

// Where the time of a run went, stage by stage in run order. Stages may report parts of their
// work under their own names ("pv.shading", "pv.chain": CPU time summed over threads).
struct SimulationTimings {
    std::vector<StageTiming> stages;

    // The record of a stage, added on first use.
    StageTiming &stage(std::string_view name);
    const StageTiming *find(std::string_view name) const;
    double ms(std::string_view name) const;
    int computed(std::string_view name) const;
    int reused(std::string_view name) const;
};

class SimulationCache;

SimulationResult simulatePark(const Park &park, const SimulationOptions &options,
                              SimulationCache *cache = nullptr,
                              const std::atomic<bool> *cancelled = nullptr,
                              SimulationTimings *timings = nullptr);

class Pipeline;

// What a run keeps for the next: the stages of the pipeline with their caches.
class SimulationCache
{
public:
    SimulationCache();
    ~SimulationCache();
    void clear();
    Pipeline &pipeline() { return *m_pipeline; }

private:
    std::unique_ptr<Pipeline> m_pipeline;
};

} // namespace pz
