// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "weatheryear.h"

#include <array>

namespace pz::solar {
namespace {
constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr std::array<int, 13> kFirstDay = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
} // namespace

int WeatherYear::monthOfHour(int hourIndex)
{
    const int day = hourIndex / 24;
    int m = 0;
    while (m < 11 && day >= kFirstDay[m + 1])
        ++m;
    return m;
}

int WeatherYear::firstHourOfMonth(int month)
{
    return kFirstDay[month] * 24;
}

int WeatherYear::daysInMonth(int month)
{
    return kDays[month];
}

int WeatherYear::hourIndex(int month, int day, int hour)
{
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] || hour < 0 || hour > 23)
        return -1;
    return (kFirstDay[month - 1] + day - 1) * 24 + hour;
}

void WeatherYear::resize()
{
    for (auto *v : {&ghi, &dni, &dhi, &tempC, &windMs})
        v->assign(kHoursPerYear, 0.0);
}

bool WeatherYear::isComplete() const
{
    for (const auto *v : {&ghi, &dni, &dhi, &tempC, &windMs})
        if (v->size() != std::size_t(kHoursPerYear))
            return false;
    return true;
}

} // namespace pz::solar
