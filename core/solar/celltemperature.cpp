// SPDX-License-Identifier: GPL-3.0-or-later
#include "celltemperature.h"

namespace pz::solar {

SapmCoefficients sapmCoefficients(CellTemperatureModel m)
{
    if (m == CellTemperatureModel::SapmCloseRoof)
        return {-2.98, -0.0471, 1.0};
    return {-3.56, -0.075, 3.0};
}

} // namespace pz::solar
