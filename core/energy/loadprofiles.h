// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hourly electricity loads of the park: buildings by use type (annual intensity spread over a
// normalised weekday/Saturday/Sunday shape with a seasonal factor), electrolysers, EV charging.
// Defaults and their sources: docs/loads-and-carbon.md (park-defaults §3).

#include "model/enums.h"

#include <array>
#include <memory>
#include <vector>

namespace pz::energy {

// Default annual intensity and load shape of one building use type. The hourly levels are
// relative (any scale); buildingLoadKWh() normalises them over the year.
struct UseTypeDefaults {
    double intensityKWhPerM2Yr;
    std::array<double, 24> weekday;    // level in each hour of a Monday..Friday
    std::array<double, 24> saturday;
    std::array<double, 24> sunday;
    std::array<double, 12> seasonal;   // monthly multiplier of the levels
    const char *source;                // where the intensity comes from
    const char *shapeSource;           // where the shape comes from
};

const UseTypeDefaults &useTypeDefaults(pz::UseType type);

// Relative level of hour `hourOfYear` (0..8759) for a use type (shape × seasonal factor).
double shapeLevel(const UseTypeDefaults &d, int hourOfYear);

// Annual electricity of a building (kWh): the override if >= 0, else intensity × floor area.
double annualBuildingLoadKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh = -1);

// Hourly load (kWh in each of the 8760 hours of 2023) of a building. The annual energy is the
// override if >= 0, else intensity × floor area; the sum of the result equals it.
std::vector<double> buildingLoadKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh = -1);

// Spreads `annualKWh` over the year by a use type's shape (used by buildingLoadKWh).
std::vector<double> shapedLoadKWh(const UseTypeDefaults &d, double annualKWh);

// An hourly series kept as values × scale, so that the buildings of one use type share their
// shape instead of each keeping 8760 values. Hour h holds values[h]·scale rounded once, exactly
// what a vector scaled in place would hold; series of their own have the scale 1.
struct ScaledSeries {
    std::shared_ptr<const std::vector<double>> values;  // never null
    double scale = 1.0;

    std::size_t size() const { return values->size(); }
    // The hourly values: the stored ones when the scale is 1, else `buffer` filled with them.
    const double *data(std::vector<double> &buffer) const;
};

// buildingLoadKWh() as a scaled series: the use type's shape, shared by every building of that
// type, and the building's scale; the hours equal buildingLoadKWh()'s bit for bit.
ScaledSeries buildingLoadSeriesKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh = -1);

// Electrolyser input (kWh per hour). Constant: rated power every hour. FollowPvSurplus:
// min(rated, PV surplus of that hour) with the surplus computed before the electrolyser;
// missing or negative surplus values count as 0.
std::vector<double> electrolyserLoadKWh(double ratedMW, pz::ElectrolyserMode mode,
                                        const std::vector<double> &pvSurplusKWh);

// EV charging: dailyKWh spread evenly over the hours [windowStartHour, windowEndHour) of every
// day. A window with end <= start wraps past midnight (22 -> 6 is 22:00-06:00); start == end
// means the whole day. Hours are taken modulo 24.
std::vector<double> evChargingLoadKWh(double dailyKWh, int windowStartHour, int windowEndHour);

// Hydrogen produced from electrolyser energy; 0 if kWhPerKg <= 0.
double hydrogenKg(double energyKWh, double kWhPerKg);

} // namespace pz::energy
