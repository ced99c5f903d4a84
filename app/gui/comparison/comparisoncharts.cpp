// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison/comparisoncharts.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"
#include "results/resultseries.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

namespace {

const NamedResults &noScenarios()
{
    static const NamedResults none;
    return none;
}

QSharedPointer<QCPAxisTickerText> scenarioTicker(const NamedResults &scenarios)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        ticker->addTick(double(i) + 1, scenarios[i].name);
    return ticker;
}

// The scenario under a pixel of a chart with one category per scenario, or -1.
int scenarioAt(const QCustomPlot *plot, const NamedResults &scenarios, const QPointF &pixel)
{
    if (!plot->axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const int i = int(std::lround(plot->xAxis->pixelToCoord(pixel.x()))) - 1;
    return i >= 0 && i < int(scenarios.size()) ? i : -1;
}

void styleBars(QCPBars *bars, const QColor &colour)
{
    bars->setPen(QPen(colour.darker(115)));
    bars->setBrush(colour);
}

} // namespace

void ComparisonChart::setScenarios(std::shared_ptr<const NamedResults> scenarios)
{
    m_scenarios = std::move(scenarios);
    refresh();
}

const NamedResults &ComparisonChart::scenarios() const
{
    return m_scenarios ? *m_scenarios : noScenarios();
}

void ComparisonChart::clearBars()
{
    plot()->clearPlottables();
    plot()->clearItems();
    delete m_group;
    m_group = nullptr;
}

// --- Monthly generation -------------------------------------------------------------------------

ComparisonMonthlyChart::ComparisonMonthlyChart(QWidget *parent) : ComparisonChart(parent)
{
    setObjectName(QStringLiteral("comparisonMonthlyChart"));
    refresh();
}

void ComparisonMonthlyChart::rebuild()
{
    clearBars();
    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int m = 1; m <= 12; ++m)
        ticker->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, 12.6);
    double maxKWh = 0.0;
    for (const NamedResult &s : scenarios())
        for (int m = 0; m < 12; ++m)
            maxKWh = std::max({maxKWh, s.result.park.monthlyGenerationKWh[size_t(m)],
                               s.result.park.monthlyConsumptionKWh[size_t(m)]});
    const ResultFormat::Scale scale = ResultFormat::energyScale(maxKWh);
    QList<QCPBars *> bars;
    const int n = int(scenarios().size());
    for (int i = 0; i < n; ++i) {
        const ParkSummary &p = scenarios()[size_t(i)].result.park;
        const QColor colour = ChartStyle::scenarioColor(i, palette());
        auto *b = new QCPBars(plot()->xAxis, plot()->yAxis);
        b->setName(scenarios()[size_t(i)].name);
        styleBars(b, colour);
        auto *line = plot()->addGraph();
        line->setPen(QPen(colour.darker(130), 1.6, Qt::DashLine));
        line->setName(tr("Consumption"));
        QVector<double> keys, g, c;
        for (int m = 0; m < 12; ++m) {
            keys << m + 1;
            g << p.monthlyGenerationKWh[size_t(m)] / scale.divisor;
            c << p.monthlyConsumptionKWh[size_t(m)] / scale.divisor;
        }
        b->setData(keys, g, true);
        line->setData(keys, c, true);
        bars << b;
        // One legend entry for the consumption lines (the first scenario's).
        if (i > 0)
            line->removeFromLegend();
    }
    m_group = ChartStyle::groupBars(plot(), bars, n > 0 ? 0.8 / n : 0.8);
    plot()->legend->setVisible(n > 0);
    plot()->yAxis->setLabel(tr("Energy (%1)").arg(scale.unit));
    plot()->yAxis->setRange(0.0, maxKWh > 0.0 ? maxKWh / scale.divisor * 1.3 : 1.0);
}

