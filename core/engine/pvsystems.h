// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The park as the PV chain and the shading model see it: every PV-producing system (a ground
// field, or the PV area on a building's roof) with its module area, nameplate and the surface it
// presents to the shading model, and every object that can cast shade.

#include "engine/roofareacache.h"
#include "engine/simulationresult.h"
#include "model/park.h"
#include "shading/shadingscene.h"
#include "solar/pvchain.h"

#include <vector>

namespace pz {

struct PvSystemInstance {
    ObjectId id = 0;               // the PV field's or the building's id
    QString name;
    PvKind kind = PvKind::Ground;
    PvSystem pv;
    MultiPolygon area;             // plan area the modules are laid in (roof: footprint inset by the setback)
    double moduleAreaM2 = 0.0;
    double kwp = 0.0;
    shading::Surface surface;      // what the shading model samples
};

// Rooftop PV: the footprint inset by the edge setback (Boost.Geometry buffer), times the usable
// fraction, times the GCR when laid in rows, times W/m². A roof whose setback leaves nothing has
// no PV system. With a cache, roofs unchanged since its last run are not inset again.
std::vector<PvSystemInstance> pvSystemsOf(const Park &park, RoofAreaCache *roofAreas = nullptr);

// Σ nameplate of the systems (kWp), added in their order.
double totalKwp(const std::vector<PvSystemInstance> &systems);
// The PV chain's parameters of a system of kwp (also an off-site PV plant's, spec wind.md §13.2).
solar::PvChainParams pvChainParams(const PvSystem &pv, double kwp);

// Obstacles: buildings (footprint to height), ground PV fields (row tops), rooftop PV (roof plus
// row tops, with the building's id so that it never shades its own roof) and storage containers.
// Green space casts no shade. Hidden objects still exist physically and still cast shade.
std::vector<shading::Obstacle> obstaclesOf(const Park &park, RoofAreaCache *roofAreas = nullptr);

// The obstacle id of a building's rooftop PV rows (the building itself uses its own id).
constexpr std::uint32_t rooftopObstacleId(ObjectId buildingId) { return buildingId | 0x80000000u; }

// Height of a PV surface's plane above the ground (m).
double surfaceHeightM(const PvSystem &pv, double baseHeightM);

} // namespace pz
