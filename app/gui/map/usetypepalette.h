#pragma once
// The colours of the site plan: one distinct, pleasant colour per building use type (after the
// Tableau 10 palette) and those of the other object kinds.

#include "model/enums.h"

#include <QColor>

namespace pz::usetypepalette {

QColor buildingColor(UseType type);
QColor pvColor();          // module rows
QColor pvFieldGround();    // the ground of a PV field between rows
QColor greenSpaceColor();
QColor storageColor();
QColor boundaryColor();
QColor selectionColor();

} // namespace pz::usetypepalette
