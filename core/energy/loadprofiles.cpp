// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "energy/loadprofiles.h"

#include "energy/yearcalendar.h"

#include <algorithm>
#include <cmath>

namespace pz::energy {

namespace {

using Day = std::array<double, 24>;
using Months = std::array<double, 12>;

// A day from [fromHour, toHour) -> level segments, filled in order.
struct Segment {
    int toHour;
    double level;
};

template<std::size_t N>
constexpr Day day(const Segment (&segments)[N])
{
    Day d{};
    int h = 0;
    for (const Segment &s : segments)
        for (; h < s.toHour && h < 24; ++h)
            d[h] = s.level;
    return d;
}

constexpr Day flatDay(double level)
{
    Day d{};
    for (double &v : d)
        v = level;
    return d;
}

constexpr Day scaledDay(const Day &in, double factor)
{
    Day d{};
    for (int h = 0; h < 24; ++h)
        d[h] = in[h] * factor;
    return d;
}

constexpr Months flatYear()
{
    Months m{};
    for (double &v : m)
        v = 1.0;
    return m;
}

// US DOE reference office lighting schedule (park-defaults §3b). It is the only sourced
// hourly office profile; the occupancy schedule drops to 0 at night, which electricity does not.
constexpr Day kOfficeWeekday = day({{5, 0.05}, {7, 0.10}, {8, 0.30}, {17, 0.90}, {18, 0.50}, {20, 0.30},
                                    {22, 0.20}, {23, 0.10}, {24, 0.05}});
constexpr Day kOfficeSaturday = day({{6, 0.05}, {8, 0.10}, {12, 0.30}, {17, 0.15}, {24, 0.05}});
constexpr Day kOfficeSunday = flatDay(0.05);

// Industrial two-shift (park-defaults §3b, suggested): 06-22 full, 30 % base load at night;
// weekends one shift at 40 %, the night base load unchanged.
constexpr Day kTwoShiftWeekday = day({{6, 0.30}, {22, 1.00}, {24, 0.30}});
constexpr Day kTwoShiftWeekend = day({{6, 0.30}, {22, 0.40}, {24, 0.30}});

// Continuous plants (cell and module lines, electrolysis halls, data centres): flat 24/7.
constexpr Day kFlat = flatDay(1.0);

// Works canteen: breakfast, lunch and dinner peaks on a night base (assumption, no source).
constexpr Day kCanteenWeekday = day({{6, 0.10}, {8, 0.60}, {10, 0.30}, {13, 1.00}, {16, 0.30}, {19, 1.00},
                                     {21, 0.30}, {24, 0.10}});

// Summer cooling raises office use (June-August +20 %) and data-centre PUE (+5 %): assumptions.
constexpr Months kOfficeSeasonal{1.0, 1.0, 1.0, 1.0, 1.0, 1.2, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0};
constexpr Months kDataCentreSeasonal{1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.05, 1.0, 1.0, 1.0, 1.0};

constexpr const char *kTwoShiftSource = "park-defaults §3b industrial two-shift (suggested) [unverified]";
constexpr const char *kFlatSource = "park-defaults §3b flat 24/7 for continuous plants [unverified]";

// Indexed by pz::UseType.
const std::array<UseTypeDefaults, pz::kUseTypeCount> kDefaults{{
    // BatteryCellPlant
    {1625.0, kFlat, kFlat, kFlat, flatYear(),
     "[derived] 32.5 kWh per kWh of cells (MDPI Environments 2025, modern plant 30-35) x 50 kWh of "
     "cells per m2 floor per year (assumption: 20 GWh/yr on about 400 000 m2)",
     kFlatSource},
    // PvModulePlant
    {300.0, kFlat, kFlat, kFlat, flatYear(),
     "[unverified] light manufacturing range 150-400 kWh/m2.yr (park-defaults §3a); no module-plant source",
     kFlatSource},
    // HydrogenHall
    {100.0, kFlat, kFlat, kFlat, flatYear(),
     "[unverified] hall services only (lighting, ventilation, balance of plant); the electrolyser is a "
     "separate process load",
     kFlatSource},
    // Warehouse
    {45.0, kTwoShiftWeekday, kTwoShiftWeekend, kTwoShiftWeekend, flatYear(),
     "[unverified] park-defaults §3a suggested 30-60 kWh/m2.yr electricity for a lit logistics warehouse",
     kTwoShiftSource},
    // Office
    {186.0, kOfficeWeekday, kOfficeSaturday, kOfficeSunday, kOfficeSeasonal,
     "[verified] CBECS 2003 Table E4, office electricity 17.3 kWh/ft2 = 186 kWh/m2.yr",
     "US DOE reference office lighting schedule (park-defaults §3b) [verified]; summer factor 1.2 [assumption]"},
    // DataCentre
    {6833.0, kFlat, kFlat, kFlat, kDataCentreSeasonal,
     "[derived] IT 1 kW/m2 x 8760 h x utilisation 0.6 x PUE 1.3 (PUE: NDRC 2021 plan, park-defaults §3a; "
     "IT density and utilisation are assumptions)",
     "flat 24/7; summer PUE factor 1.05 [assumption]"},
    // Canteen
    {250.0, kCanteenWeekday, scaledDay(kCanteenWeekday, 0.5), scaledDay(kCanteenWeekday, 0.3), flatYear(),
     "[gap] placeholder, no source found", "meal-time peaks, weekends 50 %/30 % [assumption]"},
    // LightManufacturing
    {275.0, kTwoShiftWeekday, kTwoShiftWeekend, kTwoShiftWeekend, flatYear(),
     "[unverified] middle of the suggested 150-400 kWh/m2.yr (park-defaults §3a)", kTwoShiftSource},
}};

std::size_t useTypeIndex(pz::UseType type)
{
    return static_cast<std::size_t>(std::clamp(static_cast<int>(type), 0, pz::kUseTypeCount - 1));
}

} // namespace

const UseTypeDefaults &useTypeDefaults(pz::UseType type)
{
    return kDefaults[useTypeIndex(type)];
}

namespace {

// A use type's hourly levels (never negative) and their sum, added in shapedLoadKWh()'s order.
struct UseTypeShape {
    std::shared_ptr<const std::vector<double>> levels;
    double sum = 0.0;
};

const UseTypeShape &useTypeShape(pz::UseType type)
{
    static const std::array<UseTypeShape, pz::kUseTypeCount> shapes = [] {
        std::array<UseTypeShape, pz::kUseTypeCount> made;
        for (std::size_t i = 0; i < made.size(); ++i) {
            std::vector<double> levels(kHoursPerYear, 0.0);
            double sum = 0.0;
            for (int h = 0; h < kHoursPerYear; ++h) {
                levels[h] = std::max(0.0, shapeLevel(kDefaults[i], h));
                sum += levels[h];
            }
            made[i] = {std::make_shared<const std::vector<double>>(std::move(levels)), sum};
        }
        return made;
    }();
    return shapes[useTypeIndex(type)];
}

} // namespace

double shapeLevel(const UseTypeDefaults &d, int hourOfYear)
{
    const int dayOfYear = hourOfYear / 24;
    const int hour = hourOfYear % 24;
    const Day *levels = &d.weekday;
    switch (dayType(dayOfYear)) {
    case DayType::Weekday: levels = &d.weekday; break;
    case DayType::Saturday: levels = &d.saturday; break;
    case DayType::Sunday: levels = &d.sunday; break;
    }
    return (*levels)[static_cast<std::size_t>(hour)] * d.seasonal[static_cast<std::size_t>(monthOfDay(dayOfYear))];
}

std::vector<double> shapedLoadKWh(const UseTypeDefaults &d, double annualKWh)
{
    std::vector<double> out(kHoursPerYear, 0.0);
    if (!(annualKWh > 0.0) || !std::isfinite(annualKWh))
        return out;
    double sum = 0.0;
    for (int h = 0; h < kHoursPerYear; ++h) {
        out[h] = std::max(0.0, shapeLevel(d, h));
        sum += out[h];
    }
    if (sum <= 0.0) {   // a shape of zeros: spread evenly
        std::fill(out.begin(), out.end(), annualKWh / kHoursPerYear);
        return out;
    }
    const double scale = annualKWh / sum;
    for (double &v : out)
        v *= scale;
    return out;
}

double annualBuildingLoadKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh)
{
    return annualOverrideKWh >= 0.0 ? annualOverrideKWh
                                    : useTypeDefaults(type).intensityKWhPerM2Yr * std::max(0.0, floorAreaM2);
}

