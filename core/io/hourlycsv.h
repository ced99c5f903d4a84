// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hourly results as a CSV table: one row per hour of the year with the sun position, each
// PV object's irradiance, cell temperature and AC power, and the park's energy balance and
// emissions. Shared by the results panel's export and parkzero-cli --hourly, so both write the
// same file. The format is documented in docs/results.md.

#include "engine/simulationresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pz::io {

// The column names of the table, in order (header row without quoting).
QStringList hourlyCsvColumns(const SimulationResult &result);

// The whole table, UTF-8, '\n' line ends, header row first, '.' as decimal separator whatever
// the locale. Series missing from the result (not 8760 values) give empty cells.
QByteArray hourlyCsv(const SimulationResult &result);

// Writes hourlyCsv() atomically (QSaveFile). On failure returns false and, when error is
// given, a translated reason naming the path.
bool writeHourlyCsv(const SimulationResult &result, const QString &path, QString *error);

} // namespace pz::io
