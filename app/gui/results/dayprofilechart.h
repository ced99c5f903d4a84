// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The average day of a chosen month: generation stacked by source (rooftop PV, ground PV, wind on
// site, each off-site plant), its total, consumption, battery and grid power by hour.

#include "results/resultchart.h"
#include "results/resultseries.h"

class QComboBox;
class QCPGraph;

namespace pz {

class DayProfileChart : public ResultChart
{
    Q_OBJECT
public:
    explicit DayProfileChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Average day"); }
    QString toolTipAt(const QPointF &pixel) const override;

    int month() const;
    void setMonth(int month);  // 1..12
    QComboBox *monthSelector() const { return m_month; }

    enum Line { Generation, Consumption, Battery, Grid, LineCount };
    QCPGraph *graph(Line line) const { return m_graphs[line]; }
    // The stacked areas, one per source in ResultSeries::averageDayBySource order; each holds the
    // running sum up to its source.
    const QList<QCPGraph *> &sourceGraphs() const { return m_sourceGraphs; }

protected:
    void rebuild() override;

private:
    QComboBox *m_month;
    QCPGraph *m_graphs[LineCount];
    void rebuildSources(double divisor);

    QList<QCPGraph *> m_sourceGraphs;
    ResultSeries::DayProfile m_profile;
    std::vector<ResultSeries::SourceDay> m_sources;
};

} // namespace pz
