// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Off-site dedicated plants and their direct lines (绿电直连, spec wind.md §13): the hourly
// output of an off-site wind plant (N turbines of one type with a fixed internal wake loss) and
// of an off-site PV plant (the PV chain of core/solar on the plant's own weather and sun track),
// the direct line's clipping and loss, the hourly generation entering the balance, and the
// direct-supply checks after 发改能源〔2025〕650号.

#include "solar/pvchain.h"
#include "wind/windfarm.h"

#include <QString>

#include <array>
#include <vector>

namespace pz::wind {

inline constexpr double kDefaultPlantWakeLossPct = 8;   // placeholder, not sourced
inline constexpr double kDefaultLineLossPct = 2;        // placeholder, not sourced

// §13.1: a plant's weather file must have the site file's UTC offset (hours are matched by
// interval start after both become 2023). Returns the translated reason for refusing, or empty.
QString plantWeatherOffsetError(double siteUtcOffsetHours, double plantUtcOffsetHours, const QString &plantFile);

// §13.3. The weather is the plant's own, cleaned with the plant's elevation.
struct OffSiteWindPlant {
    const TurbineType *type = nullptr;
    int count = 1;
    double hubHeightM = 0;   // ≤ 0: the type's default
    ShearSettings shear;
    bool densityNormalisation = true;
    LossSettings losses;
    double internalWakeLossPct = kDefaultPlantWakeLossPct;

    double capacityKW() const { return count * type->ratedKW; }
};

struct PlantOutput {
    std::vector<double> plantKW;   // hourly P_plant at the plant's terminals
    double capacityKW = 0;
    double meanHubDensityKgM3 = 0; // wind only
};

// P_plant = N · P(v_eq) · (1 − L_w/100) · loss factor, v_eq from §12.2–§12.4.
PlantOutput simulateOffSiteWindPlant(const WindWeather &weather, const OffSiteWindPlant &plant);

// §13.2: the PV chain run on the plant's own weather with a sun track computed at the plant's
// location (pz::solar::computeSunTrack(weather, lat, lon, elevation)), W converted to kW.
PlantOutput simulateOffSitePvPlant(const pz::solar::WeatherYear &weather, const pz::solar::SunTrack &plantTrack,
                                   const pz::solar::PvChainParams &params);

// §13.4.
struct DirectLine {
    double capacityMW = 0;
    double lossPct = kDefaultLineLossPct;
};

struct LineResult {
    std::vector<double> deliveredKW;   // hourly P_delivered
    double plantKWh = 0, clippedKWh = 0, lineLossKWh = 0, deliveredKWh = 0;
    int clippedHours = 0;              // hours with P_plant > 1000·C
    std::array<double, 12> monthlyDeliveredKWh{};
    double peakPlantKW = 0;
    double plantCapacityFactor = 0;    // E_plant / (capacity · hours)
};

// Clips at the sending end, then applies the line loss.
LineResult applyDirectLine(const PlantOutput &plant, const DirectLine &line);

// §13.5: G_t = Σ on-site PV AC + Σ on-site wind P_net + Σ off-site P_delivered, in kW (= kWh).
// Each series has one value per hour; shorter ones count as 0.
std::vector<double> ownGenerationKW(const std::vector<const std::vector<double> *> &series);

// §13.6 E_avail: Σ_t of on-site PV AC, on-site wind P_net and every plant's P_plant (at the
// plants' terminals, before line clipping and loss).
double availableGenerationKWh(const std::vector<const std::vector<double> *> &series);

// §13.6, totals over the year.
struct SupplyTotals {
    double availableKWh = 0;   // E_avail: on-site PV AC + on-site wind net + every P_plant
    double loadKWh = 0;
    double importKWh = 0;
    double exportKWh = 0;
    double selfUseKWh() const { return loadKWh - importKWh; }   // E_self = Σ (L − Import)
};

struct DirectSupplySettings {
    double minSelfShareOfAvailablePct = 60, minSelfShareOfLoadPct = 30, minSelfShareOfLoad2030Pct = 35;
    bool exportCapApplies = false;
    double maxExportShareOfAvailablePct = 20;
};

struct DirectSupplyChecks {
    double selfShareOfAvailablePct = 0, selfShareOfLoadPct = 0, exportShareOfAvailablePct = 0;
    bool selfShareOfAvailablePass = false, selfShareOfLoadPass = false, selfShareOfLoad2030Pass = false;
    bool exportCapChecked = false, exportSharePass = true;
};

DirectSupplyChecks directSupplyChecks(const SupplyTotals &totals, const DirectSupplySettings &settings = {});

// The source note shown with the checks (translated).
QString directSupplySourceNote();

} // namespace pz::wind
