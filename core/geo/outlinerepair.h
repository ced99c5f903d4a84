// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repairs of an imported ring that leave no doubt about the intended outline: the closing
// vertex is dropped (plan outlines are open), and duplicate consecutive vertices and spikes
// (a vertex where the boundary folds straight back on itself) are removed. Anything else
// (self-intersections, zero area) is left for validation to report.

#include "geometry/geometry.h"

#include <QStringList>

namespace pz::geo::detail {

struct RepairedOutline {
    Outline outline;
    QStringList repairs;  // what was done, translated; empty when nothing was needed
};

// toleranceM: vertices closer than this count as duplicates.
RepairedOutline repairOutline(Outline ring, double toleranceM = 1e-3);

} // namespace pz::geo::detail
