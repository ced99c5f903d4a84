// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultformat.h"

#include <cmath>

namespace pz {

namespace {

int decimalsFor(double magnitude, int maxDecimals)
{
    const double m = std::abs(magnitude);
    int d = m >= 100.0 ? 0 : m >= 10.0 ? 1 : m >= 1.0 ? 2 : 3;
    return std::min(d, maxDecimals);
}

QString scaled(double value, const ResultFormat::Scale &scale, const QLocale &locale)
{
    const double v = value / scale.divisor;
    return QStringLiteral("%1 %2").arg(locale.toString(v, 'f', decimalsFor(v, 2)), scale.unit);
}

// The smallest change a quantity shows: below it delta() reads "no change".
double resolution(double magnitude, ResultFormat::Quantity quantity)
{
    switch (quantity) {
    case ResultFormat::Quantity::Energy: {
        const ResultFormat::Scale s = ResultFormat::energyScale(magnitude);
        return s.divisor * std::pow(10.0, -decimalsFor(magnitude / s.divisor, 2)) / 2.0;
    }
    case ResultFormat::Quantity::Tonnes:
        return std::pow(10.0, -decimalsFor(magnitude, 2)) / 2.0;
    case ResultFormat::Quantity::Percent:
        return 0.05;
    case ResultFormat::Quantity::Intensity:
    case ResultFormat::Quantity::PricePerKWh:
        return 0.0005;
    case ResultFormat::Quantity::Money: {
        const double m = std::abs(magnitude), divisor = m >= 1.0e6 ? 1.0e6 : m >= 1.0e3 ? 1.0e3 : 1.0;
        return divisor * std::pow(10.0, -decimalsFor(magnitude / divisor, 2)) / 2.0;
    }
    case ResultFormat::Quantity::Years:
        return 0.05;
    }
    return 0.0;
}

} // namespace

ResultFormat::Scale ResultFormat::energyScale(double magnitudeKWh)
{
    const double m = std::abs(magnitudeKWh);
    if (m >= 1.0e6)
        return {1.0e6, tr("GWh")};
    if (m >= 1.0e3)
        return {1.0e3, tr("MWh")};
    return {1.0, tr("kWh")};
}

ResultFormat::Scale ResultFormat::powerScale(double magnitudeKW)
{
    const double m = std::abs(magnitudeKW);
    if (m >= 1.0e6)
        return {1.0e6, tr("GW")};
    if (m >= 1.0e3)
        return {1.0e3, tr("MW")};
    return {1.0, tr("kW")};
}

QString ResultFormat::energy(double kWh, const QLocale &locale)
{
    return scaled(kWh, energyScale(kWh), locale);
}

QString ResultFormat::power(double kW, const QLocale &locale)
{
    return scaled(kW, powerScale(kW), locale);
}

QString ResultFormat::tonnes(double t, const QLocale &locale)
{
    //: tonnes of CO2 equivalent
    return tr("%1 t CO₂e").arg(number(t, 2, locale));
}

QString ResultFormat::percent(double pct, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(pct, 'f', 1));
}

QString ResultFormat::intensity(double tco2PerTce, const QLocale &locale)
{
    return tr("%1 tCO₂/tce").arg(locale.toString(tco2PerTce, 'f', 3));
}

ResultFormat::Scale ResultFormat::moneyScale(double magnitudeCNY)
{
    const double m = std::abs(magnitudeCNY);
    //: million yuan (CNY)
    if (m >= 1.0e6)
        return {1.0e6, tr("M CNY")};
    //: thousand yuan (CNY)
    if (m >= 1.0e3)
        return {1.0e3, tr("k CNY")};
    return {1.0, tr("CNY")};
}

QString ResultFormat::money(double cny, const QLocale &locale)
{
    const double m = std::abs(cny);
    //: million yuan (CNY)
    if (m >= 1.0e6)
        return tr("%1 M CNY").arg(number(cny / 1.0e6, 2, locale));
    //: thousand yuan (CNY)
    if (m >= 1.0e3)
        return tr("%1 k CNY").arg(number(cny / 1.0e3, 2, locale));
    return tr("%1 CNY").arg(number(cny, 2, locale));
}

QString ResultFormat::pricePerKWh(double cnyPerKWh, const QLocale &locale)
{
    return tr("%1 CNY/kWh").arg(locale.toString(cnyPerKWh, 'f', 3));
}

QString ResultFormat::years(double years, const QLocale &locale)
{
    return tr("%1 years").arg(locale.toString(years, 'f', 1));
}

QString ResultFormat::number(double value, int maxDecimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimalsFor(value, maxDecimals));
}

int ResultFormat::deltaSign(double previous, double current, Quantity quantity)
{
    const double d = current - previous;
    if (!std::isfinite(d) || std::abs(d) < resolution(d, quantity))
        return 0;
    return d > 0 ? 1 : -1;
}

QString ResultFormat::delta(double previous, double current, Quantity quantity, const QLocale &locale)
{
    const int sign = deltaSign(previous, current, quantity);
    if (sign == 0)
        return tr("no change");
    const double d = std::abs(current - previous);
    QString amount;
    switch (quantity) {
    case Quantity::Energy: amount = energy(d, locale); break;
    case Quantity::Tonnes: amount = tonnes(d, locale); break;
    //: change of a percentage, in percentage points
    case Quantity::Percent: amount = tr("%1 pp").arg(locale.toString(d, 'f', 1)); break;
    case Quantity::Intensity: amount = locale.toString(d, 'f', 3); break;
    case Quantity::Money: amount = money(d, locale); break;
    case Quantity::PricePerKWh: amount = pricePerKWh(d, locale); break;
    case Quantity::Years: amount = years(d, locale); break;
    }
    return (sign > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + amount;
}

} // namespace pz
