// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The average day of a chosen month: generation, consumption, battery and grid power by hour.

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

protected:
    void rebuild() override;

private:
    QComboBox *m_month;
    QCPGraph *m_graphs[LineCount];
    ResultSeries::DayProfile m_profile;
};

} // namespace pz
