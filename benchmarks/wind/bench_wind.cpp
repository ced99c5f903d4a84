// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-windbench: the wind targets of issue #15 on a 50-turbine farm (a 10 × 5 grid at 5 and
// 3 rotor diameters, IEA-3.4-130-RWT at 110 m) on the Dongsheng CSWD weather (16 directions):
//   WindFarmCold      the farm's year from scratch (kernel: geometry per direction, 8760 hours)
//   ParkCold          the whole park run without a cache (weather read, PV-free park, dispatch)
//   MoveOneTurbine    the park re-run with its cache after one turbine moved (target ≤ 16 ms)
// Skipped (an error) when ../shared is absent. Run: build/benchmarks/parkzero-windbench.

#include "engine/simulation.h"
#include "weather/weatherreader.h"
#include "wind/builtinturbines.h"
#include "wind/windfarm.h"

#include <QFileInfo>
#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <limits>

using namespace pz;

namespace {

const QString kWeather = QStringLiteral(PARKZERO_SHARED_DIR "/data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw");
constexpr int kColumns = 10, kRows = 5;
constexpr double kRotorM = 130.0;

Park farmPark()
{
    Park park;
    park.site.latitudeDeg = 39.83;
    park.site.longitudeDeg = 109.98;
    park.site.elevationM = 1461.9;
    park.site.weather.kind = WeatherKind::File;
    park.site.weather.filePath = kWeather;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c) {
            WindTurbine t;
            t.id = park.takeNextId();
            t.name = QStringLiteral("WTG %1").arg(t.id);
            t.position = Point2(c * 5 * kRotorM, r * 3 * kRotorM);
            park.append(t);
        }
    return park;
}

wind::WindWeather weather()
{
    const weather::ReadResult read = weather::readWeatherFile(kWeather);
    wind::WindColumns c;
    c.speedMS = read.year->windMs;
    c.tempC = read.year->tempC;
    c.directionDeg = read.year->windDirectionDeg;
    c.pressurePa = read.year->pressurePa;
    c.elevationM = read.year->elevationM;
    return wind::cleanWindColumns(c);
}

bool haveWeather(benchmark::State &state)
{
    if (QFileInfo::exists(kWeather))
        return true;
    state.SkipWithError("the shared weather file is not available");
    return false;
}

void WindFarmCold(benchmark::State &state)
{
    if (!haveWeather(state))
        return;
    const wind::WindWeather w = weather();
    const wind::TurbineType type = *wind::builtinTurbine("IEA-3.4-130-RWT");
    std::vector<wind::PlacedTurbine> turbines;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c)
            turbines.push_back({&type, c * 5 * kRotorM, r * 3 * kRotorM, 110});
    for (auto _ : state)
        benchmark::DoNotOptimize(wind::simulateWindFarm(w, turbines, {}));
}

void ParkCold(benchmark::State &state)
{
    if (!haveWeather(state))
        return;
    const Park park = farmPark();
    for (auto _ : state)
        benchmark::DoNotOptimize(simulatePark(park, {}));
}

void MoveOneTurbine(benchmark::State &state)
{
    if (!haveWeather(state))
        return;
    Park park = farmPark();
    SimulationCache cache;
    simulatePark(park, {}, &cache);
    const ParkObject middle = park.objects()[22];
    double dx = 10;
    std::map<std::string, double> stageMs;   // summed over the iterations (a run resets its timings)
    for (auto _ : state) {
        park.replace(translatedObject(middle, dx, 0));
        dx = -dx;
        SimulationTimings timings;
        benchmark::DoNotOptimize(simulatePark(park, {}, &cache, nullptr, &timings));
        for (const StageTiming &t : timings.stages)
            stageMs[t.name] += t.ms;
    }
    // Where the time goes, per stage (ms per iteration).
    for (const auto &[name, ms] : stageMs)
        state.counters[name] = ms / double(state.iterations());
}

} // namespace

BENCHMARK(WindFarmCold)->Unit(benchmark::kMillisecond);
BENCHMARK(ParkCold)->Unit(benchmark::kMillisecond);
BENCHMARK(MoveOneTurbine)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
