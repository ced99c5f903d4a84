// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "heat/heatdemand.h"

#include "energy/loadprofiles.h"
#include "energy/yearcalendar.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace pz::heat {

namespace {

using pz::kHoursPerYear;

// Spec §14.3, all [assumption]; indexed by pz::UseType.
const std::array<HeatUseDefaults, pz::kUseTypeCount> kHeatDefaults{{
    // BatteryCellPlant
    {0.90, 18, 8, "dry-room process heat is not in H: enter it as process heat"},
    // PvModulePlant
    {0.90, 16, 8, "as light manufacturing"},
    // HydrogenHall
    {1.00, 10, 2, "ventilated hall kept above freezing"},
    // Warehouse
    {0.60, 10, 1, "frost protection and pickers' comfort"},
    // Office
    {0.90, 18, 5, "GB 50189-2015 severe-cold envelope, 0.3 ach infiltration; T_b = HDD18 base"},
    // DataCentre
    {0.00, 18, 1, "internal gains exceed losses: no space heating"},
    // Canteen
    {1.20, 18, 60, "kitchen extract air; dish and kitchen hot water"},
    // LightManufacturing
    {0.90, 16, 8, "workshop kept at 16 °C; showers"},
}};

} // namespace

TemperatureSource temperatureSource(const pz::solar::WeatherYear &weather)
{
    return temperatureSource(weather.tempC);
}

TemperatureSource temperatureSource(std::vector<double> tempC)
{
    TemperatureSource s;
    s.tempC = std::move(tempC);
    s.meanC = s.tempC.empty() ? 0.0
                              : std::accumulate(s.tempC.begin(), s.tempC.end(), 0.0) / double(s.tempC.size());
    return s;
}

const HeatUseDefaults &heatUseDefaults(pz::UseType type)
{
    const int i = std::clamp(static_cast<int>(type), 0, pz::kUseTypeCount - 1);
    return kHeatDefaults[static_cast<std::size_t>(i)];
}

HeatParameters heatParameters(pz::UseType type, const BuildingHeat &heat)
{
    const HeatUseDefaults &d = heatUseDefaults(type);
    HeatParameters p;
    p.heatLossWPerM2K = heat.heatLossWPerM2K.value_or(d.heatLossWPerM2K);
    p.balanceTempC = heat.balanceTempC.value_or(d.balanceTempC);
    p.dhwKWhPerM2Yr = heat.dhwKWhPerM2Yr.value_or(d.dhwKWhPerM2Yr);
    p.processHeatKWhPerYr = std::max(0.0, heat.processHeatKWhPerYr);
    p.spaceHeating = heat.spaceHeating;
    return p;
}

std::vector<double> heatShape(pz::UseType type)
{
    const pz::energy::UseTypeDefaults &d = pz::energy::useTypeDefaults(type);
    std::vector<double> w(kHoursPerYear, 0.0);
    double sum = 0.0;
    for (int t = 0; t < kHoursPerYear; ++t) {
        const std::array<double, 24> *levels = &d.weekday;
        switch (pz::energy::dayType(t / 24)) {
        case pz::energy::DayType::Weekday: levels = &d.weekday; break;
        case pz::energy::DayType::Saturday: levels = &d.saturday; break;
        case pz::energy::DayType::Sunday: levels = &d.sunday; break;
        }
        w[static_cast<std::size_t>(t)] = std::max(0.0, (*levels)[static_cast<std::size_t>(t % 24)]);
        sum += w[static_cast<std::size_t>(t)];
    }
    for (double &v : w)
        v = sum > 0.0 ? v / sum : 1.0 / kHoursPerYear;
    return w;
}

double degreeHours(const std::vector<double> &tempC, const std::vector<unsigned char> &seasonMask,
                   double balanceTempC)
{
    const std::size_t n = std::min({tempC.size(), seasonMask.size(), std::size_t(kHoursPerYear)});
    double sum = 0.0;
    for (std::size_t t = 0; t < n; ++t)
        if (seasonMask[t])
            sum += std::max(0.0, balanceTempC - tempC[t]);
    return sum;
}

HeatDemand heatDemand(const BuildingHeatInput &building, const std::vector<double> &tempC,
                      const HeatingSeason &season)
{
    HeatDemand r;
    r.parameters = heatParameters(building.useType, building.heat);
    const HeatParameters &p = r.parameters;
    const double areaM2 = std::max(0.0, building.floorAreaM2);
    const std::vector<unsigned char> s = seasonMask(season);
    const std::vector<double> w = heatShape(building.useType);
    r.heatLossWPerK = p.spaceHeating ? areaM2 * p.heatLossWPerM2K : 0.0;
    r.degreeHoursKh = degreeHours(tempC, s, p.balanceTempC);
    const double dhwAnnualKWh = p.dhwKWhPerM2Yr * areaM2;

    r.spaceKWh.assign(kHoursPerYear, 0.0);
    r.dhwKWh.assign(kHoursPerYear, 0.0);
    r.processKWh.assign(kHoursPerYear, 0.0);
    r.totalKWh.assign(kHoursPerYear, 0.0);
    const std::size_t n = std::min(tempC.size(), std::size_t(kHoursPerYear));
    for (std::size_t t = 0; t < kHoursPerYear; ++t) {
        const double space = t < n && s[t] ? r.heatLossWPerK * std::max(0.0, p.balanceTempC - tempC[t]) / 1000.0 : 0.0;
        r.spaceKWh[t] = space;
        r.dhwKWh[t] = dhwAnnualKWh * w[t];
        r.processKWh[t] = p.processHeatKWhPerYr * w[t];
        r.totalKWh[t] = r.spaceKWh[t] + r.dhwKWh[t] + r.processKWh[t];
        r.spaceHeatKWh += r.spaceKWh[t];
        r.dhwHeatKWh += r.dhwKWh[t];
        r.processHeatKWh += r.processKWh[t];
        r.totalHeatKWh += r.totalKWh[t];
        if (r.totalKWh[t] > r.peakHeatKW) {
            r.peakHeatKW = r.totalKWh[t];
            r.peakHour = static_cast<int>(t);
        }
    }
    return r;
}

} // namespace pz::heat
