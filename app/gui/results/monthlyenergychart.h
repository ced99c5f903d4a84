// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Monthly generation, stacked by source (rooftop PV, ground PV, wind on site, each off-site
// plant), beside consumption.

#include "results/resultchart.h"

class QCPBars;
class QCPBarsGroup;

namespace pz {

class MonthlyEnergyChart : public ResultChart
{
    Q_OBJECT
public:
    explicit MonthlyEnergyChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Monthly energy"); }
    QString toolTipAt(const QPointF &pixel) const override;

    // The bottom of the generation stack (the first source), and every source's bars bottom up.
    QCPBars *generationBars() const { return m_generation; }
    QList<QCPBars *> sourceBars() const;
    QCPBars *consumptionBars() const { return m_consumption; }

protected:
    void rebuild() override;

private:
    void setSources(int count);

    QCPBars *m_generation;
    QList<QCPBars *> m_stacked;   // the sources above the first
    QCPBars *m_consumption;
    QCPBarsGroup *m_group = nullptr;
};

} // namespace pz
