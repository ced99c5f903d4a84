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
    for (const OffSitePlantResult &plant : result.offsite) {
        SourceSeries s{Source::OffSite, plant.name.isEmpty() ? tr("Off-site plant") : plant.name, plant.monthlyDeliveredKWh};
        if (s.annualKWh() > 0.0)
            out.push_back(std::move(s));
    }
    return out;
}

} // namespace pz
