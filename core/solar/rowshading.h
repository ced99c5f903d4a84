// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Row-to-row self-shading of arrays laid in parallel rows on flat ground (spec §5): the beam
// shaded fraction from the projected sun angle, and the sky-diffuse loss from the Passias (1984)
// average masking angle.

#include <algorithm>
#include <cmath>

namespace pz::solar {

// Beam shaded fraction fs in [0, 1]. cosZenith/sinZenith of the apparent zenith, cosRelAz =
// cos(solar azimuth − array azimuth), tilt given as cos/sin. 0 when gcr <= 0 (a single row).
inline double rowBeamShadedFraction(double gcr, double cosTilt, double sinTilt, double cosZenith,
                                    double sinZenith, double cosRelAz)
{
    if (!(gcr > 0) || !(cosZenith > 0))
        return 0.0;
    // θT = atan2(sin z·cos Δγ, cos z); cos θT / |cos(β − θT)| = cos z / |cos β cos z + sin β p|.
    const double p = sinZenith * cosRelAz;
    const double denom = std::abs(cosTilt * cosZenith + sinTilt * p);
    if (denom <= 0)
        return 1.0;
    return std::clamp(1.0 - (1.0 / gcr) * cosZenith / denom, 0.0, 1.0);
}

// The same in degrees (for tests and the trace).
double rowBeamShadedFractionDeg(double gcr, double tiltDeg, double arrayAzimuthDeg,
                                double zenithDeg, double solarAzimuthDeg);

// Passias average masking angle ψ̄ (degrees) of a row seen from the row in front.
double passiasMaskingAngleDeg(double tiltDeg, double gcr);

// Sky-diffuse loss L = 1 − cos²(ψ̄/2) (0 when gcr <= 0 or tilt = 0).
double passiasSkyDiffuseLoss(double tiltDeg, double gcr);

} // namespace pz::solar
