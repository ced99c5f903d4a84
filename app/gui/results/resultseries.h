// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derived series the result charts show, computed from a SimulationResult: the average
// day of a month, a week of battery state of charge, the month × hour clean-energy matching
// and the steps of the carbon waterfall. Plain functions so that tests check the numbers
// without drawing anything.

#include "engine/simulationresult.h"

#include <QCoreApplication>
#include <QString>

#include <array>
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
};

} // namespace pz
