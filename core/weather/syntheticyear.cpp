// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "syntheticyear.h"

#include "solar/suntrack.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace pz::weather {
namespace {

using pz::solar::WeatherYear;

// splitmix64: a small, fully specified generator, so the year is identical everywhere.
struct SplitMix {
    unsigned long long state;
    unsigned long long next()
    {
        unsigned long long z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }   // [0, 1)
};

unsigned long long seedOf(const char *id)
{
    unsigned long long h = 1469598103934665603ull;   // FNV-1a
    for (const char *p = id; *p; ++p) {
        h ^= static_cast<unsigned char>(*p);
        h *= 1099511628211ull;
    }
    return h;
}

// Haurwitz (1945) clear-sky GHI, raised a little with altitude (thinner air).
double clearSkyGhi(double cosZenith, double elevationM)
{
    if (cosZenith <= 0.0)
        return 0.0;
    const double altitudeGain = 1.0 + 0.06 * std::clamp(elevationM, 0.0, 5000.0) / 1000.0;
    return 1098.0 * cosZenith * std::exp(-0.059 / cosZenith) * altitudeGain;
}

// A standard normal deviate (Box-Muller; one of the pair).
double normal(SplitMix &rng)
{
    const double u1 = 1.0 - rng.uniform();   // (0, 1]
    const double u2 = rng.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

// A stationary AR(1) series of standard normal deviates: weather that persists from hour to hour.
std::vector<double> persistentNormals(SplitMix &rng, double lag1)
{
    std::vector<double> z(kHoursPerYear);
    const double innovation = std::sqrt(1.0 - lag1 * lag1);
    z[0] = normal(rng);
    for (int h = 1; h < kHoursPerYear; ++h)
        z[h] = lag1 * z[h - 1] + innovation * normal(rng);
    return z;
}

double normalCdf(double z)
{
    return std::clamp(0.5 * std::erfc(-z / std::numbers::sqrt2), 1e-12, 1.0 - 1e-12);
}

// Hourly speeds: Weibull(k) through the normal CDF of a persistent series, a diurnal cycle
// (±20 %, strongest at 14:00), then scaled so that the year's mean is the climate's.
void synthesizeWindSpeed(double meanMs, double weibullK, SplitMix &rng, WeatherYear &w)
{
    constexpr double kSpeedLag1 = 0.85;
    const std::vector<double> z = persistentNormals(rng, kSpeedLag1);
    double sum = 0.0;
    for (int h = 0; h < kHoursPerYear; ++h) {
        const double weibull = std::pow(-std::log(1.0 - normalCdf(z[h])), 1.0 / weibullK);
        const double diurnal = 1.0 + 0.2 * std::cos(2.0 * std::numbers::pi * (h % 24 + 0.5 - 14.0) / 24.0);
        w.windMs[h] = weibull * diurnal;
        sum += w.windMs[h];
    }
    const double scale = sum > 0 ? meanMs * kHoursPerYear / sum : 0.0;
    for (double &v : w.windMs)
        v *= scale;
}

// Hourly directions (degrees the wind comes from) with the climate's sector shares: a slowly
// varying normal series mapped through the sectors' cumulative shares, continuous inside a
// sector, so that the direction turns gradually as real wind does.
void synthesizeWindDirection(const ClimateWind &wind, SplitMix &rng, WeatherYear &w)
{
    constexpr double kDirectionLag1 = 0.95;
    double total = 0.0;
    for (double pct : wind.sectorPct)
        total += pct;
    const std::vector<double> z = persistentNormals(rng, kDirectionLag1);
    w.windDirectionDeg.assign(kHoursPerYear, 0.0);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const double u = normalCdf(z[h]) * total;
        double below = 0.0;
        std::size_t s = 0;
        while (s + 1 < wind.sectorPct.size() && below + wind.sectorPct[s] <= u)
            below += wind.sectorPct[s++];
        const double within = wind.sectorPct[s] > 0 ? (u - below) / wind.sectorPct[s] : 0.5;
        // Whole degrees, as weather files give them (and one wake geometry per degree, not per hour).
        w.windDirectionDeg[h] = std::fmod(std::round((double(s) - 0.5 + within) * 22.5) + 360.0, 360.0);
    }
}

} // namespace

double erbsDiffuseFraction(double kt)
{
    if (kt <= 0.22)
        return 1.0 - 0.09 * std::max(0.0, kt);
    if (kt <= 0.8)
        return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt * kt * kt
            + 12.336 * kt * kt * kt * kt;
    return 0.165;
}

