// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which of a project's scenarios a report covers: the one it describes and the ones its
// comparison sets beside it, as ReportOptions name them. The export dialog and
// `parkzero-cli report` both ask here, so the rule (active by default, every other one compared
// unless the comparison is left out or a list is given) is written once.

#include "model/project.h"
#include "report/reportsection.h"

#include <QString>
#include <optional>
#include <vector>

namespace pz {

struct ReportScenarios {
    int described = 0;           // index into the project
    std::vector<int> compared;   // indices, in project order, never the described one
};

// nullopt with *error naming the unknown scenario and the project's scenarios.
std::optional<ReportScenarios> chooseReportScenarios(const Project &project, const ReportOptions &options,
                                                     QString *error);

// Scenario names from a command-line value: a name that exists whole (commas included) is
// one name, otherwise the value is split at commas.
QStringList scenarioNamesFromList(const Project &project, const QString &value);

} // namespace pz
