// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NREL Solar Position Algorithm (Reda & Andreas 2004, NREL/TP-560-34302): the sun's topocentric
// zenith and azimuth for a place and time, with atmospheric refraction and the incidence angle on
// a tilted surface. Used for the hourly sun track (spec §2) and the map's sun study.
//
// spa() is the full algorithm at one instant. Its time-only part that varies slowly (the Earth's
// heliocentric position and the nutation, which cost nine tenths of the work) can be computed once
// per day and interpolated between days (SpaSlowTermsTable); the sun track does so.

#include <vector>

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

// The slowly varying, place-independent terms of SPA at a Julian ephemeris day.
struct SpaSlowTerms {
    double alphaDeg = 0;    // geocentric right ascension (continuous in a table, so may pass 360)
    double deltaDeg = 0;    // geocentric declination
    double rAu = 1;         // Earth radius vector
    double equinoxDeg = 0;  // nutation in right ascension, Δψ·cos ε (apparent − mean sidereal time)
};
SpaSlowTerms spaSlowTerms(double jde);

// The observer's per-site constants (latitude, and the parallax terms of the elevation).
struct SpaSite {
    explicit SpaSite(const SpaInput &in);
    double sinPhi = 0, cosPhi = 1, xx = 1, yy = 0;
};

// SPA at Julian day jd from its slow terms: sidereal time, hour angle, the sun's topocentric
// position, refraction and (unless withIncidence is false) incidence. With
// spaSlowTerms(jd + ΔT / 86400) it is spa() exactly.
SpaResult spaFromSlowTerms(const SpaInput &in, const SpaSite &site, double jd, const SpaSlowTerms &slow,
                           bool withIncidence = true);

// The slow terms at nodes stepDays apart covering [firstJde, lastJde], and between the nodes by
// four-point (cubic) Lagrange interpolation. With one-day steps the sun's zenith and azimuth
// differ from spa() by about 1e-7° (at most 1.1e-6° measured, docs/solar-model.md).
class SpaSlowTermsTable
{
public:
    SpaSlowTermsTable(double firstJde, double lastJde, double stepDays);
    SpaSlowTerms at(double jde) const;

private:
    double m_firstJde, m_stepDays;
    std::vector<SpaSlowTerms> m_nodes;
};

// Julian day of a UTC calendar date and time (Gregorian), as SPA eq. 4.
double julianDay(int year, int month, int day, int hour, int minute, double second,
                 double timezoneHours);

} // namespace pz::solar
