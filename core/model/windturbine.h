// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A wind turbine on the site plan (spec wind.md §12): where it stands, which turbine type it is
// (a built-in reference turbine or a CSV curve file of the project), its hub height, name and
// wind group. For the sun study and the shading of PV it is an obstacle only as its tower, a slim
// prism from the ground to the hub; the rotor does not shade PV (docs/wind.md).

#include "geometry/geometry.h"
#include "model/enums.h"
#include "model/objectid.h"

#include <QString>

namespace pz {

inline constexpr char kDefaultTurbineType[] = "IEA-3.4-130-RWT";
inline constexpr char kDefaultWindGroupName[] = "Wind farm";

struct WindTurbine {
    ObjectId id = 0;
    QString name;
    bool visible = true;
    bool locked = false;

    Point2 position{0.0, 0.0};       // tower axis on the plan
    // A built-in type id (wind/builtinturbines.h), or the path of a turbine CSV file (ending in
    // ".csv"), relative to the project file like the load profiles.
    QString turbineType = QString::fromLatin1(kDefaultTurbineType);
    double hubHeightM = 110.0;       // the turbine's own hub height
    double towerBaseDiameterM = 4.5; // the tower as an obstacle of the sun study
    QString group = QString::fromLatin1(kDefaultWindGroupName);
    // The least-cost optimizer (spec §16.8, format 6): a candidate of its group, kept (counts
    // towards the group's minimum), fixed (the same) or not built (not counted in the maximum).
    OptimizerRole optimizerRole = OptimizerRole::Candidate;

    // True when turbineType names a CSV file rather than a built-in type.
    bool typeIsFile() const { return turbineType.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive); }
    // The tower base as a regular 12-gon around the position.
    Outline footprint() const;

    bool operator==(const WindTurbine &) const = default;
};

} // namespace pz
