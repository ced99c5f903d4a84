// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Constants every part of ParkZero shares: the hours of the simulated year and the factor from
// degrees to radians. Header only (no library), so that every kernel, the engine, the app and the
// tests use the same ones. Named constants are written kPascalCase throughout the project.

// moc parses headers that include this one but cannot read <numbers>; it needs none of it.
#ifndef Q_MOC_RUN
#include <numbers>

namespace pz {

// The simulated year: 8760 hours (2023, no leap day).
inline constexpr int kHoursPerYear = 8760;

// Multiply degrees by this to get radians (divide radians by it to get degrees).
inline constexpr double kDegToRad = std::numbers::pi / 180.0;

// Degrees to radians as deg · π / 180, rounded twice: the form the module geometry, the incidence
// angle modifier, the air mass and the shadow reach were written and verified with. It differs from
// deg · kDegToRad in the last bit for some angles, so those places keep it and their results stay
// those recorded in tests/data/golden.
constexpr double radiansTwiceRounded(double deg)
{
    return deg * std::numbers::pi / 180.0;
}

} // namespace pz
#endif
