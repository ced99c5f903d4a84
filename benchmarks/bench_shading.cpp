// SPDX-License-Identifier: GPL-3.0-or-later
// Shading precomputation on synthetic parks and on the demo park: cold (all surfaces) and
// incremental (one building moved). Run: parkzero-bench --benchmark_filter=Shading

#include "common/units.h"
#include "syntheticpark.h"

#include "engine/pvsystems.h"
#include "io/projectfile.h"
#include "model/parkobject.h"
#include "shading/horizonstate.h"
#include "shading/shadingscene.h"
#include "shading/surfacehorizon.h"
#include "shading/surfaceindex.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <numbers>
#include <optional>
#include <thread>
#include <unordered_map>

using pz::kDegToRad;


namespace {

using namespace pz::shading;

struct ShadingInput {
    std::vector<Obstacle> obstacles;
    std::vector<Surface> surfaces;
};

// The park as the engine presents it to the shading model.
ShadingInput toShadingInput(const pz::Park &park)
{
    ShadingInput in;
    in.obstacles = pz::obstaclesOf(park);
    for (const pz::PvSystemInstance &system : pz::pvSystemsOf(park))
        in.surfaces.push_back(system.surface);
    return in;
}

// A year of hourly sun positions at 39.8 N from the textbook formulas (enough for timing).
struct SunYear {
    std::vector<double> zenithDeg;
    std::vector<double> azimuthDeg;
};

const SunYear &sunYear()
{
    static const SunYear year = [] {
        SunYear y;
        const double phi = 39.83 * kDegToRad;
        for (int h = 0; h < 8760; ++h) {
            const int day = h / 24;
            const double delta = 23.45 * kDegToRad * std::sin(2.0 * std::numbers::pi * (284 + day + 1) / 365.0);
            const double omega = 15.0 * ((h % 24) + 0.5 - 12.0) * kDegToRad;
            const double east = -std::cos(delta) * std::sin(omega);
            const double north = std::sin(delta) * std::cos(phi) - std::cos(delta) * std::sin(phi) * std::cos(omega);
            const double up = std::sin(delta) * std::sin(phi) + std::cos(delta) * std::cos(phi) * std::cos(omega);
            y.zenithDeg.push_back(90.0 - std::asin(up) / kDegToRad);
            const double az = std::atan2(east, north) / kDegToRad;
            y.azimuthDeg.push_back(az < 0.0 ? az + 360.0 : az);
        }
        return y;
    }();
    return year;
}

const ShadingInput &inputFor(int n)
{
    static std::map<int, ShadingInput> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, toShadingInput(pz::makeSyntheticPark(n))).first;
    return it->second;
}

// Runs fn(i) for i in [0, count) over the given number of threads.
template<typename Fn>
void parallelFor(std::size_t count, int threads, Fn fn)
{
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            fn(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads, int(count)); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
}

const SunTable &sunTable()
{
    static const SunTable table = makeSunTable(sunYear().zenithDeg, sunYear().azimuthDeg, Options().azimuthBins);
    return table;
}

