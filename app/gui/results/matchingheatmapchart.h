// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A month × hour-of-day heat map of how much of the consumption on-site clean supply (PV used
// directly and battery discharge) matches: the hourly picture behind the CFE score.

#include "results/resultchart.h"
#include "results/resultseries.h"

class QCPColorMap;
class QCPColorScale;

namespace pz {

class MatchingHeatMapChart : public ResultChart
{
    Q_OBJECT
public:
    explicit MatchingHeatMapChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Hourly matching"); }
    QString toolTipAt(const QPointF &pixel) const override;

    QCPColorMap *colorMap() const { return m_map; }

protected:
    void rebuild() override;

private:
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    ResultSeries::MatchingGrid m_grid{};
};

} // namespace pz
