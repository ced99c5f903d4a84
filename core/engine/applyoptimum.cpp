// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/applyoptimum.h"

#include "common/units.h"
#include "engine/optimizerinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

bool sameRelative(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

ObjectId idOfCandidate(const std::string &id)
{
    return ObjectId(std::stoul(id));
}

// Ground field: kWp = x, or derived (−1) when x is its area-derived kWp. Roof: the usable
// fraction scaled by x over the roof's kWp as drawn, no PV when x = 0.
void applyPv(Park &park, const SimulationResult &simulated, const optimizer::OptimizerProblem &problem,
             const optimizer::OptimizerResult &result, AppliedOptimum &out)
{
    for (std::size_t i = 0; i < problem.pv.size(); ++i) {
        const ObjectId id = idOfCandidate(problem.pv[i].id);
        const ParkObject *object = park.find(id);
        const double x = std::max(0.0, result.pvKWp[i]);
        if (const auto *field = object ? std::get_if<PvArray>(object) : nullptr) {
            PvArray f = *field;
            f.kwpOverride = sameRelative(x, areaDerivedKwp(*field)) ? -1.0 : x;
            park.replace(f);
        } else if (const auto *b = object ? std::get_if<Building>(object) : nullptr) {
            double drawnKWp = 0.0;
            for (const PvObjectResult &r : simulated.objects)
                if (r.id == id)
                    drawnKWp = r.kwp;
            Building roof = *b;
            if (x <= 0.0 || drawnKWp <= 0.0)
                roof.rooftop.enabled = false;
            else if (!sameRelative(x, drawnKWp))
                roof.rooftop.usableFraction = std::min(1.0, roof.rooftop.usableFraction * x / drawnKWp);
            out.layoutChanged = out.layoutChanged || !(roof == *b);
            park.replace(roof);
        }
    }
}

// The ids of a wind group's turbines that could be built, in the group's order (problemFromPark
// writes them into the candidate's information).
std::vector<ObjectId> groupTurbineIds(const optimizer::WindCandidate &candidate)
{
    std::vector<ObjectId> ids;
    const QJsonObject info = QJsonDocument::fromJson(QByteArray::fromStdString(candidate.info)).object();
    for (const QJsonValue &v : info.value(QStringLiteral("turbine_ids")).toArray())
        ids.push_back(ObjectId(v.toDouble()));
    return ids;
}

bool isKept(const Park &park, ObjectId id, bool keepAll)
{
    const ParkObject *object = park.find(id);
    const auto *t = object ? std::get_if<WindTurbine>(object) : nullptr;
    return t && (keepAll || t->optimizerRole == OptimizerRole::Keep || t->optimizerRole == OptimizerRole::Fixed);
}

// Each group keeps n_j turbines (rounded half up), kept ones first, then in the group's order;
// turbines that may not be built are removed.
void applyWind(Park &park, const optimizer::OptimizerProblem &problem, const optimizer::OptimizerResult &result,
               AppliedOptimum &out)
{
    QSet<ObjectId> stay;
    const bool keepAll = park.site.optimizer.keepPlaced;
    for (std::size_t j = 0; j < problem.wind.size(); ++j) {
        const double count = std::max(0.0, result.windTurbines[j]);
        const int n = int(std::floor(count + 0.5));
        if (!sameRelative(count, double(n)) && std::abs(count - n) > 1e-6) {
            out.turbineCountsRounded = true;
            out.notes << tr("%1: %2 turbines rounded to %3")
                             .arg(QString::fromStdString(problem.wind[j].name))
                             .arg(count, 0, 'f', 3)
                             .arg(n);
        }
        std::vector<ObjectId> ids = groupTurbineIds(problem.wind[j]);
        std::stable_partition(ids.begin(), ids.end(), [&](ObjectId id) { return isKept(park, id, keepAll); });
        for (int k = 0; k < n && k < int(ids.size()); ++k)
            stay.insert(ids[k]);
    }
    for (int i = park.count() - 1; i >= 0; --i)
        if (const auto *t = std::get_if<WindTurbine>(&park.objects()[i]); t && !stay.contains(t->id)) {
            park.removeAt(i);
            out.layoutChanged = true;
        }
}

// Placed stores scaled to the optimal pooled E and P; excluded stores (and all when the optimum
// has no battery) removed; one store added when none is placed.
void applyBattery(Park &park, const optimizer::OptimizerProblem &problem, const optimizer::OptimizerResult &result,
                  const Point2 &position, AppliedOptimum &out)
{
    const bool battery = result.batteryKWh > 1e-6 && result.batteryKW > 1e-6;
    double placedKWh = 0.0, placedKW = 0.0;
    for (int i = park.count() - 1; i >= 0; --i) {
        const auto *s = std::get_if<Storage>(&park.objects()[i]);
        if (!s)
            continue;
        if (!battery || s->optimizerRole == OptimizerRole::Excluded) {
            out.notes << (battery ? tr("%1: removed (not to be built)").arg(s->name)
                                  : tr("%1: removed (no battery in the optimum)").arg(s->name));
            park.removeAt(i);
            continue;
        }
        placedKWh += s->energyKWh;
        placedKW += s->powerKW;
    }
    if (!battery)
        return;
    if (placedKWh <= 0.0) {
        Storage store;
        store.id = park.takeNextId();
        store.name = tr("Battery (optimised)");
        store.position = position;
        store.energyKWh = result.batteryKWh;
        store.powerKW = result.batteryKW;
        store.roundTripEfficiency = problem.battery.roundTripEfficiency;
        store.socMin = problem.battery.socMin;
        store.socMax = problem.battery.socMax;
        park.append(store);
        out.notes << tr("%1: added at (%2, %3) m").arg(store.name).arg(position.x(), 0, 'f', 1).arg(position.y(), 0, 'f', 1);
        return;
    }
    for (int i = 0; i < park.count(); ++i)
        if (const auto *s = std::get_if<Storage>(&park.objects()[i])) {
            Storage scaled = *s;
            scaled.energyKWh = s->energyKWh * result.batteryKWh / placedKWh;
            scaled.powerKW = s->powerKW * result.batteryKW / placedKW;
            park.replace(scaled);
        }
}

// Green power (§16.9): the annual amount, no share; with an hourly grid factor also the
// optimizer's hours, which the carbon model then uses instead of spreading the amount.
void applyGreenPower(CarbonOptions &carbon, const GridSettings &grid, const optimizer::OptimizerResult &result)
{
    carbon.greenPowerKWh = result.annual.greenPowerKWh;
    carbon.greenPowerShare = 0.0;
    carbon.greenPowerHourlyKWh.clear();
    const std::vector<double> &hourly = result.hourly.greenKWh;
    if (grid.hourlyProfilePath.isEmpty() || hourly.size() != std::size_t(kHoursPerYear))
        return;
    carbon.greenPowerHourlyKWh.reserve(hourly.size());
    for (double g : hourly)
        carbon.greenPowerHourlyKWh.push_back(std::max(0.0, g));   // solver round-off below zero
}

} // namespace