QString ComparisonMonthlyChart::toolTipAt(const QPointF &pixel) const
{
    if (scenarios().empty() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int month = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (month < 1 || month > 12)
        return {};
    QStringList lines{QLocale().standaloneMonthName(month)};
    for (const NamedResult &s : scenarios())
        lines << tr("%1: generation %2, consumption %3")
                     .arg(s.name, ResultFormat::energy(s.result.park.monthlyGenerationKWh[size_t(month - 1)]),
                          ResultFormat::energy(s.result.park.monthlyConsumptionKWh[size_t(month - 1)]));
    return lines.join(QLatin1Char('\n'));
}

// --- Net emissions ------------------------------------------------------------------------------

ComparisonCarbonChart::ComparisonCarbonChart(QWidget *parent) : ComparisonChart(parent)
{
    setObjectName(QStringLiteral("comparisonCarbonChart"));
    refresh();
}

void ComparisonCarbonChart::rebuild()
{
    clearBars();
    const NamedResults &s = scenarios();
    plot()->xAxis->setTicker(scenarioTicker(s));
    plot()->xAxis->setRange(0.4, double(s.size()) + 0.6);
    auto *operational = new QCPBars(plot()->xAxis, plot()->yAxis);
    auto *embodied = new QCPBars(plot()->xAxis, plot()->yAxis);
    operational->setName(tr("Net, operational"));
    embodied->setName(tr("Net with embodied"));
    styleBars(operational, ChartStyle::color(ChartStyle::Series::Grid, palette()));
    styleBars(embodied, ChartStyle::color(ChartStyle::Series::Bad, palette()));
    QVector<double> keys, o, e;
    double low = 0.0, high = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const EmissionsSummary &m = s[i].result.park.emissions;
        keys << double(i) + 1;
        o << m.netT;
        e << m.netWithEmbodiedT;
        low = std::min({low, m.netT, m.netWithEmbodiedT});
        high = std::max({high, m.netT, m.netWithEmbodiedT});
    }
    operational->setData(keys, o, true);
    embodied->setData(keys, e, true);
    m_group = ChartStyle::groupBars(plot(), {operational, embodied}, 0.36);
    plot()->yAxis->setLabel(tr("Net emissions (tCO₂e/a)"));
    const double span = std::max(high - low, 1.0);
    plot()->yAxis->setRange(low - (low < 0 ? span * 0.1 : 0.0), high + span * 0.3);
}

QString ComparisonCarbonChart::toolTipAt(const QPointF &pixel) const
{
    const int i = scenarioAt(plot(), scenarios(), pixel);
    if (i < 0)
        return {};
    const EmissionsSummary &m = scenarios()[size_t(i)].result.park.emissions;
    return tr("%1\nNet, operational: %2\nNet with embodied: %3")
        .arg(scenarios()[size_t(i)].name, ResultFormat::tonnes(m.netT), ResultFormat::tonnes(m.netWithEmbodiedT));
}

// --- Core indicator -----------------------------------------------------------------------------

ComparisonIndicatorChart::ComparisonIndicatorChart(QWidget *parent) : ComparisonChart(parent)
{
    setObjectName(QStringLiteral("comparisonIndicatorChart"));
    refresh();
}

void ComparisonIndicatorChart::rebuild()
{
    clearBars();
    const NamedResults &s = scenarios();
    plot()->xAxis->setTicker(scenarioTicker(s));
    plot()->xAxis->setRange(0.4, double(s.size()) + 0.6);
    auto *pass = new QCPBars(plot()->xAxis, plot()->yAxis);
    auto *fail = new QCPBars(plot()->xAxis, plot()->yAxis);
    pass->setName(tr("Zero-carbon"));
    fail->setName(tr("Not zero-carbon"));
    styleBars(pass, ChartStyle::color(ChartStyle::Series::Good, palette()));
    styleBars(fail, ChartStyle::color(ChartStyle::Series::Bad, palette()));
    double high = 0.0, threshold = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const ParkSummary &p = s[i].result.park;
        (p.zeroCarbon ? pass : fail)->addData(double(i) + 1, p.intensityTCO2PerTce);
        high = std::max({high, p.intensityTCO2PerTce, p.thresholdTCO2PerTce});
        threshold = p.thresholdTCO2PerTce;
    }
    for (QCPBars *b : {pass, fail})
        b->setWidth(0.5);
    if (!s.empty()) {
        auto *line = new QCPItemStraightLine(plot());
        line->point1->setCoords(0, threshold);
        line->point2->setCoords(1, threshold);
        line->setPen(QPen(ChartStyle::textColor(palette()), 1.2, Qt::DashLine));
    }
    plot()->legend->setVisible(!s.empty());
    plot()->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->setLabel(tr("Core indicator (tCO₂/tce), threshold dashed"));
    plot()->yAxis->setRange(std::min(0.0, high), high > 0 ? high * 1.35 : 1.0);
}

