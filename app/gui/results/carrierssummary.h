// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The park's energy carriers (spec §14.6): a table of electricity, natural gas, raw coal and
// purchased heat with their quantity, standard coal and CO2; the indicator over all carriers
// under both electricity conversions side by side, saying which one the verdict uses; and how
// many buildings would pass on their own. A note instead when no building has a heat supply.

#include "engine/simulationresult.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pz {

class CarriersSummary : public QWidget
{
    Q_OBJECT
public:
    explicit CarriersSummary(QWidget *parent = nullptr);
    QString title() const { return tr("Carriers"); }

    void setResult(const SimulationResult *result);

    QTableWidget *table() const { return m_table; }
    QLabel *conversionText() const { return m_conversions; }
    QLabel *buildingsText() const { return m_buildings; }

private:
    QLabel *m_note;
    QTableWidget *m_table;
    QLabel *m_conversions;
    QLabel *m_buildings;
};

} // namespace pz
