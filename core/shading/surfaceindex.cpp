// SPDX-License-Identifier: GPL-3.0-or-later
#include "shading/surfaceindex.h"

#include "shading/shadingscene.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::shading {

namespace bgi = boost::geometry::index;

SurfaceIndex::SurfaceIndex(const std::vector<Surface> &surfaces, Options options)
    : m_options(options)
{
    for (const Surface &surface : surfaces)
        m_entries.insert_or_assign(surface.id, Entry{surface, toPolygon(surface.outline), envelope(surface.outline)});
    std::vector<Value> values;
    values.reserve(m_entries.size());
    for (const auto &[id, entry] : m_entries)
        values.emplace_back(entry.box, id);
    m_tree = decltype(m_tree)(values.begin(), values.end());
}

const Surface *SurfaceIndex::find(std::uint32_t id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second.surface;
}

void SurfaceIndex::upsertSurface(const Surface &surface)
{
    removeSurface(surface.id);
    Entry entry{surface, toPolygon(surface.outline), envelope(surface.outline)};
    m_tree.insert(Value(entry.box, surface.id));
    m_entries.emplace(surface.id, std::move(entry));
}

bool SurfaceIndex::removeSurface(std::uint32_t id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    m_tree.remove(Value(it->second.box, id));
    m_entries.erase(it);
    return true;
}

std::vector<std::uint32_t> SurfaceIndex::affectedBy(const Obstacle &obstacle) const
{
    std::vector<std::uint32_t> out;
    if (obstacle.footprint.size() < 3)
        return out;
    const Box box = envelope(obstacle.footprint);
    const double maxReach = shadowReachM(m_options, obstacle.topHeightM, 0.0);
    const Box query(Point2(box.min_corner().x() - maxReach, box.min_corner().y() - maxReach),
                    Point2(box.max_corner().x() + maxReach, box.max_corner().y() + maxReach));
    const Polygon polygon = toPolygon(obstacle.footprint);
    std::vector<Value> hits;
    m_tree.query(bgi::intersects(query), std::back_inserter(hits));
    for (const Value &hit : hits) {
        const Entry &entry = m_entries.at(hit.second);
        const Surface &surface = entry.surface;
        const bool owned = surface.ownerObstacleId == obstacle.id
                           || std::find(surface.ignoredObstacleIds.begin(), surface.ignoredObstacleIds.end(),
                                        obstacle.id) != surface.ignoredObstacleIds.end();
        bool shades = false;
        const double reach = shadowReachM(m_options, obstacle.topHeightM, surface.heightM);
        if (!owned && reach > 0.0) {
            // The scene's own test, with a hair of slack: this list must never miss a surface
            // that the scene counts as within reach.
            shades = withinDistance(obstacle.footprint, polygon, surface.outline, entry.polygon,
                                    reach * (1.0 + 1e-9) + 1e-9);
        }
        if (owned || shades)
            out.push_back(hit.second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::uint32_t> SurfaceIndex::affectedByChange(const Obstacle *before, const Obstacle *after) const
{
    std::vector<std::uint32_t> out;
    if (before)
        out = affectedBy(*before);
    if (after) {
        const std::vector<std::uint32_t> more = affectedBy(*after);
        out.insert(out.end(), more.begin(), more.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace pz::shading
