// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a Park into the JSON of a project file (format in docs/file-format.md). Every field is
// written, defaults included, so that a file documents itself and reads back unchanged.

#include "model/park.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pz::io {

class ProjectWriter
{
public:
    static QJsonObject toJson(const Park &park);

    static QJsonObject siteToJson(const Site &site);
    static QJsonObject objectToJson(const ParkObject &object);
    static QJsonArray outlineToJson(const Outline &outline);
    // The PV system fields, added flat to `into` (a PV field object or a rooftop object).
    static void addPvSystem(QJsonObject &into, const PvSystem &pv);
};

} // namespace pz::io
