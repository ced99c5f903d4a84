// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Heat summed over the park and the carriers of one building on its own (spec §14.7): heat by
// carrier, the hourly heat and heat electricity (the `heat_kwh` and `heat_electricity_kwh`
// columns of the hourly CSV), the park's fuels; and the CarrierUse the indicator takes, pooled
// (electricity from the park's dispatch and §11 carbon) or per building (its load and heat
// electricity against its own roof PV).

#include "heat/carriers.h"
#include "heat/heatdemand.h"
#include "heat/heatsupply.h"

#include <array>
#include <vector>

namespace pz::heat {

struct ParkHeat {
    std::array<double, 5> heatByCarrierKWh{};   // indexed by Carrier (None = heated outside the model)
    std::vector<double> heatKWh;                // hourly heat demand of all buildings, 8760
    std::vector<double> heatElectricityKWh;     // hourly electricity of heat pumps and electric boilers
    double heatTotalKWh = 0, heatElectricityTotalKWh = 0;
    CarrierUse fuels;                           // gas, coal and purchased heat of all buildings
};

// `demands[i]` and `supplies[i]` belong to the same building; extra entries of the longer list
// are ignored.
ParkHeat sumParkHeat(const std::vector<HeatDemand> &demands, const std::vector<HeatSupplyResult> &supplies);

// The pooled park: its electricity as the engine's dispatch and carbon give it (consumption with
// heat electricity, market-based CO2 in t, on-site generation consumed and green power bought),
// plus the fuels of every building.
CarrierUse pooledUse(double consumptionKWh, double marketCO2T, double onSiteUsedKWh, double greenPowerKWh,
                     const ParkHeat &park);

// One building on its own: its electric load plus its heat electricity against its own roof PV
// (selfSuppliedElectricity), plus its fuels.
CarrierUse buildingOnItsOwn(const std::vector<double> &electricLoadKWh, const std::vector<double> &roofPvKWh,
                            const HeatSupplyResult &heat, double gridFactorKgPerKWh,
                            const std::vector<double> *hourlyGridFactor = nullptr);

} // namespace pz::heat