AppliedOptimum applyOptimum(const Park &park, const SimulationResult &simulated,
                            const optimizer::OptimizerProblem &problem, const optimizer::OptimizerResult &result,
                            const Point2 &newStorePosition)
{
    AppliedOptimum out;
    out.park = park;
    applyPv(out.park, simulated, problem, result, out);
    applyWind(out.park, problem, result, out);
    applyBattery(out.park, problem, result, newStorePosition, out);
    applyGreenPower(out.park.site.carbon, out.park.site.grid, result);
    return out;
}

QStringList indicatorDifferences(const AppliedOptimum &applied, const optimizer::OptimizerResult &result)
{
    QStringList why;
    if (result.batteryKWh > 1e-6) {
        why << tr("The rule dispatch starts the year with the battery at its minimum charge; the optimizer's "
                  "charge is cyclic.");
        why << tr("The rule dispatch charges from every surplus and discharges into every deficit; it does not "
                  "follow prices.");
    }
    if (applied.turbineCountsRounded)
        why << tr("Turbine counts were rounded to whole turbines.");
    if (applied.layoutChanged)
        why << tr("The new layout is simulated with its own shading and wakes; the optimizer used the profiles of "
                  "the layout it was given.");
    if (!applied.park.site.grid.hourlyProfilePath.isEmpty())
        why << tr("With an hourly grid factor, the green power keeps the optimizer's hours but counts at most each "
                  "hour's import under the rule dispatch, which does not follow the factor.");
    return why;
}

QString appliedScenarioNote(const QString &optimisedScenario, const optimizer::OptimizerResult &result,
                            const QStringList &differences)
{
    const QLocale c = QLocale::c();
    QString note = tr("The least-cost optimum for \"%1\": %2 CNY/yr, intensity %3 tCO2/tce under the optimizer's "
                      "dispatch (threshold %4), marginal abatement cost %5 CNY/tCO2.")
                       .arg(optimisedScenario, c.toString(result.objectiveCnyPerYr, 'f', 0),
                            c.toString(result.indicator.intensityTCO2PerTce, 'f', 4),
                            c.toString(result.indicator.thresholdTCO2PerTce, 'g', 6),
                            c.toString(result.duals.carbonCnyPerTCO2, 'f', 2));
    if (!differences.isEmpty())
        note += QLatin1Char('\n') + tr("The simulated indicator can differ:") + QStringLiteral("\n- ")
            + differences.join(QStringLiteral("\n- "));
    return note;
}

} // namespace pz
