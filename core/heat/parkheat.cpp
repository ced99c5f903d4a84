// SPDX-License-Identifier: GPL-3.0-or-later
#include "heat/parkheat.h"

#include "energy/yearcalendar.h"

#include <algorithm>

namespace pz::heat {

ParkHeat sumParkHeat(const std::vector<HeatDemand> &demands, const std::vector<HeatSupplyResult> &supplies)
{
    ParkHeat p;
    p.heatKWh.assign(pz::kHoursPerYear, 0.0);
    p.heatElectricityKWh.assign(pz::kHoursPerYear, 0.0);
    const std::size_t n = std::min(demands.size(), supplies.size());
    for (std::size_t i = 0; i < n; ++i) {
        const HeatDemand &d = demands[i];
        const HeatSupplyResult &s = supplies[i];
        for (std::size_t t = 0; t < p.heatKWh.size() && t < d.totalKWh.size(); ++t)
            p.heatKWh[t] += d.totalKWh[t];
        for (std::size_t t = 0; t < p.heatElectricityKWh.size() && t < s.electricityKWh.size(); ++t)
            p.heatElectricityKWh[t] += s.electricityKWh[t];
        p.heatByCarrierKWh[static_cast<std::size_t>(s.carrier)] += d.totalHeatKWh;
        p.heatTotalKWh += d.totalHeatKWh;
        p.heatElectricityTotalKWh += s.electricityTotalKWh;
        p.fuels += s.fuelUse();
    }
    return p;
}

CarrierUse pooledUse(double consumptionKWh, double marketCO2T, double onSiteUsedKWh, double greenPowerKWh,
                     const ParkHeat &park)
{
    CarrierUse u = park.fuels;
    u.electricityKWh = consumptionKWh;
    u.electricityCO2T = marketCO2T;
    u.cleanElectricityKWh = std::max(0.0, onSiteUsedKWh) + std::max(0.0, greenPowerKWh);
    return u;
}

CarrierUse buildingOnItsOwn(const std::vector<double> &electricLoadKWh, const std::vector<double> &roofPvKWh,
                            const HeatSupplyResult &heat, double gridFactorKgPerKWh,
                            const std::vector<double> *hourlyGridFactor)
{
    CarrierUse u = selfSuppliedElectricity(withHeatElectricity(electricLoadKWh, heat), roofPvKWh,
                                           gridFactorKgPerKWh, hourlyGridFactor);
    u += heat.fuelUse();
    return u;
}

} // namespace pz::heat
