// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-hour sky quantities that depend only on the sun (spec §3): extraterrestrial normal
// irradiance (Spencer 1971) and relative air mass (Kasten & Young 1989).

#include "common/units.h"
#include <cmath>
#include <numbers>

namespace pz::solar {

// Extraterrestrial normal irradiance (W/m²) on integer day of year doy (1..365).
inline double extraterrestrialNormal(int dayOfYear)
{
    const double b = 2.0 * std::numbers::pi * (dayOfYear - 1) / 365.0;
    return 1366.1 * (1.00011 + 0.034221 * std::cos(b) + 0.00128 * std::sin(b)
                     + 0.000719 * std::cos(2 * b) + 0.000077 * std::sin(2 * b));
}

// Relative (not pressure-corrected) air mass for apparent zenith zenithDeg; NaN above 90°.
inline double relativeAirMass(double zenithDeg)
{
    if (!(zenithDeg <= 90.0))
        return std::nan("");
    return 1.0 / (std::cos(radiansTwiceRounded(zenithDeg))
                  + 0.50572 * std::pow(96.07995 - zenithDeg, -1.6364));
}

// Standard-atmosphere pressure (Pa) at an altitude (m), as spec §2.
inline double pressureAtAltitudePa(double altitudeM)
{
    return 101325.0 * std::pow(1.0 - 2.25577e-5 * altitudeM, 5.25588);
}

} // namespace pz::solar
