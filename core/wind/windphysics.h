// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The air at a turbine's hub (spec wind.md §12.2–§12.4): wind shear from the anemometer to the
// hub height (power law or logarithmic profile), dry-air density at hub height from the 2 m
// temperature and pressure, and the IEC 61400-12-1 density normalisation of the speed.

namespace pz::wind {

enum class ShearProfile { PowerLaw, Logarithmic };

struct ShearSettings {
    ShearProfile profile = ShearProfile::PowerLaw;
    double alpha = 0.14;              // power-law exponent
    double roughnessM = 0.03;         // z0 of the logarithmic profile, > 0
    double anemometerHeightM = 10;    // h_ref
};

// v_hub from the anemometer speed (§12.2).
double hubSpeedMS(double anemometerSpeedMS, double hubHeightM, const ShearSettings &shear);

inline constexpr double kLapseRateKPerM = 0.0065;   // Γ
inline constexpr double kGravityMS2 = 9.80665;
inline constexpr double kGasConstantDryAir = 287.05;   // J/(kg·K)
inline constexpr double kWeatherHeightM = 2;         // height of the file's T and p

struct HubAir {
    double temperatureK = 0, pressurePa = 0, densityKgM3 = 0;
};

// T, p and ρ at hub height h from the file's temperature (°C) and pressure (Pa) at 2 m (§12.3).
HubAir hubAir(double tempC, double pressurePa, double hubHeightM);

// (ρ/ρ_ref)^(1/3) when normalisation is on, else 1: v_eq = v · this factor (§12.4).
double densityFactor(double densityKgM3, double referenceDensityKgM3, bool normalise);

} // namespace pz::wind
