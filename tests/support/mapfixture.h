// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site plan as the main window assembles it, for the map and tool tests: a document, its
// selection, the scene mirroring it, a view of the scene, the tool context and the tool manager
// whose active tool gets the view's input. Plus a rectangular building to put on it.

#include "document/parkdocument.h"
#include "map/mapscene.h"
#include "map/maptoolcontext.h"
#include "map/mapview.h"
#include "model/building.h"
#include "selectionmodel.h"
#include "tools/toolmanager.h"

#include <QString>

namespace pztest {

struct MapFixture {
    pz::ParkDocument document;
    pz::SelectionModel selection{&document};
    pz::MapScene scene{&document, &selection};
    pz::MapView view{&scene};
    pz::MapToolContext context{&scene, &view};
    pz::ToolManager toolManager{&context};

    MapFixture() { view.setToolManager(&toolManager); }
};

// A w × h m building with its lower left corner at (x0, y0).
inline pz::Building box(double x0, double y0, double w, double h, const QString &name = QStringLiteral("B"))
{
    pz::Building b;
    b.name = name;
    b.footprint = {{x0, y0}, {x0 + w, y0}, {x0 + w, y0 + h}, {x0, y0 + h}};
    return b;
}

} // namespace pztest
