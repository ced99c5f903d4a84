#include "model/pvsystem.h"

#include <cmath>
#include <numbers>

namespace pz {

double PvSystem::rowTopHeightM() const
{
    // Rows sit about 0.5 m above their base plane; the top edge rises by depth × sin(tilt).
    constexpr double clearanceM = 0.5;
    return clearanceM + rowDepthM * std::sin(tiltDeg * std::numbers::pi / 180.0);
}

} // namespace pz
