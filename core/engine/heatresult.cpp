// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/heatresult.h"

#include "engine/carriersstage.h"
#include "engine/heatstage.h"
#include "model/park.h"

namespace pz {

namespace {

BuildingHeatResult buildingResult(const Building &b, const BuildingHeatYear &y, const BuildingAlone &alone)
{
    BuildingHeatResult r;
    r.id = b.id;
    r.name = b.name;
    r.supply = y.supply.supply;
    r.carrier = y.supply.carrier;
    r.floorAreaM2 = heatFloorAreaM2(b);
    r.spaceHeatKWh = y.demand.spaceHeatKWh;
    r.dhwKWh = y.demand.dhwHeatKWh;
    r.processHeatKWh = y.demand.processHeatKWh;
    r.totalHeatKWh = y.demand.totalHeatKWh;
    r.peakHeatKW = y.demand.peakHeatKW;
    r.degreeHoursKh = y.demand.degreeHoursKh;
    r.carrierQuantity = y.supply.carrierQuantity();
    r.scop = y.supply.scop;
    r.heatElectricityKWh = y.supply.electricityTotalKWh;
    r.electricityKWh = alone.electricityKWh;
    r.intensityTCO2PerTce = alone.indicator.intensityTCO2PerTce;
    r.thresholdTCO2PerTce = alone.indicator.thresholdTCO2PerTce;
    r.passesAlone = alone.indicator.zeroCarbon;
    r.heatIntensityKWhPerM2 = r.floorAreaM2 > 0 ? r.totalHeatKWh / r.floorAreaM2 : 0.0;
    return r;
}

void addCarriers(const CarriersOutput &c, HeatSummary &h)
{
    const heat::CarrierIndicator &v = c.verdict;
    h.electricity = {c.pooled.electricityKWh, v.tceElectricity, v.co2ElectricityT};
    h.naturalGas = {c.pooled.gasM3, v.tceGas, v.co2GasT};
    h.rawCoal = {c.pooled.coalKg / 1000.0, v.tceCoal, v.co2CoalT};
    h.purchasedHeat = {c.pooled.heatGJ, v.tceHeat, v.co2HeatT};
    h.energyTce = v.tceTotal;
    h.co2T = v.co2TotalT;
    h.intensityTCO2PerTce = v.intensityTCO2PerTce;
    h.intensityEquivalentTCO2PerTce = c.equivalent.intensityTCO2PerTce;
    h.intensityCoalMethodTCO2PerTce = c.coalMethod.intensityTCO2PerTce;
    h.zeroCarbonEquivalent = c.equivalent.zeroCarbon;
    h.zeroCarbonCoalMethod = c.coalMethod.zeroCarbon;
    h.cleanSharePct = v.cleanSharePct;
    h.renewableSharePct = v.renewableSharePct;
    h.cleanShareMet = v.cleanShareMet;
    h.renewableShareMet = v.renewableShareMet;
    h.buildingsPassingAlone = c.buildingsPassingAlone;
}

} // namespace

void addHeatResult(const Park &park, const RunState &state, SimulationResult &result)
{
    if (!state.heat || !state.carriers)
        return;
    const ParkHeatOutput &heat = *state.heat;
    const CarriersOutput &carriers = *state.carriers;
    HeatSummary &h = result.heat;
    h.present = true;
    h.heatDemandKWh = heat.heatTotalKWh;
    h.heatElectricityKWh = heat.heatElectricityTotalKWh;
    h.monthlyHeatKWh = heat.monthlyHeatKWh;
    h.heatByCarrierKWh = heat.heatByCarrierKWh;
    h.electricityKgcePerKWh = park.site.heat.electricityKgcePerKWh;
    h.hourlyHeatKWh = *heat.heatKWh;
    h.hourlyHeatElectricityKWh = *heat.heatElectricityKWh;
    addCarriers(carriers, h);

    // The indicator over every carrier is the park's indicator.
    ParkSummary &p = result.park;
    p.intensityTCO2PerTce = carriers.verdict.intensityTCO2PerTce;
    p.thresholdTCO2PerTce = carriers.verdict.thresholdTCO2PerTce;
    p.zeroCarbon = carriers.verdict.zeroCarbon;
    p.cleanEnergySharePct = carriers.verdict.cleanSharePct;

    std::size_t i = 0;
    for (const ParkObject &object : park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b || i >= heat.buildings.size() || i >= carriers.buildings.size())
            continue;
        result.buildings.push_back(buildingResult(*b, *heat.buildings[i], *carriers.buildings[i]));
        ++i;
    }
}

} // namespace pz
