// SPDX-License-Identifier: GPL-3.0-or-later
// Boost 1.74's union_ trips a false -Wmaybe-uninitialized in GCC 12 (rescale_policy factor).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "common/units.h"
#include "shading/groundshadow.h"

#include <cmath>
#include <numbers>

namespace pz::shading {

namespace {

MultiPolygon unite(const MultiPolygon &a, const Polygon &b)
{
    MultiPolygon out;
    bg::union_(a, b, out);
    return out;
}

} // namespace

MultiPolygon groundShadow(const Obstacle &obstacle, double sunElevationDeg, double sunAzimuthDeg)
{
    MultiPolygon result;
    if (!(sunElevationDeg > 0.0) || obstacle.footprint.size() < 3 || !(obstacle.topHeightM > 0.0))
        return result;
    // Shadows fall away from the sun: a point at height z lands z / tan(elevation) further along
    // the direction opposite to the sun's azimuth.
    const double lengthPerM = 1.0 / std::tan(sunElevationDeg * kDegToRad);
    const double ux = -std::sin(sunAzimuthDeg * kDegToRad) * lengthPerM;
    const double uy = -std::cos(sunAzimuthDeg * kDegToRad) * lengthPerM;
    const double base = std::max(0.0, obstacle.baseHeightM);
    const double top = std::max(base, obstacle.topHeightM);
    const Outline low = translated(obstacle.footprint, ux * base, uy * base);
    const Outline high = translated(obstacle.footprint, ux * top, uy * top);

    result.push_back(toPolygon(low));
    result = unite(result, toPolygon(high));
    // Each edge sweeps a parallelogram between its two projections.
    const std::size_t n = low.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        const Outline quad{low[i], low[j], high[j], high[i]};
        if (areaM2(quad) < 1e-9)
            continue;
        result = unite(result, toPolygon(quad));
    }
    return result;
}

std::vector<ObstacleShadow> groundShadows(const std::vector<Obstacle> &obstacles, double sunElevationDeg,
                                          double sunAzimuthDeg)
{
    std::vector<ObstacleShadow> out;
    if (!(sunElevationDeg > 0.0))
        return out;
    out.reserve(obstacles.size());
    for (const Obstacle &obstacle : obstacles)
        out.push_back({obstacle.id, groundShadow(obstacle, sunElevationDeg, sunAzimuthDeg)});
    return out;
}

} // namespace pz::shading
