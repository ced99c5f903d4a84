// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where plan coordinates (metres east/north) become scene coordinates and back.
// The scene uses metres with y flipped (scene y = -north) so that north is up on screen.

#include "geometry/geometry.h"

#include <QPointF>
#include <QPolygonF>

namespace pz::mapcoords {

inline QPointF toScene(const Point2 &p) { return {p.x(), -p.y()}; }
inline Point2 toPlan(const QPointF &s) { return {s.x(), -s.y()}; }
inline QPointF toScene(double xM, double yM) { return {xM, -yM}; }

inline QPolygonF toScene(const Outline &outline)
{
    QPolygonF poly;
    poly.reserve(int(outline.size()));
    for (const auto &p : outline)
        poly << toScene(p);
    return poly;
}

inline Outline toPlan(const QPolygonF &poly)
{
    Outline out;
    out.reserve(poly.size());
    for (const auto &p : poly)
        out.push_back(toPlan(p));
    return out;
}

// A plan angle (degrees counter-clockwise from east) as seen in the scene (clockwise, because
// the y axis is flipped).
inline double toSceneAngleDeg(double planAngleDeg) { return -planAngleDeg; }

} // namespace pz::mapcoords
