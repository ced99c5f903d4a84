// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "model/pvsystem.h"

#include <cmath>
#include <numbers>

namespace pz {

double PvSystem::rowTopHeightM() const
{
    // Rows sit about 0.5 m above their base plane; the top edge rises by depth × sin(tilt).
    constexpr double kClearanceM = 0.5;
    return kClearanceM + rowDepthM * std::sin(radiansTwiceRounded(tiltDeg));
}

} // namespace pz
