// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/park.h"

#include <algorithm>

namespace pz {

int Park::indexOf(ObjectId id) const
{
    for (int i = 0; i < count(); ++i)
        if (idOf(m_objects[i]) == id)
            return i;
    return -1;
}

const ParkObject *Park::find(ObjectId id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_objects[i];
}

void Park::insert(int index, ParkObject object)
{
    index = std::clamp(index, 0, count());
    m_nextId = std::max(m_nextId, idOf(object) + 1);
    m_objects.insert(m_objects.begin() + index, std::move(object));
}

ParkObject Park::removeAt(int index)
{
    ParkObject object = std::move(m_objects[index]);
    m_objects.erase(m_objects.begin() + index);
    return object;
}

void Park::replace(ParkObject object)
{
    const int i = indexOf(idOf(object));
    if (i >= 0)
        m_objects[i] = std::move(object);
}

} // namespace pz
