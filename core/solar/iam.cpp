// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "iam.h"

#include <numbers>

namespace pz::solar {

double physicalIam(double aoiDeg, const PhysicalIamParams &p)
{
    if (!(aoiDeg < 90.0))
        return 0.0;
    const double a = radiansTwiceRounded(std::abs(aoiDeg));
    return physicalIamFromCos(std::cos(a), p);
}

} // namespace pz::solar
