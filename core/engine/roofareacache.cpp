// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/roofareacache.h"

#include "engine/identical.h"
#include "model/building.h"

namespace pz {

MultiPolygon roofArea(const Outline &footprint, double setbackM)
{
    return insetPolygon(toPolygon(footprint), setbackM);
}

const MultiPolygon &RoofAreaCache::areaOf(const Building &building)
{
    Entry &entry = m_entries[building.id];
    if (!entry.valid || !identical(entry.setbackM, building.rooftop.setbackM)
        || !identical(entry.footprint, building.footprint)) {
        entry.footprint = building.footprint;
        entry.setbackM = building.rooftop.setbackM;
        entry.area = roofArea(building.footprint, building.rooftop.setbackM);
        entry.valid = true;
    }
    entry.used = true;
    return entry.area;
}

void RoofAreaCache::beginRun()
{
    for (auto &[id, entry] : m_entries)
        entry.used = false;
}

void RoofAreaCache::endRun(bool completed)
{
    if (!completed)
        return;
    std::erase_if(m_entries, [](const auto &item) { return !item.second.used; });
}

} // namespace pz
