// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer's result as the editor shows it (spec §16.7, §16.9, §16.13): status, sizes per
// candidate, the objective and its parts, the marginal abatement cost, the indicator under the
// optimizer's dispatch against the threshold, what zero carbon adds, the active bounds, the
// diagnosis of an infeasible problem, how it was solved and the revision it belongs to; after
// Apply, the optimizer's indicator beside the re-simulated one with the reasons they can differ.

#include "optimize/optimizerrun.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pz {

// The re-simulated indicator of an applied optimum, with the reasons of §16.9.
struct AppliedComparison {
    QString scenarioName;
    std::optional<double> simulatedIntensityTCO2PerTce;   // none until the new scenario's result arrives
    QStringList reasons;
};

// HTML for a QTextBrowser. currentRevision: the document's now (a different one says the park
// has changed since).
QString optimizerResultHtml(const OptimizerOutcome &outcome, quint64 currentRevision, const QLocale &locale,
                            const std::optional<AppliedComparison> &applied = std::nullopt);

} // namespace pz
