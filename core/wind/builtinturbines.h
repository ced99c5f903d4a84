// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The turbine types shipped with ParkZero (spec wind.md §12.5): three public reference turbines
// whose curves are carried in a table with their attribution and licence, so that a new
// project has types without reading any file.

#include "wind/turbinetype.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pz::wind {

// "IEA-3.4-130-RWT", "NREL-5MW-RWT", "NREL-2020ATB-5.5MW-175".
std::vector<std::string> builtinTurbineIds();

// The type with Ct clipped as a read file's would be; empty for an unknown id.
std::optional<TurbineType> builtinTurbine(std::string_view id);

// Where the numbers come from and under which licence; empty for an unknown id.
std::string builtinTurbineSource(std::string_view id);

} // namespace pz::wind
