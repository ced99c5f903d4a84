// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Monthly heat demand of all buildings (spec §14), as bars; empty when no building has a heat
// supply.

#include "results/resultchart.h"

class QCPBars;

namespace pz {

class MonthlyHeatChart : public ResultChart
{
    Q_OBJECT
public:
    explicit MonthlyHeatChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Heat"); }
    QString toolTipAt(const QPointF &pixel) const override;

    QCPBars *heatBars() const { return m_heat; }

protected:
    void rebuild() override;

private:
    QCPBars *m_heat;
};

} // namespace pz
