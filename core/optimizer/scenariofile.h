// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Optimizer scenario files (spec §16.11): a JSON file ("parkzero-optimizer-scenario",
// format_version 1) with the candidates and settings, and a CSV file beside it with the 8760
// hourly values. The reader applies the defaults of §16.11 to missing keys and refuses a wrong
// file with the file, the line or key and the reason; the writer writes every key, numbers in
// shortest round-trip form.

#include "optimizer/problem.h"

#include <QString>

#include <optional>

namespace pz::optimizer {

struct ScenarioReadResult {
    std::optional<OptimizerProblem> problem;
    QString error;   // "<file>: <key or line>: <reason>" when problem is empty
};

// Reads a scenario and its CSV (the JSON's `profiles`, relative to the JSON). The problem is
// read as written: validateProblem() checks its values.
ScenarioReadResult readScenario(const QString &jsonPath);

// Writes the JSON to jsonPath and the CSV beside it (csvFileName, relative to the JSON).
bool writeScenario(const OptimizerProblem &problem, const QString &jsonPath, const QString &csvFileName,
                   QString *error);

} // namespace pz::optimizer
