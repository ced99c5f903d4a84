// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a building's supply technology turns its heat demand into a carrier (spec §14.4): fuel
// and purchased heat through a fixed efficiency, electricity of heat pumps hour by hour through
// the COP of §14.5. The hourly electricity is what the engine adds to the building's electric
// load before dispatch; fuels and purchased heat never enter the electric balance.

#include "heat/carriers.h"
#include "heat/heatdemand.h"
#include "heat/heatsettings.h"

#include <vector>

namespace pz::heat {

// The carrier a supply uses.
Carrier carrierOf(HeatSupply supply);
// Default efficiency (heat ÷ carrier energy, on LHV): district heat 1.00, gas boiler 0.92,
// coal boiler 0.80, electric boiler 0.98; 0 for heat pumps and none (no fixed efficiency).
double defaultEfficiency(HeatSupply supply);

struct HeatSupplyResult {
    HeatSupply supply = HeatSupply::None;
    Carrier carrier = Carrier::None;
    double efficiency = 0;                 // used efficiency; 0 for heat pumps and none
    std::vector<double> electricityKWh;    // hourly, 8760 (zeros unless electric)
    double heatKWh = 0;                    // heat delivered (= the demand)
    double carrierEnergyKWh = 0;           // fuel, purchased heat or electricity
    double electricityTotalKWh = 0;
    double spaceElectricityKWh = 0, waterElectricityKWh = 0;   // heat pumps: space / DHW + process
    double scop = 0;                       // heat pumps: Σ Q / Σ E
    double gasM3 = 0, coalKg = 0, heatGJ = 0;

    // The quantity in the carrier's unit (kWh, m³, t of coal, GJ).
    double carrierQuantity() const;
    // The fuels and purchased heat as a CarrierUse (electricity is counted with the loads).
    CarrierUse fuelUse() const;
};

// The supply's sums from the heat it delivers and, for a heat pump, the sums of its electricity
// for space heat and for hot water and process heat: the carrier, the efficiency used, the
// carrier's energy and quantity, the SCOP. The hourly electricity is left empty.
HeatSupplyResult supplySums(const BuildingHeat &heat, double heatKWh, double heatPumpSpaceKWh,
                            double heatPumpWaterKWh);

// `tempC`: the 8760 outdoor temperatures; `groundTempC`: the ground-source heat pump's ground
// temperature (the site's, else T_mean).
HeatSupplyResult supplyHeat(const HeatDemand &demand, const BuildingHeat &heat,
                            const std::vector<double> &tempC, double groundTempC);

// The hourly electric load with the heat electricity added (the longer length of the two).
std::vector<double> withHeatElectricity(const std::vector<double> &loadKWh, const HeatSupplyResult &supply);

} // namespace pz::heat
