// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hourly heat demand of one building (spec §14.1, §14.3): space heat by the degree-hour method
// within the heating season, domestic hot water and process heat spread over the use type's
// day shape. Defaults of the heat-loss coefficient, balance temperature and hot-water intensity
// by use type; the building's overrides win. Sources: docs/heat-and-fuels.md.

#include "heat/heatseason.h"
#include "heat/heatsettings.h"
#include "model/enums.h"
#include "solar/weatheryear.h"

#include <vector>

namespace pz::heat {

// §14.1: the weather year's dry-bulb temperature as given (no smoothing, no shift) and its mean.
struct TemperatureSource {
    std::vector<double> tempC;   // 8760 values
    double meanC = 0;            // T_mean (ground-source heat pumps)
};
TemperatureSource temperatureSource(const pz::solar::WeatherYear &weather);
TemperatureSource temperatureSource(std::vector<double> tempC);

// §14.3 defaults of a use type (China's severe-cold zone).
struct HeatUseDefaults {
    double heatLossWPerM2K;    // H, per m² of floor area
    double balanceTempC;       // T_b
    double dhwKWhPerM2Yr;      // D
    const char *note;          // why (not translated)
};
const HeatUseDefaults &heatUseDefaults(pz::UseType type);

// The parameters a building's demand is computed with: its overrides, else the defaults.
struct HeatParameters {
    double heatLossWPerM2K = 0;
    double balanceTempC = 0;
    double dhwKWhPerM2Yr = 0;
    double processHeatKWhPerYr = 0;
    bool spaceHeating = true;
};
HeatParameters heatParameters(pz::UseType type, const BuildingHeat &heat);

// w(t) of §14.3: the use type's weekday/Saturday/Sunday levels of the electric load shape
// without the monthly factor, normalised so that the 8760 values sum to 1.
std::vector<double> heatShape(pz::UseType type);

struct BuildingHeatInput {
    pz::UseType useType = pz::UseType::Office;
    double floorAreaM2 = 0;      // footprint area × floors
    BuildingHeat heat;
};

struct HeatDemand {
    std::vector<double> spaceKWh, dhwKWh, processKWh, totalKWh;   // kWh_th per hour, 8760 each
    double spaceHeatKWh = 0, dhwHeatKWh = 0, processHeatKWh = 0, totalHeatKWh = 0;
    double peakHeatKW = 0;
    int peakHour = 0;                 // first hour with the peak
    double degreeHoursKh = 0;         // Σ max(0, T_b − T)·s, also with space heating off
    double heatLossWPerK = 0;         // UA = A·H (0 with space heating off)
    HeatParameters parameters;
};

// Demand of one building over the year; `tempC` must hold 8760 values.
HeatDemand heatDemand(const BuildingHeatInput &building, const std::vector<double> &tempC,
                      const HeatingSeason &season);

// Σ max(0, T_b − T(t))·s(t) in K·h.
double degreeHours(const std::vector<double> &tempC, const std::vector<unsigned char> &seasonMask,
                   double balanceTempC);

} // namespace pz::heat
