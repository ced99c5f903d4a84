// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "shading/horizonsweep.h"

#include <algorithm>
#include <cmath>

namespace pz::shading::detail {

namespace {

double fastAtanUnit(double x)  // |x| ≤ 1
{
    const double x2 = x * x;
    return x * (0.99997726 + x2 * (-0.33262347 + x2 * (0.19354346 + x2 * (-0.11643287 + x2 * (0.05265332 + x2 * -0.01172120)))));
}

} // namespace

BinTable::BinTable(int n)
    : count(n), widthRad(2.0 * std::numbers::pi / n), east(n), north(n)
{
    for (int k = 0; k < n; ++k) {
        east[k] = std::sin(k * widthRad);
        north[k] = std::cos(k * widthRad);
    }
}

// The library atan2 dominated the sweep. Bin ranges derived from these angles are widened by one
// bin and every ray is then checked against the edge exactly, so the profile does not depend on
// this approximation.
double fastAtan2(double y, double x)
{
    const double ay = std::abs(y), ax = std::abs(x);
    if (ax == 0.0 && ay == 0.0)
        return 0.0;
    double a = ay <= ax ? fastAtanUnit(ay / ax) : std::numbers::pi / 2.0 - fastAtanUnit(ax / ay);
    if (x < 0.0)
        a = std::numbers::pi - a;
    return y < 0.0 ? -a : a;
}

double fastAtan(double t)
{
    return t <= 1.0 ? fastAtanUnit(t) : std::numbers::pi / 2.0 - fastAtanUnit(1.0 / t);
}

double boxDistanceSquared(const Box &box, double x, double y)
{
    const double dx = std::max({box.min_corner().x() - x, 0.0, x - box.max_corner().x()});
    const double dy = std::max({box.min_corner().y() - y, 0.0, y - box.max_corner().y()});
    return dx * dx + dy * dy;
}

void sweepObstacle(const Polygon &polygon, double px, double py, double dh, const BinTable &bins,
                   std::vector<double> &azimuths, Column &column, OwnerIndex ownerIndex)
{
    const auto &ring = polygon.outer();
    const std::size_t n = ring.size();
    azimuths.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        azimuths[i] = fastAtan2(ring[i].x() - px, ring[i].y() - py);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double span = azimuths[i + 1] - azimuths[i];
        if (span > std::numbers::pi)
            span -= 2.0 * std::numbers::pi;
        else if (span <= -std::numbers::pi)
            span += 2.0 * std::numbers::pi;
        const double lo = span > 0.0 ? azimuths[i] : azimuths[i + 1];
        const long kStart = long(std::ceil(lo / bins.widthRad)) - 1;
        const long kEnd = long(std::floor((lo + std::abs(span)) / bins.widthRad)) + 1;
        const double ax = ring[i].x() - px, ay = ring[i].y() - py;
        const double ex = ring[i + 1].x() - ring[i].x(), ey = ring[i + 1].y() - ring[i].y();
        // cross(A − P, e): negative when the point is outside this edge of the counter-clockwise
        // ring. Only such front-facing edges can be the first crossing along a ray.
        const double numerator = ax * ey - ay * ex;
        if (!(numerator < 0.0))
            continue;
        // Along the ray u the edge is met at t = numerator / cross(u, e), at the edge parameter
        // cross(A − P, u) / cross(u, e); with numerator < 0 a hit needs cross(u, e) < 0 and
        // cross(u, e) ≤ cross(A − P, u) ≤ 0. tan(elevation) = dh / t, without a division per bin.
        const double tanPerCross = dh / numerator;
        int bin = int(((kStart % bins.count) + bins.count) % bins.count);
        for (long k = kStart; k <= kEnd; ++k, bin = bin + 1 == bins.count ? 0 : bin + 1) {
            const double ux = bins.east[bin], uy = bins.north[bin];
            const double cross = ux * ey - uy * ex;
            if (!(cross < 0.0))
                continue;
            const double where = ax * uy - ay * ux;
            const double slack = 1e-12 * (std::abs(cross) + 1.0);
            if (where > slack || where < cross - slack)
                continue;
            column.raise(bin, float(std::min(cross * tanPerCross, double(kInsideTan))), ownerIndex);
        }
    }
}

