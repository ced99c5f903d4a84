// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Monthly PV generation against consumption, as grouped bars.

#include "results/resultchart.h"

class QCPBars;

namespace pz {

class MonthlyEnergyChart : public ResultChart
{
    Q_OBJECT
public:
    explicit MonthlyEnergyChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Monthly energy"); }
    QString toolTipAt(const QPointF &pixel) const override;

    QCPBars *generationBars() const { return m_generation; }
    QCPBars *consumptionBars() const { return m_consumption; }

protected:
    void rebuild() override;

private:
    QCPBars *m_generation;
    QCPBars *m_consumption;
};

} // namespace pz
