// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/heatstage.h"

#include "engine/cachekey.h"
#include "model/building.h"

#include <cmath>

namespace pz {

namespace {

bool hasHeatSupply(const Park &park)
{
    for (const ParkObject &object : park.objects())
        if (const auto *b = std::get_if<Building>(&object); b && b->heat.supply != heat::HeatSupply::None)
            return true;
    return false;
}

void addOptional(CacheKey &key, const std::optional<double> &v)
{
    key << v.has_value() << v.value_or(0.0);
}

// The park's heat from its buildings' years, added in park order.
std::shared_ptr<ParkHeatOutput> parkHeat(std::vector<std::shared_ptr<const BuildingHeatYear>> years,
                                         std::vector<ObjectId> ids, std::shared_ptr<const std::vector<double>> heatSum,
                                         std::shared_ptr<const std::vector<double>> electricitySum)
{
    auto out = std::make_shared<ParkHeatOutput>();
    for (const std::shared_ptr<const BuildingHeatYear> &y : years) {
        out->heatByCarrierKWh[std::size_t(y->supply.carrier)] += y->demand.totalHeatKWh;
        for (std::size_t m = 0; m < 12; ++m)
            out->monthlyHeatKWh[m] += y->monthlyHeatKWh[m];
        out->heatTotalKWh += y->demand.totalHeatKWh;
        out->heatElectricityTotalKWh += y->supply.electricityTotalKWh;
        out->fuels += y->supply.fuelUse();
    }
    out->ids = std::move(ids);
    out->buildings = std::move(years);
    out->heatKWh = std::move(heatSum);
    out->heatElectricityKWh = std::move(electricitySum);
    return out;
}

} // namespace

double heatFloorAreaM2(const Building &building)
{
    return std::round(building.floorAreaM2() * 1000.0) / 1000.0;
}

BuildingHeatYear computeBuildingHeat(const heat::BuildingHeatInput &input, const heat::TemperatureSource &temperature,
                                     const heat::HeatingSeason &season, double groundTempC)
{
    BuildingHeatYear y;
    y.demand = heat::heatDemand(input, temperature.tempC, season);
    y.supply = heat::supplyHeat(y.demand, input.heat, temperature.tempC, groundTempC);
    for (int h = 0; h < kHoursPerYear && std::size_t(h) < y.demand.totalKWh.size(); ++h)
        y.monthlyHeatKWh[solar::WeatherYear::monthOfHour(h)] += y.demand.totalKWh[std::size_t(h)];
    // Keep only what later stages read: the hourly total heat and the heat electricity.
    y.demand.spaceKWh = {};
    y.demand.dhwKWh = {};
    y.demand.processKWh = {};
    if (y.supply.carrier != heat::Carrier::Electricity)
        y.supply.electricityKWh = {};
    return y;
}

HeatStage::HeatStage() : Stage("heat", {&m_temperature, &m_buildings, &m_output}) {}

void HeatStage::clear()
{
    Stage::clear();
    m_heatSum.clear();
    m_electricitySum.clear();
}

bool HeatStage::run(const RunContext &context, RunState &state)
{
    state.heat.reset();
    if (!hasHeatSupply(context.park))
        return true;
    const std::shared_ptr<const heat::TemperatureSource> temperature =
        m_temperature.findOrCompute(StageInputs{{state.weather}, {}}, [&] {
            return std::make_shared<const heat::TemperatureSource>(heat::temperatureSource(state.weather->year));
        });
    const heat::SiteHeat &site = context.park.site.heat;
    CacheKey siteKey;
    siteKey << state.weatherKey << site.season.start.month << site.season.start.day << site.season.end.month
            << site.season.end.day;

    static const std::shared_ptr<const std::vector<double>> zeros =
        std::make_shared<const std::vector<double>>(std::size_t(kHoursPerYear), 0.0);
    std::vector<std::shared_ptr<const BuildingHeatYear>> years;
    std::vector<ObjectId> ids;
    std::vector<BlockSum<double>::Member> heatParts, electricityParts;
    for (const ParkObject &object : context.park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b)
            continue;
        if (context.isCancelled())
            return false;
        std::shared_ptr<const BuildingHeatYear> y = buildingHeat(*b, siteKey.bytes(), *temperature, context);
        heatParts.push_back({y, y->demand.totalKWh.data()});
        // Every building is a member, so that a change of supply re-adds only its own block (zeros,
        // the same member while it has none).
        if (y->supply.electricityKWh.empty())
            electricityParts.push_back({zeros, zeros->data()});
        else
            electricityParts.push_back({y, y->supply.electricityKWh.data()});
        ids.push_back(b->id);
        years.push_back(std::move(y));
    }
    auto heatSum = m_heatSum.sum(heatParts, kHoursPerYear, 1.0);
    auto electricitySum = m_electricitySum.sum(electricityParts, kHoursPerYear, 1.0);
    // The same output object while nothing changed, so that later stages recognise it.
    StageInputs inputs{{heatSum, electricitySum}, {}};
    inputs.upstream.insert(inputs.upstream.end(), years.begin(), years.end());
    CacheKey idKey;
    for (ObjectId id : ids)
        idKey << id;
    inputs.values = idKey.bytes();
    state.heat = m_output.findOrCompute(std::move(inputs), [&] {
        return std::shared_ptr<const ParkHeatOutput>(parkHeat(std::move(years), std::move(ids), heatSum, electricitySum));
    });
    return true;
}
std::shared_ptr<const BuildingHeatYear> HeatStage::buildingHeat(const Building &b, const QByteArray &siteKey,
                                                                const heat::TemperatureSource &temperature,
                                                                const RunContext &context)
{
    const heat::SiteHeat &site = context.park.site.heat;
    heat::BuildingHeatInput input{b.useType, heatFloorAreaM2(b), b.heat};
    // The ground temperature reaches only ground-source heat pumps.
    const double groundTempC = site.groundTempC.value_or(temperature.meanC);
    CacheKey key;
    key << siteKey << input.useType << input.floorAreaM2 << b.heat.supply << b.heat.emitter;
    addOptional(key, b.heat.efficiency);
    addOptional(key, b.heat.heatLossWPerM2K);
    addOptional(key, b.heat.balanceTempC);
    addOptional(key, b.heat.dhwKWhPerM2Yr);
    key << b.heat.processHeatKWhPerYr << b.heat.spaceHeating;
    if (b.heat.supply == heat::HeatSupply::Gshp)
        key << groundTempC;
    bool computed = false;
    auto y = m_buildings.findOrCompute(key.bytes(), [&] {
        return std::make_shared<const BuildingHeatYear>(computeBuildingHeat(input, temperature, site.season, groundTempC));
    }, &computed);
    count(context, computed);
    return y;
}

} // namespace pz
