// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Steady-state cell temperature models (spec §6): SAPM (King et al. 2004) with the mounting's
// coefficients, and Faiman (2008).

#include <cmath>

namespace pz::solar {

enum class CellTemperatureModel { SapmOpenRack, SapmCloseRoof, Faiman };

struct SapmCoefficients { double a, b, deltaT; };

// SAPM coefficients: open rack glass/polymer (ground) or close mount glass/glass (roof).
// Faiman gets the open-rack values (unused by that model).
SapmCoefficients sapmCoefficients(CellTemperatureModel m);

// Cell temperature (°C) from POA global poaWm2 (after shading, before IAM), air temperature and
// wind speed.
inline double sapmCellTemp(double poaWm2, double airTempC, double windMs, double a, double b,
                           double deltaT)
{
    return poaWm2 * std::exp(a + b * windMs) + airTempC + poaWm2 / 1000.0 * deltaT;
}

inline double faimanCellTemp(double poaWm2, double airTempC, double windMs, double u0 = 25.0,
                             double u1 = 6.84)
{
    return airTempC + poaWm2 / (u0 + u1 * windMs);
}

} // namespace pz::solar
