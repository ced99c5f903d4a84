// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The year-1 electricity bill by tariff period (spec §15.4, §15.7): the energy charge of each
// time-of-use period for the design and the business-as-usual park, side by side, with the
// import behind it in the tooltip. Empty without economics.

#include "results/resultchart.h"

class QCPBars;

namespace pz {

class BillChart : public ResultChart
{
    Q_OBJECT
public:
    explicit BillChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Bill by period"); }
    QString toolTipAt(const QPointF &pixel) const override;

    QCPBars *designBars() const { return m_design; }
    QCPBars *bauBars() const { return m_bau; }

protected:
    void rebuild() override;

private:
    QString periodName(int period) const;

    QCPBars *m_design;
    QCPBars *m_bau;
};

} // namespace pz
