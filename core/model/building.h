// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A building: a prism from its footprint to its height, with a use type that drives its load,
// optional rooftop PV and optional process loads.

#include "geometry/geometry.h"
#include "heat/heatsettings.h"
#include "model/enums.h"
#include "model/objectid.h"
#include "model/pvsystem.h"

#include <QString>

namespace pz {

struct RooftopPv {
    bool enabled = true;
    double usableFraction = 0.65;   // of the area left after the setback
    double setbackM = 1.0;          // perimeter fire/access setback
    // The least-cost optimizer (spec §16.8, format 6): what it may do with the roof's PV, and
    // the largest kWp it may give it (< 0: the roof's kWp as drawn; never above it).
    OptimizerRole optimizerRole = OptimizerRole::Candidate;
    double optimizerMaxKWp = -1.0;
    PvSystem pv = defaultRoofSystem();

    static PvSystem defaultRoofSystem()
    {
        PvSystem s;
        s.tiltDeg = 10.0;
        s.gcr = 0.7;
        s.rowDepthM = 2.3;
        s.mounting = Mounting::CloseRoof;
        return s;
    }
    bool operator==(const RooftopPv &) const = default;
};

struct ProcessLoads {
    double electrolyserMW = 0.0;            // rated electrical input
    double electrolyserKWhPerKg = 55.0;     // specific consumption (park-defaults §3a)
    ElectrolyserMode electrolyserMode = ElectrolyserMode::Constant;
    double evDailyKWh = 0.0;                // EV charging energy per day
    int evWindowStartHour = 8;              // charging window [start, end) local time
    int evWindowEndHour = 18;
    bool operator==(const ProcessLoads &) const = default;
};

struct Building {
    ObjectId id = 0;
    QString name;
    bool visible = true;
    bool locked = false;

    Outline footprint;
    double heightM = 12.0;
    int floors = 1;
    UseType useType = UseType::Warehouse;
    BuildingStructure structure = BuildingStructure::SteelFrame;
    double annualLoadKWhOverride = -1.0;  // < 0: from the use type's intensity
    QString loadProfilePath;              // optional 8760-value CSV (relative to the project file)
    RooftopPv rooftop;
    ProcessLoads process;
    // Heat demand and its supply (spec §14). The model's default is no supply, so parks built in
    // code and buildings of files before format 3 keep their numbers; the editor gives new
    // buildings district heat.
    heat::BuildingHeat heat = heat::BuildingHeat::fromVersion1();

    double footprintAreaM2() const { return areaM2(footprint); }
    double floorAreaM2() const { return footprintAreaM2() * floors; }

    bool operator==(const Building &) const = default;
};

} // namespace pz
