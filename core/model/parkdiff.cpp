// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/parkdiff.h"

#include <QHash>

namespace pz {

namespace {

// Object index by id: linear in the number of objects (a district has tens of thousands).
QHash<ObjectId, const ParkObject *> indexById(const Park &park)
{
    QHash<ObjectId, const ParkObject *> index;
    index.reserve(park.count());
    for (const ParkObject &object : park.objects())
        index.insert(idOf(object), &object);
    return index;
}

} // namespace

ParkDiff diffParks(const Park &from, const Park &to)
{
    const QHash<ObjectId, const ParkObject *> before = indexById(from);
    const QHash<ObjectId, const ParkObject *> after = indexById(to);
    ParkDiff diff;
    for (const ParkObject &object : to.objects()) {
        const ParkObject *old = before.value(idOf(object));
        if (!old)
            diff.added.append(idOf(object));
        else if (!(*old == object))
            diff.changed.append(idOf(object));
    }
    for (const ParkObject &object : from.objects())
        if (!after.contains(idOf(object)))
            diff.removed.append(idOf(object));
    diff.siteChanged = !(from.site == to.site);
    return diff;
}

} // namespace pz
