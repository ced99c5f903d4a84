// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one run of the park model produces: per PV object yields, the park's hourly energy
// balance and the carbon KPIs. Computed off the UI thread from a snapshot; the GUI and
// parkzero-cli show the same numbers from the same struct. Units are in the names.

#include "common/units.h"
#include "heat/carriers.h"
#include "model/enums.h"
#include "model/objectid.h"
#include "wind/windrose.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace pz::economics {
struct EconomicsResult;   // economics/lifecycle.h
}

namespace pz {

enum class PvKind { Ground, Rooftop };

struct PvObjectResult {
    ObjectId id = 0;
    QString name;
    PvKind kind = PvKind::Ground;
    double kwp = 0.0;
    double moduleAreaM2 = 0.0;
    double annualAcKWh = 0.0;
    std::array<double, 12> monthlyAcKWh{};
    double specificYieldKWhPerKWp = 0.0;
    double annualPoaKWhM2 = 0.0;          // after all shading, before IAM
    double annualPoaUnshadedKWhM2 = 0.0;  // without shading by park objects (row self-shading kept)
    double performanceRatio = 0.0;
    double shadingLossPct = 0.0;          // % of AC energy lost to shading by park objects
    double shadingPoaLossPct = 0.0;       // % of unshaded POA lost to shading by park objects
    double peakAcKW = 0.0;
    // Hourly series, 8760 each (implicitly shared with the engine's cache: copying a result is cheap).
    QList<float> hourlyAcW;               // W
    QList<float> hourlyPoaWm2;            // W/m², after all shading
    QList<float> hourlyCellTempC;         // °C
};

// One wind turbine of the site plan (spec wind.md §12.8).
struct WindTurbineResult {
    ObjectId id = 0;
    QString name, group, turbineType;
    double ratedKW = 0.0, hubHeightM = 0.0, rotorDiameterM = 0.0;
    double annualNetKWh = 0.0, annualGrossKWh = 0.0, annualFreeKWh = 0.0;
    std::array<double, 12> monthlyNetKWh{};
    double capacityFactorPct = 0.0, fullLoadHours = 0.0, wakeLossPct = 0.0;
    double meanFreeHubSpeedMS = 0.0, meanHubDensityKgM3 = 0.0;
    int operatingHours = 0;
    QList<double> hourlyNetKW;            // P_net, kW = kWh in the hour (shared with the cache)
};

// One off-site plant on its direct line (spec wind.md §13.4).
struct OffSitePlantResult {
    QString name;
    PlantKind kind = PlantKind::Wind;
    double capacityKW = 0.0;
    double availableKWh = 0.0;            // at the plant's terminals
    double clippedKWh = 0.0;
    int clippedHours = 0;
    double lineLossesKWh = 0.0;
    double deliveredKWh = 0.0;
    std::array<double, 12> monthlyDeliveredKWh{};
    double peakPlantKW = 0.0;
    double capacityFactor = 0.0;          // at the plant
    double meanHubDensityKgM3 = 0.0;      // wind only
    QList<double> hourlyDeliveredKW;
};

// The direct-supply checks after 发改能源〔2025〕650号 (spec wind.md §13.6).
struct DirectSupplySummary {
    double availableKWh = 0.0;            // E_avail: on-site PV AC + on-site wind + every P_plant
    double selfUseKWh = 0.0;              // E_self = Σ (L − Import)
    double exportKWh = 0.0;
    double selfUseOfAvailablePct = 0.0, selfUseOfConsumptionPct = 0.0, exportOfAvailablePct = 0.0;
    double minSelfUseOfAvailablePct = 60.0, minSelfUseOfConsumptionPct = 30.0, minSelfUseOfConsumption2030Pct = 35.0;
    bool selfUseOfAvailablePass = false, selfUseOfConsumptionPass = false, selfUseOfConsumption2030Pass = false;
    bool exportCapApplies = false;
    double maxExportOfAvailablePct = 20.0;
    bool exportOfAvailablePass = true;
    QString sourceNote;                   // translated; shown with the checks
};

// Hourly series of the park balance, 8760 values each; energies are kWh in that hour.
struct HourlyBalance {
    std::vector<double> generationKWh;
    std::vector<double> consumptionKWh;
    std::vector<double> batteryChargeKWh;     // energy taken in (before charge losses)
    std::vector<double> batteryDischargeKWh;  // energy delivered (after discharge losses)
    std::vector<double> batterySocKWh;        // stored energy at the end of the hour
    std::vector<double> gridImportKWh;
    std::vector<double> gridExportKWh;
    std::vector<double> curtailedKWh;
    std::vector<double> gridFactorKgPerKWh;
    std::vector<double> emissionsKg;          // location-based, import × factor
    std::vector<double> sunZenithDeg;         // apparent zenith at the interval midpoint
    std::vector<double> sunAzimuthDeg;
    std::vector<int> tariffPeriod;            // index into SimulationResult::tariffPeriodNames
    std::vector<double> tariffPriceCNYPerKWh; // the energy charge of the hour's period
};

struct EmissionsSummary {
    double operationalLocationT = 0.0;   // Σ import × grid factor
    double operationalMarketT = 0.0;     // green power bought counted at zero
    double embodiedPvT = 0.0;            // annualised
    double embodiedStorageT = 0.0;
    double embodiedBuildingsT = 0.0;
    double embodiedAnnualT = 0.0;        // sum of the three above
    double sinkT = 0.0;                  // green space, positive number
    double exportCreditT = 0.0;          // positive number; 0 unless the option is on
    // Fuels and purchased heat burnt for the park's heat (spec §14.6); 0 without heat.
    double naturalGasT = 0.0;
    double coalT = 0.0;
    double purchasedHeatT = 0.0;
    double fuelsAndHeatT = 0.0;          // the three above
    double netT = 0.0;                   // market + fuels and heat − sink − export credit
    double netWithEmbodiedT = 0.0;       // net + embodied
};

struct ParkSummary {
    double pvKwp = 0.0;
    double rooftopKwp = 0.0;
    double groundKwp = 0.0;
    double annualGenerationKWh = 0.0;
    double rooftopGenerationKWh = 0.0;
    double groundGenerationKWh = 0.0;
    std::array<double, 12> monthlyGenerationKWh{};
    std::array<double, 12> monthlyConsumptionKWh{};
    double annualConsumptionKWh = 0.0;
    double gridImportKWh = 0.0;
    double gridExportKWh = 0.0;
    double curtailedKWh = 0.0;
    double selfConsumptionPct = 0.0;
    double selfSufficiencyPct = 0.0;
    double cfeScorePct = 0.0;
    double cleanEnergySharePct = 0.0;
    double greenPowerKWh = 0.0;          // green power counted (at most the import; hour by hour with a profile)
    double batteryThroughputKWh = 0.0;
    double batteryLossesKWh = 0.0;
    double batteryCapacityKWh = 0.0;
    double intensityTCO2PerTce = 0.0;
    double thresholdTCO2PerTce = 0.2;
    bool zeroCarbon = false;             // intensity ≤ threshold
    double pvCarbonPaybackYears = 0.0;   // years of PV output to repay its embodied carbon
    double gridFactorKgPerKWh = 0.0;     // annual factor used
    QString gridFactorSource;
    EmissionsSummary emissions;
    // Wind and off-site plants (spec wind.md §12–§13); annualGenerationKWh and the monthly
    // generation include them.
    double windKW = 0.0;                 // rated power of the turbines on the site plan
    double windGenerationKWh = 0.0;      // their net energy
    double windWakeLossPct = 0.0;
    double offsiteGenerationKWh = 0.0;   // delivered by the direct lines
    double embodiedWindT = 0.0;          // annualised, in emissions.embodiedAnnualT
    DirectSupplySummary directSupply;
};

// Heat (spec §14): one building's heat, its supply and the indicator on its own.
struct BuildingHeatResult {
    ObjectId id = 0;
    QString name;
    heat::HeatSupply supply = heat::HeatSupply::None;
    heat::Carrier carrier = heat::Carrier::None;
    double floorAreaM2 = 0.0;
    double spaceHeatKWh = 0.0, dhwKWh = 0.0, processHeatKWh = 0.0, totalHeatKWh = 0.0;   // kWh_th
    double peakHeatKW = 0.0;
    double degreeHoursKh = 0.0;
    double carrierQuantity = 0.0;        // in the carrier's unit: kWh, m³, t of coal, GJ
    double scop = 0.0;                   // heat pumps only
    double heatElectricityKWh = 0.0;     // heat pumps and electric boilers
    double electricityKWh = 0.0;         // its whole electricity on its own: load + heat electricity
    double intensityTCO2PerTce = 0.0;    // on its own (own roof PV, no battery, no green power)
    double thresholdTCO2PerTce = 0.0;
    bool passesAlone = false;
    double heatIntensityKWhPerM2 = 0.0;  // total heat per m² of floor area (the map's colouring)
};

// One carrier of the park over the year.
struct CarrierLine {
    double quantity = 0.0;               // kWh, m³, t or GJ
    double tce = 0.0;
    double tCO2 = 0.0;
};

// The park's heat and its indicator over every carrier; `present` only when at least one
// building has a heat supply (else the park's electricity-only figures stand as before).
struct HeatSummary {
    bool present = false;
    double heatDemandKWh = 0.0;
    double heatElectricityKWh = 0.0;
    std::array<double, 12> monthlyHeatKWh{};
    std::array<double, 5> heatByCarrierKWh{};   // indexed by heat::Carrier
    CarrierLine electricity, naturalGas, rawCoal, purchasedHeat;
    double energyTce = 0.0;
    double co2T = 0.0;
    double electricityKgcePerKWh = 0.0;          // the conversion the verdict uses
    double intensityTCO2PerTce = 0.0;            // the verdict's
    double intensityEquivalentTCO2PerTce = 0.0;  // under 0.1229 kgce/kWh
    double intensityCoalMethodTCO2PerTce = 0.0;  // under 0.3055 kgce/kWh
    bool zeroCarbonEquivalent = false, zeroCarbonCoalMethod = false;
    double cleanSharePct = 0.0, renewableSharePct = 0.0;
    bool cleanShareMet = false, renewableShareMet = false;
    int buildingsPassingAlone = 0;
    std::vector<double> hourlyHeatKWh, hourlyHeatElectricityKWh;
};

struct SimulationResult {
    quint64 revision = 0;                // document revision the result belongs to
    bool preview = false;                // of a tool's preview (a drag under way), not the document
    bool ok = false;
    QString error;                       // why the run failed (ok == false)
    QString weatherSource;
    double annualGhiKWhM2 = 0.0;
    // For a weather file: how far its DNI·cos z + DHI falls short of its GHI (%), and which
    // columns fed the model.
    bool weatherFromFile = false;
    double weatherClosureGapPct = 0.0;
    IrradianceInput weatherIrradiance = IrradianceInput::AsGiven;
    QStringList warnings;                // translated; things the user should know about the inputs
    wind::WindRose windRose;             // of the site's weather, with its prevailing direction
    std::vector<PvObjectResult> objects; // ground fields and rooftop PV, in park order
    bool hasWind = false;                // the park has turbines or off-site plants
    std::vector<WindTurbineResult> turbines;   // in park order
    std::vector<OffSitePlantResult> offsite;   // in the site's order
    ParkSummary park;
    HourlyBalance hourly;
    HeatSummary heat;                          // heat and every carrier (spec §14)
    std::vector<BuildingHeatResult> buildings; // per building, in park order; empty without heat
    // Economics (spec §15): bills, LCC, NPV, LCOE, paybacks, the year table; null when the run
    // failed. Shared with the engine's cache (immutable).
    std::shared_ptr<const economics::EconomicsResult> economics;
    QStringList tariffPeriodNames;
};

} // namespace pz

Q_DECLARE_METATYPE(pz::SimulationResult)
