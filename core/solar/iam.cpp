#include "iam.h"

#include <numbers>

namespace pz::solar {

double physicalIam(double aoiDeg, const PhysicalIamParams &p)
{
    if (!(aoiDeg < 90.0))
        return 0.0;
    const double a = std::abs(aoiDeg) * std::numbers::pi / 180.0;
    return physicalIamFromCos(std::cos(a), p);
}

} // namespace pz::solar
