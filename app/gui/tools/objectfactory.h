// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// New objects drawn or placed on the plan: sensible defaults and a free default name
// ("Building 12").

#include "model/park.h"

#include <QCoreApplication>

namespace pz {

class ObjectFactory
{
    Q_DECLARE_TR_FUNCTIONS(ObjectFactory)
public:
    // "Building n" with the smallest n ≥ (count of that kind + 1) not yet used as a name.
    static QString defaultName(const Park &park, ObjectKind kind);
    static Building building(const Park &park, const Outline &footprint);
    static PvArray pvField(const Park &park, const Outline &outline);
    static GreenSpace greenSpace(const Park &park, const Outline &outline);
    static Storage storage(const Park &park, const Point2 &position, double rotationDeg);
    static WindTurbine turbine(const Park &park, const Point2 &position);
    // The outline counter-clockwise (the orientation files store).
    static Outline counterClockwise(Outline outline);
};

} // namespace pz
