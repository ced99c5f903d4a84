// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NREL Solar Position Algorithm (Reda & Andreas 2004, NREL/TP-560-34302): the sun's topocentric
// zenith and azimuth for a place and time, with atmospheric refraction and the incidence angle on
// a tilted surface. Used for the hourly sun track (spec §2) and the map's sun study.

namespace pz::solar {

struct SpaInput {
    int year = 2000, month = 1, day = 1, hour = 0, minute = 0;
    double second = 0;
    double timezoneHours = 0;          // local standard time = UTC + timezoneHours
    double latitudeDeg = 0, longitudeDeg = 0, elevationM = 0;
    double pressureMbar = 1013.25, temperatureC = 12, deltaTSeconds = 67.0;
    double slopeDeg = 0, azimuthRotationDeg = 0;   // surface: tilt, and azimuth from south (west +)
    double atmosphericRefractionDeg = 0.5667;      // refraction at sunrise/sunset
};

struct SpaResult {
    double zenithDeg = 90;             // topocentric, refracted
    double azimuthDeg = 0;             // clockwise from north
    double elevationDeg = 0;           // refracted
    double geometricElevationDeg = 0;  // without refraction
    double incidenceDeg = 90;          // on the surface given by slope / azimuth rotation
};

SpaResult spa(const SpaInput &in);

// Julian day of a UTC calendar date and time (Gregorian), as SPA eq. 4.
double julianDay(int year, int month, int day, int hour, int minute, double second,
                 double timezoneHours);

} // namespace pz::solar
