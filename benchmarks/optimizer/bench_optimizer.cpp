// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer on the spec's public reference case (§16.12, ../shared/data/optimizer/
// public_small.json; skipped when absent), both solves of §16.7 as `parkzero-cli optimize`
// does them: the fast mode (interior point on the reduced LP, proven gap) and the exact mode
// (the crossover to the simplex's optimum of the LP as exported). One iteration each: a solve
// takes tens of seconds. Run:
//   parkzero-bench-optimizer
// Counters: objective_CNY (the optimum), gap (the fast mode's proven relative gap; 0 for exact).

#include "optimizer/scenariofile.h"
#include "optimizer/solver.h"

#include <benchmark/benchmark.h>

#include <QFileInfo>

namespace {

using namespace pz::optimizer;

void BM_OptimizerPublicCase(benchmark::State &state)
{
    const QString path = QStringLiteral(PARKZERO_SHARED_DIR "/data/optimizer/public_small.json");
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("../shared/data/optimizer/public_small.json is absent");
        return;
    }
    const ScenarioReadResult read = readScenario(path);
    if (!read.problem) {
        state.SkipWithError(read.error.toUtf8().constData());
        return;
    }
    SolveSettings settings;
    settings.exact = state.range(0) == 1;
    OptimizerResult r;
    for (auto _ : state) {
        r = solveProblem(*read.problem, settings);
        benchmark::ClobberMemory();   // DoNotOptimize on a double member may leave it 0 (GCC 12)
    }
    if (r.status != SolveStatus::Optimal) {
        state.SkipWithError(("no optimum: " + r.message).c_str());
        return;
    }
    state.SetLabel(settings.exact ? "exact" : "fast");
    state.counters["objective_CNY"] = r.objectiveCnyPerYr;
    state.counters["gap"] = r.solve.provenGapRelative.value_or(0.0);
}

BENCHMARK(BM_OptimizerPublicCase)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
