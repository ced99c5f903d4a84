// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One object of the park, whatever its kind, as a value. The document stores these; commands
// swap whole values, which keeps undo generic and snapshots cheap to take.

#include "model/building.h"
#include "model/greenspace.h"
#include "model/pvarray.h"
#include "model/storage.h"
#include "model/windturbine.h"

#include <variant>

namespace pz {

using ParkObject = std::variant<Building, PvArray, Storage, GreenSpace, WindTurbine>;

ObjectKind kindOf(const ParkObject &object);
ObjectId idOf(const ParkObject &object);
void setId(ParkObject &object, ObjectId id);
QString nameOf(const ParkObject &object);
void setName(ParkObject &object, const QString &name);
bool isVisible(const ParkObject &object);
bool isLocked(const ParkObject &object);
void setVisible(ParkObject &object, bool visible);
void setLocked(ParkObject &object, bool locked);

// The object's footprint on the plan (storage: its rotated rectangle; wind turbine: its tower base).
Outline footprintOf(const ParkObject &object);
// Height of the object's top above the ground (m): building height, PV row top, container height;
// green space is 0; a wind turbine's tower reaches its hub (the rotor is not an obstacle).
double topHeightOf(const ParkObject &object);

// Moves an object by (dx, dy) metres.
ParkObject translatedObject(const ParkObject &object, double dxM, double dyM);
// Rotates an object counter-clockwise by angleDeg around centre.
ParkObject rotatedObject(const ParkObject &object, const Point2 &centre, double angleDeg);
// Replaces the object's outline (storage and wind turbines ignore it).
ParkObject withOutline(const ParkObject &object, const Outline &outline);
bool hasEditableOutline(const ParkObject &object);

} // namespace pz
