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

// The result read back from resultToJson()'s object (e.g. written by parkzero-cli optimize
// --json): every field of §16.7 except the hourly dispatch, the sizes in the problem's candidate
// order (a candidate missing from the JSON is 0). False with the reason in *error when the
// object is not such a result (no status, or sizes that are not numbers).
bool resultFromJson(const QJsonObject &json, const OptimizerProblem &problem, OptimizerResult *result,
                    std::string *error = nullptr);

QByteArray hourlyDispatchCsv(const OptimizerProblem &problem, const OptimizerResult &result);

const char *statusKey(SolveStatus status);

} // namespace pz::optimizer
