// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Number formatting for the results panel: energies scaled to kWh/MWh/GWh, power to kW/MW,
// tonnes and percentages, all with the user's locale, and the ▲/▼ change since the previous
// result. Kept apart from the widgets so that the cards, charts and tooltips read alike.

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pz {

class ResultFormat
{
    Q_DECLARE_TR_FUNCTIONS(ResultFormat)
public:
    // A unit and the divisor that converts the base unit (kWh, kW, t) into it.
    struct Scale {
        double divisor = 1.0;
        QString unit;
    };

    // The largest of kWh, MWh, GWh in which magnitudeKWh is at least 1.
    static Scale energyScale(double magnitudeKWh);
    static Scale powerScale(double magnitudeKW);
    // M CNY, k CNY or CNY, as money() picks them.
    static Scale moneyScale(double magnitudeCNY);

    // "12.4 MWh", "356 kWh", "1.25 GWh": three significant figures, locale separators.
    static QString energy(double kWh, const QLocale &locale = QLocale());
    static QString power(double kW, const QLocale &locale = QLocale());
    static QString tonnes(double t, const QLocale &locale = QLocale());
    static QString percent(double pct, const QLocale &locale = QLocale());
    static QString intensity(double tco2PerTce, const QLocale &locale = QLocale());
    // Money: "3.72 M CNY", "820 k CNY", "95.4 CNY" (three significant figures); prices per kWh
    // with three decimals; years with one decimal.
    static QString money(double cny, const QLocale &locale = QLocale());
    static QString pricePerKWh(double cnyPerKWh, const QLocale &locale = QLocale());
    static QString years(double years, const QLocale &locale = QLocale());
    // A number with as many decimals as three significant figures need (at most maxDecimals).
    static QString number(double value, int maxDecimals = 2, const QLocale &locale = QLocale());

    // The change from previous to current, "▲ 1.20 MWh" / "▼ 3.4 t" / "no change"; the number
    // uses the same unit family as the value. Zero when it would print as zero.
    enum class Quantity { Energy, Tonnes, Percent, Intensity, Money, PricePerKWh, Years };
    static QString delta(double previous, double current, Quantity quantity,
                         const QLocale &locale = QLocale());
    // -1, 0 or +1: the sign of the change as delta() shows it (0 when it prints as zero).
    static int deltaSign(double previous, double current, Quantity quantity);
};

} // namespace pz
