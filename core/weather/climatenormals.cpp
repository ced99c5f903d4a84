// SPDX-License-Identifier: GPL-3.0-or-later
#include "climatenormals.h"

#include "common/units.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace pz::weather {

namespace {

// park-defaults.md §4a: monthly values derived from typical-year files (CSWD EPW for the Chinese
// stations, the TMY3 .stat file for Phoenix). The last entry is derived the same way (Σ hourly GHI
// ÷ days, mean of hourly dry-bulb) from the PVGIS TMY 2005–2023 EPW at 45 N 8 E.
// The wind (ClimateWind) is derived from the same files where they were at hand: mean of the
// hourly 10 m speeds, Weibull k = (σ/mean)^−1.086 (Justus et al. 1978), and the share of hours
// with wind from each 16th of the compass, given only where the file's directions persist from
// hour to hour (Dongsheng 21°, Yinchuan 38°, Piedmont 18° mean change; the other CSWD files
// change by about 90° an hour, i.e. at random). The rest keep ClimateWind's defaults.
const std::vector<ClimateNormals> kClimates = {
    {"ordos", QT_TRANSLATE_NOOP("pz::Climate", "Ordos (Dongsheng)"), 39.83, 109.98, 1462, 8,
     {2.62, 3.58, 4.37, 5.51, 6.54, 6.27, 5.99, 5.50, 4.31, 3.71, 2.72, 2.29},
     {-8.0, -4.9, 1.5, 7.7, 14.9, 19.0, 21.7, 19.6, 13.1, 7.2, 0.2, -6.2}, false,
     "CSWD 535430",
     {3.02, 1.78, {5.4, 6.1, 5.5, 5.1, 3.6, 2.3, 2.6, 3.8, 5.0, 18.2, 9.7, 5.0, 3.5, 5.4, 9.2, 9.7}, "CSWD 535430"}},
    {"hohhot", QT_TRANSLATE_NOOP("pz::Climate", "Hohhot"), 40.82, 111.68, 1063, 8,
     {2.10, 3.03, 4.30, 5.36, 6.23, 6.50, 5.35, 5.39, 4.68, 3.56, 2.37, 1.88},
     {-12.2, -8.4, -0.8, 9.0, 15.9, 21.3, 22.2, 20.4, 15.3, 6.9, -2.8, -8.9}, false,
     "CSWD 534630",
     {1.67, 0.86, {}, "CSWD 534630"}},
    {"baotou", QT_TRANSLATE_NOOP("pz::Climate", "Baotou (proxy: Haliut / Urad Zhongqi)"), 41.57,
     108.52, 1288, 8,
     {2.46, 3.36, 4.49, 5.74, 6.59, 6.93, 6.42, 5.84, 5.05, 3.98, 2.59, 2.28},
     {-12.2, -7.1, 0.9, 7.2, 14.3, 20.7, 23.4, 19.8, 14.6, 5.8, -3.5, -9.8}, true,
     "CSWD 533360"},
    {"yinchuan", QT_TRANSLATE_NOOP("pz::Climate", "Yinchuan"), 38.48, 106.22, 1111, 8,
     {2.78, 3.42, 4.83, 5.92, 6.22, 6.41, 6.13, 5.63, 4.88, 3.83, 2.97, 2.41},
     {-6.0, -2.0, 2.9, 11.9, 16.8, 21.1, 23.7, 22.1, 16.1, 10.1, 2.2, -5.4}, false,
     "CSWD 536140",
     {2.51, 1.69, {13.1, 12.0, 10.2, 6.2, 7.1, 3.4, 3.9, 4.8, 9.7, 8.0, 6.1, 3.5, 2.4, 1.2, 3.1, 5.2}, "CSWD 536140"}},
    {"beijing", QT_TRANSLATE_NOOP("pz::Climate", "Beijing"), 39.80, 116.47, 31, 8,
     {2.28, 3.31, 4.16, 5.02, 5.32, 5.24, 4.76, 4.63, 3.74, 3.19, 2.42, 1.96},
     {-3.8, -1.5, 7.7, 14.4, 19.3, 24.5, 26.4, 25.6, 20.4, 13.0, 5.4, -0.5}, false,
     "CSWD 545110",
     {2.35, 1.51, {}, "CSWD 545110"}},
    {"shanghai", QT_TRANSLATE_NOOP("pz::Climate", "Shanghai"), 31.40, 121.45, 6, 8,
     {2.03, 3.06, 2.87, 4.04, 4.71, 4.35, 4.37, 3.80, 4.25, 3.37, 2.49, 2.46},
     {4.5, 6.3, 9.9, 15.3, 20.6, 24.3, 27.5, 27.0, 24.4, 18.9, 13.6, 7.4}, false,
     "CSWD 583620",
     {3.25, 2.10, {}, "CSWD 583620"}},
    {"guangzhou", QT_TRANSLATE_NOOP("pz::Climate", "Guangzhou"), 23.17, 113.33, 41, 8,
     {2.36, 2.17, 1.99, 2.56, 3.51, 3.16, 3.84, 3.87, 3.81, 3.85, 3.27, 2.90},
     {13.9, 14.2, 18.3, 22.4, 26.1, 27.2, 28.8, 28.0, 27.4, 24.4, 20.2, 15.5}, false,
     "CSWD 592870",
     {1.66, 1.44, {}, "CSWD 592870"}},
    {"shenzhen", QT_TRANSLATE_NOOP("pz::Climate", "Shenzhen (proxy: Shanwei)"), 22.80, 115.37, 17, 8,
     {2.56, 2.59, 2.75, 3.20, 4.22, 3.63, 5.16, 4.53, 4.17, 4.02, 3.81, 3.25},
     {15.6, 15.1, 18.3, 21.8, 24.9, 27.5, 28.7, 27.7, 27.4, 24.9, 20.5, 16.8}, true,
     "CSWD 595010"},
    {"urumqi", QT_TRANSLATE_NOOP("pz::Climate", "Urumqi"), 43.78, 87.65, 935, 8,
     {1.32, 2.12, 3.23, 4.34, 5.93, 6.16, 6.08, 5.61, 4.46, 2.99, 1.59, 1.13},
     {-12.4, -9.2, -2.1, 9.8, 16.4, 21.5, 23.7, 23.0, 17.2, 7.9, -1.4, -9.7}, false,
     "CSWD 514630",
     {2.23, 1.59, {}, "CSWD 514630"}},
    {"lhasa", QT_TRANSLATE_NOOP("pz::Climate", "Lhasa"), 29.67, 91.13, 3649, 8,
     {4.43, 4.93, 5.38, 6.05, 6.62, 7.18, 6.28, 6.17, 5.46, 5.45, 4.90, 3.97},
     {-1.5, 1.9, 4.4, 8.8, 12.5, 16.4, 15.7, 15.2, 13.1, 9.4, 3.9, -0.6}, false,
     "CSWD 555910",
     {1.83, 1.24, {}, "CSWD 555910"}},
    {"xian", QT_TRANSLATE_NOOP("pz::Climate", "Xi'an"), 34.30, 108.93, 398, 8,
     {1.78, 2.42, 3.37, 3.96, 4.56, 4.33, 4.66, 5.18, 2.90, 2.42, 1.77, 1.42},
     {-0.4, 2.2, 8.1, 15.3, 20.9, 24.7, 26.7, 26.6, 20.3, 14.7, 8.2, 1.3}, false,
     "CSWD 570360"},
    {"chengdu", QT_TRANSLATE_NOOP("pz::Climate", "Chengdu"), 30.67, 104.02, 506, 8,
     {1.32, 1.38, 2.43, 3.11, 3.48, 3.65, 3.68, 3.68, 2.10, 2.05, 1.45, 1.18},
     {5.8, 8.2, 12.8, 16.1, 21.2, 23.8, 25.8, 25.1, 21.5, 17.9, 13.6, 7.1}, false,
     "CSWD 562940"},
    {"phoenix", QT_TRANSLATE_NOOP("pz::Climate", "Phoenix, AZ"), 33.45, -111.97, 337, -7,
     {3.29, 4.16, 5.34, 7.09, 7.84, 8.32, 7.62, 7.13, 6.34, 4.82, 3.77, 3.07},
     {13.0, 15.7, 17.3, 23.7, 27.3, 34.0, 35.6, 33.8, 30.4, 24.8, 18.0, 11.7}, false,
     "TMY3 722780 (.stat)"},
    {"piedmont", QT_TRANSLATE_NOOP("pz::Climate", "Piedmont, Italy (45 N 8 E)"), 45.0, 8.0, 250, 1,
     {1.54, 2.39, 3.82, 4.05, 4.83, 7.21, 6.62, 5.76, 4.52, 2.87, 2.02, 1.49},
     {5.2, 7.0, 8.7, 12.4, 17.0, 22.5, 21.9, 22.1, 20.2, 15.0, 6.3, 4.1}, false,
     "PVGIS TMY 2005-2023",
     {1.21, 1.68, {9.5, 9.2, 7.3, 3.7, 2.9, 2.7, 4.6, 7.2, 4.9, 4.9, 5.8, 7.4, 8.0, 6.9, 7.1, 8.1}, "PVGIS TMY 2005-2023"}},
};

constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

} // namespace

