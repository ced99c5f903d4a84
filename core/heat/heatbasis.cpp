// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "heat/heatbasis.h"

#include "heat/heatpumpcop.h"

#include <algorithm>

namespace pz::heat {

namespace {

using pz::kHoursPerYear;

std::shared_ptr<const HeatSeries> makeSeries(std::vector<double> hourly)
{
    auto s = std::make_shared<HeatSeries>();
    s->hourly = std::move(hourly);
    s->hourly.resize(std::size_t(kHoursPerYear), 0.0);
    for (int m = 0; m < 12; ++m)
        for (int t = pz::solar::WeatherYear::firstHourOfMonth(m); t < pz::solar::WeatherYear::firstHourOfMonth(m + 1);
             ++t) {
            s->total += s->hourly[std::size_t(t)];
            s->monthly[std::size_t(m)] += s->hourly[std::size_t(t)];
        }
    return s;
}

// The series divided hour by hour by the COP.
std::shared_ptr<const HeatSeries> perCop(const HeatSeries &series, const std::vector<double> &cop)
{
    std::vector<double> out(std::size_t(kHoursPerYear), 0.0);
    for (std::size_t t = 0; t < out.size() && t < cop.size(); ++t)
        if (series.hourly[t] > 0.0)
            out[t] = series.hourly[t] / cop[t];
    return makeSeries(std::move(out));
}

HeatPumpSource sourceOf(HeatSupply supply)
{
    return supply == HeatSupply::Gshp ? HeatPumpSource::Ground : HeatPumpSource::Air;
}

// The electricity terms of the building's supply; `efficiency` as supplySums() uses it.
void addElectricity(const BuildingHeatInput &input, const HeatBasis &basis, double balanceTempC, double efficiency,
                    BuildingHeatTerms &terms)
{
    const HeatSupply supply = input.heat.supply;
    if (isHeatPump(supply)) {
        const HeatPumpSource source = sourceOf(supply);
        if (terms.space.coefficient > 0.0)
            terms.spaceElectricity = {terms.space.coefficient,
                                      basis.degreeHoursPerCop(balanceTempC, source, input.heat.emitter)};
        if (terms.water.coefficient > 0.0)
            terms.waterElectricity = {terms.water.coefficient, basis.shapePerCop(input.useType, source)};
    } else if (carrierOf(supply) == Carrier::Electricity && efficiency > 0.0) {
        terms.spaceElectricity = {terms.space.coefficient / efficiency, terms.space.series};
        terms.waterElectricity = {terms.water.coefficient / efficiency, terms.water.series};
    }
}

} // namespace

HeatBasis::HeatBasis(std::shared_ptr<const TemperatureSource> temperature, const HeatingSeason &season,
                     double groundTempC)
    : m_temperature(std::move(temperature)), m_season(seasonMask(season)), m_groundTempC(groundTempC)
{
}

HeatBasis::HeatBasis(const HeatBasis &sameClimate, const HeatingSeason &season)
    : m_temperature(sameClimate.m_temperature), m_season(seasonMask(season)), m_groundTempC(sameClimate.m_groundTempC)
{
    std::lock_guard lock(sameClimate.m_mutex);
    m_cop = sameClimate.m_cop;
    m_shapePerCop = sameClimate.m_shapePerCop;
}

std::shared_ptr<const HeatSeries> HeatBasis::degreeHours(double balanceTempC) const
{
    std::lock_guard lock(m_mutex);
    std::shared_ptr<const HeatSeries> &s = m_degreeHours[balanceTempC];
    if (!s) {
        const std::vector<double> &tempC = m_temperature->tempC;
        std::vector<double> dh(std::size_t(kHoursPerYear), 0.0);
        const std::size_t n = std::min({tempC.size(), m_season.size(), dh.size()});
        for (std::size_t t = 0; t < n; ++t)
            if (m_season[t])
                dh[t] = std::max(0.0, balanceTempC - tempC[t]);
        s = makeSeries(std::move(dh));
    }
    return s;
}

std::shared_ptr<const HeatSeries> HeatBasis::shape(pz::UseType type) const
{
    // The shapes do not depend on the weather: made once for the program.
    static std::mutex mutex;
    static std::array<std::shared_ptr<const HeatSeries>, pz::kUseTypeCount> shapes;
    const std::size_t i = std::size_t(std::clamp(int(type), 0, pz::kUseTypeCount - 1));
    std::lock_guard lock(mutex);
    if (!shapes[i])
        shapes[i] = makeSeries(heatShape(pz::UseType(int(i))));
    return shapes[i];
}

const std::vector<double> &HeatBasis::cop(HeatPumpSource source, int sink) const
{
    std::shared_ptr<const std::vector<double>> &kept = m_cop[{int(source), sink}];
    if (!kept) {
        const std::vector<double> &tempC = m_temperature->tempC;
        std::vector<double> cop(std::min(tempC.size(), std::size_t(kHoursPerYear)), 0.0);
        for (std::size_t t = 0; t < cop.size(); ++t) {
            const double sinkC = sink == kWaterSink ? kHotWaterSinkC : spaceHeatingSinkC(Emitter(sink), tempC[t]);
            cop[t] = heatPumpCop(source, sinkC, sourceTempC(source, tempC[t], m_groundTempC));
        }
        kept = std::make_shared<const std::vector<double>>(std::move(cop));
    }
    return *kept;
}

std::shared_ptr<const HeatSeries> HeatBasis::degreeHoursPerCop(double balanceTempC, HeatPumpSource source,
                                                              Emitter emitter) const
{
    const std::shared_ptr<const HeatSeries> dh = degreeHours(balanceTempC);
    std::lock_guard lock(m_mutex);
    std::shared_ptr<const HeatSeries> &s = m_degreeHoursPerCop[{balanceTempC, int(source), int(emitter)}];
    if (!s)
        s = perCop(*dh, cop(source, int(emitter)));
    return s;
}

std::shared_ptr<const HeatSeries> HeatBasis::shapePerCop(pz::UseType type, HeatPumpSource source) const
{
    const std::shared_ptr<const HeatSeries> w = shape(type);
    std::lock_guard lock(m_mutex);
    std::shared_ptr<const HeatSeries> &s = m_shapePerCop[{int(type), int(source)}];
    if (!s)
        s = perCop(*w, cop(source, kWaterSink));
    return s;
}

HeatPeak HeatBasis::peak(const HeatTerm &space, const HeatTerm &water, double waterPerSpace) const
{
    // max(a·S + b·W) = a·max(S + (b/a)·W) for a > 0, else b·max(W): kept per unit of a (or b).
    const bool hasSpace = space.series && space.coefficient > 0.0;
    const bool hasWater = water.series && water.coefficient > 0.0;
    if (!hasSpace && !hasWater)
        return {};
    const double unit = hasSpace ? space.coefficient : water.coefficient;
    const double ratio = hasSpace && hasWater ? waterPerSpace : 0.0;
    const PeakKey key{hasSpace ? space.series.get() : nullptr, hasWater ? water.series.get() : nullptr, ratio};
    std::lock_guard lock(m_mutex);
    auto it = m_peaks.find(key);
    if (it == m_peaks.end()) {
        HeatPeak p;
        for (std::size_t t = 0; t < std::size_t(kHoursPerYear); ++t) {
            const double v = hasSpace ? space.series->hourly[t] + (hasWater ? ratio * water.series->hourly[t] : 0.0)
                                      : water.series->hourly[t];
            if (v > p.kW) {
                p.kW = v;
                p.hour = int(t);
            }
        }
        it = m_peaks.emplace(key, p).first;
    }
    return {unit * it->second.kW, it->second.hour};
}

BuildingHeatYear buildingHeatYear(const BuildingHeatInput &input, const HeatBasis &basis)
{
    BuildingHeatYear y;
    HeatDemand &d = y.demand;
    d.parameters = heatParameters(input.useType, input.heat);
    const HeatParameters &p = d.parameters;
    const double areaM2 = std::max(0.0, input.floorAreaM2);
    const double dhwAnnualKWh = p.dhwKWhPerM2Yr * areaM2;
    d.heatLossWPerK = p.spaceHeating ? areaM2 * p.heatLossWPerM2K : 0.0;
    BuildingHeatTerms &terms = y.terms;
    terms.space = {d.heatLossWPerK / 1000.0, basis.degreeHours(p.balanceTempC)};
    terms.water = {dhwAnnualKWh + p.processHeatKWhPerYr, basis.shape(input.useType)};

    d.degreeHoursKh = terms.space.series->total;
    d.spaceHeatKWh = terms.space.total();
    d.dhwHeatKWh = dhwAnnualKWh * terms.water.series->total;
    d.processHeatKWh = p.processHeatKWhPerYr * terms.water.series->total;
    d.totalHeatKWh = d.spaceHeatKWh + d.dhwHeatKWh + d.processHeatKWh;
    // Water ÷ space coefficients, (D·A + P) / (A·H/1000), without A where there is no process heat.
    const double waterPerSpace = terms.space.coefficient > 0.0
        ? (p.dhwKWhPerM2Yr + p.processHeatKWhPerYr / areaM2) * 1000.0 / p.heatLossWPerM2K : 0.0;
    const HeatPeak peak = basis.peak(terms.space, terms.water, waterPerSpace);
    d.peakHeatKW = peak.kW;
    d.peakHour = peak.hour;
    for (std::size_t m = 0; m < 12; ++m)
        y.monthlyHeatKWh[m] = terms.space.coefficient * terms.space.series->monthly[m]
            + terms.water.coefficient * terms.water.series->monthly[m];

    const double efficiency = input.heat.efficiency.value_or(defaultEfficiency(input.heat.supply));
    addElectricity(input, basis, p.balanceTempC, efficiency, terms);
    y.supply = supplySums(input.heat, d.totalHeatKWh, terms.spaceElectricity.total(), terms.waterElectricity.total());
    return y;
}

void HeatTermSum::add(const HeatTerm &term)
{
    if (!term.series)
        return;
    for (auto &[series, coefficient] : m_groups)
        if (series == term.series) {
            coefficient += term.coefficient;
            return;
        }
    m_groups.emplace_back(term.series, term.coefficient);
}

std::vector<double> HeatTermSum::hourly() const
{
    std::vector<double> out(std::size_t(kHoursPerYear), 0.0);
    for (const auto &[series, coefficient] : m_groups)
        for (std::size_t t = 0; t < out.size(); ++t)
            out[t] += coefficient * series->hourly[t];
    return out;
}

} // namespace pz::heat