SkyWeights::SkyWeights(const BinTable &bins, double tiltDeg, double azimuthDeg)
    : a(std::cos(tiltDeg * kDegToRad)), b(bins.count), tanMin(bins.count), fMin(bins.count)
{
    const double sinTilt = std::sin(tiltDeg * kDegToRad);
    for (int k = 0; k < bins.count; ++k) {
        b[k] = sinTilt * std::cos(k * bins.widthRad - azimuthDeg * kDegToRad);
        const double eMin = b[k] < 0.0 ? std::atan2(-b[k], std::max(a, 0.0)) : 0.0;
        tanMin[k] = eMin >= std::numbers::pi / 2.0 - 1e-12 ? 1e300 : std::tan(eMin);
        fMin[k] = primitive(k, eMin);
        total += primitive(k, std::numbers::pi / 2.0) - fMin[k];
    }
}

double SkyWeights::primitive(int k, double e) const
{
    const double s = std::sin(e);
    return a * s * s / 2.0 + b[k] * (e / 2.0 + std::sin(2.0 * e) / 4.0);
}

// The primitive at the elevation whose tangent is t, without trigonometric calls:
// sin²e = t²/(1+t²), sin 2e = 2t/(1+t²).
double SkyWeights::primitiveAtTan(int k, double t) const
{
    const double q = 1.0 / (1.0 + t * t);
    return a * t * t * q / 2.0 + b[k] * (fastAtan(t) / 2.0 + t * q / 2.0);
}

std::int64_t SkyWeights::lossFixed(int k, float t) const
{
    if (t <= 0.0f || !(double(t) > tanMin[std::size_t(k)]))
        return 0;
    const double lost = std::max(0.0, primitiveAtTan(k, double(t)) - fMin[std::size_t(k)]);
    return std::llround(lost * kSkyFixedScale);
}

double SkyWeights::share(std::int64_t lossSum) const
{
    if (!(total > 0.0))
        return 1.0;
    return std::clamp(1.0 - double(lossSum) / kSkyFixedScale / total, 0.0, 1.0);
}

BinRange binsFacing(const Box &from, const Box &to, const BinTable &bins)
{
    const BinRange all{0, bins.count};
    // The box of all vectors from a point of `from` to a point of `to`.
    const double x0 = to.min_corner().x() - from.max_corner().x();
    const double x1 = to.max_corner().x() - from.min_corner().x();
    const double y0 = to.min_corner().y() - from.max_corner().y();
    const double y1 = to.max_corner().y() - from.min_corner().y();
    if (x0 <= 0.0 && x1 >= 0.0 && y0 <= 0.0 && y1 >= 0.0)
        return all;
    // Azimuths are clockwise from north: atan2(east, north). The box lies in a half-plane away
    // from the origin, so its corners are within half a turn of its centre's direction.
    const double centre = fastAtan2((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    double lo = 0.0, hi = 0.0;
    for (const auto &[x, y] : {std::pair{x0, y0}, std::pair{x0, y1}, std::pair{x1, y0}, std::pair{x1, y1}}) {
        double d = fastAtan2(x, y) - centre;
        if (d > std::numbers::pi)
            d -= 2.0 * std::numbers::pi;
        else if (d <= -std::numbers::pi)
            d += 2.0 * std::numbers::pi;
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    if (hi - lo > std::numbers::pi - 0.01)
        return all;
    const long first = long(std::ceil((centre + lo) / bins.widthRad)) - 1;
    const long last = long(std::floor((centre + hi) / bins.widthRad)) + 1;
    const long count = last - first + 1;
    if (count >= bins.count)
        return all;
    return BinRange{int(((first % bins.count) + bins.count) % bins.count), int(count)};
}

} // namespace pz::shading::detail
