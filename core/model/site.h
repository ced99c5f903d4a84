// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site: where the park is, which weather and grid it sees, how carbon is counted
// (electricity and, with heat, every carrier) and what energy and equipment cost.

#include "economics/settings.h"
#include "common/units.h"
#include "model/background.h"
#include "geometry/geometry.h"
#include "heat/heatsettings.h"
#include "model/enums.h"
#include "model/windsettings.h"

#include <QString>

#include <cmath>
#include <vector>

namespace pz {

struct WeatherSource {
    WeatherKind kind = WeatherKind::BuiltIn;
    QString builtinId;   // key of the built-in climate library; empty = nearest to the site
    QString filePath;    // EPW or TMY3 CSV, relative to the project file where possible
    IrradianceInput irradiance = IrradianceInput::AsGiven;   // for files only
    bool operator==(const WeatherSource &) const = default;
};

struct GridSettings {
    QString factorKey;                 // key of the built-in grid-factor table; empty = custom
    double customFactorKgPerKWh = 0.5306;
    QString hourlyProfilePath;         // optional 8760-value CSV of kgCO2/kWh
    double exportLimitKW = -1.0;       // < 0: no limit
    bool operator==(const GridSettings &) const = default;
};

struct CarbonOptions {
    double greenPowerKWh = 0.0;        // green power bought per year (market-based)
    double greenPowerShare = 0.0;      // or as a share of grid import, 0..1
    // Green power bought hour by hour, kWh per hour of the simulation year (8760 values; empty:
    // none). When set it replaces the annual amount and share: hour t counts min(g(t), import(t)).
    // The optimizer's Apply writes it with an hourly grid factor (spec §16.9; format 8).
    std::vector<double> greenPowerHourlyKWh;
    bool exportCredit = false;         // off by default (GHG Protocol)
    HeadlineEmissions headline = HeadlineEmissions::Operational;
    double sinkTPerHaYr = 5.0;         // default green-space sink
    double kgcePerKWh = 0.1229;        // electricity to standard coal (GB/T 2589 calorific)
    double thresholdTCO2PerTce = 0.20;
    DispatchStrategy dispatch = DispatchStrategy::SelfConsumption;
    // Embodied factors (park-defaults §2) and service lives.
    double pvEmbodiedKgPerKWp = 810.0;
    double pvLifeYears = 30.0;
    double storageEmbodiedKgPerKWhLfp = 80.0;
    double storageEmbodiedKgPerKWhNmc = 92.0;
    double storageLifeYears = 15.0;
    double buildingEmbodiedKgPerM2Steel = 250.0;
    double buildingEmbodiedKgPerM2Concrete = 327.0;
    double buildingLifeYears = 50.0;
    bool operator==(const CarbonOptions &) const = default;
};

// The least-cost optimizer's settings for the site (spec §16.13, format 6). The threshold is the
// carbon options' own; per-object roles and maxima are on the objects.
struct OptimizerSettings {
    bool keepPlaced = false;        // every placed object is kept (its role at least "keep")
    bool wholeTurbines = false;     // whole turbine counts (a MILP)
    bool exact = false;             // solve the LP of §16.3–§16.6 as exported
    double cleanShareMinPct = -1.0; // clean-energy share floor, %; < 0: none
    double greenMaxKWh = -1.0;      // green power on offer per year, kWh; < 0: no cap
    double batteryMaxKWh = -1.0;    // < 0: 10 × the mean daily consumption
    double batteryMaxKW = -1.0;     // < 0: the energy bound / 1 h
    bool operator==(const OptimizerSettings &) const = default;
};

struct Site {
    QString name;
    double latitudeDeg = 39.83;
    double longitudeDeg = 109.98;
    double elevationM = 1460.0;
    double utcOffsetHours = 8.0;       // fixed standard-time offset
    double northRotationDeg = 0.0;     // plan north relative to true north, clockwise
    Outline boundary;                  // may be empty
    WeatherSource weather;
    GridSettings grid;
    CarbonOptions carbon;
    WindSettings wind;                 // turbines' air and losses, off-site plants (format 2)
    heat::SiteHeat heat = heat::siteHeatDefaults(latitudeDeg, longitudeDeg);   // heating season, carriers (§14)
    economics::EconomicsSettings economics;   // spec §15.9 (format version 4)
    OptimizerSettings optimizer;               // spec §16.13 (format version 6)
    std::vector<Background> backgrounds;       // pictures under the plan, bottom first (format 7)
    bool operator==(const Site &) const = default;
};

// Plan north lies northRotationDeg clockwise of true north. The sun, the wind's directions and
// the arrays' azimuths are true; obstacles, surfaces and turbines stand on the plan. Shading
// turns the sun onto the plan, the wakes turn the turbines to true north.

// A true azimuth (clockwise from true north, °) as a direction on the plan (clockwise from plan
// north, in [0, 360)).
inline double planAzimuthDeg(double trueAzimuthDeg, double northRotationDeg)
{
    const double a = std::fmod(trueAzimuthDeg - northRotationDeg, 360.0);
    return a < 0.0 ? a + 360.0 : a;
}

// A plan point in metres east and north of the site origin along true north (at 0° it is the
// point itself, bit for bit).
inline Point2 trueEastNorthOf(const Point2 &plan, double northRotationDeg)
{
    const double r = northRotationDeg * kDegToRad;
    const double c = std::cos(r), s = std::sin(r);
    return {plan.x() * c + plan.y() * s, -plan.x() * s + plan.y() * c};
}

} // namespace pz
