// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sun's position at the midpoint of every hour of a weather year at one site, together with
// every per-hour sky quantity that does not depend on the receiving surface (spec §2–§4). Computed
// once per site and weather; any number of arrays (and the shading engine) then share it.

#include "weatheryear.h"

#include <array>
#include <vector>

namespace pz::solar {

struct SunTrack {
    double latitudeDeg = 0, longitudeDeg = 0, elevationM = 0, utcOffsetHours = 0;

    // Sun position at the interval midpoint (spec §2), 8760 each.
    std::vector<double> apparentZenithDeg;   // refracted
    std::vector<double> azimuthDeg;          // clockwise from north
    std::vector<double> e0;                  // extraterrestrial normal irradiance, W/m² (Spencer)
    std::vector<double> airMass;             // Kasten–Young, relative; NaN while the sun is down
    std::vector<unsigned char> up;           // apparent zenith < 90°

    // Unit vector towards the sun (east, north, up) = (sin z sin γs, sin z cos γs, cos z).
    std::vector<double> sunEast, sunNorth, sunUp;

    // Perez (spec §4) per hour: bin (−1 = not applicable), F1, F2, and the weather terms the
    // array model needs, with the sun-down rule applied (DNI and sky diffuse 0 while down):
    // beamNormal = DNI, isotropic = DHI·(1−F1), circumsolar = DHI·F1 / max(cos z, cos 85°),
    // horizon = DHI·F2, ghi = GHI.
    std::vector<signed char> perezBin;
    std::vector<double> f1, f2;
    std::vector<double> beamNormal, isotropic, circumsolar, horizon, ghi;
    std::vector<double> tempC, windMs;
    // exp(b·WS) of the two SAPM mountings (b = −0.075 open rack, −0.0471 close roof), so that
    // arrays with the default coefficients need no exponential per hour.
    std::vector<double> sapmWindOpenRack, sapmWindCloseRoof;

    // Hours that can give any irradiance on a plane (sun up or GHI > 0), ascending.
    std::vector<int> activeHours;

    // The per-hour inputs of the array model for the active hours only, contiguous (index i
    // is hour activeHours[i]), so that the chain runs over packed arrays; monthStart[m] is the
    // first i in month m (monthStart[12] = activeHours.size()).
    struct Packed {
        std::vector<double> sunEast, sunNorth, sunUp, beamNormal, isotropic, circumsolar, horizon,
            ghi, tempC, sapmWindOpenRack, sapmWindCloseRoof;
        std::array<int, 13> monthStart{};
    } packed;

    int hours() const { return int(apparentZenithDeg.size()); }
};

// Sun track of weather at a site (usually the weather's own). Refraction uses the standard
// pressure at elevationM and 12 °C; ΔT = 67 s.
SunTrack computeSunTrack(const WeatherYear &weather, double latitudeDeg, double longitudeDeg,
                         double elevationM, double utcOffsetHours);

// The same at the weather's own site.
SunTrack computeSunTrack(const WeatherYear &weather);

} // namespace pz::solar
