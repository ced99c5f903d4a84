// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "shading/shadingscene.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::shading {

namespace bgi = boost::geometry::index;

namespace {

Box grown(const Box &box, double byM)
{
    return Box(Point2(box.min_corner().x() - byM, box.min_corner().y() - byM),
               Point2(box.max_corner().x() + byM, box.max_corner().y() + byM));
}

bool isIgnored(const Surface &surface, std::uint32_t id)
{
    return id == surface.ownerObstacleId
           || std::find(surface.ignoredObstacleIds.begin(), surface.ignoredObstacleIds.end(), id)
                  != surface.ignoredObstacleIds.end();
}

} // namespace

bool withinDistance(const Outline &a, const Polygon &polygonA, const Outline &b, const Polygon &polygonB,
                    double distanceM)
{
    // Any pair of vertices closer than the distance settles it without the full polygon distance
    // (which dominated the query): the polygons' distance is at most that pair's.
    if (!a.empty() && !b.empty()) {
        const double dx = a.front().x() - b.front().x(), dy = a.front().y() - b.front().y();
        if (dx * dx + dy * dy <= distanceM * distanceM)
            return true;
    }
    return bg::distance(polygonA, polygonB) <= distanceM;
}

ShadingScene::ShadingScene(std::vector<Obstacle> obstacles, Options options)
    : m_options(options)
{
    std::vector<Value> values;
    values.reserve(obstacles.size());
    m_entries.reserve(obstacles.size());
    for (Obstacle &obstacle : obstacles) {
        const std::uint32_t id = obstacle.id;
        Entry entry = makeEntry(obstacle);
        auto [it, inserted] = m_entries.insert_or_assign(id, std::move(entry));
        (void)inserted;
    }
    for (const auto &[id, entry] : m_entries)
        values.emplace_back(entry.reachBox, id);
    // Bulk loading (packing) builds a better tree than one-by-one insertion.
    m_tree = decltype(m_tree)(values.begin(), values.end());
}

ShadingScene::Entry ShadingScene::makeEntry(const Obstacle &obstacle) const
{
    Entry entry;
    entry.obstacle = obstacle;
    entry.polygon = toPolygon(obstacle.footprint);
    entry.box = envelope(obstacle.footprint);
    entry.reachBox = grown(entry.box, reachM(obstacle.topHeightM, 0.0));
    return entry;
}

const ShadingScene::Entry *ShadingScene::find(std::uint32_t id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

void ShadingScene::upsertObstacle(const Obstacle &obstacle)
{
    removeObstacle(obstacle.id);
    Entry entry = makeEntry(obstacle);
    m_tree.insert(Value(entry.reachBox, obstacle.id));
    m_entries.emplace(obstacle.id, std::move(entry));
}

bool ShadingScene::removeObstacle(std::uint32_t id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    m_tree.remove(Value(it->second.reachBox, id));
    m_entries.erase(it);
    return true;
}

double shadowReachM(const Options &options, double topHeightM, double fromHeightM)
{
    const double dh = topHeightM - fromHeightM;
    if (!(dh > 0.0))
        return 0.0;
    const double minElevation = radiansTwiceRounded(std::max(options.minSunElevationDeg, 0.1));
    return dh / std::tan(minElevation);
}

double ShadingScene::reachM(double topHeightM, double fromHeightM) const
{
    return shadowReachM(m_options, topHeightM, fromHeightM);
}

std::vector<const ShadingScene::Entry *> ShadingScene::candidateEntriesFor(const Surface &surface) const
{
    std::vector<const Entry *> out;
    if (surface.outline.size() < 3)
        return out;
    const Polygon polygon = toPolygon(surface.outline);
    const Box box = envelope(surface.outline);
    std::vector<Value> hits;
    m_tree.query(bgi::intersects(box), std::back_inserter(hits));
    std::sort(hits.begin(), hits.end(), [](const Value &a, const Value &b) { return a.second < b.second; });
    for (const Value &hit : hits) {
        const Entry &entry = m_entries.at(hit.second);
        if (canShade(entry, surface, polygon, box))
            out.push_back(&entry);
    }
    return out;
}

bool ShadingScene::canShade(const Entry &entry, const Surface &surface, const Polygon &surfacePolygon,
                            const Box &surfaceBox) const
{
    if (surface.outline.size() < 3 || isIgnored(surface, entry.obstacle.id))
        return false;
    const double reach = reachM(entry.obstacle.topHeightM, surface.heightM);
    if (reach <= 0.0)
        return false;
    // The reach box of the R-tree is grown by the reach from the ground, which is never shorter.
    if (!bg::intersects(grown(entry.box, reach), surfaceBox))
        return false;
    return withinDistance(entry.obstacle.footprint, entry.polygon, surface.outline, surfacePolygon, reach);
}

std::vector<std::uint32_t> ShadingScene::candidatesFor(const Surface &surface) const
{
    std::vector<std::uint32_t> ids;
    for (const Entry *entry : candidateEntriesFor(surface))
        ids.push_back(entry->obstacle.id);
    return ids;
}

} // namespace pz::shading
