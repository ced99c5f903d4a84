#pragma once
// Incidence-angle modifier of the beam (spec §6): De Soto et al. (2006) "physical" model of a
// glass cover, n = 1.526, K = 4 /m, L = 2 mm.

#include <cmath>

namespace pz::solar {

struct PhysicalIamParams { double n = 1.526, kPerM = 4.0, thicknessM = 0.002; };

// IAM from cos and sin of the angle of incidence (no inverse trigonometry). 0 when cos <= 0.
inline double physicalIamFromCos(double cosAoi, double sinAoi, const PhysicalIamParams &p = {})
{
    if (!(cosAoi > 0))
        return 0.0;
    const double n = p.n;
    const double s2 = sinAoi / n;
    const double cos2 = std::sqrt(1.0 - s2 * s2);   // cos θ2, θ2 the refraction angle
    const double rsq = (cosAoi - n * cos2) / (cosAoi + n * cos2);
    const double rpq = (cos2 - n * cosAoi) / (cos2 + n * cosAoi);
    const double r0 = (n - 1.0) / (n + 1.0);
    const double kl = p.kPerM * p.thicknessM;
    return ((1.0 - rsq * rsq) + (1.0 - rpq * rpq)) / 2.0 * std::exp(-kl / cos2)
        / ((1.0 - r0 * r0) * std::exp(-kl));
}

// IAM for an angle of incidence in degrees; 0 for aoi >= 90°.
double physicalIam(double aoiDeg, const PhysicalIamParams &p = {});

} // namespace pz::solar
