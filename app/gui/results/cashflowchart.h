// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cumulative cash flow of the design against the business-as-usual park over the analysis
// period (spec §15.7): the extra investment at year 0, then each year's saving, undiscounted and
// discounted, with the payback crossings marked and labelled. Empty without economics.

#include "results/resultchart.h"
#include "results/resultseries.h"

class QCPGraph;

namespace pz {

class CashFlowChart : public ResultChart
{
    Q_OBJECT
public:
    explicit CashFlowChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Cash flow"); }
    QString toolTipAt(const QPointF &pixel) const override;

    const ResultSeries::CashFlow &cashFlow() const { return m_flow; }
    QCPGraph *cumulativeGraph() const { return m_cumulative; }
    QCPGraph *discountedGraph() const { return m_discounted; }

protected:
    void rebuild() override;

private:
    void markCrossing(double years, double shownYears, const QColor &color, bool below);

    QCPGraph *m_cumulative;
    QCPGraph *m_discounted;
    ResultSeries::CashFlow m_flow;
};

} // namespace pz
