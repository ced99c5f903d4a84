// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derived series the result charts show, computed from a SimulationResult: the average
// day of a month, a week of battery state of charge, the month × hour clean-energy matching,
// the steps of the carbon waterfall and the cumulative cash flow of the design against BAU. Plain functions so that tests check the numbers
// without drawing anything.

#include "engine/simulationresult.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace pz {

class ResultSeries
{
    Q_DECLARE_TR_FUNCTIONS(ResultSeries)
public:
    static constexpr int kWeeksPerYear = 52;

    // Month 1..12 of an hour of the year (2023, no leap day), first hour of a month, days.
    static int monthOfHour(int hour);
    static int firstHourOfMonth(int month);
    static int daysInMonth(int month);

    // Average power (kW = kWh per hour) for each hour of the day over the days of a month.
    struct DayProfile {
        std::array<double, 24> generationKW{};
        std::array<double, 24> consumptionKW{};
        std::array<double, 24> batteryKW{};  // discharge − charge: + when the battery supplies
        std::array<double, 24> gridKW{};     // import − export: + when the park draws
    };
    static DayProfile averageDay(const HourlyBalance &hourly, int month);

    // The 168 hourly state-of-charge values (kWh) of week 1..52 (week 1 starts 1 January).
    static std::vector<double> weekSoc(const HourlyBalance &hourly, int week);
    static int firstHourOfWeek(int week) { return (week - 1) * 168; }

    // Share (%) of consumption met by on-site clean supply (PV used directly plus battery
    // discharge, i.e. consumption − grid import) for each month (row) and hour of day (column).
    // NaN where the cell has no consumption.
    using MatchingGrid = std::array<std::array<double, 24>, 12>;
    static MatchingGrid hourlyMatching(const HourlyBalance &hourly);

    // One bar of the carbon waterfall: a change (from the running total) or a total.
    struct WaterfallStep {
        QString label;
        double fromT = 0.0;
        double toT = 0.0;
        bool isTotal = false;
        double valueT() const { return toT - fromT; }
    };
    // Grid emissions, each fuel and purchased heat burnt (where the park has any), sinks, export
    // credit → net operational; embodied → net with embodied.
    static std::vector<WaterfallStep> carbonWaterfall(const EmissionsSummary &e);
    // The same, told by source when the park has its own generation: "All from grid" (Σ L_t·f_t,
    // every hour's consumption at that hour's grid factor), the emissions each source avoids, the
    // green power bought, and then "Grid emissions" as a total followed by the steps above.
    static std::vector<WaterfallStep> carbonWaterfall(const SimulationResult &result);

    // The design's savings against BAU over the years 0..N (spec §15.7): CF_0 = −(Capex −
    // Capex_BAU), CF_y = C_y^BAU − C_y, and their running sums, plain and discounted.
    struct CashFlow {
        std::vector<double> cumulativeCNY;             // K_0..K_N
        std::vector<double> discountedCumulativeCNY;   // the same with CF_y × DF_y
        // Where the curve last rises through zero (linear within the year), none when it ends
        // below zero. With one crossing this is the payback of the economics result.
        std::optional<double> crossingYears, discountedCrossingYears;
    };
    static CashFlow cashFlow(const economics::EconomicsResult &e);
    // Where a cumulative series last rises through zero: y − 1 + (−K_{y−1}) / (K_y − K_{y−1}).
    static std::optional<double> lastZeroCrossing(const std::vector<double> &cumulative);

    // The year's generation by source, month by month: rooftop PV, ground PV, the turbines on
    // the plan and each off-site plant (delivered at the park), in that order; sources that
    // generate nothing are left out. Their sum is the park's monthly generation.
    enum class Source { Rooftop, Ground, Wind, OffSite };
    struct SourceSeries {
        Source source = Source::Rooftop;
        QString name;                    // translated; an off-site plant's own name
        std::array<double, 12> monthlyKWh{};
        int plantIndex = -1;             // an off-site plant's index in SimulationResult::offsite
        double annualKWh() const;
    };
    static std::vector<SourceSeries> monthlyGenerationBySource(const SimulationResult &result);

    // The average day of a month by source (kW), the sources and their order as in
    // monthlyGenerationBySource(); their sum is averageDay().generationKW.
    struct SourceDay {
        Source source = Source::Rooftop;
        QString name;
        std::array<double, 24> kW{};
    };
    static std::vector<SourceDay> averageDayBySource(const SimulationResult &result, int month);

    // Emissions (t) the park's own generation avoids, by source in monthlyGenerationBySource()
    // order: in each hour the self-used energy L_t − Import_t (directly or through the battery)
    // at that hour's grid factor, shared among the sources by their share of the hour's own
    // generation, or of the year's where the hour has none (a battery discharging at night).
    // They add up to Σ (L_t − Import_t)·f_t.
    struct SourceAvoided {
        Source source = Source::Rooftop;
        QString name;
        double avoidedT = 0.0;
    };
    static std::vector<SourceAvoided> avoidedBySource(const SimulationResult &result);
};

} // namespace pz
