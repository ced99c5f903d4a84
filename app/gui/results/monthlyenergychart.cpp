// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/monthlyenergychart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"
#include "results/resultseries.h"

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
    m_group = ChartStyle::groupBars(plot(), {m_generation, m_consumption}, 0.38);
    refresh();
}

QList<QCPBars *> MonthlyEnergyChart::sourceBars() const
{
    return QList<QCPBars *>{m_generation} + m_stacked;
}

// count sources: the first is m_generation, the others stacked on it in order.
void MonthlyEnergyChart::setSources(int count)
{
    while (m_stacked.size() + 1 > std::max(1, count))
        plot()->removePlottable(m_stacked.takeLast());
    while (m_stacked.size() + 1 < count) {
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setWidth(m_generation->width());
        bars->setBarsGroup(m_group);
        bars->moveAbove(m_stacked.isEmpty() ? m_generation : m_stacked.last());
        m_stacked.append(bars);
    }
    // The legend lists the sources bottom up, then consumption.
    plot()->legend->clearItems();
    for (QCPBars *b : sourceBars())
        b->addToLegend();
    m_consumption->addToLegend();
}

void MonthlyEnergyChart::rebuild()
{
    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int m = 1; m <= 12; ++m)
        ticker->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, 12.6);

    const SimulationResult *r = result();
    const std::vector<ResultSeries::SourceSeries> sources =
        r ? ResultSeries::monthlyGenerationBySource(*r) : std::vector<ResultSeries::SourceSeries>{};
    setSources(int(sources.size()));
    double maxKWh = 0.0;
    if (r)
        for (int m = 0; m < 12; ++m)
            maxKWh = std::max({maxKWh, r->park.monthlyGenerationKWh[size_t(m)], r->park.monthlyConsumptionKWh[size_t(m)]});
    const ResultFormat::Scale scale = ResultFormat::energyScale(maxKWh);
    QVector<double> keys;
    for (int m = 1; r && m <= 12; ++m)
        keys << m;
    const QList<QCPBars *> bars = sourceBars();
    int offSite = 0;
    for (int i = 0; i < bars.size(); ++i) {
        QVector<double> values;
        if (std::size_t(i) < sources.size())
            for (double v : sources[std::size_t(i)].monthlyKWh)
                values << v / scale.divisor;
        const ResultSeries::Source kind = std::size_t(i) < sources.size() ? sources[std::size_t(i)].source
                                                                          : ResultSeries::Source::Rooftop;
        const QColor c = ChartStyle::sourceColor(kind, kind == ResultSeries::Source::OffSite ? offSite++ : 0, palette());
        bars[i]->setName(std::size_t(i) < sources.size() ? sources[std::size_t(i)].name : tr("Generation"));
        bars[i]->setPen(QPen(c.darker(115)));
        bars[i]->setBrush(c);
        bars[i]->setData(values.isEmpty() ? QVector<double>{} : keys, values, true);
    }
    m_consumption->setName(tr("Consumption"));
    const QColor con = ChartStyle::color(ChartStyle::Series::Consumption, palette());
    m_consumption->setPen(QPen(con.darker(115)));
    m_consumption->setBrush(con);
    QVector<double> c;
    for (int m = 0; r && m < 12; ++m)
        c << r->park.monthlyConsumptionKWh[size_t(m)] / scale.divisor;
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
    QString text = tr("%1\nGeneration: %2").arg(QLocale().standaloneMonthName(month), ResultFormat::energy(g));
    for (const ResultSeries::SourceSeries &s : ResultSeries::monthlyGenerationBySource(*r))
        text += tr("\n  %1: %2").arg(s.name, ResultFormat::energy(s.monthlyKWh[size_t(month - 1)]));
    return text + tr("\nConsumption: %1\nGeneration covers %2 of consumption")
                      .arg(ResultFormat::energy(c), ResultFormat::percent(c > 0.0 ? 100.0 * g / c : 0.0));
}

} // namespace pz
