// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A mouse event on the site plan as tools see it: plan coordinates (raw and snapped to the grid)
// plus the viewport position, buttons and modifiers.

#include "geometry/geometry.h"

#include <QPoint>
#include <Qt>

namespace pz {

struct MapMouseEvent {
    Point2 plan;         // snapped to the grid when snapping is on
    Point2 rawPlan;      // exactly under the cursor
    QPoint viewPos;      // viewport pixels
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons;
    Qt::KeyboardModifiers modifiers;
};

} // namespace pz
