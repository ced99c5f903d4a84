// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a row of the scenario comparison reads on screen and in the report: its values in one unit
// per row (energies scaled to kWh, MWh or GWh and money to CNY, k CNY or M CNY by the row's
// largest value), the verdict as pass or fail, "—" where a scenario has no value.

#include "engine/scenariocomparison.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace pz {

struct FormattedRow {
    QString unit;         // translated where it is a word
    QStringList values;   // one per scenario
};

class ComparisonFormat
{
    Q_DECLARE_TR_FUNCTIONS(pz::ComparisonFormat)
public:
    static FormattedRow format(const ComparisonRow &row, const QLocale &locale = QLocale());
};

} // namespace pz
