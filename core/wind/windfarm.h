// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The yield of the wind turbines placed on the site plan over a weather year (spec wind.md
// §12.2–§12.9): free-stream hub speed and air per turbine, Jensen/Katic wakes in every hour
// with a valid direction, losses, and the per-turbine, per-group and park results. The hourly
// net power of each turbine feeds the hourly balance (§13.5).

#include "wind/turbinetype.h"
#include "wind/wakes.h"
#include "wind/windphysics.h"
#include "wind/windweather.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace pz::wind {

// Availability, electrical and other losses (§12.7); the same factor in every hour.
struct LossSettings {
    double availabilityPct = 97, electricalLossPct = 2, otherLossPct = 0;
    double factor() const
    {
        return availabilityPct / 100 * (1 - electricalLossPct / 100) * (1 - otherLossPct / 100);
    }
};

// Site settings of §12.9.
struct WindSiteSettings {
    ShearSettings shear;
    bool densityNormalisation = true;
    double wakeDecay = kDefaultWakeDecay;
    LossSettings losses;
};

// The free-stream state of one turbine in one hour (§12.2–§12.4).
struct FreeStream {
    HubAir air;
    double speedMS = 0;       // v_free = v_hub
    double factor = 1;        // (ρ/ρ_ref)^(1/3), or 1 without normalisation
    double eqSpeedMS = 0;     // v_eq,free
};
FreeStream freeStream(const WindWeather &weather, int hour, double hubHeightM, double referenceDensityKgM3,
                      const ShearSettings &shear, bool densityNormalisation);

inline const char *const kDefaultWindGroup = "Wind farm";

struct PlacedTurbine {
    const TurbineType *type = nullptr;
    double xM = 0, yM = 0;
    double hubHeightM = 0;   // ≤ 0: the type's default
    std::string group = kDefaultWindGroup;

    double hubM() const { return hubHeightM > 0 ? hubHeightM : type->hubHeightM; }
};

struct TurbineYield {
    double ratedKW = 0;
    double annualNetKWh = 0, annualGrossKWh = 0, annualFreeKWh = 0;
    std::array<double, 12> monthlyNetKWh{};
    double capacityFactor = 0, fullLoadHours = 0, wakeLossPct = 0;
    double meanFreeHubSpeedMS = 0, meanHubDensityKgM3 = 0;
    int operatingHours = 0;          // hours with P_gross > 0
    std::vector<double> netKW;       // hourly P_net (= kWh in the hour)
};

// Sums over turbines: a group, or the park.
struct GroupYield {
    std::string name;
    std::vector<int> turbines;
    double ratedKW = 0, annualNetKWh = 0, annualGrossKWh = 0, annualFreeKWh = 0;
    std::array<double, 12> monthlyNetKWh{};
    double capacityFactor = 0, fullLoadHours = 0, wakeLossPct = 0;
};

struct WindFarmYield {
    std::vector<TurbineYield> turbines;
    std::vector<GroupYield> groups;   // in order of first appearance
    GroupYield park;
    std::vector<double> netKW;        // hourly sum of every turbine's P_net
};

std::vector<WakeTurbine> wakeTurbines(const std::vector<PlacedTurbine> &turbines);

WindFarmYield simulateWindFarm(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                               const WindSiteSettings &settings);

// A farm's year with the hourly wake state kept, so that moving turbines re-solves only the
// directions whose wake pairs change, and in their hours only the turbines those changes reach
// (downstream, transitively). A moved run equals a cold run of the new layout bit for bit: the
// same free streams, pair factors (updateWakeGeometry) and walk (wakeDeficit, settleTurbine).
struct WindFarmRun {
    WindFarmYield yield;
    std::vector<PlacedTurbine> turbines;
    std::vector<int> freeClass;                      // per turbine: its row in free / freeGrossKW
    std::vector<std::vector<FreeStream>> free;       // per (hub height, type): per hour
    std::vector<std::vector<double>> freeGrossKW;    // P(v_eq,free), the same rows
    std::vector<double> thrust, grossKW;             // per hour, per turbine: [hour · n + turbine]
    std::vector<std::pair<double, WakeGeometry>> geometries;   // per direction of a wake hour
    std::vector<std::vector<int>> wakeHours;         // the hours of each of those directions
    double lossFactor = 1;
    std::vector<char> changed;   // after moveTurbines: which turbines' hourly output changed
};

WindFarmRun runWindFarm(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                        const WindSiteSettings &settings);

// The run of `previous`'s layout with turbines moved to the positions in `turbines`; null when
// anything else differs (count, type or hub height of a turbine). Weather and settings must be
// those of `previous`. Groups may differ: the sums are made afresh.
std::optional<WindFarmRun> moveTurbines(const WindFarmRun &previous, const std::vector<PlacedTurbine> &turbines);

// Every intermediate of one hour, for reports and tests.
struct WindHourTrace {
    bool wakes = false;                // the wake model ran in this hour
    std::vector<FreeStream> free;
    std::vector<double> freeGrossKW;   // P(v_eq,free)
    WakeHourResult waked;
    std::vector<double> netKW;
};
WindHourTrace traceWindHour(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                            const WindSiteSettings &settings, int hour);

} // namespace pz::wind
