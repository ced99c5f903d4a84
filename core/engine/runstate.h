// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the stages of one run hand on to each other: each stage fills its part, later stages
// read it. Outputs are shared, immutable objects; a stage that reuses its kept result hands on
// the same object, which later stages recognise by identity (see lastresult.h).

#include "economics/lifecycle.h"
#include "energy/carbon.h"
#include "energy/dispatch.h"
#include "energy/loadprofiles.h"
#include "engine/pvsystems.h"
#include "engine/simulationresult.h"
#include "solar/suntrack.h"
#include "solar/weatheryear.h"
#include "weather/irradianceclosure.h"
#include "wind/offsite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace pz {

struct SystemYield;
struct ParkHeatOutput;
struct CarriersOutput;

// A building's own electric load and its EV charging (null without), for the building on its own.
struct BuildingLoadSeries {
    ObjectId id = 0;
    std::shared_ptr<const energy::ScaledSeries> own;  // its use type's shape and its scale, or its profile
    std::shared_ptr<const std::vector<double>> ev;
};

// A weather year as the run uses it, with what the user should know about its source.
struct LoadedWeather {
    solar::WeatherYear year;
    bool fromFile = false;
    weather::ClosureCheck closure;   // of the file as given
    QStringList warnings;
    wind::WindRose windRose;         // of the year's wind columns (docs/wind.md)
};

// The grid's emission factor as the run uses it.
struct GridFactorInfo {
    double annualKgPerKWh = 0.0;     // the named or user factor (the hourly profile's mean is separate)
    std::shared_ptr<const std::vector<double>> hourlyKgPerKWh;  // null: no hourly profile
    double meanKgPerKWh = 0.0;       // what the result reports as the factor used
    QString source;                  // translated
};

// The pooled battery and the hourly dispatch of the park.
struct DispatchOutput {
    energy::BatteryParams battery;
    energy::DispatchResult dispatch;
};

// The site weather's wind columns, cleaned (spec wind.md §12.1), with its data-quality notes.
struct SiteWind {
    wind::WindWeather weather;
    wind::WindQuality quality;
};

// The turbines of the site plan (in park order) and their yield over the year (§12.7–§12.8).
struct WindFarmOutput {
    struct Turbine {
        ObjectId id = 0;
        QString name, group, turbineType;
        double ratedKW = 0, hubHeightM = 0, rotorDiameterM = 0;
    };
    std::vector<Turbine> turbines;
    wind::WindFarmRun run;                    // the year with its hourly wake state
    std::vector<QList<double>> hourlyNetKW;   // per turbine, shared with the results
    // What a moved layout must share to be updated from this one rather than run afresh: the
    // inputs but the positions, and the weather (held, so its address stays its identity).
    QByteArray inputsButPositions;
    std::shared_ptr<const SiteWind> weather;

    const wind::WindFarmYield &yield() const { return run.yield; }
};

// One off-site plant on its direct line (§13).
struct PlantRun {
    QString name;
    PlantKind kind = PlantKind::Wind;
    wind::PlantOutput output;
    wind::LineResult line;
    QList<double> hourlyDeliveredKW;          // shared with the results
    QStringList warnings;                     // data-quality notes of the plant's own weather file
};

// The economics of the park and the tariff hour by hour.
struct EconomicsOutput {
    economics::EconomicsResult result;
    QStringList periodNames;                    // the tariff's periods
    std::vector<int> hourlyPeriod;              // index into periodNames, 8760
    std::vector<double> hourlyPriceCNYPerKWh;   // the energy charge of the hour's period
};

struct RunState {
    QString error;                                          // why the run stopped (translated)

    // WeatherStage; weatherKey identifies the source and how it is read.
    std::shared_ptr<const LoadedWeather> weather;
    QByteArray weatherKey;
    // SunStage; sunKey identifies the weather and the site's position.
    std::shared_ptr<const solar::SunTrack> sun;
    QByteArray sunKey;
    // PvStage: systems and their yields in park order, their hourly sum (kWh).
    std::vector<PvSystemInstance> pvSystems;
    std::vector<std::shared_ptr<const SystemYield>> pvYields;
    std::shared_ptr<const std::vector<double>> pvGenerationKWh;
    // HeatStage: every building's heat; null when no building has a heat supply.
    std::shared_ptr<const ParkHeatOutput> heat;
    // LoadStage: the park's hourly consumption (kWh), heat electricity included.
    std::shared_ptr<const std::vector<double>> consumptionKWh;
    // WindStage: the farm (null without turbines), each plant, the weather's wind notes, and the
    // park's own generation G_t (the PV sum itself when there is no wind and no plant).
    std::shared_ptr<const SiteWind> siteWind;
    std::shared_ptr<const WindFarmOutput> windFarm;
    std::vector<std::shared_ptr<const PlantRun>> plants;
    QStringList windWarnings;
    std::shared_ptr<const std::vector<double>> generationKWh;
    // LoadStage: each building's own load series, in park order.
    std::vector<BuildingLoadSeries> buildingLoads;
    // GridFactorStage, DispatchStage, CarbonStage.
    std::shared_ptr<const GridFactorInfo> grid;
    std::shared_ptr<const DispatchOutput> dispatch;
    std::shared_ptr<const energy::CarbonResult> carbon;
    // CarriersStage: the indicator over all carriers; null without heat.
    std::shared_ptr<const CarriersOutput> carriers;
    // EconomicsStage.
    std::shared_ptr<const EconomicsOutput> economics;

    // ResultAssembler.
    SimulationResult result;
};

} // namespace pz
