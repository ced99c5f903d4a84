// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "results/resultseries.h"

#include "economics/lifecycle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pz {

namespace {

constexpr std::array<int, 12> DaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

double at(const std::vector<double> &series, int hour)
{
    return size_t(hour) < series.size() ? series[size_t(hour)] : 0.0;
}

} // namespace

int ResultSeries::daysInMonth(int month)
{
    return DaysInMonth[size_t(std::clamp(month, 1, 12) - 1)];
}

int ResultSeries::firstHourOfMonth(int month)
{
    int days = 0;
    for (int m = 1; m < std::clamp(month, 1, 12); ++m)
        days += DaysInMonth[size_t(m - 1)];
    return days * 24;
}

int ResultSeries::monthOfHour(int hour)
{
    int day = std::clamp(hour, 0, kHoursPerYear - 1) / 24;
    for (int m = 0; m < 12; ++m) {
        if (day < DaysInMonth[size_t(m)])
            return m + 1;
        day -= DaysInMonth[size_t(m)];
    }
    return 12;
}

ResultSeries::DayProfile ResultSeries::averageDay(const HourlyBalance &h, int month)
{
    DayProfile p;
    const int first = firstHourOfMonth(month);
    const int days = daysInMonth(month);
    for (int d = 0; d < days; ++d) {
        for (int k = 0; k < 24; ++k) {
            const int t = first + d * 24 + k;
            p.generationKW[size_t(k)] += at(h.generationKWh, t);
            p.consumptionKW[size_t(k)] += at(h.consumptionKWh, t);
            p.batteryKW[size_t(k)] += at(h.batteryDischargeKWh, t) - at(h.batteryChargeKWh, t);
            p.gridKW[size_t(k)] += at(h.gridImportKWh, t) - at(h.gridExportKWh, t);
        }
    }
    for (auto *series : {&p.generationKW, &p.consumptionKW, &p.batteryKW, &p.gridKW})
        for (double &v : *series)
            v /= days;
    return p;
}

std::vector<double> ResultSeries::weekSoc(const HourlyBalance &h, int week)
{
    std::vector<double> soc(168, 0.0);
    const int first = firstHourOfWeek(std::clamp(week, 1, kWeeksPerYear));
    for (int k = 0; k < 168; ++k)
        soc[size_t(k)] = at(h.batterySocKWh, first + k);
    return soc;
}

ResultSeries::MatchingGrid ResultSeries::hourlyMatching(const HourlyBalance &h)
{
    MatchingGrid matched{};
    MatchingGrid consumed{};
    const int hours = std::min<int>(kHoursPerYear, int(h.consumptionKWh.size()));
    for (int t = 0; t < hours; ++t) {
        const double c = std::max(0.0, h.consumptionKWh[size_t(t)]);
        const double m = std::clamp(c - at(h.gridImportKWh, t), 0.0, c);
        const size_t month = size_t(monthOfHour(t) - 1);
        matched[month][size_t(t % 24)] += m;
        consumed[month][size_t(t % 24)] += c;
    }
    MatchingGrid share{};
    for (size_t m = 0; m < 12; ++m)
        for (size_t k = 0; k < 24; ++k)
            share[m][k] = consumed[m][k] > 0.0 ? 100.0 * matched[m][k] / consumed[m][k]
                                               : std::numeric_limits<double>::quiet_NaN();
    return share;
}

std::vector<ResultSeries::WaterfallStep> ResultSeries::carbonWaterfall(const EmissionsSummary &e)
{
    std::vector<WaterfallStep> steps;
    double running = 0.0;
    auto change = [&](const QString &label, double value) {
        steps.push_back({label, running, running + value, false});
        running += value;
    };
    auto total = [&](const QString &label, double value) {
        steps.push_back({label, 0.0, value, true});
        running = value;
    };
    change(tr("Grid emissions"), e.operationalMarketT);
    // Fuels and purchased heat for the park's heat, each as its own bar where it is burnt.
    if (e.naturalGasT != 0.0)
        change(tr("Natural gas"), e.naturalGasT);
    if (e.coalT != 0.0)
        change(tr("Coal"), e.coalT);
    if (e.purchasedHeatT != 0.0)
        change(tr("Purchased heat"), e.purchasedHeatT);
    change(tr("Green-space sink"), -e.sinkT);
    change(tr("Export credit"), -e.exportCreditT);
    total(tr("Net operational"), e.netT);
    change(tr("Embodied"), e.embodiedAnnualT);
    total(tr("Net with embodied"), e.netWithEmbodiedT);
    return steps;
}

