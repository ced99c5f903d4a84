// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The time-of-use electricity tariff of spec §15.4 and the bill of one year of hourly grid
// exchange: energy charge by period (12 × 24 weekday and weekend grids of period indices, the
// shape of NREL URDB schedules), monthly demand charge on the highest hourly import, fixed
// charge, green-power premium and export revenue. Also the tariff's checks and the national
// peak : valley ≥ 3 : 1 hint. Hours follow the simulation year of energy/yearcalendar.h.

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace pz::economics {

struct TouPeriod {
    QString name;
    double priceCNYPerKWh = 0;   // everything per kWh: energy, T&D, funds and surcharges
    bool operator==(const TouPeriod &) const = default;
};

// Row = month (January first), column = hour of the day (00:00-01:00 first); values are
// 0-based indices into Tariff::periods.
using PeriodGrid = std::array<std::array<int, 24>, 12>;

struct Tariff {
    std::vector<TouPeriod> periods;
    PeriodGrid weekday{};   // Monday-Friday (public holidays are ordinary days)
    PeriodGrid weekend{};   // Saturday and Sunday
    double demandChargeCNYPerKWMonth = 0;   // on each month's highest hourly import; 0: off
    double fixedCNYPerMonth = 0;
    double exportPriceCNYPerKWh = 0.2829;
    double greenPremiumCNYPerKWh = 0.03;    // on the green power bought, on top of its energy charge
    bool operator==(const Tariff &) const = default;
};

// The placeholder default (§15.4): valley 0.20 CNY/kWh 23:00-07:00, flat 0.40 07:00-17:00,
// peak 0.60 17:00-23:00, every day and month; no demand or fixed charge.
Tariff defaultTariff();

// "prefix.field: reason" lines (translated), e.g. "economics.tariff.weekday[3][17]: every hour
// needs a period (got 5)"; empty when the tariff can be billed.
QStringList tariffProblems(const Tariff &tariff, const QString &prefix);

// Index into tariff.periods of an hour of the simulation year (0..8759; later hours wrap).
int periodOfHour(const Tariff &tariff, int hourOfYear);

// Highest over lowest price of the periods the grids use, against the national TOU rule
// (NDRC 2021: peak : valley ≥ 3 : 1). A hint for the UI, not an error.
struct PeakValleyRatio {
    double ratio = 1;            // +inf when the lowest price is ≤ 0 and the highest above it
    bool meetsNationalMinimum = false;
    QString hint;                // translated; empty when the rule is met
};
PeakValleyRatio peakValleyRatio(const Tariff &tariff);

struct ElectricityBill {
    std::vector<double> importByPeriodKWh;   // index = period
    std::vector<double> energyByPeriodCNY;
    std::array<double, 12> monthlyPeakKW{};  // highest hourly import of each month
    double importKWh = 0, exportKWh = 0, greenKWh = 0;
    double energyCNY = 0, demandCNY = 0, fixedCNY = 0, greenPremiumCNY = 0, exportRevenueCNY = 0;
    double totalCNY = 0;   // energy + demand + fixed + green premium − export revenue
};

// The bill of one year; kWh per hour from hour 0 of the simulation year. exportKWh may be
// null (no export). The tariff must be free of tariffProblems().
ElectricityBill computeBill(const Tariff &tariff, const std::vector<double> &importKWh,
                            const std::vector<double> *exportKWh, double greenKWh);

// Prices a bill whose importByPeriodKWh, monthlyPeakKW, importKWh and exportKWh are filled:
// the energy charge by period, demand, fixed, green premium, export revenue and total.
void priceBill(const Tariff &tariff, double greenKWh, ElectricityBill &bill);

// periodOfHour() of every hour of the simulation year (8760 values).
std::vector<int> hourlyPeriods(const Tariff &tariff);
// The same bill with the hours' periods given (hourlyPeriods(tariff)), for billing many years.
ElectricityBill computeBill(const Tariff &tariff, const std::vector<int> &hourPeriods, const std::vector<double> &importKWh,
                            const std::vector<double> *exportKWh, double greenKWh);

} // namespace pz::economics
