// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer's results as JSON with the stable keys of spec §16.7, and its hourly dispatch
// as CSV (the columns of the simulation's hourly CSV that apply, plus wind, fixed generation
// and green power).

#include "optimizer/problem.h"
#include "optimizer/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace pz::optimizer {

QJsonObject resultToJson(const OptimizerProblem &problem, const OptimizerResult &result);

QByteArray hourlyDispatchCsv(const OptimizerProblem &problem, const OptimizerResult &result);

const char *statusKey(SolveStatus status);

} // namespace pz::optimizer
