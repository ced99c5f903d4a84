// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pvarray.h"

namespace pz {

double PvArray::kwp() const
{
    if (kwpOverride >= 0.0)
        return kwpOverride;
    const double coverage = pv.hasRows() ? pv.gcr : 1.0;
    return areaM2(outline) * coverage * pv.moduleWPerM2 / 1000.0;
}

} // namespace pz
