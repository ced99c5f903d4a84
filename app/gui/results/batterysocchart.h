// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The battery's state of charge through a chosen week, against its capacity.

#include "results/resultchart.h"

class QComboBox;
class QCPGraph;

namespace pz {

class BatterySocChart : public ResultChart
{
    Q_OBJECT
public:
    explicit BatterySocChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Battery week"); }
    QString toolTipAt(const QPointF &pixel) const override;

    int week() const;
    void setWeek(int week);  // 1..52
    QComboBox *weekSelector() const { return m_week; }
    QCPGraph *socGraph() const { return m_soc; }

protected:
    void rebuild() override;

private:
    QComboBox *m_week;
    QCPGraph *m_soc;
    QCPGraph *m_capacity;
    std::vector<double> m_values;
};

} // namespace pz