std::vector<double> buildingLoadKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh)
{
    return shapedLoadKWh(useTypeDefaults(type), annualBuildingLoadKWh(type, floorAreaM2, annualOverrideKWh));
}

const double *ScaledSeries::data(std::vector<double> &buffer) const
{
    if (scale == 1.0)
        return values->data();
    buffer.resize(values->size());
    for (std::size_t h = 0; h < buffer.size(); ++h)
        buffer[h] = (*values)[h] * scale;
    return buffer.data();
}

ScaledSeries buildingLoadSeriesKWh(pz::UseType type, double floorAreaM2, double annualOverrideKWh)
{
    const double annualKWh = annualBuildingLoadKWh(type, floorAreaM2, annualOverrideKWh);
    const UseTypeShape &shape = useTypeShape(type);
    // No energy, or a shape of zeros (spread evenly): such a load keeps values of its own.
    if (!(annualKWh > 0.0) || !std::isfinite(annualKWh) || shape.sum <= 0.0)
        return {std::make_shared<const std::vector<double>>(shapedLoadKWh(useTypeDefaults(type), annualKWh)), 1.0};
    return {shape.levels, annualKWh / shape.sum};
}

std::vector<double> electrolyserLoadKWh(double ratedMW, pz::ElectrolyserMode mode,
                                        const std::vector<double> &pvSurplusKWh)
{
    const double ratedKW = std::max(0.0, ratedMW) * 1000.0;
    std::vector<double> out(kHoursPerYear, 0.0);
    if (mode == pz::ElectrolyserMode::Constant) {
        std::fill(out.begin(), out.end(), ratedKW);
        return out;
    }
    const std::size_t n = std::min<std::size_t>(pvSurplusKWh.size(), kHoursPerYear);
    for (std::size_t h = 0; h < n; ++h)
        out[h] = std::clamp(pvSurplusKWh[h], 0.0, ratedKW);
    return out;
}

std::vector<double> evChargingLoadKWh(double dailyKWh, int windowStartHour, int windowEndHour)
{
    std::vector<double> out(kHoursPerYear, 0.0);
    if (!(dailyKWh > 0.0))
        return out;
    const int start = ((windowStartHour % 24) + 24) % 24;
    const int end = ((windowEndHour % 24) + 24) % 24;
    const int length = end > start ? end - start : end + 24 - start;   // start == end: 24 h
    std::array<double, 24> perHour{};
    for (int i = 0; i < length; ++i)
        perHour[static_cast<std::size_t>((start + i) % 24)] = dailyKWh / length;
    for (int h = 0; h < kHoursPerYear; ++h)
        out[h] = perHour[static_cast<std::size_t>(h % 24)];
    return out;
}

double hydrogenKg(double energyKWh, double kWhPerKg)
{
    return kWhPerKg > 0.0 ? std::max(0.0, energyKWh) / kWhPerKg : 0.0;
}

} // namespace pz::energy
