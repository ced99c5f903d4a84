// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "geometry/geometry.h"

#include <cmath>
#include <numbers>

namespace pz {

Polygon toPolygon(const Outline &outline)
{
    Polygon polygon;
    auto &ring = polygon.outer();
    ring.assign(outline.begin(), outline.end());
    if (!outline.empty())
        ring.push_back(outline.front());
    bg::correct(polygon);
    return polygon;
}

Outline toOutline(const Polygon &polygon)
{
    Outline outline(polygon.outer().begin(), polygon.outer().end());
    if (outline.size() > 1 && bg::equals(outline.front(), outline.back()))
        outline.pop_back();
    return outline;
}

std::string outlineProblem(const Outline &outline, double minAreaM2)
{
    if (outline.size() < 3)
        return "needs at least 3 vertices (got " + std::to_string(outline.size()) + ")";
    for (const auto &p : outline) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return "has a vertex that is not a finite number";
        if (std::abs(p.x()) > 1.0e6 || std::abs(p.y()) > 1.0e6)
            return "has a vertex more than 1000 km from the site origin";
    }
    const Polygon polygon = toPolygon(outline);
    bg::validity_failure_type failure;
    if (!bg::is_valid(polygon, failure)) {
        switch (failure) {
        case bg::failure_self_intersections:
            return "is self-intersecting";
        case bg::failure_duplicate_points:
            return "has duplicate consecutive vertices";
        case bg::failure_spikes:
            return "has a spike (an edge that folds back on itself)";
        case bg::failure_wrong_topological_dimension:
        case bg::failure_few_points:
            return "has zero area";
        default:
            return "is not a valid simple polygon";
        }
    }
    const double area = bg::area(polygon);
    if (!(area > minAreaM2))
        return "has zero area";
    return {};
}

double areaM2(const Outline &outline)
{
    if (outline.size() < 3)
        return 0.0;
    return std::abs(bg::area(toPolygon(outline)));
}

Point2 centroid(const Outline &outline)
{
    if (outline.empty())
        return {0.0, 0.0};
    if (outline.size() < 3 || areaM2(outline) <= 0.0) {
        double x = 0, y = 0;
        for (const auto &p : outline) {
            x += p.x();
            y += p.y();
        }
        return {x / outline.size(), y / outline.size()};
    }
    Point2 c;
    bg::centroid(toPolygon(outline), c);
    return c;
}

Box envelope(const Outline &outline)
{
    Box box;
    bg::envelope(toPolygon(outline), box);
    return box;
}

Outline translated(const Outline &outline, double dxM, double dyM)
{
    Outline out;
    out.reserve(outline.size());
    for (const auto &p : outline)
        out.emplace_back(p.x() + dxM, p.y() + dyM);
    return out;
}

Outline rotated(const Outline &outline, const Point2 &centre, double angleDeg)
{
    const double a = angleDeg * kDegToRad;
    const double c = std::cos(a), s = std::sin(a);
    Outline out;
    out.reserve(outline.size());
    for (const auto &p : outline) {
        const double dx = p.x() - centre.x(), dy = p.y() - centre.y();
        out.emplace_back(centre.x() + c * dx - s * dy, centre.y() + s * dx + c * dy);
    }
    return out;
}

Outline rectangle(const Point2 &centre, double lengthM, double widthM, double rotationDeg)
{
    const double hx = lengthM / 2, hy = widthM / 2;
    Outline box{{centre.x() - hx, centre.y() - hy},
                {centre.x() + hx, centre.y() - hy},
                {centre.x() + hx, centre.y() + hy},
                {centre.x() - hx, centre.y() + hy}};
    return rotated(box, centre, rotationDeg);
}

MultiPolygon insetPolygon(const Polygon &polygon, double distanceM)
{
    MultiPolygon result;
    if (distanceM <= 0.0) {
        result.push_back(polygon);
        return result;
    }
    namespace bs = bg::strategy::buffer;
    bs::distance_symmetric<double> distance(-distanceM);
    bs::join_miter join;
    bs::end_flat end;
    bs::point_square point;
    bs::side_straight side;
    bg::buffer(polygon, result, distance, side, join, end, point);
    return result;
}

} // namespace pz
