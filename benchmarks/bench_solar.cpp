// SPDX-License-Identifier: GPL-3.0-or-later
// Solar kernels: reading a weather file, the hourly sun track of a site, and the PV chain of one
// or many arrays sharing that sun track (target: <= 0.1 ms per array-year once the track exists).

#include "solar/pvchain.h"
#include "solar/suntrack.h"
#include "weather/climatenormals.h"
#include "weather/syntheticyear.h"
#include "weather/weatherreader.h"

#include <QDir>
#include <QFileInfo>

#include <benchmark/benchmark.h>

namespace {

const pz::solar::WeatherYear &ordosYear()
{
    static const pz::solar::WeatherYear year =
        pz::weather::synthesizeYear(*pz::weather::findClimate(QStringLiteral("ordos")));
    return year;
}

const pz::solar::SunTrack &ordosTrack()
{
    static const pz::solar::SunTrack track = pz::solar::computeSunTrack(ordosYear());
    return track;
}

void BM_ReadEpw(benchmark::State &state)
{
    const QString path = QDir(QStringLiteral(PARKZERO_SHARED_DIR))
                             .filePath(QStringLiteral("data/weather/tmy_45.000_8.000_2005_2023.epw"));
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("reference EPW absent");
        return;
    }
    for (auto _ : state) {
        auto r = pz::weather::readEpw(path);
        benchmark::DoNotOptimize(r.year);
    }
}
BENCHMARK(BM_ReadEpw)->Unit(benchmark::kMillisecond);

void BM_SynthesizeYear(benchmark::State &state)
{
    const auto &ordos = *pz::weather::findClimate(QStringLiteral("ordos"));
    for (auto _ : state) {
        auto w = pz::weather::synthesizeYear(ordos);
        benchmark::DoNotOptimize(w.ghi.data());
    }
}
BENCHMARK(BM_SynthesizeYear)->Unit(benchmark::kMillisecond);

void BM_ComputeSunTrack(benchmark::State &state)
{
    const auto &w = ordosYear();
    for (auto _ : state) {
        auto t = pz::solar::computeSunTrack(w);
        benchmark::DoNotOptimize(t.apparentZenithDeg.data());
    }
}
BENCHMARK(BM_ComputeSunTrack)->Unit(benchmark::kMillisecond);

// One array-year; argument 1 keeps the hourly series (as the engine does), 0 only totals.
void BM_ArrayYear(benchmark::State &state)
{
    const auto &w = ordosYear();
    const auto &t = ordosTrack();
    pz::solar::PvChainParams p;
    p.gcr = 0.4;
    const bool keepHourly = state.range(0) != 0;
    for (auto _ : state) {
        auto y = pz::solar::simulateArray(w, t, p, {}, keepHourly);
        benchmark::DoNotOptimize(y.annualAcKWh);
    }
}
BENCHMARK(BM_ArrayYear)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// 100 arrays of different orientations and mountings sharing one sun track.
void BM_HundredArrays(benchmark::State &state)
{
    const auto &w = ordosYear();
    const auto &t = ordosTrack();
    std::vector<pz::solar::PvChainParams> arrays;
    for (int i = 0; i < 100; ++i) {
        pz::solar::PvChainParams p;
        p.tiltDeg = 5 + (i % 8) * 5;
        p.azimuthDeg = 90 + (i * 37) % 181;
        p.gcr = (i % 3 == 0) ? 0.0 : 0.35;
        p = pz::solar::withMountingDefaults(p, i % 2 ? pz::solar::CellTemperatureModel::SapmCloseRoof
                                                     : pz::solar::CellTemperatureModel::SapmOpenRack);
        arrays.push_back(p);
    }
    for (auto _ : state) {
        double total = 0;
        for (const auto &p : arrays)
            total += pz::solar::simulateArray(w, t, p, {}, true).annualAcKWh;
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_HundredArrays)->Unit(benchmark::kMillisecond);

} // namespace
