// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Planar geometry of the site plan: metres east (x) and north (y) of the site origin.
// All polygon work (area, validity, containment, buffers, R-trees) goes through
// Boost.Geometry with these types.

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/register/point.hpp>

#include <string>
#include <vector>

namespace pz {

namespace bg = boost::geometry;

// A plan point in metres. Our own type (registered with Boost.Geometry below) so that model
// values can be compared with ==.
struct Point2 {
    double px = 0.0;
    double py = 0.0;
    constexpr Point2() = default;
    constexpr Point2(double x, double y) : px(x), py(y) {}
    constexpr double x() const { return px; }
    constexpr double y() const { return py; }
    void x(double v) { px = v; }
    void y(double v) { py = v; }
    bool operator==(const Point2 &) const = default;
};

} // namespace pz

BOOST_GEOMETRY_REGISTER_POINT_2D(pz::Point2, double, boost::geometry::cs::cartesian, px, py)

namespace pz {

// Counter-clockwise, closed rings: the orientation a surveyor's "east/north" plan reads naturally.
using Ring = bg::model::ring<Point2, false, true>;
using Polygon = bg::model::polygon<Point2, false, true>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point2>;

// An open vertex list (first vertex not repeated), the form stored in files and edited by tools.
using Outline = std::vector<Point2>;

// Builds a closed, correctly oriented polygon from an open outline.
Polygon toPolygon(const Outline &outline);
// The open outline of a polygon's outer ring, counter-clockwise.
Outline toOutline(const Polygon &polygon);

// Checks an outline for use as an object footprint: at least 3 vertices, finite coordinates,
// not self-intersecting, area above minAreaM2. Returns an empty string when valid, otherwise a
// short English reason (callers translate the category, the reason names the fault).
std::string outlineProblem(const Outline &outline, double minAreaM2 = 0.01);

double areaM2(const Outline &outline);
Point2 centroid(const Outline &outline);
Box envelope(const Outline &outline);

Outline translated(const Outline &outline, double dxM, double dyM);
// Rotates counter-clockwise by angleDeg (mathematical sense) around centre.
Outline rotated(const Outline &outline, const Point2 &centre, double angleDeg);

// Rectangle centred on centre, lengthM along the rotated x axis, widthM along the rotated y axis.
Outline rectangle(const Point2 &centre, double lengthM, double widthM, double rotationDeg);

// Inward offset of a polygon by distanceM (Boost.Geometry buffer with a negative distance).
// Returns an empty multipolygon when nothing is left.
MultiPolygon insetPolygon(const Polygon &polygon, double distanceM);

} // namespace pz
