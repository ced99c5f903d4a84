// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/dayprofilechart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

DayProfileChart::DayProfileChart(QWidget *parent) : ResultChart(parent), m_month(new QComboBox(this))
{
    setObjectName(QStringLiteral("dayProfileChart"));
    plot()->setObjectName(title());
    auto *label = new QLabel(tr("&Month:"), this);
    label->setBuddy(m_month);
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(locale.standaloneMonthName(m), m);
    m_month->setCurrentIndex(5);  // June: the long days show the battery at work
    controls()->insertWidget(0, label);
    controls()->insertWidget(1, m_month);
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    // The stacked sources lie under the lines.
    plot()->addLayer(QStringLiteral("sources"), plot()->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    for (int i = 0; i < LineCount; ++i)
        m_graphs[i] = plot()->addGraph();
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(3.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.0, 24.0);
    refresh();
}

int DayProfileChart::month() const
{
    return m_month->currentData().toInt();
}

void DayProfileChart::setMonth(int month)
{
    m_month->setCurrentIndex(std::clamp(month, 1, 12) - 1);
}

void DayProfileChart::rebuild()
{
    const SimulationResult *r = result();
    m_profile = r ? ResultSeries::averageDay(r->hourly, month()) : ResultSeries::DayProfile{};
    m_sources = r ? ResultSeries::averageDayBySource(*r, month()) : std::vector<ResultSeries::SourceDay>{};

    double maxKW = 0.0;
    for (const auto *s : {&m_profile.generationKW, &m_profile.consumptionKW, &m_profile.batteryKW, &m_profile.gridKW})
        for (double v : *s)
            maxKW = std::max(maxKW, std::abs(v));
    const ResultFormat::Scale scale = ResultFormat::powerScale(maxKW);

    const std::array<double, 24> *series[LineCount] = {&m_profile.generationKW, &m_profile.consumptionKW,
                                                       &m_profile.batteryKW, &m_profile.gridKW};
    const QString names[LineCount] = {r && r->hasWind ? tr("Own generation") : tr("PV generation"), tr("Consumption"),
                                      tr("Battery (+ discharge, − charge)"), tr("Grid (+ import, − export)")};
    const ChartStyle::Series colours[LineCount] = {ChartStyle::Series::Generation, ChartStyle::Series::Consumption,
                                                   ChartStyle::Series::Battery, ChartStyle::Series::Grid};
    for (int i = 0; i < LineCount; ++i) {
        QVector<double> keys, values;
        if (r) {
            for (int k = 0; k < 24; ++k) {
                keys << k + 0.5;  // the hour's midpoint: the value is that hour's average
                values << (*series[i])[size_t(k)] / scale.divisor;
            }
        }
        QCPGraph *g = m_graphs[i];
        g->setData(keys, values, true);
        g->setName(names[i]);
        const QColor c = ChartStyle::color(colours[i], palette());
        g->setPen(QPen(c, 2.0, i == Grid ? Qt::DashLine : Qt::SolidLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, c, 4));
        g->setBrush(Qt::NoBrush);
    }
    rebuildSources(scale.divisor);
    plot()->xAxis->setLabel(tr("Hour of day (local standard time)"));
    plot()->yAxis->setLabel(tr("Average power (%1)").arg(scale.unit));
    bool found = false;
    QCPRange range;
    for (QCPGraph *g : m_graphs) {
        const QCPRange r2 = g->getValueRange(found);
        if (found)
            range.expand(r2);
    }
    if (maxKW <= 0.0)
        range = QCPRange(0.0, 1.0);
    range.expand(0.0);
    const double pad = (range.upper - range.lower) * 0.12;
    plot()->yAxis->setRange(range.lower - (range.lower < 0 ? pad : 0.0), range.upper + pad * 2.0);
}

void DayProfileChart::rebuildSources(double divisor)
{
    for (QCPGraph *g : std::as_const(m_sourceGraphs))
        plot()->removeGraph(g);
    m_sourceGraphs.clear();
    std::array<double, 24> sum{};
    QCPGraph *below = nullptr;
    int offSite = 0;
    for (const ResultSeries::SourceDay &source : m_sources) {
        QCPGraph *g = plot()->addGraph();
        g->setLayer(QStringLiteral("sources"));
        QVector<double> keys, values;
        for (int k = 0; k < 24; ++k) {
            sum[size_t(k)] += source.kW[size_t(k)];
            keys << k + 0.5;
            values << sum[size_t(k)] / divisor;
        }
        g->setData(keys, values, true);
        g->setName(source.name);
        QColor c = ChartStyle::sourceColor(source.source, source.source == ResultSeries::Source::OffSite ? offSite++ : 0,
                                           palette());
        g->setPen(QPen(c.darker(115), 1.0));
        c.setAlpha(150);
        g->setBrush(c);
        g->setChannelFillGraph(below);
        below = g;
        m_sourceGraphs << g;
    }
}

QString DayProfileChart::toolTipAt(const QPointF &pixel) const
{
    if (!result() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    const int hour = int(std::floor(key));
    if (hour < 0 || hour > 23)
        return {};
    const size_t k = size_t(hour);
    QString bySource;
    if (m_sources.size() > 1)
        for (const ResultSeries::SourceDay &source : m_sources)
            bySource += tr("\n  %1: %2").arg(source.name, ResultFormat::power(source.kW[k]));
    return tr("%1, %2:00–%3:00 (average)\n%4: %5%6\nConsumption: %7\nBattery: %8\nGrid: %9")
        .arg(QLocale().standaloneMonthName(month()))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(hour + 1, 2, 10, QLatin1Char('0'))
        .arg(m_graphs[Generation]->name(), ResultFormat::power(m_profile.generationKW[k]), bySource,
             ResultFormat::power(m_profile.consumptionKW[k]), ResultFormat::power(m_profile.batteryKW[k]),
             ResultFormat::power(m_profile.gridKW[k]));
}

} // namespace pz
