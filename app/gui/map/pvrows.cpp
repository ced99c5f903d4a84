// SPDX-License-Identifier: GPL-3.0-or-later
// Boost 1.74's intersection trips a false -Wmaybe-uninitialized in GCC 12 (rescale_policy factor).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "common/units.h"
#include "map/pvrows.h"

#include "map/mapcoords.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace pz::pvrows {

namespace {
// Beyond this many rows a field is drawn as a plain area: at that density the rows are far
// below a pixel anyway.
constexpr int kMaxRows = 2000;

struct RowFrame {
    double fx = 0, fy = 0;  // facing direction (towards the azimuth) in plan coordinates
    double rx = 0, ry = 0;  // along the rows
};

RowFrame frameFor(const PvSystem &pv)
{
    const double a = pv.azimuthDeg * kDegToRad;
    RowFrame f;
    f.fx = std::sin(a);
    f.fy = std::cos(a);
    f.rx = f.fy;
    f.ry = -f.fx;
    return f;
}

void addRing(QPainterPath &path, const Ring &ring)
{
    QPolygonF poly;
    poly.reserve(int(ring.size()));
    for (const auto &p : ring)
        poly << mapcoords::toScene(p);
    path.addPolygon(poly);
    path.closeSubpath();
}

} // namespace

QPainterPath scenePath(const MultiPolygon &area)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &polygon : area) {
        addRing(path, polygon.outer());
        for (const auto &hole : polygon.inners())
            addRing(path, hole);
    }
    return path;
}

static int rowRange(const MultiPolygon &area, const PvSystem &pv, double &t0, double &sMin, double &sMax)
{
    const RowFrame f = frameFor(pv);
    double tMin = std::numeric_limits<double>::max(), tMax = std::numeric_limits<double>::lowest();
    sMin = std::numeric_limits<double>::max();
    sMax = std::numeric_limits<double>::lowest();
    for (const auto &polygon : area)
        for (const auto &p : polygon.outer()) {
            const double t = p.x() * f.fx + p.y() * f.fy;
            const double s = p.x() * f.rx + p.y() * f.ry;
            tMin = std::min(tMin, t);
            tMax = std::max(tMax, t);
            sMin = std::min(sMin, s);
            sMax = std::max(sMax, s);
        }
    if (tMin > tMax)
        return 0;
    const double pitch = pv.rowDepthM / pv.gcr;
    t0 = tMin;
    // The tolerance keeps rounding noise of the projection from adding an empty row.
    return int(std::ceil((tMax - tMin) / pitch - 1e-9));
}

QPainterPath rowsPath(const MultiPolygon &area, const PvSystem &pv)
{
    if (area.empty())
        return {};
    if (!pv.hasRows() || pv.rowDepthM <= 0.0)
        return scenePath(area);
    double t0 = 0, sMin = 0, sMax = 0;
    const int rows = rowRange(area, pv, t0, sMin, sMax);
    if (rows > kMaxRows)
        return scenePath(area);
    const RowFrame f = frameFor(pv);
    const double pitch = pv.rowDepthM / pv.gcr;
    // The horizontal depth of a tilted row.
    const double depth = std::max(0.05, pv.rowDepthM * std::cos(pv.tiltDeg * kDegToRad));
    MultiPolygon strips;
    for (int k = 0; k < rows; ++k) {
        const double a = t0 + k * pitch, b = a + std::min(depth, 0.95 * pitch);
        auto at = [&](double s, double t) { return Point2(s * f.rx + t * f.fx, s * f.ry + t * f.fy); };
        Outline strip{at(sMin, a), at(sMax, a), at(sMax, b), at(sMin, b)};
        strips.push_back(toPolygon(strip));
    }
    MultiPolygon clipped;
    bg::intersection(area, strips, clipped);
    return scenePath(clipped);
}

QPainterPath rowsPath(const Outline &area, const PvSystem &pv)
{
    MultiPolygon mp;
    mp.push_back(toPolygon(area));
    return rowsPath(mp, pv);
}

int rowCount(const Outline &area, const PvSystem &pv)
{
    if (!pv.hasRows())
        return 0;
    MultiPolygon mp;
    mp.push_back(toPolygon(area));
    double t0 = 0, sMin = 0, sMax = 0;
    return rowRange(mp, pv, t0, sMin, sMax);
}

double pitchM(const PvSystem &pv)
{
    return pv.hasRows() && pv.gcr > 0.0 ? pv.rowDepthM / pv.gcr : 0.0;
}

bool rowsResolved(double pitchM, const QPainter *painter)
{
    // Strips closer than this many pixels read as a tint anyway.
    constexpr double kMinPitchPx = 2.0;
    if (!(pitchM > 0.0))
        return true;
    const double pxPerM = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    return pitchM * pxPerM >= kMinPitchPx;
}

QColor rowsTint(const QColor &ground, const QColor &rows, double coverage)
{
    const double a = std::clamp(coverage, 0.0, 1.0) * rows.alphaF();
    auto mix = [a](double g, double r) { return g * (1.0 - a) + r * a; };
    return QColor::fromRgbF(float(mix(ground.redF(), rows.redF())), float(mix(ground.greenF(), rows.greenF())),
                            float(mix(ground.blueF(), rows.blueF())), ground.alphaF());
}

} // namespace pz::pvrows
