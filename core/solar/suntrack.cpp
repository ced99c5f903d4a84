// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "suntrack.h"

#include "perez.h"
#include "skyquantities.h"
#include "spa.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::solar {
namespace {
constexpr double kSapmBOpenRack = -0.075, kSapmBCloseRoof = -0.0471;
}

namespace {

// A track for the position with every hourly series sized to the year and zero.
SunTrack emptyTrack(double latitudeDeg, double longitudeDeg, double elevationM, double utcOffsetHours)
{
    constexpr int n = kHoursPerYear;
    SunTrack t;
    t.latitudeDeg = latitudeDeg;
    t.longitudeDeg = longitudeDeg;
    t.elevationM = elevationM;
    t.utcOffsetHours = utcOffsetHours;
    for (auto *v : {&t.apparentZenithDeg, &t.azimuthDeg, &t.e0, &t.airMass, &t.sunEast,
                    &t.sunNorth, &t.sunUp, &t.f1, &t.f2, &t.beamNormal, &t.isotropic,
                    &t.circumsolar, &t.horizon, &t.ghi, &t.tempC, &t.windMs, &t.sapmWindOpenRack,
                    &t.sapmWindCloseRoof})
        v->assign(n, 0.0);
    t.up.assign(n, 0);
    t.perezBin.assign(n, -1);
    t.activeHours.reserve(n / 2 + 200);
    return t;
}

// The SPA input for the position; the date and hour are set per hour (at half past).
SpaInput spaInputFor(double latitudeDeg, double longitudeDeg, double elevationM, double utcOffsetHours)
{
    SpaInput in;
    in.year = 2023;
    in.minute = 30;
    in.second = 0;
    in.timezoneHours = utcOffsetHours;
    in.latitudeDeg = latitudeDeg;
    in.longitudeDeg = longitudeDeg;
    in.elevationM = elevationM;
    in.pressureMbar = pressureAtAltitudePa(elevationM) / 100.0;
    in.temperatureC = 12.0;
    in.deltaTSeconds = 67.0;
    return in;
}

// Hour h of the track: the sun's position, and with weather the Perez sky and the module's
// thermal inputs; an hour with the sun up or with light becomes active.
void fillHour(SunTrack &t, int h, const SpaResult &sun, double e0, const WeatherYear &weather, bool haveWeather,
              double cos85)
{
    const double z = sun.zenithDeg;
    const double zr = z * kDegToRad, ar = sun.azimuthDeg * kDegToRad;
    const double cz = std::cos(zr), sz = std::sin(zr);
    const bool up = z < 90.0;
    t.apparentZenithDeg[h] = z;
    t.azimuthDeg[h] = sun.azimuthDeg;
    t.e0[h] = e0;
    t.airMass[h] = up ? relativeAirMass(z) : std::nan("");
    t.up[h] = up ? 1 : 0;
    t.sunEast[h] = sz * std::sin(ar);
    t.sunNorth[h] = sz * std::cos(ar);
    t.sunUp[h] = cz;
    if (!haveWeather)
        return;
    const double ghi = weather.ghi[h], dni = weather.dni[h], dhi = weather.dhi[h];
    t.ghi[h] = ghi;
    t.tempC[h] = weather.tempC[h];
    t.windMs[h] = weather.windMs[h];
    t.sapmWindOpenRack[h] = std::exp(kSapmBOpenRack * weather.windMs[h]);
    t.sapmWindCloseRoof[h] = std::exp(kSapmBCloseRoof * weather.windMs[h]);
    if (up) {
        t.beamNormal[h] = dni;
        const PerezCoefficients c = perezCoefficients(dhi, dni, e0, t.airMass[h], z);
        t.perezBin[h] = static_cast<signed char>(c.bin);
        if (c.bin >= 0) {
            t.f1[h] = c.f1;
            t.f2[h] = c.f2;
            t.isotropic[h] = dhi * (1.0 - c.f1);
            t.circumsolar[h] = dhi * c.f1 / std::max(cz, cos85);
            t.horizon[h] = dhi * c.f2;
        }
    }
    if (up || ghi > 0)
        t.activeHours.push_back(h);
}

// Copies the active hours into the packed series, with where each month starts among them.
void packActiveHours(SunTrack &t)
{
    SunTrack::Packed &pk = t.packed;
    const std::size_t na = t.activeHours.size();
    for (auto *v : {&pk.sunEast, &pk.sunNorth, &pk.sunUp, &pk.beamNormal, &pk.isotropic,
                    &pk.circumsolar, &pk.horizon, &pk.ghi, &pk.tempC, &pk.sapmWindOpenRack,
                    &pk.sapmWindCloseRoof})
        v->resize(na);
    int month = 0;
    for (std::size_t i = 0; i < na; ++i) {
        const int hr = t.activeHours[i];
        while (month < 12 && hr >= WeatherYear::firstHourOfMonth(month + 1))
            pk.monthStart[++month] = int(i);
        pk.sunEast[i] = t.sunEast[hr];
        pk.sunNorth[i] = t.sunNorth[hr];
        pk.sunUp[i] = t.sunUp[hr];
        pk.beamNormal[i] = t.beamNormal[hr];
        pk.isotropic[i] = t.isotropic[hr];
        pk.circumsolar[i] = t.circumsolar[hr];
        pk.horizon[i] = t.horizon[hr];
        pk.ghi[i] = t.ghi[hr];
        pk.tempC[i] = t.tempC[hr];
        pk.sapmWindOpenRack[i] = t.sapmWindOpenRack[hr];
        pk.sapmWindCloseRoof[i] = t.sapmWindCloseRoof[hr];
    }
    while (month < 12)
        pk.monthStart[++month] = int(na);
}

} // namespace

SunTrack computeSunTrack(const WeatherYear &weather, double latitudeDeg, double longitudeDeg,
                         double elevationM, double utcOffsetHours)
{
    SunTrack t = emptyTrack(latitudeDeg, longitudeDeg, elevationM, utcOffsetHours);
    const bool haveWeather = weather.isComplete();
    const SpaInput in = spaInputFor(latitudeDeg, longitudeDeg, elevationM, utcOffsetHours);
    const SpaSite site(in);
    const double cos85 = std::cos(85.0 * kDegToRad);
    const double dTDays = in.deltaTSeconds / 86400.0;
    auto julianDayOf = [&](int month, int day, int hour) {
        return julianDay(in.year, month, day, hour, in.minute, in.second, in.timezoneHours);
    };
    // The Earth's position and the nutation once a day, interpolated to the hours.
    const SpaSlowTermsTable slow(julianDayOf(1, 1, 0) + dTDays, julianDayOf(12, 31, 23) + dTDays, 1.0);

    int h = 0;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= WeatherYear::daysInMonth(month - 1); ++day) {
            const double e0 = extraterrestrialNormal(h / 24 + 1);
            for (int hour = 0; hour < 24; ++hour, ++h) {
                const double jd = julianDayOf(month, day, hour);
                fillHour(t, h, spaFromSlowTerms(in, site, jd, slow.at(jd + dTDays), false), e0,
                         weather, haveWeather, cos85);
            }
        }
    }
    packActiveHours(t);
    return t;
}

SunTrack computeSunTrack(const WeatherYear &weather)
{
    return computeSunTrack(weather, weather.latitudeDeg, weather.longitudeDeg, weather.elevationM,
                           weather.utcOffsetHours);
}

} // namespace pz::solar
