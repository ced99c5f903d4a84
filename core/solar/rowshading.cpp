// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "rowshading.h"

#include <numbers>

namespace pz::solar {
namespace {
}

double rowBeamShadedFractionDeg(double gcr, double tiltDeg, double arrayAzimuthDeg,
                                double zenithDeg, double solarAzimuthDeg)
{
    if (!(zenithDeg < 90.0))
        return 0.0;
    return rowBeamShadedFraction(gcr, std::cos(tiltDeg * kDegToRad), std::sin(tiltDeg * kDegToRad),
                                 std::cos(zenithDeg * kDegToRad), std::sin(zenithDeg * kDegToRad),
                                 std::cos((solarAzimuthDeg - arrayAzimuthDeg) * kDegToRad));
}

double passiasMaskingAngleDeg(double tiltDeg, double gcr)
{
    if (!(gcr > 0) || tiltDeg == 0.0)
        return 0.0;
    const double x = 1.0 / gcr;
    const double cb = std::cos(tiltDeg * kDegToRad), sb = std::sin(tiltDeg * kDegToRad);
    const double psi = -x / 2.0 * sb * std::log(std::abs(2.0 * x * cb - (x * x + 1.0)))
        + (x * cb - 1.0) * std::atan((x * cb - 1.0) / (x * sb))
        + (1.0 - x * cb) * std::atan(cb / sb)
        + x * std::log(x) * sb;
    return std::isfinite(psi) ? psi / kDegToRad : 0.0;
}

double passiasSkyDiffuseLoss(double tiltDeg, double gcr)
{
    const double c = std::cos(passiasMaskingAngleDeg(tiltDeg, gcr) * kDegToRad / 2.0);
    return 1.0 - c * c;
}

} // namespace pz::solar
