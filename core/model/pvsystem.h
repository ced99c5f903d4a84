// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Electrical and layout parameters of one PV system (a ground field or a building's rooftop PV).
// Defaults are those of the reference chain (spec §6) and park-defaults.md §6.

#include "model/enums.h"

namespace pz {

struct PvSystem {
    double tiltDeg = 35.0;
    double azimuthDeg = 180.0;      // clockwise from north, 180 = south
    double gcr = 0.41;              // row slant height / row pitch; 0 = not laid in rows
    double rowDepthM = 4.0;         // slant height of one row (for drawing and obstacle height)
    double moduleWPerM2 = 225.0;    // module power density
    double lossesPct = 14.0;        // PVWatts system losses
    double dcAcRatio = 1.2;
    double inverterEtaNom = 0.96;
    double gammaPdcPerC = -0.0037;  // power temperature coefficient, 1/°C
    double albedo = 0.2;
    Mounting mounting = Mounting::OpenRack;
    TemperatureModel temperatureModel = TemperatureModel::Sapm;
    double faimanU0 = 25.0;         // W/m²K
    double faimanU1 = 6.84;         // W/m³sK

    bool hasRows() const { return gcr > 0.0; }
    // Top edge height of a row above its mounting plane (m).
    double rowTopHeightM() const;

    bool operator==(const PvSystem &) const = default;
};

} // namespace pz
