// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "heat/heatsupply.h"

#include "energy/yearcalendar.h"
#include "heat/heatpumpcop.h"

#include <algorithm>
#include <utility>

namespace pz::heat {

namespace {

using pz::kHoursPerYear;

// Electricity of a heat pump hour by hour: space heat at the emitter's sink, hot water and
// process heat at 50 °C. Returns the space and the water parts' sums.
std::pair<double, double> heatPumpElectricity(const HeatDemand &demand, const BuildingHeat &heat,
                                              const std::vector<double> &tempC, double groundTempC,
                                              std::vector<double> &electricityKWh)
{
    const HeatPumpSource source = heat.supply == HeatSupply::Gshp ? HeatPumpSource::Ground : HeatPumpSource::Air;
    const std::size_t n = std::min(tempC.size(), std::size_t(kHoursPerYear));
    double spaceSum = 0.0, waterSum = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        const double outdoorC = tempC[t];
        const double srcC = sourceTempC(source, outdoorC, groundTempC);
        const double waterKWh = demand.dhwKWh[t] + demand.processKWh[t];
        const double spaceE = demand.spaceKWh[t] > 0.0
            ? demand.spaceKWh[t] / heatPumpCop(source, spaceHeatingSinkC(heat.emitter, outdoorC), srcC) : 0.0;
        const double waterE = waterKWh > 0.0 ? waterKWh / heatPumpCop(source, kHotWaterSinkC, srcC) : 0.0;
        electricityKWh[t] = spaceE + waterE;
        spaceSum += spaceE;
        waterSum += waterE;
    }
    return {spaceSum, waterSum};
}

} // namespace

Carrier carrierOf(HeatSupply supply)
{
    switch (supply) {
    case HeatSupply::DistrictHeat: return Carrier::PurchasedHeat;
    case HeatSupply::GasBoiler: return Carrier::NaturalGas;
    case HeatSupply::CoalBoiler: return Carrier::RawCoal;
    case HeatSupply::ElectricBoiler:
    case HeatSupply::Ashp:
    case HeatSupply::Gshp: return Carrier::Electricity;
    case HeatSupply::None: break;
    }
    return Carrier::None;
}

double defaultEfficiency(HeatSupply supply)
{
    switch (supply) {
    case HeatSupply::DistrictHeat: return 1.00;     // metered at the building [definition]
    case HeatSupply::GasBoiler: return 0.92;        // GB 50189-2015 minimum, gas-fired [unverified]
    case HeatSupply::CoalBoiler: return 0.80;       // GB 50189-2015, layer burning, bituminous [unverified]
    case HeatSupply::ElectricBoiler: return 0.98;   // [assumption]
    default: return 0.0;
    }
}

double HeatSupplyResult::carrierQuantity() const
{
    switch (carrier) {
    case Carrier::Electricity: return electricityTotalKWh;
    case Carrier::NaturalGas: return gasM3;
    case Carrier::RawCoal: return coalKg / 1000.0;
    case Carrier::PurchasedHeat: return heatGJ;
    case Carrier::None: break;
    }
    return 0.0;
}

CarrierUse HeatSupplyResult::fuelUse() const
{
    CarrierUse u;
    u.gasM3 = gasM3;
    u.coalKg = coalKg;
    u.heatGJ = heatGJ;
    return u;
}

HeatSupplyResult supplySums(const BuildingHeat &heat, double heatKWh, double heatPumpSpaceKWh, double heatPumpWaterKWh)
{
    HeatSupplyResult r;
    r.supply = heat.supply;
    r.carrier = carrierOf(heat.supply);
    r.heatKWh = heatKWh;
    if (heat.supply == HeatSupply::None)
        return r;
    if (isHeatPump(heat.supply)) {
        r.spaceElectricityKWh = heatPumpSpaceKWh;
        r.waterElectricityKWh = heatPumpWaterKWh;
        r.electricityTotalKWh = r.spaceElectricityKWh + r.waterElectricityKWh;
        r.carrierEnergyKWh = r.electricityTotalKWh;
        r.scop = r.electricityTotalKWh > 0.0 ? r.heatKWh / r.electricityTotalKWh : 0.0;
        return r;
    }
    r.efficiency = heat.efficiency.value_or(defaultEfficiency(heat.supply));
    if (!(r.efficiency > 0.0))
        return r;
    r.carrierEnergyKWh = r.heatKWh / r.efficiency;
    switch (r.carrier) {
    case Carrier::PurchasedHeat: r.heatGJ = r.carrierEnergyKWh * kGJPerKWh; break;
    case Carrier::NaturalGas: r.gasM3 = r.carrierEnergyKWh / kGasKWhPerM3; break;
    case Carrier::RawCoal: r.coalKg = r.carrierEnergyKWh / kCoalKWhPerKg; break;
    case Carrier::Electricity: r.electricityTotalKWh = r.carrierEnergyKWh; break;
    case Carrier::None: break;
    }
    return r;
}

HeatSupplyResult supplyHeat(const HeatDemand &demand, const BuildingHeat &heat,
                            const std::vector<double> &tempC, double groundTempC)
{
    std::vector<double> electricityKWh(kHoursPerYear, 0.0);
    std::pair<double, double> heatPump{0.0, 0.0};
    if (isHeatPump(heat.supply))
        heatPump = heatPumpElectricity(demand, heat, tempC, groundTempC, electricityKWh);
    HeatSupplyResult r = supplySums(heat, demand.totalHeatKWh, heatPump.first, heatPump.second);
    if (!isHeatPump(heat.supply) && r.carrier == Carrier::Electricity && r.efficiency > 0.0)
        for (std::size_t t = 0; t < demand.totalKWh.size() && t < electricityKWh.size(); ++t)
            electricityKWh[t] = demand.totalKWh[t] / r.efficiency;
    r.electricityKWh = std::move(electricityKWh);
    return r;
}

std::vector<double> withHeatElectricity(const std::vector<double> &loadKWh, const HeatSupplyResult &supply)
{
    std::vector<double> out(std::max(loadKWh.size(), supply.electricityKWh.size()), 0.0);
    for (std::size_t t = 0; t < out.size(); ++t)
        out[t] = (t < loadKWh.size() ? loadKWh[t] : 0.0)
            + (t < supply.electricityKWh.size() ? supply.electricityKWh[t] : 0.0);
    return out;
}

} // namespace pz::heat
