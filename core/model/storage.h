// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A battery store: containers at a position on the plan.

#include "geometry/geometry.h"
#include "model/enums.h"
#include "model/objectid.h"

#include <QString>

namespace pz {

struct Storage {
    ObjectId id = 0;
    QString name;
    bool visible = true;
    bool locked = false;

    Point2 position{0.0, 0.0};      // centre of the footprint
    double lengthM = 12.2;          // a 40 ft container
    double widthM = 2.44;
    double rotationDeg = 0.0;       // counter-clockwise from east
    double heightM = 2.9;
    double energyKWh = 3440.0;
    double powerKW = 1720.0;
    double roundTripEfficiency = 0.85;
    double socMin = 0.05;
    double socMax = 0.95;
    Chemistry chemistry = Chemistry::Lfp;
    // The least-cost optimizer (spec §16.8, format 6): kept and fixed stores make the pooled
    // battery at least their E and P (exactly, when every store is fixed); an excluded store
    // is left out of the pool.
    OptimizerRole optimizerRole = OptimizerRole::Candidate;

    Outline footprint() const { return rectangle(position, lengthM, widthM, rotationDeg); }

    bool operator==(const Storage &) const = default;
};

} // namespace pz
