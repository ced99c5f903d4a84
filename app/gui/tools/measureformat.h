// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wording of lengths, areas and angles shown while drawing and measuring.

#include <QString>

namespace pz::measureformat {

QString length(double metres);    // "12.5 m", "1.25 km"
QString area(double squareMetres); // "340 m²", "2.35 ha"
QString angle(double degrees);     // "45°"

} // namespace pz::measureformat
