// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing an optimum into a park (spec §16.9): ground fields get their optimal kWp, roofs a
// usable fraction scaled to it (or no PV), each wind group keeps its optimal number of turbines
// (kept ones first, then in the group's order; turbines not to be built are removed), placed
// stores are scaled to the optimal pooled E and P (or one store is added), and the green power
// bought becomes the site's annual amount. Then, once the applied park has been simulated as
// usual, why its indicator can differ from the optimizer's.

#include "engine/simulationresult.h"
#include "geometry/geometry.h"
#include "model/park.h"
#include "optimizer/problem.h"
#include "optimizer/result.h"

#include <QStringList>

namespace pz {

struct AppliedOptimum {
    Park park;
    QStringList notes;   // translated: counts rounded, stores removed or added, …
    bool turbineCountsRounded = false;
    bool layoutChanged = false;   // turbines removed or roofs' PV areas changed (shading, wakes)
};

// `problem` was filled by problemFromPark(park, simulated) and `result` is its optimum
// (status Optimal). A new store, when the park has none and the optimum has a battery, is put
// at newStorePosition.
AppliedOptimum applyOptimum(const Park &park, const SimulationResult &simulated,
                            const optimizer::OptimizerProblem &problem, const optimizer::OptimizerResult &result,
                            const Point2 &newStorePosition = Point2(0.0, 0.0));

// The reasons of §16.9, translated, that apply to this park: why the re-simulated indicator
// of `applied` can differ from the optimizer's.
QStringList indicatorDifferences(const AppliedOptimum &applied, const optimizer::OptimizerResult &result);

// The note of the scenario an optimum is applied as (translated): where it comes from, its cost
// and indicator under the optimizer's dispatch, and the reasons the simulated one may differ.
QString appliedScenarioNote(const QString &optimisedScenario, const optimizer::OptimizerResult &result,
                            const QStringList &differences);

} // namespace pz
