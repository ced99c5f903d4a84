// SPDX-License-Identifier: GPL-3.0-or-later
// Energy kernels: one year (8760 h) of battery dispatch plus carbon accounting, as the engine
// runs them after every edit (target <= 2 ms).

#include "common/units.h"
#include "energy/carbon.h"
#include "energy/dispatch.h"
#include "energy/loadprofiles.h"
#include "energy/yearcalendar.h"

#include <benchmark/benchmark.h>
#include <cmath>

using pz::kHoursPerYear;


namespace {

struct EnergyYear {
    std::vector<double> pv, load, factor;
    EnergyYear()
    {
        using namespace pz::energy;
        pv.assign(kHoursPerYear, 0.0);
        factor.assign(kHoursPerYear, 0.0);
        for (int h = 0; h < kHoursPerYear; ++h) {
            const int day = h / 24, hour = h % 24;
            const double x = (hour + 0.5 - 6.0) / 12.0;
            const double season = 0.75 + 0.25 * std::sin(2 * M_PI * (day - 80) / 365.0);
            if (x > 0 && x < 1)
                pv[h] = 4000.0 * 0.8 * season * std::sin(M_PI * x);
            factor[h] = hour >= 10 && hour < 16 ? 0.45 : hour >= 17 && hour < 22 ? 0.85 : 0.65;
        }
        load = buildingLoadKWh(pz::UseType::LightManufacturing, 20000.0);
        const std::vector<double> office = buildingLoadKWh(pz::UseType::Office, 5000.0);
        for (int h = 0; h < kHoursPerYear; ++h)
            load[h] += office[h];
    }
};

const EnergyYear &year()
{
    static const EnergyYear y;
    return y;
}

void runDispatchAndCarbon(benchmark::State &state, pz::DispatchStrategy strategy)
{
    using namespace pz::energy;
    const EnergyYear &y = year();
    DispatchInput in;
    in.generationKWh = &y.pv;
    in.consumptionKWh = &y.load;
    in.battery = BatteryParams{6880.0, 3440.0, 0.85, 0.05, 0.95};
    in.strategy = strategy;
    in.exportLimitKW = 1500.0;
    in.hourlyGridFactor = &y.factor;
    // Like the engine, the previous year's result stays alive while the next one is computed.
    DispatchResult previousDispatch;
    CarbonResult previousCarbon;
    for (auto _ : state) {
        DispatchResult d = dispatch(in);
        CarbonInput c;
        c.dispatch = &d;
        c.consumptionKWh = &y.load;
        c.generationKWh = &y.pv;
        c.annualGridFactor = 0.6849;
        c.hourlyGridFactor = &y.factor;
        c.greenPowerShare = 0.2;
        c.embodied.pvKwp = 4000;
        c.embodied.storageKWhLfp = 6880;
        CarbonResult r = computeCarbon(c);
        benchmark::DoNotOptimize(r.netT);
        previousDispatch = std::move(d);
        previousCarbon = std::move(r);
    }
}

void BM_EnergyDispatchCarbonYear(benchmark::State &state)
{
    runDispatchAndCarbon(state, pz::DispatchStrategy::SelfConsumption);
}
BENCHMARK(BM_EnergyDispatchCarbonYear)->Unit(benchmark::kMicrosecond);

void BM_EnergyDispatchCarbonAwareYear(benchmark::State &state)
{
    runDispatchAndCarbon(state, pz::DispatchStrategy::CarbonAware);
}
BENCHMARK(BM_EnergyDispatchCarbonAwareYear)->Unit(benchmark::kMicrosecond);

// The same with the engine keeping its result buffers (dispatch/computeCarbon into them).
void BM_EnergyDispatchCarbonYearReused(benchmark::State &state)
{
    using namespace pz::energy;
    const EnergyYear &y = year();
    DispatchInput in;
    in.generationKWh = &y.pv;
    in.consumptionKWh = &y.load;
    in.battery = BatteryParams{6880.0, 3440.0, 0.85, 0.05, 0.95};
    in.exportLimitKW = 1500.0;
    DispatchResult d;
    CarbonResult r;
    for (auto _ : state) {
        dispatch(in, d);
        CarbonInput c;
        c.dispatch = &d;
        c.consumptionKWh = &y.load;
        c.generationKWh = &y.pv;
        c.annualGridFactor = 0.6849;
        c.hourlyGridFactor = &y.factor;
        c.greenPowerShare = 0.2;
        c.embodied.pvKwp = 4000;
        c.embodied.storageKWhLfp = 6880;
        computeCarbon(c, r);
        benchmark::DoNotOptimize(r.netT);
    }
}
BENCHMARK(BM_EnergyDispatchCarbonYearReused)->Unit(benchmark::kMicrosecond);

void BM_EnergyBuildingLoadYear(benchmark::State &state)
{
    for (auto _ : state) {
        const std::vector<double> load = pz::energy::buildingLoadKWh(pz::UseType::Office, 5000.0);
        benchmark::DoNotOptimize(load.data());
    }
}
BENCHMARK(BM_EnergyBuildingLoadYear)->Unit(benchmark::kMicrosecond);

} // namespace
