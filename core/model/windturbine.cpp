// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/windturbine.h"

#include "common/units.h"

#include <cmath>
#include <numbers>

namespace pz {

Outline WindTurbine::footprint() const
{
    constexpr int kSides = 12;
    const double r = towerBaseDiameterM / 2.0;
    Outline out;
    out.reserve(kSides);
    for (int i = 0; i < kSides; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kSides;
        out.emplace_back(position.x() + r * std::cos(a), position.y() + r * std::sin(a));
    }
    return out;
}

} // namespace pz
