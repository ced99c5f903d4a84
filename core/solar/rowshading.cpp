#include "rowshading.h"

#include <numbers>

namespace pz::solar {
namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
}

double rowBeamShadedFractionDeg(double gcr, double tiltDeg, double arrayAzimuthDeg,
                                double zenithDeg, double solarAzimuthDeg)
{
    if (!(zenithDeg < 90.0))
        return 0.0;
    return rowBeamShadedFraction(gcr, std::cos(tiltDeg * kDeg), std::sin(tiltDeg * kDeg),
                                 std::cos(zenithDeg * kDeg), std::sin(zenithDeg * kDeg),
                                 std::cos((solarAzimuthDeg - arrayAzimuthDeg) * kDeg));
}

double passiasMaskingAngleDeg(double tiltDeg, double gcr)
{
    if (!(gcr > 0) || tiltDeg == 0.0)
        return 0.0;
    const double x = 1.0 / gcr;
    const double cb = std::cos(tiltDeg * kDeg), sb = std::sin(tiltDeg * kDeg);
    const double psi = -x / 2.0 * sb * std::log(std::abs(2.0 * x * cb - (x * x + 1.0)))
        + (x * cb - 1.0) * std::atan((x * cb - 1.0) / (x * sb))
        + (1.0 - x * cb) * std::atan(cb / sb)
        + x * std::log(x) * sb;
    return std::isfinite(psi) ? psi / kDeg : 0.0;
}

double passiasSkyDiffuseLoss(double tiltDeg, double gcr)
{
    const double c = std::cos(passiasMaskingAngleDeg(tiltDeg, gcr) * kDeg / 2.0);
    return 1.0 - c * c;
}

} // namespace pz::solar
