// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/carriersstage.h"

#include "engine/cachekey.h"
#include "engine/heatstage.h"
#include "engine/pvstage.h"
#include "heat/parkheat.h"

#include <numeric>

namespace pz {

namespace {

// Every plain input of the indicator settings.
void addSettings(CacheKey &key, const heat::IndicatorSettings &s)
{
    key << s.electricityKgcePerKWh << s.heatTCO2PerGJ << s.districtHeatCleanShare << s.gasCountsAsClean
        << s.embodiedT;
}

heat::CarrierIndicator withConversion(const heat::CarrierUse &use, heat::IndicatorSettings settings,
                                      double kgcePerKWh)
{
    settings.electricityKgcePerKWh = kgcePerKWh;
    return heat::carrierIndicator(use, settings);
}

// The building's roof PV in kWh per hour (empty without rooftop PV).
std::vector<double> roofPvKWh(const SystemYield *yield)
{
    std::vector<double> pv;
    if (!yield)
        return pv;
    pv.reserve(std::size_t(yield->acW.size()));
    for (float w : yield->acW)
        pv.push_back(double(w) / 1000.0);
    return pv;
}

} // namespace

void CarriersStage::AloneCache::endRun(bool completed)
{
    if (!completed)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (m_used.contains(it.key()))
            ++it;
        else
            it = m_entries.erase(it);
    }
}

void CarriersStage::AloneCache::clear()
{
    m_entries.clear();
    m_used.clear();
}

CarriersStage::CarriersStage() : Stage("carriers", {&m_pooled, &m_alone}) {}

bool CarriersStage::run(const RunContext &context, RunState &state)
{
    state.carriers.reset();
    if (!state.heat)
        return true;
    auto out = std::make_shared<CarriersOutput>(*pooled(context, state));
    addBuildingsAlone(context, state, *out);
    state.carriers = std::move(out);
    return !context.isCancelled();
}

std::shared_ptr<const CarriersOutput> CarriersStage::pooled(const RunContext &context, const RunState &state)
{
    const Site &site = context.park.site;
    const energy::CarbonResult &carbon = *state.carbon;
    heat::IndicatorSettings settings = heat::indicatorSettings(site.heat);
    settings.embodiedT = site.carbon.headline == HeadlineEmissions::WithEmbodied ? carbon.embodiedAnnualT : 0.0;
    CacheKey key;
    addSettings(key, settings);
    StageInputs inputs{{state.heat, state.carbon, state.dispatch, state.consumptionKWh}, key.bytes()};
    bool computed = false;
    auto result = m_pooled.findOrCompute(std::move(inputs), [&] {
        const std::vector<double> &consumption = *state.consumptionKWh;
        const energy::DispatchResult &d = state.dispatch->dispatch;
        auto out = std::make_shared<CarriersOutput>();
        const heat::ParkHeat fuelsOnly{{}, {}, {}, 0, 0, state.heat->fuels};
        out->pooled = heat::pooledUse(std::accumulate(consumption.begin(), consumption.end(), 0.0),
                                      carbon.operationalMarketT, d.totalDirectUse + d.totalOnsiteDischarge,
                                      carbon.greenPowerKWh, fuelsOnly);
        out->verdict = heat::carrierIndicator(out->pooled, settings);
        out->equivalent = withConversion(out->pooled, settings, heat::kKgcePerKWhCalorificEquivalent);
        out->coalMethod = withConversion(out->pooled, settings, heat::kKgcePerKWhCoalConsumption);
        return std::shared_ptr<const CarriersOutput>(std::move(out));
    }, &computed);
    count(context, computed);
    return result;
}

void CarriersStage::addBuildingsAlone(const RunContext &context, const RunState &state, CarriersOutput &out)
{
    const heat::IndicatorSettings settings = heat::indicatorSettings(context.park.site.heat);
    CacheKey key;
    addSettings(key, settings);
    key << state.grid->annualKgPerKWh;
    QHash<ObjectId, std::size_t> roofOf;
    for (std::size_t i = 0; i < state.pvSystems.size(); ++i)
        if (state.pvSystems[i].kind == PvKind::Rooftop)
            roofOf.insert(state.pvSystems[i].id, i);
    const ParkHeatOutput &heat = *state.heat;
    for (std::size_t i = 0; i < heat.buildings.size() && i < state.buildingLoads.size(); ++i) {
        const BuildingLoadSeries &loads = state.buildingLoads[i];
        const std::shared_ptr<const BuildingHeatYear> &y = heat.buildings[i];
        const auto roof = roofOf.constFind(loads.id);
        const std::shared_ptr<const SystemYield> pv = roof == roofOf.constEnd() ? nullptr : state.pvYields[*roof];
        StageInputs inputs{{loads.own, loads.ev, y, pv, state.grid->hourlyKgPerKWh}, key.bytes()};
        bool computed = false;
        auto alone = m_alone.findOrCompute(loads.id, std::move(inputs), [&] {
            std::vector<double> load = *loads.own;
            if (loads.ev)
                for (std::size_t h = 0; h < load.size() && h < loads.ev->size(); ++h)
                    load[h] += (*loads.ev)[h];
            const heat::CarrierUse use = heat::buildingOnItsOwn(load, roofPvKWh(pv.get()), y->supply,
                                                                state.grid->annualKgPerKWh,
                                                                state.grid->hourlyKgPerKWh.get());
            auto r = std::make_shared<BuildingAlone>();
            r->electricityKWh = use.electricityKWh;
            r->indicator = heat::carrierIndicator(use, settings);
            return std::shared_ptr<const BuildingAlone>(std::move(r));
        }, &computed);
        count(context, computed);
        out.buildingsPassingAlone += alone->indicator.zeroCarbon ? 1 : 0;
        out.buildings.push_back(std::move(alone));
    }
}

} // namespace pz
