// SPDX-License-Identifier: GPL-3.0-or-later
#include "shading/surfacesampling.h"

#include <algorithm>
#include <cmath>

namespace pz::shading {

namespace {

std::vector<Point2> gridInside(const Polygon &polygon, const Box &box, double spacingM)
{
    std::vector<Point2> points;
    const double w = box.max_corner().x() - box.min_corner().x();
    const double h = box.max_corner().y() - box.min_corner().y();
    const int nx = std::max(1, int(std::ceil(w / spacingM - 1e-9)));
    const int ny = std::max(1, int(std::ceil(h / spacingM - 1e-9)));
    // Centre the grid on the box so that the margins are equal on both sides.
    const double x0 = box.min_corner().x() + (w - (nx - 1) * spacingM) / 2.0;
    const double y0 = box.min_corner().y() + (h - (ny - 1) * spacingM) / 2.0;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const Point2 p(x0 + i * spacingM, y0 + j * spacingM);
            if (bg::within(p, polygon))
                points.push_back(p);
        }
    return points;
}

} // namespace

double initialSampleSpacingM(const Outline &outline, const Options &options)
{
    const double area = areaM2(outline);
    const int cap = std::max(1, options.maxSamplesPerSurface);
    return std::max({options.sampleSpacingM, std::sqrt(area / cap), 1e-3});
}

std::vector<Point2> samplePoints(const Outline &outline, const Options &options)
{
    if (outline.size() < 3 || !(areaM2(outline) > 0.0))
        return {};
    const Polygon polygon = toPolygon(outline);
    const Box box = envelope(outline);
    const std::size_t cap = std::size_t(std::max(1, options.maxSamplesPerSurface));
    double spacing = initialSampleSpacingM(outline, options);
    std::vector<Point2> points = gridInside(polygon, box, spacing);
    while (points.size() > cap) {
        spacing *= 1.08;
        points = gridInside(polygon, box, spacing);
    }
    // A polygon thinner than the grid: refine until points fall inside, then keep an even
    // subset within the cap.
    for (int i = 0; points.empty() && i < 16; ++i) {
        spacing /= 2.0;
        points = gridInside(polygon, box, spacing);
    }
    if (points.size() > cap) {
        std::vector<Point2> subset;
        for (std::size_t i = 0; i < cap; ++i)
            subset.push_back(points[i * points.size() / cap]);
        points.swap(subset);
    }
    return points;
}

} // namespace pz::shading
