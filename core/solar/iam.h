// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Incidence-angle modifier of the beam (spec §6): De Soto et al. (2006) "physical" model of a
// glass cover, n = 1.526, K = 4 /m, L = 2 mm.

#include <algorithm>
#include <cmath>

namespace pz::solar {

struct PhysicalIamParams { double n = 1.526, kPerM = 4.0, thicknessM = 0.002; };

// Whether exp(−KL/cos θ2)/exp(−KL) may be taken from a short series: its exponent
// x = KL(1 − 1/cos θ2) lies in [−KL(n/√(n²−1) − 1), 0], about [−0.0026, 0] for the defaults,
// where a fifth-order Taylor series is exact to rounding.
inline bool physicalIamSeriesExact(const PhysicalIamParams &p)
{
    return p.kPerM * p.thicknessM * (p.n / std::sqrt(p.n * p.n - 1.0) - 1.0) < 0.02;
}

// IAM for 0 < cosAoi <= 1 without branches, one square root and one division (the chain calls
// it for every daylight hour of every array).
inline double physicalIamCore(double cosAoi, const PhysicalIamParams &p, bool series)
{
    const double n = p.n, c = cosAoi;
    // Snell: sin θ2 = sin θ/n, so cos θ2 = sqrt(1 − (1 − cos²θ)/n²).
    // Constant divisions are multiplications by the reciprocal (the packed loop of the PV chain
    // does the same, so both paths agree to the bit).
    const double c2 = std::sqrt(1.0 - (1.0 - c * c) * (1.0 / (n * n)));
    const double sNum = c - n * c2, sDen = c + n * c2;     // rs = (sNum/sDen)²
    const double pNum = c2 - n * c, pDen = c2 + n * c;     // rp = (pNum/pDen)²
    const double inv = 1.0 / (sDen * pDen * c2);
    const double rs = sNum * pDen * c2 * inv, rp = pNum * sDen * c2 * inv;
    const double invC2 = sDen * pDen * inv;
    const double r0 = (n - 1.0) / (n + 1.0);
    const double x = p.kPerM * p.thicknessM * (1.0 - invC2);
    const double expX = series
        ? 1.0 + x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x * (1.0 / 24.0 + x * (1.0 / 120.0)))))
        : std::exp(x);
    return ((1.0 - rs * rs) + (1.0 - rp * rp)) * expX * (0.5 / (1.0 - r0 * r0));
}

// IAM from the cosine of the angle of incidence; 0 when cos <= 0.
inline double physicalIamFromCos(double cosAoi, const PhysicalIamParams &p = {})
{
    if (!(cosAoi > 0))
        return 0.0;
    return physicalIamCore(std::min(cosAoi, 1.0), p, physicalIamSeriesExact(p));
}

// IAM for an angle of incidence in degrees; 0 for aoi >= 90°.
double physicalIam(double aoiDeg, const PhysicalIamParams &p = {});

} // namespace pz::solar
