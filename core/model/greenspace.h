// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Green space: planted area that counts as a carbon sink.

#include "geometry/geometry.h"
#include "model/objectid.h"

#include <QString>

namespace pz {

struct GreenSpace {
    ObjectId id = 0;
    QString name;
    bool visible = true;
    bool locked = false;

    Outline outline;
    double sinkTPerHaYrOverride = -1.0;  // < 0: the site's default sink rate

    bool operator==(const GreenSpace &) const = default;
};

} // namespace pz
