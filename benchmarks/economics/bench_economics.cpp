// SPDX-License-Identifier: GPL-3.0-or-later
// The economics in the park run (spec §15, EconomicsStage), as its own program so that it builds
// with the core alone. Run:
//   parkzero-bench-economics
// BM_EconomicsPriceEdit: one tariff price changed per iteration (back and forth) on a synthetic
// park of N objects with a warm cache: the whole incremental run, with the economics stage's own
// time as the counter economics_ms (target ≤ 2 ms at N = 1,000; the yearly dispatches are
// reused). BM_EconomicsYears: the 25 yearly dispatches that a price edit does not repeat.
// BM_EconomicsArithmetic: the kernel's arithmetic on a kept year table.

#include "syntheticpark.h"

#include "economics/lifecycle.h"
#include "engine/simulation.h"

#include <benchmark/benchmark.h>

namespace {

using namespace pz;

void BM_EconomicsPriceEdit(benchmark::State &state)
{
    Park park = makeSyntheticPark(int(state.range(0)));
    SimulationCache cache;
    simulatePark(park, {}, &cache);
    SimulationTimings timings;
    double economicsMs = 0, dispatchRuns = 0;
    int step = 0;
    for (auto _ : state) {
        state.PauseTiming();
        park.site.economics.tariff.periods[2].priceCNYPerKWh = step++ % 2 ? 0.60 : 0.65;
        timings = {};
        state.ResumeTiming();
        const SimulationResult r = simulatePark(park, {}, &cache, nullptr, &timings);
        benchmark::DoNotOptimize(r.economics->npvCNY);
        economicsMs += timings.ms("economics");
        dispatchRuns += timings.computed("economics.dispatch");
    }
    state.counters["economics_ms"] = economicsMs / double(state.iterations());
    state.counters["yearly_dispatches_rerun"] = dispatchRuns;
    for (const StageTiming &stage : timings.stages)
        state.counters[stage.name + "_ms"] = stage.ms;
}
BENCHMARK(BM_EconomicsPriceEdit)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

// A year of consumption, PV and a battery like the synthetic parks' (hourly shapes of E1).
struct KernelCase {
    std::vector<double> consumption = std::vector<double>(kHoursPerYear), pv = std::vector<double>(kHoursPerYear);
    economics::EconomicsSettings settings;
    economics::EconomicsInput input;

    KernelCase()
    {
        for (int t = 0; t < kHoursPerYear; ++t) {
            const int h = t % 24;
            consumption[std::size_t(t)] = 1000.0 + 50.0 * (t % 7);
            pv[std::size_t(t)] = h == 9 || h == 10 || h == 15 || h == 16 ? 800.0 : h >= 11 && h <= 14 ? 1400.0 : 0.0;
        }
        settings.tariff.demandChargeCNYPerKWMonth = 30;
        input.consumptionKWh = &consumption;
        input.pvGenerationKWh = &pv;
        input.battery = {4000.0, 2000.0, 0.9, 0.1, 0.9};
        input.pvArrays.assign(1000, economics::PvCapacity{2.0, 1.2, true});
    }
};

void BM_EconomicsYears(benchmark::State &state)
{
    const KernelCase k;
    for (auto _ : state) {
        const economics::YearFlowTable years = economics::dispatchYears(25, 0.005, k.input);
        benchmark::DoNotOptimize(years.back()->importKWh);
    }
}
BENCHMARK(BM_EconomicsYears)->Unit(benchmark::kMillisecond);

void BM_EconomicsArithmetic(benchmark::State &state)
{
    const KernelCase k;
    const economics::YearFlowTable years = economics::dispatchYears(25, 0.005, k.input);
    for (auto _ : state) {
        const economics::EconomicsResult r = economics::computeEconomics(k.settings, k.input, years);
        benchmark::DoNotOptimize(r.npvCNY);
    }
}
BENCHMARK(BM_EconomicsArithmetic)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
