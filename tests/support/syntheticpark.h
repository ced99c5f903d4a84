// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deterministic synthetic park of any size for tests and benchmarks: a jittered grid of objects on a
// square site that grows with the object count (3 km × 3 km at 1000 objects, so the density
// stays that of a real industrial park).

#include "model/park.h"

#include <cstdint>

namespace pz {

// n objects: 50 % buildings without PV (mixed heights 6–45 m), 40 % PV surfaces (half ground
// fields, half buildings with rooftop PV), 10 % storage containers and green spaces. The same
// (n, seed) always gives the same park.
Park makeSyntheticPark(int n, std::uint32_t seed = 1);

// Side of the square site (m) used for n objects.
double syntheticSiteSideM(int n);

} // namespace pz
