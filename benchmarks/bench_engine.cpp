// SPDX-License-Identifier: GPL-3.0-or-later
// The whole park computation on synthetic parks of N objects: cold (weather already loaded),
// split by stage; incremental after one edit; peak memory. Run:
//   parkzero-bench --benchmark_filter=Engine
// Stage times are reported as counters (ms), one per pipeline stage (weather, sun, pv, heat, loads,
// grid, dispatch, carbon, carriers, assemble) and the PV stage's parts (pv.shading, pv.chain).

#include "syntheticpark.h"

#include "engine/simulation.h"

#include <benchmark/benchmark.h>

#include <algorithm>

#include <sys/resource.h>

namespace {

using namespace pz;

// Loads the built-in weather and its sun track into a cache, as an open project has them.
void primeWeather(SimulationCache &cache, const Park &park)
{
    Park empty;
    empty.site = park.site;
    simulatePark(empty, {}, &cache);
}

// Every stage's wall time as "<stage>_ms" (the PV stage's parts "pv.shading" and "pv.chain" in
// CPU time summed over threads), and what the PV stage recomputed.
void reportStages(benchmark::State &state, const SimulationTimings &t)
{
    for (const StageTiming &stage : t.stages)
        state.counters[stage.name + "_ms"] = stage.ms;
    state.counters["arrays_computed"] = t.computed("pv.chain");
    state.counters["surfaces_computed"] = t.computed("pv.shading");
}

double peakRssMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_EngineCold(benchmark::State &state)
{
    const Park park = makeSyntheticPark(int(state.range(0)));
    SimulationTimings timings;
    for (auto _ : state) {
        state.PauseTiming();
        SimulationCache cache;
        primeWeather(cache, park);
        state.ResumeTiming();
        const SimulationResult r = simulatePark(park, {}, &cache, nullptr, &timings);
        benchmark::DoNotOptimize(r.park.annualGenerationKWh);
    }
    reportStages(state, timings);
    state.counters["peak_rss_MB"] = peakRssMB();
}
BENCHMARK(BM_EngineCold)->Arg(100)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Edits one object per iteration (back and forth so the park stays the same on average) and
// recomputes with the warm cache.
template<typename Edit>
void runIncremental(benchmark::State &state, Edit edit)
{
    Park park = makeSyntheticPark(int(state.range(0)));
    SimulationCache cache;
    simulatePark(park, {}, &cache);
    SimulationTimings timings;
    int step = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(park, step++);
        state.ResumeTiming();
        const SimulationResult r = simulatePark(park, {}, &cache, nullptr, &timings);
        benchmark::DoNotOptimize(r.park.emissions.netT);
    }
    reportStages(state, timings);
}

template<typename T>
const T *firstOf(const Park &park, int skip = 0)
{
    for (const ParkObject &o : park.objects())
        if (std::holds_alternative<T>(o) && skip-- <= 0)
            return &std::get<T>(o);
    return nullptr;
}

// Moves one building 3 m back and forth. Arg 2 picks it by height: the building at that
// percentile of the park's heights (50 = median, 100 = the tallest, whose shadow reaches furthest
// and so touches the most PV surfaces: the worst case).
void BM_EngineMoveBuilding(benchmark::State &state)
{
    std::vector<std::pair<double, ObjectId>> buildings;
    const Park park = makeSyntheticPark(int(state.range(0)));  // kept: the loop reads its objects
    for (const ParkObject &o : park.objects())
        if (const auto *b = std::get_if<Building>(&o))
            buildings.emplace_back(b->heightM, b->id);
    std::sort(buildings.begin(), buildings.end());
    const std::size_t pick = std::min(buildings.size() - 1, std::size_t(state.range(1)) * buildings.size() / 100);
    const ObjectId id = buildings[pick].second;
    runIncremental(state, [id](Park &park, int step) {
        Building b = std::get<Building>(*park.find(id));
        b.footprint = translated(b.footprint, step % 2 ? -3.0 : 3.0, 0.0);
        park.replace(b);
    });
    state.counters["height_m"] = buildings[pick].first;
}
BENCHMARK(BM_EngineMoveBuilding)
    ->ArgsProduct({{100, 1000, 5000, 20000}, {50, 90, 100}})
    ->ArgNames({"n", "height_pct"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_EngineFieldTilt(benchmark::State &state)
{
    runIncremental(state, [](Park &park, int step) {
        PvArray a = *firstOf<PvArray>(park);
        a.pv.tiltDeg = step % 2 ? 30.0 : 25.0;
        park.replace(a);
    });
}
BENCHMARK(BM_EngineFieldTilt)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EngineBatteryCapacity(benchmark::State &state)
{
    runIncremental(state, [](Park &park, int step) {
        Storage s = *firstOf<Storage>(park);
        s.energyKWh = step % 2 ? 4000.0 : 3000.0;
        park.replace(s);
    });
}
BENCHMARK(BM_EngineBatteryCapacity)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Heat (spec §14): the synthetic park with every supply, in turn over its buildings.
Park heatedSyntheticPark(int n)
{
    Park park = makeSyntheticPark(n);
    int i = 0;
    for (const ParkObject &object : std::vector<ParkObject>(park.objects()))
        if (const auto *b = std::get_if<Building>(&object)) {
            Building heated = *b;
            heated.heat.supply = heat::HeatSupply(1 + i++ % (heat::kHeatSupplyCount - 1));
            park.replace(heated);
        }
    return park;
}

template<typename Edit>
void runHeatIncremental(benchmark::State &state, Edit edit)
{
    Park park = heatedSyntheticPark(int(state.range(0)));
    SimulationCache cache;
    simulatePark(park, {}, &cache);
    SimulationTimings timings;
    int step = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(park, step++);
        state.ResumeTiming();
        const SimulationResult r = simulatePark(park, {}, &cache, nullptr, &timings);
        benchmark::DoNotOptimize(r.heat.energyTce);
    }
    reportStages(state, timings);
    state.counters["heat_computed"] = timings.computed("heat");
    state.counters["carriers_computed"] = timings.computed("carriers");
    state.counters["carriers_base_computed"] = timings.computed("carriers.base");
}

// One building's heat settings: gas boiler <-> air-source heat pump, so that its heat electricity
// and with it dispatch and carbon change too (the worst case of a heat edit).
void BM_EngineHeatSettings(benchmark::State &state)
{
    runHeatIncremental(state, [](Park &park, int step) {
        Building b = *firstOf<Building>(park);
        b.heat.supply = step % 2 ? heat::HeatSupply::GasBoiler : heat::HeatSupply::Ashp;
        park.replace(b);
    });
}
BENCHMARK(BM_EngineHeatSettings)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The site's heating season: every building's heat is computed again.
void BM_EngineHeatingSeason(benchmark::State &state)
{
    runHeatIncremental(state, [](Park &park, int step) {
        park.site.heat.season.end = step % 2 ? heat::SeasonDay{4, 15} : heat::SeasonDay{3, 31};
    });
}
BENCHMARK(BM_EngineHeatingSeason)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
