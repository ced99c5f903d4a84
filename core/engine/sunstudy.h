// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sun study: where the sun is at a date and local standard time on the site, and the ground
// shadow of every object then (one union of polygons per object), for the map to draw and a time
// slider to animate.

#include "model/park.h"

#include <QDateTime>
#include <vector>

namespace pz {

struct SunPosition {
    double elevationDeg = 0.0;  // refracted
    double azimuthDeg = 0.0;    // clockwise from north
    bool up() const { return elevationDeg > 0.0; }
};

struct ObjectShadow {
    ObjectId id = 0;
    MultiPolygon shadow;        // plan metres
};

// Sun position at the site for a local standard time (the site's fixed UTC offset).
SunPosition sunPositionAt(const Site &site, const QDateTime &localStandardTime);

// Ground shadows of all objects that cast shade (buildings with their rooftop PV, PV rows,
// containers); empty when the sun is down.
std::vector<ObjectShadow> sunStudyShadows(const Park &park, const QDateTime &localStandardTime);

} // namespace pz