namespace {

// Day-to-day clearness: an AR(1) sequence (lag-one correlation 0.4) of zero mean within
// each month, its spread shrinking as the month's mean clearness approaches clear sky.
// Sets w's GHI (clear-sky GHI times the day's clearness) and returns the clearness by day.
std::vector<double> synthesizeGhi(const ClimateNormals &normals, const std::vector<double> &clear, SplitMix &rng,
                                  WeatherYear &w)
{
    std::vector<double> dayClearness(365, 1.0);
    double ar = 0.0;
    for (int m = 0; m < 12; ++m) {
        const int d0 = WeatherYear::firstHourOfMonth(m) / 24, nd = WeatherYear::daysInMonth(m);
        std::vector<double> dayClear(nd, 0.0), noise(nd, 0.0);
        double clearSum = 0;
        for (int d = 0; d < nd; ++d) {
            for (int hr = 0; hr < 24; ++hr)
                dayClear[d] += clear[(d0 + d) * 24 + hr];
            clearSum += dayClear[d];
            ar = 0.4 * ar + std::sqrt(1.0 - 0.4 * 0.4) * std::sqrt(3.0) * (2.0 * rng.uniform() - 1.0);
            noise[d] = ar;
        }
        double mean = 0;
        for (double x : noise)
            mean += x;
        mean /= nd;
        const double target = normals.ghiKWhM2Day[m] * nd * 1000.0;   // Wh/m² in the month
        const double kMonth = clearSum > 0 ? target / clearSum : 0.0;
        const double spread = std::clamp(0.9 * (1.0 - kMonth), 0.05, 0.4);
        double sum = 0;
        for (int d = 0; d < nd; ++d) {
            const double k = std::clamp(kMonth * (1.0 + spread * (noise[d] - mean)), 0.05 * kMonth,
                                        std::max(1.0, kMonth));
            dayClearness[d0 + d] = k;
            sum += k * dayClear[d];
        }
        // Rescale so that the month's GHI equals the normal exactly.
        const double scale = sum > 0 ? target / sum : 0.0;
        for (int d = 0; d < nd; ++d) {
            dayClearness[d0 + d] *= scale;
            for (int hr = 0; hr < 24; ++hr) {
                const int h = (d0 + d) * 24 + hr;
                w.ghi[h] = clear[h] * dayClearness[d0 + d];
            }
        }
    }
    return dayClearness;
}

// Erbs split (pvlib conventions: cos z not below 0.065, no beam above 87°).
void splitErbs(const pz::solar::SunTrack &sun, WeatherYear &w)
{
    for (int h = 0; h < kHoursPerYear; ++h) {
        const double ghi = w.ghi[h];
        if (ghi <= 0)
            continue;
        const double cz = std::max(sun.sunUp[h], 0.065);
        const double kt = std::clamp(ghi / (sun.e0[h] * cz), 0.0, 1.0);
        double dhi = ghi * erbsDiffuseFraction(kt);
        double dni = (ghi - dhi) / cz;
        if (sun.apparentZenithDeg[h] > 87.0) {
            dni = 0;
            dhi = ghi;
        }
        w.dhi[h] = dhi;
        w.dni[h] = dni;
    }
}

// Air temperature without the diurnal wave: monthly means interpolated between mid-months,
// each month shifted back to its normal mean.
std::vector<double> temperatureBase(const ClimateNormals &normals)
{
    std::vector<double> base(kHoursPerYear, 0.0);
    for (int m = 0; m < 12; ++m) {
        const int h0 = WeatherYear::firstHourOfMonth(m), h1 = WeatherYear::firstHourOfMonth(m + 1);
        const double mid = (h0 + h1) / 2.0;
        double sum = 0;
        for (int h = h0; h < h1; ++h) {
            const int mm = (h + 0.5 < mid) ? (m + 11) % 12 : (m + 1) % 12;
            const double otherMid = (h + 0.5 < mid)
                ? (m == 0 ? -kHoursPerYear + (WeatherYear::firstHourOfMonth(11) + kHoursPerYear) / 2.0
                          : (WeatherYear::firstHourOfMonth(m - 1) + h0) / 2.0)
                : (m == 11 ? kHoursPerYear + (WeatherYear::firstHourOfMonth(1)) / 2.0
                           : (h1 + WeatherYear::firstHourOfMonth(m + 2)) / 2.0);
            const double f = std::clamp((h + 0.5 - mid) / (otherMid - mid), 0.0, 1.0);
            base[h] = normals.tempC[m] + f * (normals.tempC[mm] - normals.tempC[m]);
            sum += base[h];
        }
        const double shift = normals.tempC[m] - sum / (h1 - h0);
        for (int h = h0; h < h1; ++h)
            base[h] += shift;
    }
    return base;
}

} // namespace

pz::solar::WeatherYear synthesizeYear(const ClimateNormals &normals,
                                      const SyntheticYearOptions &options)
{
    WeatherYear w;
    w.source = std::string("builtin:") + normals.id;
    w.latitudeDeg = normals.latitudeDeg;
    w.longitudeDeg = normals.longitudeDeg;
    w.elevationM = normals.elevationM;
    w.utcOffsetHours = normals.utcOffsetHours;
    w.resize();

    // Sun positions at the hour midpoints (the same convention as the simulation).
    const pz::solar::SunTrack sun = pz::solar::computeSunTrack(w);
    SplitMix rng{options.seed != 0 ? options.seed : seedOf(normals.id)};

    std::vector<double> clear(kHoursPerYear, 0.0);
    for (int h = 0; h < kHoursPerYear; ++h)
        clear[h] = sun.up[h] ? clearSkyGhi(sun.sunUp[h], normals.elevationM) : 0.0;

    // Day-to-day clearness, and the GHI of each hour.
    const std::vector<double> dayClearness = synthesizeGhi(normals, clear, rng, w);

    // Erbs split (pvlib conventions: cos z not below 0.065, no beam above 87°).
    splitErbs(sun, w);

    // Air temperature: monthly means interpolated between mid-months, each month shifted back to
    // its normal mean, plus a diurnal wave (minimum near sunrise, maximum at 15:00) whose
    // amplitude grows with the day's clearness. The wave sums to zero over a day.
    const std::vector<double> base = temperatureBase(normals);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const int hr = h % 24;
        const double amplitude = 3.0 + 3.5 * std::min(1.0, dayClearness[h / 24]);
        w.tempC[h] = base[h] + amplitude * std::cos(2.0 * std::numbers::pi * (hr + 0.5 - 15.0) / 24.0);
    }
    const double meanWindMs = options.meanWindMs > 0 ? options.meanWindMs : normals.wind.meanMs;
    synthesizeWindSpeed(meanWindMs, normals.wind.weibullK, rng, w);
    if (normals.wind.hasDirections())
        synthesizeWindDirection(normals.wind, rng, w);
    return w;
}

} // namespace pz::weather
