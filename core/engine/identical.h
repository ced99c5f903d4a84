// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bitwise equality of model inputs: the engine reuses a result only when a fresh computation
// would see exactly the same bits (so −0.0 and 0.0 differ here, unlike with ==).

#include "geometry/geometry.h"

#include <cstring>
#include <vector>

namespace pz {

inline bool identical(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

inline bool identical(const Outline &a, const Outline &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!identical(a[i].x(), b[i].x()) || !identical(a[i].y(), b[i].y()))
            return false;
    return true;
}

} // namespace pz
