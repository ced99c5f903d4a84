// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small park for filling the optimizer's problem from a park (spec §16.1): an office with
// rooftop PV (its load is the park's consumption), a ground PV field and two turbines in one
// wind group, on the built-in weather of the default site. No battery is placed.

#include "model/park.h"

namespace pztest {

inline pz::Park optimizerPark()
{
    using namespace pz;
    Park park;
    park.site.name = QStringLiteral("Optimizer park");
    Building office;
    office.id = 1;
    office.name = QStringLiteral("Office");
    office.footprint = {{0, 0}, {60, 0}, {60, 40}, {0, 40}};
    office.heightM = 10;
    office.useType = UseType::Office;
    park.append(office);
    PvArray field;
    field.id = 2;
    field.name = QStringLiteral("Field");
    field.outline = {{100, -200}, {200, -200}, {200, -140}, {100, -140}};
    park.append(field);
    for (int i = 0; i < 2; ++i) {
        WindTurbine turbine;
        turbine.id = ObjectId(3 + i);
        turbine.name = QStringLiteral("T%1").arg(3 + i);
        turbine.position = {600.0 + 700.0 * i, 400.0};
        park.append(turbine);
    }
    park.setNextId(5);
    return park;
}

} // namespace pztest
