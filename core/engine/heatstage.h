// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heat of every building (spec §14): hourly space heat, hot water and process heat from the
// weather year's temperature and the site's heating season, and the carrier its supply uses
// (fuel, purchased heat, or electricity hour by hour). Runs before LoadStage, which adds the
// heat electricity of heat pumps and electric boilers to the park's consumption, so that PV
// and the battery serve it. Each building's heat is kept by its inputs: a building's heat
// settings recompute that building only, the site's season or the weather recompute all,
// moving a building recomputes nothing. A park whose buildings all have no supply (every file
// before format 3) has no heat: the stage hands on nothing and every later stage runs as before.

#include "engine/blocksum.h"
#include "engine/keyedcache.h"
#include "engine/lastresult.h"
#include "engine/stage.h"
#include "heat/heatdemand.h"
#include "heat/heatsupply.h"

#include <array>

namespace pz {

struct Building;

// One building's year of heat. Of the hourly series only the total heat (demand.totalKWh) and,
// for an electric supply, the electricity (supply.electricityKWh) are kept; the rest are empty.
struct BuildingHeatYear {
    heat::HeatDemand demand;
    heat::HeatSupplyResult supply;
    std::array<double, 12> monthlyHeatKWh{};
};

// The park's heat: per building (in park order) and summed.
struct ParkHeatOutput {
    std::vector<ObjectId> ids;
    std::vector<std::shared_ptr<const BuildingHeatYear>> buildings;
    std::shared_ptr<const std::vector<double>> heatKWh;              // hourly, all buildings
    std::shared_ptr<const std::vector<double>> heatElectricityKWh;   // hourly, heat pumps and electric boilers
    std::array<double, 5> heatByCarrierKWh{};                        // indexed by heat::Carrier
    std::array<double, 12> monthlyHeatKWh{};
    double heatTotalKWh = 0, heatElectricityTotalKWh = 0;
    heat::CarrierUse fuels;                                          // gas, coal and purchased heat
};

// The floor area a building's heat is computed with: footprint × floors to the nearest 0.001 m².
// Moving a building changes its computed area in the last bits only, so its heat is kept.
double heatFloorAreaM2(const Building &building);

// One building's year of heat with the given supply: its demand over the weather year and
// season, and the carrier that supply uses (also how the economics cost another supply).
BuildingHeatYear computeBuildingHeat(const heat::BuildingHeatInput &input, const heat::TemperatureSource &temperature,
                                     const heat::HeatingSeason &season, double groundTempC);

class HeatStage : public Stage
{
public:
    HeatStage();
    bool run(const RunContext &context, RunState &state) override;
    void clear() override;

private:
    std::shared_ptr<const BuildingHeatYear> buildingHeat(const Building &building, const QByteArray &siteKey,
                                                         const heat::TemperatureSource &temperature,
                                                         const RunContext &context);

    LastResult<heat::TemperatureSource> m_temperature;
    KeyedCache<BuildingHeatYear> m_buildings;
    BlockSum<double> m_heatSum, m_electricitySum;
    LastResult<ParkHeatOutput> m_output;
};

} // namespace pz
