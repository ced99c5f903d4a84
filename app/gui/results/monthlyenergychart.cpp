// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/monthlyenergychart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

MonthlyEnergyChart::MonthlyEnergyChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("monthlyEnergyChart"));
    plot()->setObjectName(title());
    m_generation = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_consumption = new QCPBars(plot()->xAxis, plot()->yAxis);
    ChartStyle::pairBars(plot(), m_generation, m_consumption, 0.38);
    refresh();
}

void MonthlyEnergyChart::rebuild()
{
    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int m = 1; m <= 12; ++m)
        ticker->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, 12.6);

    m_generation->setName(tr("PV generation"));
    m_consumption->setName(tr("Consumption"));
    const QColor gen = ChartStyle::color(ChartStyle::Series::Generation, palette());
    const QColor con = ChartStyle::color(ChartStyle::Series::Consumption, palette());
    m_generation->setPen(QPen(gen.darker(115)));
    m_generation->setBrush(gen);
    m_consumption->setPen(QPen(con.darker(115)));
    m_consumption->setBrush(con);

    QVector<double> keys, g, c;
    const SimulationResult *r = result();
    double maxKWh = 0.0;
    if (r) {
        for (int m = 0; m < 12; ++m)
            maxKWh = std::max({maxKWh, r->park.monthlyGenerationKWh[size_t(m)],
                               r->park.monthlyConsumptionKWh[size_t(m)]});
    }
    const ResultFormat::Scale scale = ResultFormat::energyScale(maxKWh);
    if (r) {
        for (int m = 0; m < 12; ++m) {
            keys << m + 1;
            g << r->park.monthlyGenerationKWh[size_t(m)] / scale.divisor;
            c << r->park.monthlyConsumptionKWh[size_t(m)] / scale.divisor;
        }
    }
    m_generation->setData(keys, g, true);
    m_consumption->setData(keys, c, true);
    plot()->yAxis->setLabel(tr("Energy (%1)").arg(scale.unit));
    // Headroom above the tallest bar for the legend (top right), also on a low chart.
    plot()->yAxis->setRange(0.0, maxKWh > 0.0 ? maxKWh / scale.divisor * 1.3 : 1.0);
}

QString MonthlyEnergyChart::toolTipAt(const QPointF &pixel) const
{
    const SimulationResult *r = result();
    if (!r || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int month = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (month < 1 || month > 12)
        return {};
    const double g = r->park.monthlyGenerationKWh[size_t(month - 1)];
    const double c = r->park.monthlyConsumptionKWh[size_t(month - 1)];
    return tr("%1\nPV generation: %2\nConsumption: %3\nGeneration covers %4 of consumption")
        .arg(QLocale().standaloneMonthName(month), ResultFormat::energy(g), ResultFormat::energy(c),
             ResultFormat::percent(c > 0.0 ? 100.0 * g / c : 0.0));
}

} // namespace pz
