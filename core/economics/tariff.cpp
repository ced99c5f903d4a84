// SPDX-License-Identifier: GPL-3.0-or-later
#include "economics/tariff.h"

#include "economics/checks.h"
#include "economics/series.h"
#include "economics/settings.h"
#include "energy/yearcalendar.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pz::economics {

namespace {

PeriodGrid sameEveryMonth(const std::array<int, 24> &day)
{
    PeriodGrid grid;
    grid.fill(day);
    return grid;
}

void checkGrid(QStringList &out, const PeriodGrid &grid, int periodCount, const QString &path)
{
    for (int m = 0; m < 12; ++m) {
        for (int h = 0; h < 24; ++h) {
            const int p = grid[m][h];
            if (p < 0 || p >= periodCount)
                out << problemLine(QStringLiteral("%1[%2][%3]").arg(path).arg(m).arg(h),
                                   QCoreApplication::translate("pz", "every hour needs a period"), p);
        }
    }
}

// Month (0..11) of every hour of the simulation year.
const std::array<unsigned char, pz::kHoursPerYear> &hourMonths()
{
    static const std::array<unsigned char, pz::kHoursPerYear> months = [] {
        std::array<unsigned char, pz::kHoursPerYear> m{};
        for (int h = 0; h < pz::kHoursPerYear; ++h)
            m[std::size_t(h)] = static_cast<unsigned char>(pz::energy::monthOfHour(h));
        return m;
    }();
    return months;
}

} // namespace

Tariff defaultTariff()
{
    Tariff t;
    t.periods = {{QCoreApplication::translate("pz", "valley"), 0.20},
                 {QCoreApplication::translate("pz", "flat"), 0.40},
                 {QCoreApplication::translate("pz", "peak"), 0.60}};
    std::array<int, 24> day;
    for (int h = 0; h < 24; ++h)
        day[h] = h < 7 || h >= 23 ? 0 : h < 17 ? 1 : 2;
    t.weekday = t.weekend = sameEveryMonth(day);
    return t;
}

QStringList tariffProblems(const Tariff &t, const QString &prefix)
{
    QStringList out;
    const double inf = std::numeric_limits<double>::infinity();
    if (t.periods.empty())
        out << QCoreApplication::translate("pz", "%1: at least one period is needed").arg(prefix + QLatin1String("periods"));
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        const QString path = QStringLiteral("%1periods[%2]").arg(prefix).arg(i);
        checkRange(out, path + QLatin1String(".price_CNY_per_kWh"), t.periods[i].priceCNYPerKWh, -inf, inf);
        if (t.periods[i].name.size() > 200)
            out << QCoreApplication::translate("pz", "%1: must be at most 200 characters long").arg(path + QLatin1String(".name"));
    }
    const int count = int(t.periods.size());
    checkGrid(out, t.weekday, count, prefix + QLatin1String("weekday"));
    checkGrid(out, t.weekend, count, prefix + QLatin1String("weekend"));
    // The scalars' ranges are those of the settings table (one rule in one place).
    EconomicsSettings holder;
    holder.tariff = t;
    const QLatin1String tariffKey("tariff.");
    for (const SettingField &f : settingFields())
        if (f.get && f.key.startsWith(tariffKey))
            checkRange(out, prefix + f.key.mid(tariffKey.size()), f.get(holder), f.min, f.max);
    return out;
}

int periodOfHour(const Tariff &t, int hourOfYear)
{
    const int day = (hourOfYear / 24) % pz::energy::kDaysPerYear;
    const int month = pz::energy::monthOfDay(day);
    const PeriodGrid &grid = pz::energy::dayType(day) == pz::energy::DayType::Weekday ? t.weekday : t.weekend;
    return grid[month][hourOfYear % 24];
}

