// SPDX-License-Identifier: GPL-3.0-or-later
// Boost 1.74's union_ trips a false -Wmaybe-uninitialized in GCC 12 (rescale_policy factor).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "engine/sunstudy.h"

#include "engine/pvsystems.h"
#include "shading/groundshadow.h"
#include "solar/spa.h"

#include <cmath>

namespace pz {

SunPosition sunPositionAt(const Site &site, const QDateTime &localStandardTime)
{
    const QDate d = localStandardTime.date();
    const QTime t = localStandardTime.time();
    solar::SpaInput in;
    in.year = d.year();
    in.month = d.month();
    in.day = d.day();
    in.hour = t.hour();
    in.minute = t.minute();
    in.second = t.second();
    in.timezoneHours = site.utcOffsetHours;
    in.latitudeDeg = site.latitudeDeg;
    in.longitudeDeg = site.longitudeDeg;
    in.elevationM = site.elevationM;
    // Standard atmosphere at the site's elevation, as the yield chain uses (spec §2).
    in.pressureMbar = 1013.25 * std::pow(1.0 - 2.25577e-5 * site.elevationM, 5.25588);
    const solar::SpaResult r = solar::spa(in);
    return {r.elevationDeg, r.azimuthDeg};
}

std::vector<ObjectShadow> sunStudyShadows(const Park &park, const QDateTime &localStandardTime)
{
    const SunPosition sun = sunPositionAt(park.site, localStandardTime);
    std::vector<ObjectShadow> shadows;
    if (!sun.up())
        return shadows;
    for (const shading::ObstacleShadow &s :
         shading::groundShadows(obstaclesOf(park), sun.elevationDeg,
                                planAzimuthDeg(sun.azimuthDeg, park.site.northRotationDeg))) {
        // A building's rooftop rows are part of that building.
        const ObjectId id = s.id & ~rooftopObstacleId(0);
        if (!shadows.empty() && shadows.back().id == id) {
            MultiPolygon merged;
            bg::union_(shadows.back().shadow, s.shadow, merged);
            shadows.back().shadow = std::move(merged);
        } else {
            shadows.push_back({id, s.shadow});
        }
    }
    return shadows;
}

} // namespace pz
