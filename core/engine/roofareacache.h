// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Remembers each building's rooftop PV area (its footprint inset by the edge setback, a
// Boost.Geometry buffer and the costly part of listing a park's PV systems) between runs, so that
// an edit re-insets only the roofs it changed.

#include "engine/runcache.h"
#include "geometry/geometry.h"
#include "model/objectid.h"

#include <unordered_map>

namespace pz {

struct Building;

class RoofAreaCache : public RunCache
{
public:
    // The inset area of the building's roof; valid until the next endRun().
    const MultiPolygon &areaOf(const Building &building);

    // Entries of buildings not asked for in a completed run are dropped.
    void beginRun() override;
    void endRun(bool completed) override;
    void clear() override { m_entries.clear(); }

private:
    struct Entry {
        Outline footprint;
        double setbackM = 0.0;
        MultiPolygon area;
        bool valid = false;
        bool used = false;
    };
    std::unordered_map<ObjectId, Entry> m_entries;
};

// The inset area computed afresh (what the cache stores).
MultiPolygon roofArea(const Outline &footprint, double setbackM);

} // namespace pz
