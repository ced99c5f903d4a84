// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one typed notification a document emits after every applied change (redo or undo).

#include "model/objectid.h"

#include <QMetaType>

namespace pz {

struct ChangeEvent {
    enum class Type {
        ObjectsAdded,     // ids: the new objects
        ObjectsRemoved,   // ids: the removed objects
        ObjectsChanged,   // ids: objects whose value changed (geometry or properties)
        SiteChanged,      // location, weather, grid or carbon settings
        ParkReset,        // the whole project was replaced (new / load)
        ScenarioSwitched, // another scenario became active: park() is now its park (ids empty)
        ScenariosChanged, // scenarios' names, notes or order, or a scenario other than the active
                          // one added or deleted; park() is unchanged (ids empty)
    };
    Type type = Type::ParkReset;
    ObjectIds ids;
    quint64 revision = 0;  // document revision after the change
};

} // namespace pz

Q_DECLARE_METATYPE(pz::ChangeEvent)