ResultSeries::CashFlow ResultSeries::cashFlow(const economics::EconomicsResult &e)
{
    CashFlow out;
    double k = -(e.capexCNY - e.capexBauCNY);
    double kd = k;
    out.cumulativeCNY.push_back(k);
    out.discountedCumulativeCNY.push_back(kd);
    for (const economics::EconomicsYear &y : e.years) {
        const double flow = y.costBauCNY - y.costCNY;
        k += flow;
        kd += flow * y.discountFactor;
        out.cumulativeCNY.push_back(k);
        out.discountedCumulativeCNY.push_back(kd);
    }
    out.crossingYears = lastZeroCrossing(out.cumulativeCNY);
    out.discountedCrossingYears = lastZeroCrossing(out.discountedCumulativeCNY);
    return out;
}

std::optional<double> ResultSeries::lastZeroCrossing(const std::vector<double> &k)
{
    if (k.empty() || k.back() < 0.0)
        return std::nullopt;
    for (std::size_t y = k.size() - 1; y >= 1; --y)
        if (k[y - 1] < 0.0 && k[y] >= 0.0)
            return double(y - 1) + -k[y - 1] / (k[y] - k[y - 1]);
    return 0.0;   // never below zero: paid back from the start
}

double ResultSeries::SourceSeries::annualKWh() const
{
    double sum = 0.0;
    for (double v : monthlyKWh)
        sum += v;
    return sum;
}

std::vector<ResultSeries::SourceSeries> ResultSeries::monthlyGenerationBySource(const SimulationResult &result)
{
    SourceSeries rooftop{Source::Rooftop, tr("Rooftop PV"), {}}, ground{Source::Ground, tr("Ground PV"), {}};
    SourceSeries wind{Source::Wind, tr("Wind on site"), {}};
    for (const PvObjectResult &o : result.objects)
        for (std::size_t m = 0; m < 12; ++m)
            (o.kind == PvKind::Rooftop ? rooftop : ground).monthlyKWh[m] += o.monthlyAcKWh[m];
    for (const WindTurbineResult &t : result.turbines)
        for (std::size_t m = 0; m < 12; ++m)
            wind.monthlyKWh[m] += t.monthlyNetKWh[m];
    std::vector<SourceSeries> out;
    for (SourceSeries *s : {&rooftop, &ground, &wind})
        if (s->annualKWh() > 0.0)
            out.push_back(std::move(*s));
    for (std::size_t i = 0; i < result.offsite.size(); ++i) {
        const OffSitePlantResult &plant = result.offsite[i];
        SourceSeries s{Source::OffSite, plant.name.isEmpty() ? tr("Off-site plant") : plant.name, plant.monthlyDeliveredKWh,
                       int(i)};
        if (s.annualKWh() > 0.0)
            out.push_back(std::move(s));
    }
    return out;
}

namespace {

// Each source's hourly generation (kWh) over the first `hours` hours, in
// monthlyGenerationBySource() order.
std::vector<std::vector<double>> hourlyBySource(const SimulationResult &r, int hours)
{
    std::vector<std::vector<double>> out;
    const std::vector<ResultSeries::SourceSeries> sources = ResultSeries::monthlyGenerationBySource(r);
    out.assign(sources.size(), std::vector<double>(size_t(hours), 0.0));
    auto indexOf = [&](ResultSeries::Source source) {
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (sources[i].source == source)
                return int(i);
        return -1;
    };
    auto add = [&](int index, const auto &hourly, double toKWh) {
        if (index < 0)
            return;
        for (int t = 0; t < hours && t < int(hourly.size()); ++t)
            out[size_t(index)][size_t(t)] += double(hourly[t]) * toKWh;
    };
    for (const PvObjectResult &o : r.objects)
        add(indexOf(o.kind == PvKind::Rooftop ? ResultSeries::Source::Rooftop : ResultSeries::Source::Ground),
            o.hourlyAcW, 1e-3);
    for (const WindTurbineResult &t : r.turbines)
        add(indexOf(ResultSeries::Source::Wind), t.hourlyNetKW, 1.0);
    for (std::size_t i = 0; i < sources.size(); ++i)
        if (sources[i].plantIndex >= 0)
            add(int(i), r.offsite[size_t(sources[i].plantIndex)].hourlyDeliveredKW, 1.0);
    return out;
}

} // namespace

