// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Spreads a loop over the cores with Qt's global thread pool: body(index, worker) runs for every
// index in [0, count) on the calling thread and on as many of the pool's idle threads as there
// are (at most one per core), handed out one index at a time. It never queues work behind other
// tasks and never starts threads of its own, so a call from inside a pool task (the engine runs
// in one) does not oversubscribe the machine, and it cannot deadlock waiting for a queued task.
// worker is in [0, workers) where workers is the return value: per-worker accumulators need no
// locks. To stop early (a cancelled run), let body return at once.

#include <cstddef>
#include <functional>

namespace pz {

// The most workers parallelFor() can use (the machine's cores).
int maxParallelWorkers();

int parallelFor(std::size_t count, const std::function<void(std::size_t index, int worker)> &body);

} // namespace pz
