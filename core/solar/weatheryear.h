// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One typical weather year as the simulation uses it: 8760 hourly records, record h covering
// [h, h+1) hours after 2023-01-01 00:00 local standard time (spec §1), with the site the data
// belongs to. Filled by the weather readers (core/weather) or the synthetic-year generator.

#include "common/units.h"
#include <string>
#include <vector>

namespace pz::solar {

struct WeatherYear {

    std::string source;            // e.g. file name or "builtin:ordos"
    double latitudeDeg = 0, longitudeDeg = 0, elevationM = 0, utcOffsetHours = 0;
    std::vector<double> ghi, dni, dhi, tempC, windMs;   // W/m², °C, m/s; size 8760 each
    bool leapDayDropped = false;
    // The raw columns the wind model needs (spec wind.md §12.1), kept as in the file, missing
    // codes such as 999 and 999999 included: the direction the wind comes from (EPW field 21,
    // TMY3 Wdir) and the station pressure (EPW field 10, TMY3 Pressure × 100), Pa. Empty when
    // the source has none (a synthetic year); NaN in an hour whose cell is not a number.
    std::vector<double> windDirectionDeg, pressurePa;
    int windSpeedMissingHours = 0;   // speeds given as a missing code (≥ 999, < 0), set to 0 in windMs

    // Month (0..11) of the hour starting hourIndex hours after 2023-01-01 00:00.
    static int monthOfHour(int hourIndex);
    // First hour index of a month (0..12; 12 gives 8760).
    static int firstHourOfMonth(int month);
    static int daysInMonth(int month);
    // Hour index of a date and hour of 2023 (month 1..12, day 1..31, hour 0..23), or -1.
    static int hourIndex(int month, int day, int hour);

    // Allocates the five series with kHoursPerYear zeros.
    void resize();
    bool isComplete() const;
};

} // namespace pz::solar
