// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in climate library: monthly normals (mean daily GHI, mean air temperature) and the
// wind (mean speed, Weibull shape, direction sectors) of the
// locations of park-defaults.md §4a, used when a park has no weather file of its own. A typical
// hourly year is made from them by synthesizeYear (syntheticyear.h).

#include <QString>

#include <array>
#include <vector>

namespace pz::weather {

// The wind of a climate at 10 m: the mean speed and the Weibull shape of the hourly speeds
// (moments of the typical-year file's speeds, calms included), and how often the wind comes
// from each of 16 sectors (N, NNE, …, NNW; %). No sectors (all 0) where the file's directions
// are random hour to hour (mean change near 90°) or there is no file: then the year has no
// directions and turbines run without wakes (docs/weather.md).
struct ClimateWind {
    double meanMs = 2.5;        // no file: a typical open-site value
    double weibullK = 2.0;      // no file: Rayleigh
    std::array<double, 16> sectorPct{};
    const char *origin = "";    // where the numbers come from; empty: the typical defaults

    bool hasDirections() const;
};

struct ClimateNormals {
    const char *id;            // stable key, e.g. "ordos"
    const char *name;          // English; translate with QCoreApplication::translate("pz::Climate", name)
    double latitudeDeg, longitudeDeg, elevationM, utcOffsetHours;
    std::array<double, 12> ghiKWhM2Day;   // monthly mean daily global horizontal irradiation
    std::array<double, 12> tempC;         // monthly mean air temperature
    bool proxy;                // data of a nearby station stand in for the named place
    const char *origin;        // where the numbers come from (not translated)
    ClimateWind wind = {};

    double annualGhiKWhM2() const;
    QString displayName() const;   // translated name
};

const std::vector<ClimateNormals> &builtinClimates();
// The climate with this id, or null.
const ClimateNormals *findClimate(const QString &id);
// The built-in climate closest (great-circle distance) to a place.
const ClimateNormals &nearestClimate(double latitudeDeg, double longitudeDeg);
// Great-circle distance in km between two places.
double greatCircleKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg);

} // namespace pz::weather