std::vector<ResultSeries::SourceDay> ResultSeries::averageDayBySource(const SimulationResult &result, int month)
{
    const std::vector<SourceSeries> sources = monthlyGenerationBySource(result);
    const std::vector<std::vector<double>> hourly = hourlyBySource(result, kHoursPerYear);
    const int first = firstHourOfMonth(month), days = daysInMonth(month);
    std::vector<SourceDay> out;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        SourceDay day{sources[i].source, sources[i].name, {}};
        for (int d = 0; d < days; ++d)
            for (int k = 0; k < 24; ++k)
                day.kW[size_t(k)] += hourly[i][size_t(first + d * 24 + k)];
        for (double &v : day.kW)
            v /= days;
        out.push_back(std::move(day));
    }
    return out;
}

std::vector<ResultSeries::SourceAvoided> ResultSeries::avoidedBySource(const SimulationResult &r)
{
    const HourlyBalance &h = r.hourly;
    const int hours = int(std::min({h.consumptionKWh.size(), h.gridImportKWh.size(), h.gridFactorKgPerKWh.size()}));
    const std::vector<SourceSeries> sources = monthlyGenerationBySource(r);
    const std::vector<std::vector<double>> gen = hourlyBySource(r, hours);
    std::vector<SourceAvoided> out;
    std::vector<double> yearKWh(sources.size(), 0.0);
    double yearTotal = 0.0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        out.push_back({sources[i].source, sources[i].name, 0.0});
        yearKWh[i] = sources[i].annualKWh();
        yearTotal += yearKWh[i];
    }
    if (yearTotal <= 0.0)
        return out;
    for (int t = 0; t < hours; ++t) {
        const double avoidedKg = (h.consumptionKWh[size_t(t)] - h.gridImportKWh[size_t(t)]) * h.gridFactorKgPerKWh[size_t(t)];
        if (avoidedKg == 0.0)
            continue;
        double hourTotal = 0.0;
        for (const auto &g : gen)
            hourTotal += g[size_t(t)];
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double share = hourTotal > 0.0 ? gen[i][size_t(t)] / hourTotal : yearKWh[i] / yearTotal;
            out[i].avoidedT += avoidedKg * share / 1000.0;
        }
    }
    return out;
}

std::vector<ResultSeries::WaterfallStep> ResultSeries::carbonWaterfall(const SimulationResult &r)
{
    const std::vector<SourceAvoided> avoided = avoidedBySource(r);
    const EmissionsSummary &e = r.park.emissions;
    if (avoided.empty())
        return carbonWaterfall(e);
    double avoidedT = 0.0;
    for (const SourceAvoided &a : avoided)
        avoidedT += a.avoidedT;
    std::vector<WaterfallStep> steps;
    double running = e.operationalLocationT + avoidedT;
    steps.push_back({tr("All from grid"), 0.0, running, true});
    for (const SourceAvoided &a : avoided) {
        steps.push_back({a.name, running, running - a.avoidedT, false});
        running -= a.avoidedT;
    }
    // The steps end at the location-based figure; green power bought takes it to the market-based one.
    steps.back().toT = e.operationalLocationT;
    if (e.operationalMarketT != e.operationalLocationT)
        steps.push_back({tr("Green power bought"), e.operationalLocationT, e.operationalMarketT, false});
    std::vector<WaterfallStep> rest = carbonWaterfall(e);
    rest.front().isTotal = true;   // "Grid emissions", now the total of the steps before it
    steps.insert(steps.end(), rest.begin(), rest.end());
    return steps;
}

} // namespace pz
