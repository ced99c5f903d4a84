// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison/comparisonformat.h"

#include "results/resultformat.h"

#include <algorithm>
#include <cmath>

namespace pz {

namespace {

double largest(const ComparisonRow &row)
{
    double m = 0.0;
    for (const auto &v : row.values)
        if (v)
            m = std::max(m, std::abs(*v));
    return m;
}

} // namespace

FormattedRow ComparisonFormat::format(const ComparisonRow &row, const QLocale &locale)
{
    FormattedRow out;
    ResultFormat::Scale scale{1.0, row.unit};
    int decimals = 2;
    if (row.unit == QLatin1String("kWh"))
        scale = ResultFormat::energyScale(largest(row));
    else if (row.unit == QLatin1String("CNY"))
        scale = ResultFormat::moneyScale(largest(row));
    else if (row.unit == QLatin1String("tCO2/tce"))
        scale.unit = QStringLiteral("tCO₂/tce"), decimals = 3;
    else if (row.unit == QLatin1String("tCO2e"))
        scale.unit = QStringLiteral("tCO₂e");
    else if (row.unit == QLatin1String("CNY/kWh"))
        scale.unit = tr("CNY/kWh"), decimals = 3;
    else if (row.unit == QLatin1String("years"))
        scale.unit = tr("years");
    else if (row.unit == QLatin1String("%"))
        decimals = 1;
    out.unit = scale.unit;
    for (const auto &v : row.values) {
        if (!v)
            out.values << QStringLiteral("—");
        else if (row.verdict)
            out.values << (*v > 0.5 ? ScenarioComparisonText::pass() : ScenarioComparisonText::fail());
        else if (*v == 0.0)
            out.values << locale.toString(0);
        else
            out.values << ResultFormat::number(*v / scale.divisor, decimals, locale);
    }
    return out;
}

} // namespace pz
