// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An R-tree over PV surfaces, to find which surfaces an obstacle can shade: after an obstacle
// is moved, added or removed only those surfaces need a new horizon.

#include "shading/obstacle.h"
#include "shading/shadingoptions.h"
#include "shading/surface.h"

#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pz::shading {

class SurfaceIndex
{
public:
    explicit SurfaceIndex(const std::vector<Surface> &surfaces = {}, Options options = {});

    int size() const { return int(m_entries.size()); }
    const Surface *find(std::uint32_t id) const;
    void upsertSurface(const Surface &surface);
    bool removeSurface(std::uint32_t id);

    // Ids (ascending) of the surfaces the obstacle can shade (lower than its top and within its
    // reach), plus those that belong to it (owner or ignored obstacle) and lie within its
    // footprint's envelope grown by the reach: a surface on a moved building moves with it.
    std::vector<std::uint32_t> affectedBy(const Obstacle &obstacle) const;
    // The surfaces to recompute when an obstacle changes from before to after (either may be
    // null: added or removed): the union of both positions' affected surfaces.
    std::vector<std::uint32_t> affectedByChange(const Obstacle *before, const Obstacle *after) const;

private:
    using Value = std::pair<Box, std::uint32_t>;
    struct Entry {
        Surface surface;
        Polygon polygon;
        Box box;
    };

    Options m_options;
    std::unordered_map<std::uint32_t, Entry> m_entries;
    boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>> m_tree;
};

} // namespace pz::shading
