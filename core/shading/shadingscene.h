// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The obstacles of a park with an R-tree over their shadow reach, so that the obstacles that can
// shade a surface are found by a spatial query rather than by testing all pairs. The scene can
// be edited in place (one obstacle moved, added or removed) for incremental recomputation.

#include "shading/obstacle.h"
#include "shading/shadingoptions.h"
#include "shading/surface.h"

#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pz::shading {

// Whether two polygons (given both as outlines and as Boost polygons) come within distanceM of
// each other.
bool withinDistance(const Outline &a, const Polygon &polygonA, const Outline &b, const Polygon &polygonB,
                    double distanceM);

class ShadingScene
{
public:
    // An obstacle with its polygon and bounding box, prepared once.
    struct Entry {
        Obstacle obstacle;
        Polygon polygon;
        Box box;
        Box reachBox;   // box grown by the obstacle's reach over the ground
    };

    explicit ShadingScene(std::vector<Obstacle> obstacles = {}, Options options = {});

    const Options &options() const { return m_options; }
    int size() const { return int(m_entries.size()); }
    const Entry *find(std::uint32_t id) const;

    // Adds the obstacle, or replaces the one with the same id.
    void upsertObstacle(const Obstacle &obstacle);
    // Returns false when there is no obstacle with this id.
    bool removeObstacle(std::uint32_t id);

    // How far an obstacle of this top height can shade a point at fromHeightM (0 when lower).
    double reachM(double topHeightM, double fromHeightM) const;

    // Ids (ascending) of the obstacles that can shade the surface: taller than the surface
    // plane, within their reach of it, not its owner nor ignored by it.
    std::vector<std::uint32_t> candidatesFor(const Surface &surface) const;
    // The same as prepared entries (valid until the scene is changed).
    std::vector<const Entry *> candidateEntriesFor(const Surface &surface) const;
    // The test candidateEntriesFor applies to one obstacle; surfacePolygon and surfaceBox are the
    // surface's outline as a polygon and its envelope.
    bool canShade(const Entry &entry, const Surface &surface, const Polygon &surfacePolygon,
                  const Box &surfaceBox) const;

private:
    using Value = std::pair<Box, std::uint32_t>;
    Entry makeEntry(const Obstacle &obstacle) const;

    Options m_options;
    std::unordered_map<std::uint32_t, Entry> m_entries;
    boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>> m_tree;
};

} // namespace pz::shading