QString ComparisonIndicatorChart::toolTipAt(const QPointF &pixel) const
{
    const int i = scenarioAt(plot(), scenarios(), pixel);
    if (i < 0)
        return {};
    const ParkSummary &p = scenarios()[size_t(i)].result.park;
    return tr("%1\nCore indicator: %2 (threshold %3)")
        .arg(scenarios()[size_t(i)].name, ResultFormat::intensity(p.intensityTCO2PerTce),
             ResultFormat::intensity(p.thresholdTCO2PerTce));
}

// --- Cash flow ----------------------------------------------------------------------------------

ComparisonCashFlowChart::ComparisonCashFlowChart(QWidget *parent) : ComparisonChart(parent)
{
    setObjectName(QStringLiteral("comparisonCashFlowChart"));
    refresh();
}

// One line per scenario with economics: the cumulative savings against BAU (solid) and the
// same discounted (dashed), year 0 to the end of the analysis period, as the Cash flow tab.
void ComparisonCashFlowChart::rebuild()
{
    clearBars();
    double lo = 0.0, hi = 0.0, years = 1.0;
    std::vector<ResultSeries::CashFlow> flows;
    for (const NamedResult &s : scenarios()) {
        flows.push_back(s.result.economics ? ResultSeries::cashFlow(*s.result.economics) : ResultSeries::CashFlow{});
        for (const auto *series : {&flows.back().cumulativeCNY, &flows.back().discountedCumulativeCNY})
            for (double v : *series) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        years = std::max(years, double(flows.back().cumulativeCNY.size()) - 1.0);
    }
    const ResultFormat::Scale scale = ResultFormat::moneyScale(std::max(std::abs(lo), std::abs(hi)));
    bool any = false;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const QColor colour = ChartStyle::scenarioColor(int(i), palette());
        for (int discounted = 0; discounted < 2; ++discounted) {
            const std::vector<double> &k = discounted ? flows[i].discountedCumulativeCNY : flows[i].cumulativeCNY;
            if (k.empty())
                continue;
            QCPGraph *g = plot()->addGraph();
            QVector<double> keys, values;
            for (std::size_t y = 0; y < k.size(); ++y) {
                keys << double(y);
                values << k[y] / scale.divisor;
            }
            g->setData(keys, values, true);
            g->setPen(QPen(colour, discounted ? 1.4 : 2.0, discounted ? Qt::DashLine : Qt::SolidLine));
            g->setName(discounted ? tr("%1, discounted").arg(scenarios()[i].name) : scenarios()[i].name);
            any = true;
        }
    }
    auto *zero = new QCPItemStraightLine(plot());
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(ChartStyle::textColor(palette()), 1.0));
    plot()->legend->setVisible(any);
    // The curves rise from the lower left: the legend sits in the upper left.
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot()->xAxis->setRange(0.0, years);
    plot()->xAxis->setLabel(tr("Year"));
    plot()->yAxis->setLabel(tr("Design against BAU (%1)").arg(scale.unit));
    const double span = std::max(hi - lo, 1.0) / scale.divisor;
    plot()->yAxis->setRange(lo / scale.divisor - span * 0.1, hi / scale.divisor + span * 0.1);
}

QString ComparisonCashFlowChart::toolTipAt(const QPointF &pixel) const
{
    if (scenarios().empty() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int year = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (year < 0)
        return {};
    QStringList lines{tr("Year %1").arg(year)};
    for (const NamedResult &s : scenarios()) {
        if (!s.result.economics)
            continue;
        const ResultSeries::CashFlow flow = ResultSeries::cashFlow(*s.result.economics);
        if (std::size_t(year) < flow.cumulativeCNY.size())
            lines << tr("%1: %2 (discounted %3)")
                         .arg(s.name, ResultFormat::money(flow.cumulativeCNY[std::size_t(year)]),
                              ResultFormat::money(flow.discountedCumulativeCNY[std::size_t(year)]));
    }
    return lines.size() > 1 ? lines.join(QLatin1Char('\n')) : QString();
}

} // namespace pz
