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

// The hourly sum of `terms`: the last run's series while its terms are the same, so that later
// stages see an unchanged input (a gas-heated building's edit leaves the heat electricity).
std::shared_ptr<const std::vector<double>> hourlySum(const heat::HeatTermSum &terms, const heat::HeatTermSum *lastTerms,
                                                     const std::shared_ptr<const std::vector<double>> &lastSum)
{
    if (lastTerms && lastSum && *lastTerms == terms)
        return lastSum;
    return std::make_shared<const std::vector<double>>(terms.hourly());
}

// The park's heat from its buildings' years, added in park order.
std::shared_ptr<ParkHeatOutput> parkHeat(std::vector<std::shared_ptr<const BuildingHeatYear>> years,
                                         std::vector<ObjectId> ids, std::shared_ptr<const heat::HeatBasis> basis,
                                         const ParkHeatOutput *last)
{
    auto out = std::make_shared<ParkHeatOutput>();
    heat::HeatTermSum &heatSum = out->heatTerms, &electricitySum = out->electricityTerms;
    for (const std::shared_ptr<const BuildingHeatYear> &y : years) {
        out->heatByCarrierKWh[std::size_t(y->supply.carrier)] += y->demand.totalHeatKWh;
        for (std::size_t m = 0; m < 12; ++m)
            out->monthlyHeatKWh[m] += y->monthlyHeatKWh[m];
        out->heatTotalKWh += y->demand.totalHeatKWh;
        out->heatElectricityTotalKWh += y->supply.electricityTotalKWh;
        out->fuels += y->supply.fuelUse();
        heatSum.add(y->terms.space);
        heatSum.add(y->terms.water);
        electricitySum.add(y->terms.spaceElectricity);
        electricitySum.add(y->terms.waterElectricity);
    }
    out->ids = std::move(ids);
    out->buildings = std::move(years);
    out->basis = std::move(basis);
    out->heatKWh = hourlySum(heatSum, last ? &last->heatTerms : nullptr, last ? last->heatKWh : nullptr);
    out->heatElectricityKWh = hourlySum(electricitySum, last ? &last->electricityTerms : nullptr,
                                        last ? last->heatElectricityKWh : nullptr);
    return out;
}

} // namespace

double heatFloorAreaM2(const Building &building)
{
    return std::round(building.floorAreaM2() * 1000.0) / 1000.0;
}

HeatStage::HeatStage() : Stage("heat", {&m_temperature, &m_basis, &m_buildings, &m_output}) {}

bool HeatStage::run(const RunContext &context, RunState &state)
{
    state.heat.reset();
    if (!hasHeatSupply(context.park))
        return true;
    const std::shared_ptr<const heat::HeatBasis> seriesBasis = basis(context, state);
    CacheKey basisKey;
    basisKey << m_basisGeneration;

    std::vector<std::shared_ptr<const BuildingHeatYear>> years;
    std::vector<ObjectId> ids;
    for (const ParkObject &object : context.park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b)
            continue;
        if (context.isCancelled())
            return false;
        years.push_back(buildingHeat(*b, basisKey.bytes(), *seriesBasis, context));
        ids.push_back(b->id);
    }
    // The same output object while nothing changed, so that later stages recognise it.
    StageInputs inputs{{seriesBasis}, {}};
    inputs.upstream.insert(inputs.upstream.end(), years.begin(), years.end());
    CacheKey idKey;
    for (ObjectId id : ids)
        idKey << id;
    inputs.values = idKey.bytes();
    state.heat = m_output.findOrCompute(std::move(inputs), [&] {
        return std::shared_ptr<const ParkHeatOutput>(
            parkHeat(std::move(years), std::move(ids), seriesBasis, m_output.last().get()));
    });
    return true;
}

// The series of the weather's temperature, the site's season and ground temperature.
std::shared_ptr<const heat::HeatBasis> HeatStage::basis(const RunContext &context, const RunState &state)
{
    const std::shared_ptr<const heat::TemperatureSource> temperature =
        m_temperature.findOrCompute(StageInputs{{state.weather}, {}}, [&] {
            return std::make_shared<const heat::TemperatureSource>(heat::temperatureSource(state.weather->year));
        });
    const heat::SiteHeat &site = context.park.site.heat;
    const double groundTempC = site.groundTempC.value_or(temperature->meanC);
    CacheKey key;
    key << site.season.start.month << site.season.start.day << site.season.end.month << site.season.end.day
        << groundTempC;
    return m_basis.findOrCompute(StageInputs{{temperature}, key.bytes()}, [&] {
        ++m_basisGeneration;
        // A new season keeps the series of the weather and the ground temperature.
        const std::shared_ptr<const heat::HeatBasis> &last = m_basis.last();
        if (last && last->temperature() == temperature && last->groundTempC() == groundTempC)
            return std::make_shared<const heat::HeatBasis>(*last, site.season);
        return std::make_shared<const heat::HeatBasis>(temperature, site.season, groundTempC);
    });
}

std::shared_ptr<const BuildingHeatYear> HeatStage::buildingHeat(const Building &b, const QByteArray &basisKey,
                                                                const heat::HeatBasis &basis,
                                                                const RunContext &context)
{
    heat::BuildingHeatInput input{b.useType, heatFloorAreaM2(b), b.heat};
    CacheKey key;
    key << basisKey << input.useType << input.floorAreaM2 << b.heat.supply << b.heat.emitter;
    addOptional(key, b.heat.efficiency);
    addOptional(key, b.heat.heatLossWPerM2K);
    addOptional(key, b.heat.balanceTempC);
    addOptional(key, b.heat.dhwKWhPerM2Yr);
    key << b.heat.processHeatKWhPerYr << b.heat.spaceHeating;
    bool computed = false;
    auto y = m_buildings.findOrCompute(key.bytes(), [&] {
        return std::make_shared<const BuildingHeatYear>(heat::buildingHeatYear(input, basis));
    }, &computed);
    count(context, computed);
    return y;
}

} // namespace pz