PeakValleyRatio peakValleyRatio(const Tariff &t)
{
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    for (const PeriodGrid *grid : {&t.weekday, &t.weekend})
        for (const auto &row : *grid)
            for (int p : row)
                if (p >= 0 && p < int(t.periods.size())) {
                    lowest = std::min(lowest, t.periods[p].priceCNYPerKWh);
                    highest = std::max(highest, t.periods[p].priceCNYPerKWh);
                }
    PeakValleyRatio r;
    if (!(highest > lowest))
        r.ratio = 1;
    else if (lowest <= 0)
        r.ratio = std::numeric_limits<double>::infinity();
    else
        r.ratio = highest / lowest;
    // 0.60 / 0.20 is 2.9999999999999996 in double: the rule is met to rounding.
    r.meetsNationalMinimum = r.ratio >= 3.0 * (1 - 1e-12);
    if (!r.meetsNationalMinimum)
        r.hint = QCoreApplication::translate("pz", "peak : valley is %1 : 1; the national TOU rule asks for at least 3 : 1")
                     .arg(r.ratio, 0, 'f', 2);
    return r;
}

std::vector<int> hourlyPeriods(const Tariff &tariff)
{
    std::vector<int> periods(static_cast<std::size_t>(pz::kHoursPerYear));
    for (int h = 0; h < pz::kHoursPerYear; ++h)
        periods[std::size_t(h)] = periodOfHour(tariff, h);
    return periods;
}

ElectricityBill computeBill(const Tariff &t, const std::vector<double> &importKWh,
                            const std::vector<double> *exportKWh, double greenKWh)
{
    return computeBill(t, hourlyPeriods(t), importKWh, exportKWh, greenKWh);
}

ElectricityBill computeBill(const Tariff &t, const std::vector<int> &hourPeriods, const std::vector<double> &importKWh,
                            const std::vector<double> *exportKWh, double greenKWh)
{
    ElectricityBill b;
    const int periods = int(t.periods.size());
    b.importByPeriodKWh.assign(periods, 0.0);
    const std::array<unsigned char, pz::kHoursPerYear> &months = hourMonths();
    const std::size_t n = std::max(importKWh.size(), exportKWh ? exportKWh->size() : 0);
    for (std::size_t h = 0; h < n; ++h) {
        const double imp = hourValue(&importKWh, h);
        const std::size_t hourOfYear = h % std::size_t(pz::kHoursPerYear);
        const int p = hourPeriods[hourOfYear];
        if (p >= 0 && p < periods)
            b.importByPeriodKWh[p] += imp;
        const int month = months[hourOfYear];
        b.monthlyPeakKW[month] = std::max(b.monthlyPeakKW[month], imp);
        b.importKWh += imp;
        b.exportKWh += hourValue(exportKWh, h);
    }
    priceBill(t, greenKWh, b);
    return b;
}

void priceBill(const Tariff &t, double greenKWh, ElectricityBill &b)
{
    const int periods = int(std::min(t.periods.size(), b.importByPeriodKWh.size()));
    b.energyByPeriodCNY.assign(b.importByPeriodKWh.size(), 0.0);
    b.energyCNY = b.demandCNY = 0;
    for (int p = 0; p < periods; ++p) {
        b.energyByPeriodCNY[p] = b.importByPeriodKWh[p] * t.periods[p].priceCNYPerKWh;
        b.energyCNY += b.energyByPeriodCNY[p];
    }
    for (double peakKW : b.monthlyPeakKW)
        b.demandCNY += t.demandChargeCNYPerKWMonth * peakKW;
    b.fixedCNY = 12 * t.fixedCNYPerMonth;
    b.greenKWh = greenKWh;
    b.greenPremiumCNY = greenKWh * t.greenPremiumCNYPerKWh;
    b.exportRevenueCNY = b.exportKWh * t.exportPriceCNYPerKWh;
    b.totalCNY = b.energyCNY + b.demandCNY + b.fixedCNY + b.greenPremiumCNY - b.exportRevenueCNY;
}

} // namespace pz::economics
