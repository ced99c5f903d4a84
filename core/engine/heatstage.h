// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heat of every building (spec §14): hourly space heat, hot water and process heat from the
// weather year's temperature and the site's heating season, and the carrier its supply uses
// (fuel, purchased heat, or electricity hour by hour). Runs before LoadStage, which adds the
// heat electricity of heat pumps and electric boilers to the park's consumption, so that PV
// and the battery serve it. Each building's heat is kept by its inputs: a building's heat
// settings recompute that building only, the site's season or the weather recompute all,
// moving a building recomputes nothing. A building's year is a few numbers on the shared series
// of a `heat::HeatBasis`, so recomputing all is arithmetic, and the park's hourly sums are taken
// over the distinct series, not over the buildings. A park whose buildings all have no supply (every file
// before format 3) has no heat: the stage hands on nothing and every later stage runs as before.

#include "engine/keyedcache.h"
#include "engine/lastresult.h"
#include "engine/stage.h"
#include "heat/heatbasis.h"

#include <array>

namespace pz {

struct Building;

using heat::BuildingHeatYear;

// The park's heat: per building (in park order) and summed.
struct ParkHeatOutput {
    std::vector<ObjectId> ids;
    std::vector<std::shared_ptr<const BuildingHeatYear>> buildings;
    std::shared_ptr<const heat::HeatBasis> basis;                    // the series the buildings' terms use
    std::shared_ptr<const std::vector<double>> heatKWh;              // hourly, all buildings
    std::shared_ptr<const std::vector<double>> heatElectricityKWh;   // hourly, heat pumps and electric boilers
    heat::HeatTermSum heatTerms, electricityTerms;                   // what the two hourly sums are made of
    std::array<double, 5> heatByCarrierKWh{};                        // indexed by heat::Carrier
    std::array<double, 12> monthlyHeatKWh{};
    double heatTotalKWh = 0, heatElectricityTotalKWh = 0;
    heat::CarrierUse fuels;                                          // gas, coal and purchased heat
};

// The floor area a building's heat is computed with: footprint × floors to the nearest 0.001 m².
// Moving a building changes its computed area in the last bits only, so its heat is kept.
double heatFloorAreaM2(const Building &building);

class HeatStage : public Stage
{
public:
    HeatStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    std::shared_ptr<const heat::HeatBasis> basis(const RunContext &context, const RunState &state);
    std::shared_ptr<const BuildingHeatYear> buildingHeat(const Building &building, const QByteArray &basisKey,
                                                         const heat::HeatBasis &basis, const RunContext &context);

    LastResult<heat::TemperatureSource> m_temperature;
    LastResult<heat::HeatBasis> m_basis;
    quint64 m_basisGeneration = 0;   // counts the bases made: a building's key names its basis
    KeyedCache<BuildingHeatYear> m_buildings;
    LastResult<ParkHeatOutput> m_output;
};

} // namespace pz
