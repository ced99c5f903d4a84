// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PV yield chain of one array over a weather year (spec §4–§7): Perez plane-of-array
// irradiance, row self-shading, shading by park objects, incidence-angle modifier, cell
// temperature, PVWatts DC, system losses and inverter. Runs on a SunTrack shared by all arrays of
// a site; night hours are skipped.

#include "celltemperature.h"
#include "suntrack.h"
#include "weatheryear.h"

#include <array>
#include <vector>

namespace pz::solar {

struct PvChainParams {
    double tiltDeg = 35, azimuthDeg = 180;   // azimuth clockwise from north, 180 = south
    double kwp = 1000;
    double gcr = 0;                          // ground coverage ratio of rows; 0 = a single row
    double lossesPct = 14, dcAcRatio = 1.2, etaNom = 0.96, etaRef = 0.9637;
    double gammaPdcPerC = -0.0037, albedo = 0.2;
    CellTemperatureModel temperatureModel = CellTemperatureModel::SapmOpenRack;
    double sapmA = -3.56, sapmB = -0.075, sapmDeltaT = 3;   // see withMountingDefaults
    double faimanU0 = 25, faimanU1 = 6.84;
};

// p with temperature model m and, for the SAPM models, that mounting's coefficients.
PvChainParams withMountingDefaults(PvChainParams p, CellTemperatureModel m);

// Shading by park objects (spec §9): beam and the circumsolar part multiplied by (1 − hidden[h]),
// the isotropic part by skyViewShare; horizon brightening and ground unchanged.
struct ObjectShading {
    const float *beamHiddenShare = nullptr;   // 8760 values in [0, 1], or null (none)
    double skyViewShare = 1.0;
};

// Annual AC energy per kWp of nameplate (kWh/kWp); 0 for a system without nameplate.
inline double specificYieldKWhPerKwp(double annualAcKWh, double kwp)
{
    return kwp > 0 ? annualAcKWh / kwp : 0;
}

struct ArrayYield {
    double annualAcKWh = 0;
    double annualPoaKWhM2 = 0;    // POA after all shading, before IAM
    double annualEeffKWhM2 = 0;
    double dcGrossKWh = 0, dcNetKWh = 0;
    double performanceRatio = 0;  // AC / (kWp · POA)
    double peakAcKW = 0;
    std::array<double, 12> monthlyAcKWh{};
    std::vector<float> acW, poaWm2, cellTempC;   // 8760 each, filled only when keepHourly

    double specificYieldKWhPerKwp(double kwp) const { return solar::specificYieldKWhPerKwp(annualAcKWh, kwp); }
};

ArrayYield simulateArray(const WeatherYear &weather, const SunTrack &track,
                         const PvChainParams &params, const ObjectShading &shading = {},
                         bool keepHourly = true);

// Every intermediate of one hour, for reports and tests.
struct HourTrace {
    double zenithDeg, azimuthDeg, e0, airMass, ghi, dni, dhi, tempC, windMs, aoiDeg;
    double beam, sky, ground, iam, eeff, cellTempC, pdcW, pdcNetW, pacW;
    double poa;               // beam + sky + ground (after shading)
    double rowShadedFraction; // fs of spec §5
    int perezBin;             // 0..7, −1 when not applicable
};

HourTrace traceHour(const WeatherYear &weather, const SunTrack &track, const PvChainParams &params,
                    int hourIndex, const ObjectShading &shading = {});

} // namespace pz::solar
