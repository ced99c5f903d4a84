// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/windphysics.h"

#include <cmath>

namespace pz::wind {

double hubSpeedMS(double v, double h, const ShearSettings &s)
{
    if (s.profile == ShearProfile::Logarithmic)
        return v * std::log(h / s.roughnessM) / std::log(s.anemometerHeightM / s.roughnessM);
    return v * std::pow(h / s.anemometerHeightM, s.alpha);
}

HubAir hubAir(double tempC, double pressurePa, double h)
{
    static const double exponent = kGravityMS2 / (kGasConstantDryAir * kLapseRateKPerM);
    HubAir a;
    const double t2 = tempC + 273.15;
    a.temperatureK = t2 - kLapseRateKPerM * (h - kWeatherHeightM);
    a.pressurePa = pressurePa * std::pow(a.temperatureK / t2, exponent);
    a.densityKgM3 = a.pressurePa / (kGasConstantDryAir * a.temperatureK);
    return a;
}

double densityFactor(double rho, double rhoRef, bool normalise)
{
    return normalise ? std::cbrt(rho / rhoRef) : 1.0;
}

} // namespace pz::wind
