// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The whole park as a value: site settings and the objects in drawing order. Copying a Park is
// how the compute engine takes its immutable snapshot.

#include "model/parkobject.h"
#include "model/site.h"

#include <vector>

namespace pz {

class Park
{
public:
    Site site;

    const std::vector<ParkObject> &objects() const { return m_objects; }
    int count() const { return int(m_objects.size()); }
    // Index of the object with this id, or -1.
    int indexOf(ObjectId id) const;
    const ParkObject *find(ObjectId id) const;
    bool contains(ObjectId id) const { return indexOf(id) >= 0; }

    // The id the next new object receives. Ids are never reused within a park.
    ObjectId nextId() const { return m_nextId; }
    void setNextId(ObjectId id) { m_nextId = id; }
    ObjectId takeNextId() { return m_nextId++; }

    // Structural changes; callers (document commands, file reader) validate first.
    void insert(int index, ParkObject object);
    void append(ParkObject object) { insert(count(), std::move(object)); }
    ParkObject removeAt(int index);
    void replace(ParkObject object);  // same id, new value

    bool operator==(const Park &other) const = default;

private:
    std::vector<ParkObject> m_objects;
    ObjectId m_nextId = 1;
};

} // namespace pz
