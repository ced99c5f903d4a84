// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a Park into the JSON of a project file (format in docs/file-format.md). Every field is
// written, defaults included, so that a file documents itself and reads back unchanged.

#include "model/project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pz::io {

class ProjectWriter
{
public:
    // The whole file (format 5 on): every scenario, the active one named by its id.
    static QJsonObject toJson(const Project &project);
    // A file holding park as its only scenario (Project(park)).
    static QJsonObject toJson(const Park &park);
    // One entry of `scenarios`: id, name, note and the park (next_id, site, objects).
    static QJsonObject scenarioToJson(const Scenario &scenario);

    static QJsonObject siteToJson(const Site &site);
    static QJsonObject objectToJson(const ParkObject &object);
    static QJsonArray outlineToJson(const Outline &outline);
    // The PV system fields, added flat to `into` (a PV field object or a rooftop object).
    static void addPvSystem(QJsonObject &into, const PvSystem &pv);
};

} // namespace pz::io
