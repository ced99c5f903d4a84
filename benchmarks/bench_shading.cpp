// Shading precomputation on synthetic parks: cold (all surfaces) and incremental (one building
// moved). Run: parkzero-bench --benchmark_filter=Shading

#include "syntheticpark.h"

#include "engine/pvsystems.h"
#include "model/parkobject.h"
#include "shading/shadingscene.h"
#include "shading/surfacehorizon.h"
#include "shading/surfaceindex.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace {

using namespace pz::shading;

constexpr double degToRad = std::numbers::pi / 180.0;

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
        const double phi = 39.83 * degToRad;
        for (int h = 0; h < 8760; ++h) {
            const int day = h / 24;
            const double delta = 23.45 * degToRad * std::sin(2.0 * std::numbers::pi * (284 + day + 1) / 365.0);
            const double omega = 15.0 * ((h % 24) + 0.5 - 12.0) * degToRad;
            const double east = -std::cos(delta) * std::sin(omega);
            const double north = std::sin(delta) * std::cos(phi) - std::cos(delta) * std::sin(phi) * std::cos(omega);
            const double up = std::sin(delta) * std::sin(phi) + std::cos(delta) * std::cos(phi) * std::cos(omega);
            y.zenithDeg.push_back(90.0 - std::asin(up) / degToRad);
            const double az = std::atan2(east, north) / degToRad;
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

// Cold: scene, horizons of every surface and the 8760 hidden shares of each.
void BM_ShadingCold(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    const int threads = int(state.range(1));
    const SunYear &sun = sunYear();
    std::size_t samples = 0;
    for (auto _ : state) {
        const ShadingScene scene(in.obstacles);
        const std::vector<SurfaceHorizon> horizons = computeHorizons(scene, in.surfaces, threads);
        samples = 0;
        for (const SurfaceHorizon &h : horizons) {
            benchmark::DoNotOptimize(beamHiddenShare(h, sun.zenithDeg, sun.azimuthDeg));
            samples += h.samples.size();
        }
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

// Horizons only (no hidden shares), to separate the two phases.
void BM_ShadingHorizons(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    const ShadingScene scene(in.obstacles);
    for (auto _ : state)
        benchmark::DoNotOptimize(computeHorizons(scene, in.surfaces, 1));
}
BENCHMARK(BM_ShadingHorizons)->Arg(1000)->ArgName("n")->Unit(benchmark::kMillisecond);

// One building moved by 30 m and back, alternately: update the scene, find the affected
// surfaces through the surface R-tree, recompute their horizons and hidden shares.
// Arg 1: 0 = a building of median height, 1 = the tallest building (worst case); arg 2: threads.
void BM_ShadingIncrementalMove(benchmark::State &state)
{
    const ShadingInput &in = inputFor(int(state.range(0)));
    std::vector<Obstacle> buildings;
    for (const Obstacle &o : in.obstacles)
        if ((o.id & pz::rooftopObstacleId(0)) == 0 && o.topHeightM > 5.0)  // not rooftop rows
            buildings.push_back(o);
    std::sort(buildings.begin(), buildings.end(),
              [](const Obstacle &a, const Obstacle &b) { return a.topHeightM < b.topHeightM; });
    const Obstacle original = state.range(1) == 0 ? buildings[buildings.size() / 2] : buildings.back();
    const int threads = int(state.range(2));
    Obstacle moved = original;
    moved.footprint = pz::translated(original.footprint, 30.0, 0.0);

    ShadingScene scene(in.obstacles);
    SurfaceIndex index(in.surfaces);
    const SunYear &sun = sunYear();
    std::map<std::uint32_t, std::pair<SurfaceHorizon, std::vector<float>>> results;
    bool forth = true;
    std::size_t recomputed = 0, iterations = 0;
    for (auto _ : state) {
        const Obstacle &before = forth ? original : moved;
        const Obstacle &after = forth ? moved : original;
        forth = !forth;
        scene.upsertObstacle(after);
        const std::vector<std::uint32_t> affected = index.affectedByChange(&before, &after);
        std::vector<Surface> surfaces;
        for (std::uint32_t id : affected)
            surfaces.push_back(*index.find(id));
        std::vector<SurfaceHorizon> horizons = computeHorizons(scene, surfaces, threads);
        for (SurfaceHorizon &h : horizons) {
            std::vector<float> share = beamHiddenShare(h, sun.zenithDeg, sun.azimuthDeg);
            const std::uint32_t id = h.surfaceId;
            results[id] = {std::move(h), std::move(share)};
        }
        recomputed += affected.size();
        ++iterations;
    }
    state.counters["heightM"] = original.topHeightM;
    state.counters["affected"] = double(recomputed) / double(std::max<std::size_t>(1, iterations));
}
BENCHMARK(BM_ShadingIncrementalMove)
    ->ArgsProduct({{1000}, {0, 1}, {1, 2}})
    ->ArgNames({"n", "tallest", "threads"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