bool ClimateWind::hasDirections() const
{
    for (double pct : sectorPct)
        if (pct > 0)
            return true;
    return false;
}

double ClimateNormals::annualGhiKWhM2() const
{
    double sum = 0;
    for (int m = 0; m < 12; ++m)
        sum += ghiKWhM2Day[m] * kDays[m];
    return sum;
}

QString ClimateNormals::displayName() const
{
    return QCoreApplication::translate("pz::Climate", name);
}

const std::vector<ClimateNormals> &builtinClimates()
{
    return kClimates;
}

const ClimateNormals *findClimate(const QString &id)
{
    for (const ClimateNormals &c : kClimates)
        if (id == QLatin1String(c.id))
            return &c;
    return nullptr;
}

double greatCircleKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg)
{
    const double dLat = (lat2Deg - lat1Deg) * kDegToRad, dLon = (lon2Deg - lon1Deg) * kDegToRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1Deg * kDegToRad) * std::cos(lat2Deg * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

const ClimateNormals &nearestClimate(double latitudeDeg, double longitudeDeg)
{
    const ClimateNormals *best = &kClimates.front();
    double bestKm = 1e30;
    for (const ClimateNormals &c : kClimates) {
        const double km = greatCircleKm(latitudeDeg, longitudeDeg, c.latitudeDeg, c.longitudeDeg);
        if (km < bestKm) {
            bestKm = km;
            best = &c;
        }
    }
    return *best;
}

} // namespace pz::weather
