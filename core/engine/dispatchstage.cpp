// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dispatchstage.h"

#include "engine/cachekey.h"

namespace pz {

namespace {

energy::BatteryParams pooledBattery(const Park &park)
{
    std::vector<energy::BatteryParams> batteries;
    for (const ParkObject &object : park.objects())
        if (const auto *s = std::get_if<Storage>(&object))
            batteries.push_back({s->energyKWh, s->powerKW, s->roundTripEfficiency, s->socMin, s->socMax});
    return energy::poolBatteries(batteries);
}

} // namespace

DispatchStage::DispatchStage() : Stage("dispatch", {&m_dispatch}) {}

bool DispatchStage::run(const RunContext &context, RunState &state)
{
    const Site &site = context.park.site;
    const energy::BatteryParams battery = pooledBattery(context.park);
    CacheKey key;
    key << battery.capacityKWh << battery.powerKW << battery.roundTripEfficiency << battery.socMin << battery.socMax
        << site.carbon.dispatch << site.grid.exportLimitKW;
    StageInputs inputs{{state.generationKWh, state.consumptionKWh, state.grid->hourlyKgPerKWh}, key.bytes()};
    bool computed = false;
    state.dispatch = m_dispatch.findOrCompute(std::move(inputs), [&] {
        energy::DispatchInput input;
        input.generationKWh = state.generationKWh.get();
        input.consumptionKWh = state.consumptionKWh.get();
        input.battery = battery;
        input.strategy = site.carbon.dispatch;
        input.exportLimitKW = site.grid.exportLimitKW;
        input.hourlyGridFactor = state.grid->hourlyKgPerKWh.get();
        auto output = std::make_shared<DispatchOutput>();
        output->battery = battery;
        output->dispatch = energy::dispatch(input);
        return std::shared_ptr<const DispatchOutput>(std::move(output));
    }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
