// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/cashflowchart.h"

#include "economics/lifecycle.h"
#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

CashFlowChart::CashFlowChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("cashFlowChart"));
    plot()->setObjectName(title());
    m_cumulative = plot()->addGraph();
    m_discounted = plot()->addGraph();
    plot()->legend->setVisible(true);
    plot()->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    refresh();
}

void CashFlowChart::rebuild()
{
    plot()->clearItems();
    const SimulationResult *r = result();
    const economics::EconomicsResult *e = r && r->economics ? r->economics.get() : nullptr;
    m_flow = e ? ResultSeries::cashFlow(*e) : ResultSeries::CashFlow{};

    double lo = 0.0, hi = 0.0;
    for (const auto *series : {&m_flow.cumulativeCNY, &m_flow.discountedCumulativeCNY})
        for (double v : *series) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const ResultFormat::Scale scale = ResultFormat::moneyScale(std::max(std::abs(lo), std::abs(hi)));
    QVector<double> years, k, kd;
    for (std::size_t y = 0; y < m_flow.cumulativeCNY.size(); ++y) {
        years << double(y);
        k << m_flow.cumulativeCNY[y] / scale.divisor;
        kd << m_flow.discountedCumulativeCNY[y] / scale.divisor;
    }
    m_cumulative->setData(years, k, true);
    m_discounted->setData(years, kd, true);
    m_cumulative->setName(tr("Cumulative saving"));
    m_discounted->setName(tr("Discounted"));
    const QColor plain = ChartStyle::color(ChartStyle::Series::Generation, palette());
    const QColor discounted = ChartStyle::color(ChartStyle::Series::Grid, palette());
    m_cumulative->setPen(QPen(plain, 2));
    m_discounted->setPen(QPen(discounted, 2, Qt::DashLine));
    for (QCPGraph *g : {m_cumulative, m_discounted})
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));

    auto *zero = new QCPItemStraightLine(plot());
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(ChartStyle::textColor(palette()), 1));
    if (m_flow.crossingYears)
        markCrossing(*m_flow.crossingYears, e->paybackYears.value_or(*m_flow.crossingYears), plain, false);
    if (m_flow.discountedCrossingYears)
        markCrossing(*m_flow.discountedCrossingYears, e->discountedPaybackYears.value_or(*m_flow.discountedCrossingYears),
                     discounted, true);

    plot()->xAxis->setLabel(tr("Year"));
    plot()->yAxis->setLabel(tr("Design against BAU (%1)").arg(scale.unit));
    const double n = std::max(1.0, double(years.size()) - 1.0);
    plot()->xAxis->setRange(-0.5, n + 0.5);
    const double pad = std::max(1e-9, (hi - lo) / scale.divisor * 0.12);
    plot()->yAxis->setRange(lo / scale.divisor - pad, hi / scale.divisor + pad);
    if (years.isEmpty())
        plot()->yAxis->setRange(-1.0, 1.0);
}

// A dot where the curve crosses zero and a label with the payback in years.
void CashFlowChart::markCrossing(double years, double shownYears, const QColor &color, bool below)
{
    auto *dot = new QCPItemTracer(plot());
    dot->position->setCoords(years, 0.0);
    dot->setStyle(QCPItemTracer::tsCircle);
    dot->setSize(9);
    dot->setPen(QPen(color.darker(120), 2));
    dot->setBrush(color);
    auto *label = new QCPItemText(plot());
    label->position->setParentAnchor(dot->position);
    // The curves rise to the right: above-left of the plain crossing and below-right of the
    // discounted one are clear of both.
    label->position->setCoords(below ? 8 : -8, below ? 10 : -10);
    label->setPositionAlignment(below ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignRight | Qt::AlignBottom);
    label->setText(below ? tr("Discounted payback %1").arg(ResultFormat::years(shownYears))
                         : tr("Payback %1").arg(ResultFormat::years(shownYears)));
    label->setColor(ChartStyle::textColor(palette()));
}

QString CashFlowChart::toolTipAt(const QPointF &pixel) const
{
    if (m_flow.cumulativeCNY.empty() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int y = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (y < 0 || y >= int(m_flow.cumulativeCNY.size()))
        return {};
    return tr("Year %1\nCumulative saving: %2\nDiscounted: %3")
        .arg(y)
        .arg(ResultFormat::money(m_flow.cumulativeCNY[std::size_t(y)]),
             ResultFormat::money(m_flow.discountedCumulativeCNY[std::size_t(y)]));
}

} // namespace pz
