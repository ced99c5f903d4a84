// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in climate library: monthly normals (mean daily GHI, mean air temperature) of the
// locations of park-defaults.md §4a, used when a park has no weather file of its own. A typical
// hourly year is made from them by synthesizeYear (syntheticyear.h).

#include <QString>

#include <array>
#include <vector>

namespace pz::weather {

struct ClimateNormals {
    const char *id;            // stable key, e.g. "ordos"
    const char *name;          // English; translate with QCoreApplication::translate("pz::Climate", name)
    double latitudeDeg, longitudeDeg, elevationM, utcOffsetHours;
    std::array<double, 12> ghiKWhM2Day;   // monthly mean daily global horizontal irradiation
    std::array<double, 12> tempC;         // monthly mean air temperature
    bool proxy;                // data of a nearby station stand in for the named place
    const char *origin;        // where the numbers come from (not translated)

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
