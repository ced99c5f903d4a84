// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The park's heat as a handful of shared hourly series (spec §14.3–§14.5). For one weather year,
// heating season and ground temperature, every building's space heat is UA × the degree-hours of
// its balance temperature, its hot water and process heat are its annual amounts × its use type's
// day shape, and a heat pump's electricity is the same multiples of those series divided hour by
// hour by the COP of its source and emitter. So a building is a few numbers on shared series and
// the park's hourly heat is a sum over the distinct series, not over the buildings: changing the
// season recomputes a few series and then only arithmetic per building. `heatDemand()` and
// `supplyHeat()` remain the hour-by-hour definitions these sums are tested against.

#include "heat/heatdemand.h"
#include "heat/heatpumpcop.h"
#include "heat/heatsupply.h"

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

namespace pz::heat {

// One shared hourly series (8760 values) with its sums.
struct HeatSeries {
    std::vector<double> hourly;
    double total = 0;
    std::array<double, 12> monthly{};
};

// A multiple of a series; no series = zero.
struct HeatTerm {
    double coefficient = 0;
    std::shared_ptr<const HeatSeries> series;
    double at(std::size_t hour) const { return series ? coefficient * series->hourly[hour] : 0.0; }
    double total() const { return series ? coefficient * series->total : 0.0; }
};

// The hour of a building's peak and its value.
struct HeatPeak {
    double kW = 0;
    int hour = 0;
};

// The series of one weather year, season and ground temperature. Series are made when first asked
// for and kept; the methods may be called from several threads.
class HeatBasis
{
public:
    HeatBasis(std::shared_ptr<const TemperatureSource> temperature, const HeatingSeason &season, double groundTempC);
    // Another season of the same weather and ground temperature: the series that do not depend
    // on the season (the COPs, the hot-water electricity) are shared with `sameClimate`.
    HeatBasis(const HeatBasis &sameClimate, const HeatingSeason &season);

    // s(t)·max(0, T_b − T(t)) in K·h per hour.
    std::shared_ptr<const HeatSeries> degreeHours(double balanceTempC) const;
    // w(t) of the use type (weather-independent).
    std::shared_ptr<const HeatSeries> shape(pz::UseType type) const;
    // Heat-pump electricity per unit of space-heat term: degree-hours ÷ COP at the emitter's sink.
    std::shared_ptr<const HeatSeries> degreeHoursPerCop(double balanceTempC, HeatPumpSource source,
                                                       Emitter emitter) const;
    // Heat-pump electricity per kWh of annual hot water and process heat: w ÷ COP at 50 °C.
    std::shared_ptr<const HeatSeries> shapePerCop(pz::UseType type, HeatPumpSource source) const;
    // The first hour of max(space + water) for a building with these terms. `waterPerSpace` is
    // water's coefficient ÷ space's, given from the building's parameters rather than its area, so
    // that buildings of one use type share the computed maximum (exact to rounding).
    HeatPeak peak(const HeatTerm &space, const HeatTerm &water, double waterPerSpace) const;

    double groundTempC() const { return m_groundTempC; }
    const std::shared_ptr<const TemperatureSource> &temperature() const { return m_temperature; }

private:
    using PeakKey = std::tuple<const HeatSeries *, const HeatSeries *, double>;
    static constexpr int kWaterSink = 2;   // sinks: the emitters, then 50 °C
    // COP(t) of a source at a sink; called with m_mutex held.
    const std::vector<double> &cop(HeatPumpSource source, int sink) const;
    std::shared_ptr<const TemperatureSource> m_temperature;
    std::vector<unsigned char> m_season;
    double m_groundTempC;
    mutable std::mutex m_mutex;
    mutable std::map<double, std::shared_ptr<const HeatSeries>> m_degreeHours;
    mutable std::map<std::tuple<double, int, int>, std::shared_ptr<const HeatSeries>> m_degreeHoursPerCop;
    mutable std::map<std::tuple<int, int>, std::shared_ptr<const HeatSeries>> m_shapePerCop;
    mutable std::map<PeakKey, HeatPeak> m_peaks;
    mutable std::map<std::pair<int, int>, std::shared_ptr<const std::vector<double>>> m_cop;   // per unit of the space coefficient
};

// A building's heat and its supply's electricity as terms on a basis.
struct BuildingHeatTerms {
    HeatTerm space, water;                          // heat = space + water
    HeatTerm spaceElectricity, waterElectricity;    // electricity (heat pumps, electric boilers)
    double heatAt(std::size_t hour) const { return space.at(hour) + water.at(hour); }
    double electricityAt(std::size_t hour) const { return spaceElectricity.at(hour) + waterElectricity.at(hour); }
};

// One building's year: the demand's and the supply's sums (their hourly vectors left empty), the
// monthly heat and the terms the hourly series are made of.
struct BuildingHeatYear {
    HeatDemand demand;
    HeatSupplyResult supply;
    std::array<double, 12> monthlyHeatKWh{};
    BuildingHeatTerms terms;
};

BuildingHeatYear buildingHeatYear(const BuildingHeatInput &input, const HeatBasis &basis);

// The sum of many terms hour by hour, grouped by series: terms are added in the order given, each
// series' coefficients summed, and the hourly sum taken over the series in the order first seen,
// so the same terms in the same order give the same bits.
class HeatTermSum
{
public:
    void add(const HeatTerm &term);
    std::vector<double> hourly() const;
    // The same series with the same coefficients in the same order: the same hourly sum.
    bool operator==(const HeatTermSum &other) const = default;

private:
    std::vector<std::pair<std::shared_ptr<const HeatSeries>, double>> m_groups;
};

} // namespace pz::heat
