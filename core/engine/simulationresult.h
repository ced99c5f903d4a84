// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one run of the park model produces: per PV object yields, the park's hourly energy
// balance and the carbon KPIs. Computed off the UI thread from a snapshot; the GUI and
// parkzero-cli show the same numbers from the same struct. Units are in the names.

#include "common/units.h"
#include "model/enums.h"
#include "model/objectid.h"

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
    double netT = 0.0;                   // market − sink − export credit
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
    std::vector<PvObjectResult> objects; // ground fields and rooftop PV, in park order
    ParkSummary park;
    HourlyBalance hourly;
    // Economics (spec §15): bills, LCC, NPV, LCOE, paybacks, the year table; null when the run
    // failed. Shared with the engine's cache (immutable).
    std::shared_ptr<const economics::EconomicsResult> economics;
    QStringList tariffPeriodNames;
};

} // namespace pz

Q_DECLARE_METATYPE(pz::SimulationResult)
