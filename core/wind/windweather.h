// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wind columns of a weather year as the wind model needs them (spec wind.md §12.1): speed
// at the anemometer height, direction the wind comes from, air temperature and station
// pressure, hour by hour, cleaned by the rules of §12.1, with the data-quality notes shown with
// the weather file. The inputs are plain vectors, so any reader can feed them.

#include <QStringList>

#include <vector>

namespace pz::solar {
struct WeatherYear;
}

namespace pz::wind {

// The raw columns, one value per hour of the 8760-hour year (EPW fields 22, 21, 7 and 10;
// TMY3 Wspd, Wdir, Dry-bulb and Pressure × 100).
struct WindColumns {
    std::vector<double> speedMS, directionDeg, tempC, pressurePa;
    double elevationM = 0;   // site elevation above sea level, for the pressure fallback
};

struct WindWeather {
    std::vector<double> speedMS;        // ≥ 0; invalid speeds became 0
    std::vector<double> directionDeg;   // as given when valid (0 and 360 both mean north)
    std::vector<unsigned char> directionValid;   // 0: no wakes in that hour
    std::vector<double> tempC;
    std::vector<double> pressurePa;     // invalid pressures replaced by the standard atmosphere
    int invalidSpeedHours = 0, invalidDirectionHours = 0, invalidPressureHours = 0;

    int hours() const { return static_cast<int>(speedMS.size()); }
};

struct WindQuality {
    double calmShare = 0;            // share of hours with speed 0
    bool wholeSpeeds = false;        // every speed is an integer m/s
    int speedChangeHoursOfDay = 0;   // distinct hours of the day at which the speed changes
    bool sixHourly = false;          // speedChangeHoursOfDay ≤ 4
    double meanDirectionChangeDeg = 0;   // mean |Δθ| over consecutive windy hours (§12.1)
    bool randomDirections = false;   // meanDirectionChangeDeg > 60
    QStringList notes;               // translated; never change any number
};

// Standard-atmosphere pressure at elevation z (m), §2: 101325·(1 − 2.25577e−5·z)^5.25588.
double standardPressurePa(double elevationM);

// The raw wind columns of a weather year; a year without direction or pressure columns gives
// invalid values there, so no wakes and the standard atmosphere (§12.1).
WindColumns windColumnsOf(const solar::WeatherYear &year, double elevationM);

// Cleans the columns (§12.1): speeds not finite, < 0 or ≥ 999 become 0; directions outside
// [0, 360] are invalid; pressures outside [30 000, 120 000] Pa use standardPressurePa.
// Temperature is taken as it is (the weather reader requires it).
WindWeather cleanWindColumns(const WindColumns &columns);

// The data-quality notes of §12.1 for cleaned data; hours are consecutive from 00:00 of day 1.
WindQuality assessWindQuality(const WindWeather &weather);

} // namespace pz::wind
