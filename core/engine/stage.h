// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One step of the park run (weather, sun, PV, loads, grid factor, dispatch, carbon, result):
// a class that reads what it declares from the park and from earlier stages' outputs in the
// run's state, writes its own outputs there, and keeps between runs whatever lets the next run
// skip work (its caches). A stage reuses a kept result only where a fresh computation would see
// identical inputs, so an incremental run equals a cold one bit for bit. Stages are composed
// into a Pipeline (pipeline.h); adding one means adding its class and one line there.

#include "engine/runstate.h"
#include "engine/simulation.h"

#include <atomic>
#include <vector>

namespace pz {

class RunCache;

// What every stage of one run sees: the snapshot, the options, the cancel flag, the timings.
struct RunContext {
    const Park &park;
    const SimulationOptions &options;
    const std::atomic<bool> *cancelled = nullptr;
    SimulationTimings &timings;

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
};

class Stage
{
public:
    virtual ~Stage();
    Stage(const Stage &) = delete;
    Stage &operator=(const Stage &) = delete;

    // The name under which the run reports its time and its computed/reused counts.
    const char *name() const { return m_name; }

    // Runs the stage. Returns false when the run cannot go on: the state's error says why, or
    // the run was cancelled (what finished is kept for the next run).
    virtual bool run(const RunContext &context, RunState &state) = 0;

    // Called by the run scope around every run, for the stage's caches (see RunCache).
    void beginRun();
    void endRun(bool completed);
    // Forgets everything kept between runs.
    virtual void clear();

protected:
    // caches: the members that keep results between runs, to be told when a run begins and ends.
    Stage(const char *name, std::vector<RunCache *> caches);
    // Counts one result of this run as computed or as reused, in the stage's timing record.
    void count(const RunContext &context, bool computed) const
    {
        StageTiming &t = context.timings.stage(m_name);
        (computed ? t.computed : t.reused) += 1;
    }

private:
    const char *m_name;
    std::vector<RunCache *> m_caches;
};

} // namespace pz