// Cold: the scene, and for every surface its horizon, sky view and 8760 hidden shares, as the
// engine computes them.
void BM_ShadingCold(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    const int threads = int(state.range(1));
    const SunTable &sun = sunTable();
    std::size_t samples = 0;
    for (auto _ : state) {
        const ShadingScene scene(in.obstacles);
        std::vector<std::optional<HorizonState>> states(in.surfaces.size());
        parallelFor(in.surfaces.size(), threads,
                    [&](std::size_t i) { states[i] = HorizonState::compute(scene, in.surfaces[i], &sun); });
        samples = 0;
        for (const auto &h : states)
            samples += h->horizon().samples.size();
        benchmark::DoNotOptimize(states);
    }
    state.counters["surfaces"] = double(in.surfaces.size());
    state.counters["obstacles"] = double(in.obstacles.size());
    state.counters["samples"] = double(samples);
}
BENCHMARK(BM_ShadingCold)
    ->ArgsProduct({{100, 1000, 5000}, {1, 2}})
    ->ArgNames({"n", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same for the bundled demo park (Ordos: 31 buildings with rooftop PV, two ground fields).
void BM_ShadingDemoPark(benchmark::State &state)
{
    static const ShadingInput in = [] {
        const pz::io::LoadResult loaded =
            pz::io::loadProject(QStringLiteral(PARKZERO_SOURCE_DIR "/resources/examples/ordos-demo.parkzero"));
        return loaded.ok() ? toShadingInput(*loaded.park) : ShadingInput{};
    }();
    if (in.surfaces.empty()) {
        state.SkipWithError("the demo park did not load");
        return;
    }
    const int threads = int(state.range(0));
    const SunTable &sun = sunTable();
    for (auto _ : state) {
        const ShadingScene scene(in.obstacles);
        std::vector<std::optional<HorizonState>> states(in.surfaces.size());
        parallelFor(in.surfaces.size(), threads,
                    [&](std::size_t i) { states[i] = HorizonState::compute(scene, in.surfaces[i], &sun); });
        benchmark::DoNotOptimize(states);
    }
    state.counters["surfaces"] = double(in.surfaces.size());
    state.counters["obstacles"] = double(in.obstacles.size());
}
BENCHMARK(BM_ShadingDemoPark)->Arg(1)->Arg(2)->ArgName("threads")->Unit(benchmark::kMillisecond)->UseRealTime();

// Horizons only (no hidden shares), to separate the two phases.
void BM_ShadingHorizons(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    const ShadingScene scene(in.obstacles);
    for (auto _ : state)
        benchmark::DoNotOptimize(computeHorizons(scene, in.surfaces));
}
BENCHMARK(BM_ShadingHorizons)->Arg(1000)->ArgName("n")->Unit(benchmark::kMillisecond);

// One building moved by 3 m and back, alternately, as in a drag: update the scene, find the
// affected surfaces through the surface R-tree, bring their horizon states (profile, sky view,
// hidden shares) up to date. Arg 1: the building at that percentile of the heights (50 =
// median, 100 = the tallest: the worst case); arg 2: threads.
void BM_ShadingIncrementalMove(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    std::vector<Obstacle> buildings;
    for (const Obstacle &o : in.obstacles)
        if ((o.id & pz::rooftopObstacleId(0)) == 0 && o.topHeightM > 5.0)  // not rooftop rows
            buildings.push_back(o);
    std::sort(buildings.begin(), buildings.end(),
              [](const Obstacle &a, const Obstacle &b) { return a.topHeightM < b.topHeightM; });
    const std::size_t pick = std::min(buildings.size() - 1, std::size_t(state.range(1)) * buildings.size() / 100);
    const Obstacle original = buildings[pick];
    const int threads = int(state.range(2));
    Obstacle moved = original;
    moved.footprint = pz::translated(original.footprint, 3.0, 0.0);

    ShadingScene scene(in.obstacles);
    SurfaceIndex index(in.surfaces);
    const SunTable &sun = sunTable();
    std::unordered_map<std::uint32_t, HorizonState> states;
    for (const Surface &surface : in.surfaces)
        states.emplace(surface.id, HorizonState::compute(scene, surface, &sun));
    bool forth = true;
    std::size_t recomputed = 0, iterations = 0;
    double changedBins = 0.0;
    for (auto _ : state) {
        const Obstacle &before = forth ? original : moved;
        const Obstacle &after = forth ? moved : original;
        forth = !forth;
        scene.upsertObstacle(after);
        const std::vector<std::uint32_t> affected = index.affectedByChange(&before, &after);
        parallelFor(affected.size(), threads, [&](std::size_t i) {
            states.at(affected[i]).update(scene, *index.find(affected[i]), &sun, {original.id});
        });
        for (std::uint32_t id : affected)
            changedBins += states.at(id).lastChangedBins();
        recomputed += affected.size();
        ++iterations;
    }
    state.counters["heightM"] = original.topHeightM;
    state.counters["affected"] = double(recomputed) / double(std::max<std::size_t>(1, iterations));
    state.counters["changed_bins"] = changedBins / double(std::max<std::size_t>(1, iterations));
}
BENCHMARK(BM_ShadingIncrementalMove)
    ->ArgsProduct({{1000}, {50, 100}, {1, 2}})
    ->ArgNames({"n", "height_pct", "threads"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
