// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Places the object labels of the site plan for the current zoom: each label shows its full text
// where it fits the object, otherwise its compact text, otherwise nothing, and no two labels
// overlap on screen (buildings first, then larger objects). Runs after a zoom or a document
// change, not on every frame.

#include "model/objectid.h"

#include <QHash>

namespace pz {

class ObjectItem;

namespace labellayout {

void place(const QHash<ObjectId, ObjectItem *> &items, double pixelsPerMetre);

} // namespace labellayout
} // namespace pz
