// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/outlinerepair.h"

#include <QCoreApplication>

#include <cmath>

namespace pz::geo::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::geo::detail", text);
}

bool near(const Point2 &a, const Point2 &b, double toleranceM)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) < toleranceM;
}

// Drops vertices equal to their predecessor (cyclically); returns how many.
int removeDuplicates(Outline &outline, double toleranceM)
{
    int removed = 0;
    for (std::size_t i = 0; outline.size() > 1 && i < outline.size();) {
        const Point2 &next = outline[(i + 1) % outline.size()];
        if (near(outline[i], next, toleranceM)) {
            outline.erase(outline.begin() + std::ptrdiff_t((i + 1) % outline.size()));
            ++removed;
            if (i >= outline.size())
                break;
        } else {
            ++i;
        }
    }
    return removed;
}

// A spike: the edges in and out of a vertex are collinear and point in opposite directions.
bool isSpike(const Point2 &a, const Point2 &b, const Point2 &c, double toleranceM)
{
    const double ux = b.x() - a.x(), uy = b.y() - a.y();
    const double vx = c.x() - b.x(), vy = c.y() - b.y();
    const double lu = std::hypot(ux, uy), lv = std::hypot(vx, vy);
    if (lu == 0.0 || lv == 0.0)
        return false;
    const double offLine = std::abs(ux * vy - uy * vx) / std::max(lu, lv);  // distance of the shorter leg's end
    return offLine < toleranceM && ux * vx + uy * vy < 0.0;
}

int removeSpikes(Outline &outline, double toleranceM)
{
    int removed = 0;
    bool changed = true;
    while (changed && outline.size() >= 3) {
        changed = false;
        for (std::size_t i = 0; i < outline.size() && outline.size() >= 3; ++i) {
            const std::size_t n = outline.size();
            if (isSpike(outline[(i + n - 1) % n], outline[i], outline[(i + 1) % n], toleranceM)) {
                outline.erase(outline.begin() + std::ptrdiff_t(i));
                ++removed;
                removeDuplicates(outline, toleranceM);  // the spike's base may now repeat
                changed = true;
                break;
            }
        }
    }
    return removed;
}

} // namespace

RepairedOutline repairOutline(Outline ring, double toleranceM)
{
    RepairedOutline result;
    if (ring.size() > 1 && near(ring.front(), ring.back(), toleranceM))
        ring.pop_back();
    if (const int n = removeDuplicates(ring, toleranceM))
        result.repairs << tr("duplicate vertices removed: %1").arg(n);
    if (const int n = removeSpikes(ring, toleranceM))
        result.repairs << tr("spikes removed: %1").arg(n);
    result.outline = std::move(ring);
    return result;
}

} // namespace pz::geo::detail
