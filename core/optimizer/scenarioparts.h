// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two halves of a scenario file (scenariofile.h), for scenariofile.cpp: the hourly CSV
// (read and written) and the JSON as written (every key).

#include "optimizer/problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pz::optimizer {

// Reads the hourly columns into problem (whose candidates are already read); the error names
// the line and the column.
bool readScenarioCsv(const QByteArray &bytes, OptimizerProblem &problem, QString *error);
QByteArray scenarioCsv(const OptimizerProblem &problem);
QJsonObject scenarioJson(const OptimizerProblem &problem, const QString &csvFileName);

} // namespace pz::optimizer
