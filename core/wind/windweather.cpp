// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/windweather.h"

#include "solar/weatheryear.h"

#include <QCoreApplication>

#include <cmath>
#include <set>

namespace pz::wind {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz::wind"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::wind", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("pz::wind", text, disambiguation, n);
}

constexpr double kMaxSpeedMS = 999;        // ≥ this is a missing code
constexpr double kMinPressurePa = 30000, kMaxPressurePa = 120000;
constexpr double kRandomDirectionDeg = 60;
constexpr int kSixHourlyMaxChangeHours = 4;

} // namespace

double standardPressurePa(double elevationM)
{
    return 101325.0 * std::pow(1.0 - 2.25577e-5 * elevationM, 5.25588);
}

WindColumns windColumnsOf(const solar::WeatherYear &year, double elevationM)
{
    const std::size_t n = year.windMs.size();
    WindColumns c;
    c.speedMS = year.windMs;
    c.tempC = year.tempC;
    c.directionDeg = year.windDirectionDeg.size() == n ? year.windDirectionDeg : std::vector<double>(n, NAN);
    c.pressurePa = year.pressurePa.size() == n ? year.pressurePa : std::vector<double>(n, NAN);
    c.elevationM = elevationM;
    return c;
}

WindWeather cleanWindColumns(const WindColumns &c)
{
    WindWeather w;
    const size_t n = c.speedMS.size();
    w.speedMS.resize(n);
    w.directionDeg.resize(n);
    w.directionValid.resize(n);
    w.tempC = c.tempC;
    w.tempC.resize(n);
    w.pressurePa.resize(n);
    const double fallbackPa = standardPressurePa(c.elevationM);
    for (size_t h = 0; h < n; ++h) {
        const double v = c.speedMS[h];
        const bool speedOk = std::isfinite(v) && v >= 0 && v < kMaxSpeedMS;
        w.speedMS[h] = speedOk ? v : 0;
        w.invalidSpeedHours += speedOk ? 0 : 1;

        const double d = h < c.directionDeg.size() ? c.directionDeg[h] : NAN;
        const bool dirOk = std::isfinite(d) && d >= 0 && d <= 360;
        w.directionDeg[h] = dirOk ? d : 0;
        w.directionValid[h] = dirOk ? 1 : 0;
        w.invalidDirectionHours += dirOk ? 0 : 1;

        const double p = h < c.pressurePa.size() ? c.pressurePa[h] : NAN;
        const bool pOk = p >= kMinPressurePa && p <= kMaxPressurePa;   // false for NaN
        w.pressurePa[h] = pOk ? p : fallbackPa;
        w.invalidPressureHours += pOk ? 0 : 1;
    }
    return w;
}

WindQuality assessWindQuality(const WindWeather &w)
{
    WindQuality q;
    const int n = w.hours();
    if (n == 0)
        return q;
    int calm = 0;
    bool whole = true;
    std::set<int> changeHours;
    double directionChangeSum = 0;
    int directionPairs = 0;
    for (int h = 0; h < n; ++h) {
        const double v = w.speedMS[h];
        calm += v == 0 ? 1 : 0;
        whole = whole && v == std::floor(v);
        if (h == 0)
            continue;
        if (v != w.speedMS[h - 1])
            changeHours.insert(h % 24);
        if (v > 0 && w.speedMS[h - 1] > 0 && w.directionValid[h] && w.directionValid[h - 1]) {
            const double delta = std::fmod(w.directionDeg[h] - w.directionDeg[h - 1] + 180.0 + 720.0, 360.0) - 180.0;
            directionChangeSum += std::abs(delta);
            ++directionPairs;
        }
    }
    q.calmShare = double(calm) / n;
    q.wholeSpeeds = whole;
    q.speedChangeHoursOfDay = static_cast<int>(changeHours.size());
    q.sixHourly = q.speedChangeHoursOfDay <= kSixHourlyMaxChangeHours;
    q.meanDirectionChangeDeg = directionPairs > 0 ? directionChangeSum / directionPairs : 0;
    q.randomDirections = q.meanDirectionChangeDeg > kRandomDirectionDeg;

    q.notes << tr("Calm hours: %1 %").arg(100 * q.calmShare, 0, 'f', 1);
    if (q.wholeSpeeds)
        q.notes << tr("Speeds are whole m/s.");
    if (q.sixHourly)
        q.notes << tr("Speed held constant for 6 h (4 observations a day).");
    if (q.randomDirections)
        q.notes << tr("Wind directions in this file look random hour to hour (mean change %1°); wake losses "
                      "computed from it are not meaningful.")
                       .arg(q.meanDirectionChangeDeg, 0, 'f', 0);
    if (w.invalidSpeedHours > 0)
        q.notes << tr("%n hour(s) with an invalid wind speed were set to calm.", "", w.invalidSpeedHours);
    if (w.invalidDirectionHours > 0)
        q.notes << tr("%n hour(s) without a valid wind direction run without wakes.", "", w.invalidDirectionHours);
    if (w.invalidPressureHours > 0)
        q.notes << tr("%n hour(s) without a valid pressure use the standard atmosphere at the site elevation.",
                      "", w.invalidPressureHours);
    return q;
}

} // namespace pz::wind
