// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixed simulation year of the energy kernels: 8760 hours of 2023 (1 January 2023 is a
// Sunday, no leap day), hour 0 = 1 January 00:00-01:00 local standard time.

#include "common/units.h"
#include <array>

namespace pz::energy {
inline constexpr int kDaysPerYear = 365;

enum class DayType { Weekday, Saturday, Sunday };

// Day of the week of a day of 2023 (0 = 1 January): 0 = Sunday ... 6 = Saturday.
constexpr int dayOfWeek(int dayOfYear)
{
    return dayOfYear % 7;
}

constexpr DayType dayType(int dayOfYear)
{
    const int dow = dayOfWeek(dayOfYear);
    return dow == 0 ? DayType::Sunday : dow == 6 ? DayType::Saturday : DayType::Weekday;
}

// Month (0..11) of a day of 2023.
constexpr int monthOfDay(int dayOfYear)
{
    constexpr std::array<int, 12> firstDay{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int m = 11;
    while (m > 0 && dayOfYear < firstDay[m])
        --m;
    return m;
}

constexpr int monthOfHour(int hourOfYear)
{
    return monthOfDay(hourOfYear / 24);
}

} // namespace pz::energy
