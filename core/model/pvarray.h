// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ground-mounted PV field: a polygon filled with rows of modules.

#include "geometry/geometry.h"
#include "model/objectid.h"
#include "model/enums.h"
#include "model/pvsystem.h"

#include <QString>

namespace pz {

struct PvArray {
    ObjectId id = 0;
    QString name;
    bool visible = true;
    bool locked = false;

    Outline outline;
    PvSystem pv;
    double kwpOverride = -1.0;  // < 0: derived from area × GCR × W/m²
    // The least-cost optimizer (spec §16.8, format 6): what it may do with the field, and the
    // largest kWp it may give it (< 0: the area-derived kWp; never above it).
    OptimizerRole optimizerRole = OptimizerRole::Candidate;
    double optimizerMaxKWp = -1.0;

    // Nameplate DC power: explicit, or polygon area × GCR (1 when not in rows) × W/m².
    double kwp() const;

    bool operator==(const PvArray &) const = default;
};

} // namespace pz
