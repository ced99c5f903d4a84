// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/carrierssummary.h"

#include "heat/heatsettings.h"
#include "results/resultformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pz {

CarriersSummary::CarriersSummary(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("carriersSummary"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = new QTableWidget(4, 4, this);
    m_table->setObjectName(QStringLiteral("carriersTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conversions = new QLabel(this);
    m_conversions->setObjectName(QStringLiteral("carriersConversions"));
    m_conversions->setWordWrap(true);
    m_conversions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buildings = new QLabel(this);
    m_buildings->setObjectName(QStringLiteral("carriersBuildings"));
    m_buildings->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_conversions);
    layout->addWidget(m_buildings);
    setResult(nullptr);
}

void CarriersSummary::setResult(const SimulationResult *result)
{
    const bool heat = result && result->heat.present;
    m_note->setText(heat ? QString()
                         : tr("No building has a heat supply: the indicator counts electricity only. Choose a heat "
                              "supply in a building's properties to count heat and fuels."));
    m_note->setVisible(!heat);
    m_table->setVisible(heat);
    m_conversions->setVisible(heat);
    m_buildings->setVisible(heat);
    if (!heat)
        return;
    const HeatSummary &h = result->heat;
    m_table->setHorizontalHeaderLabels({tr("Carrier"), tr("Quantity"), tr("Standard coal"), tr("CO₂")});
    const struct {
        QString name;
        const CarrierLine &line;
        QString unit;
    } rows[] = {{tr("Electricity"), h.electricity, tr("kWh")},
                {tr("Natural gas"), h.naturalGas, tr("m³")},
                {tr("Raw coal"), h.rawCoal, tr("t")},
                {tr("Purchased heat"), h.purchasedHeat, tr("GJ")}};
    int row = 0;
    for (const auto &r : rows) {
        m_table->setItem(row, 0, new QTableWidgetItem(r.name));
        m_table->setItem(row, 1, new QTableWidgetItem(
                                     QStringLiteral("%1 %2").arg(ResultFormat::number(r.line.quantity, 0), r.unit)));
        m_table->setItem(row, 2, new QTableWidgetItem(tr("%1 tce").arg(ResultFormat::number(r.line.tce, 1))));
        m_table->setItem(row, 3, new QTableWidgetItem(ResultFormat::tonnes(r.line.tCO2)));
        ++row;
    }
    const auto verdict = [](bool pass) { return pass ? tr("passes") : tr("fails"); };
    const bool coalUsed = h.electricityKgcePerKWh == heat::kKgcePerKWhCoalConsumption;
    const bool equivalentUsed = h.electricityKgcePerKWh == heat::kKgcePerKWhCalorificEquivalent;
    QString used = coalUsed ? tr("the coal-consumption method")
                            : equivalentUsed ? tr("the calorific equivalent")
                                             : tr("%1 kgce/kWh").arg(ResultFormat::number(h.electricityKgcePerKWh, 4));
    m_conversions->setText(
        tr("Indicator over all carriers (%1 tce/yr): calorific equivalent 0.1229 kgce/kWh: %2 (%3); "
           "coal-consumption method 0.3055 kgce/kWh: %4 (%5). The verdict uses %6: %7. Clean-energy share %8, "
           "renewable share %9.")
            .arg(ResultFormat::number(h.energyTce, 0), ResultFormat::intensity(h.intensityEquivalentTCO2PerTce),
                 verdict(h.zeroCarbonEquivalent), ResultFormat::intensity(h.intensityCoalMethodTCO2PerTce),
                 verdict(h.zeroCarbonCoalMethod), used, ResultFormat::intensity(h.intensityTCO2PerTce),
                 ResultFormat::percent(h.cleanSharePct), ResultFormat::percent(h.renewableSharePct)));
    m_buildings->setText(tr("On their own (each against its own roof PV), %1 of %n building(s) would pass.", nullptr,
                            int(result->buildings.size()))
                             .arg(h.buildingsPassingAlone));
}

} // namespace pz
