// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small builders and an independent sun formula shared by the shading tests.

#include "common/units.h"
#include "shading/obstacle.h"
#include "shading/surface.h"

#include <cmath>
#include <numbers>

namespace shadingtest {

using pz::Outline;
using pz::Point2;
using pz::kDegToRad;

// Axis-parallel rectangle [x0, x1] × [y0, y1], counter-clockwise.
inline Outline box(double x0, double y0, double x1, double y1)
{
    return {Point2(x0, y0), Point2(x1, y0), Point2(x1, y1), Point2(x0, y1)};
}

// A small horizontal surface standing for one point (a single sample at its centre).
inline pz::shading::Surface pointSurface(double x, double y, double heightM, double tiltDeg = 0.0,
                                         double azimuthDeg = 180.0)
{
    pz::shading::Surface s;
    s.id = 1;
    s.outline = box(x - 0.05, y - 0.05, x + 0.05, y + 0.05);
    s.heightM = heightM;
    s.tiltDeg = tiltDeg;
    s.azimuthDeg = azimuthDeg;
    return s;
}

// An east-west wall, "infinitely" long (40 km), 0.2 m thick, its near face at y = faceY.
inline pz::shading::Obstacle eastWestWall(std::uint32_t id, double faceY, double heightM, bool south = true)
{
    const double y0 = south ? faceY - 0.2 : faceY;
    const double y1 = south ? faceY : faceY + 0.2;
    return {id, box(-20000.0, y0, 20000.0, y1), 0.0, heightM};
}

struct SunPosition {
    double elevationDeg;
    double azimuthDeg;   // clockwise from north
};

// Textbook sun position from latitude, declination and solar time (no refraction): enough to
// place test suns, independent of the code under test.
inline SunPosition sunAt(double latitudeDeg, double declinationDeg, double solarHour)
{
    const double phi = latitudeDeg * kDegToRad;
    const double delta = declinationDeg * kDegToRad;
    const double omega = 15.0 * (solarHour - 12.0) * kDegToRad;
    const double east = -std::cos(delta) * std::sin(omega);
    const double north = std::sin(delta) * std::cos(phi) - std::cos(delta) * std::sin(phi) * std::cos(omega);
    const double up = std::sin(delta) * std::sin(phi) + std::cos(delta) * std::cos(phi) * std::cos(omega);
    double azimuth = std::atan2(east, north) / kDegToRad;
    if (azimuth < 0.0)
        azimuth += 360.0;
    return {std::asin(up) / kDegToRad, azimuth};
}

} // namespace shadingtest
