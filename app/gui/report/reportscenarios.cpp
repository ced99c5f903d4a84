// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportscenarios.h"

#include <QCoreApplication>

namespace pz {

namespace {

QString unknownScenario(const Project &project, const QString &name)
{
    QStringList names;
    for (const Scenario &s : project.scenarios())
        names << QLatin1Char('"') + s.name + QLatin1Char('"');
    return QCoreApplication::translate("pz::ReportScenarios", "no scenario is called \"%1\" (scenarios: %2)")
        .arg(name, names.join(QLatin1String(", ")));
}

bool comparisonWanted(const ReportOptions &options)
{
    return options.sections.isEmpty() || options.sections.contains(QStringLiteral("comparison"));
}

} // namespace

std::optional<ReportScenarios> chooseReportScenarios(const Project &project, const ReportOptions &options,
                                                     QString *error)
{
    ReportScenarios chosen;
    chosen.described = options.scenario.isEmpty() ? project.activeIndex() : project.indexOfName(options.scenario);
    if (chosen.described < 0) {
        *error = unknownScenario(project, options.scenario);
        return std::nullopt;
    }
    if (options.compared) {
        for (const QString &name : *options.compared) {
            if (project.indexOfName(name) < 0) {
                *error = unknownScenario(project, name);
                return std::nullopt;
            }
        }
    }
    if (!comparisonWanted(options))
        return chosen;
    for (int i = 0; i < project.count(); ++i)
        if (i != chosen.described && (!options.compared || options.compared->contains(project.at(i).name)))
            chosen.compared.push_back(i);
    return chosen;
}

QStringList scenarioNamesFromList(const Project &project, const QString &value)
{
    if (project.indexOfName(value) >= 0)
        return {value};
    QStringList names;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << part.trimmed();
    return names;
}

} // namespace pz
