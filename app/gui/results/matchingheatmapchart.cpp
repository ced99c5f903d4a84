// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/matchingheatmapchart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"
#include "results/resultseries.h"

#include <qcustomplot.h>

#include <cmath>

namespace pz {

MatchingHeatMapChart::MatchingHeatMapChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("matchingHeatMapChart"));
    plot()->setObjectName(title());
    m_map = new QCPColorMap(plot()->xAxis, plot()->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);  // whole cells: each hour and month is centred on its tick
    m_scale = new QCPColorScale(plot());
    plot()->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_map->setColorScale(m_scale);
    m_map->setGradient(ChartStyle::matchingGradient());
    m_map->setDataRange(QCPRange(0.0, 100.0));
    auto *margins = new QCPMarginGroup(plot());
    plot()->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    plot()->yAxis->setRangeReversed(true);  // January on top, like a calendar
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->grid()->setVisible(false);
    refresh();
}

void MatchingHeatMapChart::rebuild()
{
    const SimulationResult *r = result();
    if (r)
        m_grid = ResultSeries::hourlyMatching(r->hourly);
    m_map->data()->setSize(24, 12);
    m_map->data()->setRange(QCPRange(0.0, 23.0), QCPRange(1.0, 12.0));
    for (int m = 0; m < 12; ++m)
        for (int k = 0; k < 24; ++k)
            m_map->data()->setCell(k, m, r ? m_grid[size_t(m)][size_t(k)] : std::nan(""));

    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> months(new QCPAxisTickerText);
    for (int m = 1; m <= 12; ++m)
        months->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot()->yAxis->setTicker(months);
    plot()->yAxis->setRange(0.5, 12.5);
    QSharedPointer<QCPAxisTickerText> hours(new QCPAxisTickerText);
    for (int k = 0; k < 24; k += 3)
        hours->addTick(k, QStringLiteral("%1:00").arg(k, 2, 10, QLatin1Char('0')));
    plot()->xAxis->setTicker(hours);
    plot()->xAxis->setRange(-0.5, 23.5);
    plot()->xAxis->setLabel(tr("Hour of day (local standard time)"));
    m_scale->axis()->setLabel(tr("Consumption met on site (%)"));
    ChartStyle::applyAxis(m_scale->axis(), palette());
}

QString MatchingHeatMapChart::toolTipAt(const QPointF &pixel) const
{
    if (!result() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    int k = 0, m = 0;
    m_map->data()->coordToCell(plot()->xAxis->pixelToCoord(pixel.x()), plot()->yAxis->pixelToCoord(pixel.y()),
                               &k, &m);
    if (k < 0 || k > 23 || m < 0 || m > 11)
        return {};
    const double share = m_grid[size_t(m)][size_t(k)];
    const QString when = tr("%1, %2:00–%3:00")
                             .arg(QLocale().standaloneMonthName(m + 1))
                             .arg(k, 2, 10, QLatin1Char('0'))
                             .arg(k + 1, 2, 10, QLatin1Char('0'));
    if (std::isnan(share))
        return tr("%1\nNo consumption").arg(when);
    if (!result()->hasWind)
        return tr("%1\n%2 of consumption met by on-site PV and battery").arg(when, ResultFormat::percent(share));
    // With wind and direct lines: own generation, and each source's average power in that hour.
    QString text = tr("%1\n%2 of consumption met by own generation and the battery").arg(when, ResultFormat::percent(share));
    for (const ResultSeries::SourceDay &source : ResultSeries::averageDayBySource(*result(), m + 1))
        text += tr("\n  %1: %2 (average)").arg(source.name, ResultFormat::power(source.kW[size_t(k)]));
    return text;
}

} // namespace pz
