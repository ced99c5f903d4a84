// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The carbon waterfall: grid emissions, less green-space sinks and export credit, give the net
// operational emissions; embodied carbon added gives the net with embodied.

#include "results/resultchart.h"
#include "results/resultseries.h"

namespace pz {

class CarbonWaterfallChart : public ResultChart
{
    Q_OBJECT
public:
    explicit CarbonWaterfallChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Carbon waterfall"); }
    QString toolTipAt(const QPointF &pixel) const override;

    const std::vector<ResultSeries::WaterfallStep> &steps() const { return m_steps; }

protected:
    void rebuild() override;

private:
    std::vector<ResultSeries::WaterfallStep> m_steps;
};

} // namespace pz
