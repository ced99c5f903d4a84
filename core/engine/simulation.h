#pragma once
// Runs the whole park model on a snapshot: weather → sun → shading → PV chain per system →
// loads → battery dispatch → carbon. A plain function of its inputs; the optional cache makes a
// re-run after an edit recompute only what the edit touched (results are keyed by their inputs,
// so a cached run equals a fresh one bit for bit).

#include "engine/simulationresult.h"
#include "model/park.h"

#include <QString>
#include <atomic>
#include <memory>

namespace pz {

struct SimulationOptions {
    QString projectDir;          // resolves relative weather and profile paths
    QString weatherOverridePath; // parkzero-cli --weather: use this file instead of the site's source
};

// Where the time of a run went (milliseconds), and how much was recomputed rather than reused.
struct SimulationTimings {
    double weatherMs = 0, sunMs = 0, shadingMs = 0, pvMs = 0, loadsMs = 0, dispatchMs = 0, carbonMs = 0;
    int surfacesComputed = 0;   // shading precomputations run (not from the cache)
    int arraysComputed = 0;     // PV chain runs (not from the cache)
    int loadsComputed = 0;
};

class SimulationCache;

SimulationResult simulatePark(const Park &park, const SimulationOptions &options,
                              SimulationCache *cache = nullptr,
                              const std::atomic<bool> *cancelled = nullptr,
                              SimulationTimings *timings = nullptr);

// Keeps per-object results between runs (see simulation.cpp for the keys).
class SimulationCache
{
public:
    SimulationCache();
    ~SimulationCache();
    void clear();
    struct Impl;
    Impl &impl() { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace pz
