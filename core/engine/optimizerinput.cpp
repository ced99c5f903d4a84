// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/optimizerinput.h"

#include "energy/dispatch.h"
#include "geometry/geometry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace pz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

// The texts are in free functions, so that lupdate files them under "pz", the context tr() uses.
QString electrolyserFrozenNote(const QString &name)
{
    return tr("%1: the electrolyser follows the PV surplus; the optimizer keeps it at its profile for the park as "
              "it stands")
        .arg(name);
}

QString noAreaNote(const QString &name)
{
    return tr("%1: no PV area (the setback leaves nothing), not a candidate").arg(name);
}

QString noProfileNote(const QString &name)
{
    return tr("%1: its kWp is 0 and no profile at its area-derived kWp was computed; its profile is 0").arg(name);
}

const PvObjectResult *pvResultOf(const SimulationResult &result, ObjectId id)
{
    for (const PvObjectResult &object : result.objects)
        if (object.id == id)
            return &object;
    return nullptr;
}

// p(t) = AC kWh in hour t / kWp.
std::vector<double> profileOf(const PvObjectResult &object)
{
    std::vector<double> profile(optimizer::kHoursPerYear, 0.0);
    if (object.kwp <= 0.0)
        return profile;
    const int n = std::min<int>(optimizer::kHoursPerYear, int(object.hourlyAcW.size()));
    for (int t = 0; t < n; ++t)
        profile[t] = double(object.hourlyAcW[t]) / 1000.0 / object.kwp;
    return profile;
}

optimizer::PvCandidate pvCandidate(const Site &site, ObjectId id, const QString &name, optimizer::PvKind kind,
                                   const PvSystem &pv)
{
    const economics::CostSettings &costs = site.economics.costs;
    optimizer::PvCandidate c;
    c.id = std::to_string(id);
    c.name = name.toStdString();
    c.kind = kind;
    c.capexCnyPerKWp = kind == optimizer::PvKind::Rooftop ? costs.pvRooftopCapexCNYPerKWp : costs.pvGroundCapexCNYPerKWp;
    c.omCnyPerKWpYr = costs.pvOmCNYPerKWpYr;
    c.lifeYears = costs.pvLifeYears;
    c.dcAcRatio = pv.dcAcRatio;
    c.inverterReplacementCnyPerKWac = costs.inverterReplacementCNYPerKWac;
    c.inverterLifeYears = costs.inverterLifeYears;
    c.embodiedKgPerKWp = site.carbon.pvEmbodiedKgPerKWp;
    c.embodiedLifeYears = site.carbon.pvLifeYears;
    return c;
}

std::vector<double> sizedSeries(const std::vector<double> &series)
{
    std::vector<double> out(series);
    out.resize(optimizer::kHoursPerYear, 0.0);
    return out;
}

} // namespace

double areaDerivedKwp(const PvArray &field)
{
    PvArray derived = field;
    derived.kwpOverride = -1.0;
    return derived.kwp();
}

bool needsZeroKwpProfiles(const Park &park)
{
    for (const ParkObject &object : park.objects())
        if (const auto *field = std::get_if<PvArray>(&object))
            if (field->kwp() <= 0.0 && areaDerivedKwp(*field) > 0.0)
                return true;
    return false;
}

Park withAreaDerivedKwp(const Park &park)
{
    Park copy = park;
    for (const ParkObject &object : park.objects())
        if (const auto *field = std::get_if<PvArray>(&object))
            if (field->kwp() <= 0.0 && areaDerivedKwp(*field) > 0.0) {
                PvArray derived = *field;
                derived.kwpOverride = -1.0;
                copy.replace(derived);
            }
    return copy;
}

optimizer::OptimizerProblem problemFromPark(const Park &park, const SimulationResult &result,
                                            const ParkProblemOptions &options, const SimulationResult *zeroKwpProfiles,
                                            QStringList *notes)
{
    const Site &site = park.site;
    const economics::EconomicsSettings &econ = site.economics;
    optimizer::OptimizerProblem p;
    p.name = site.name.toStdString();
    p.economics.discountRate = econ.discountRate;
    p.economics.analysisYears = econ.analysisYears;
    auto note = [&](const QString &text) {
        if (notes)
            notes->append(text);
    };

    // Hourly series (§16.1).
    const HourlyBalance &h = result.hourly;
    p.hourly.loadKWh = sizedSeries(h.consumptionKWh);
    p.hourly.importPriceCnyPerKWh = sizedSeries(h.tariffPriceCNYPerKWh);
    p.hourly.exportPriceCnyPerKWh.assign(optimizer::kHoursPerYear, econ.tariff.exportPriceCNYPerKWh);
    p.hourly.gridFactorKgPerKWh = sizedSeries(h.gridFactorKgPerKWh);
    if (!result.offsite.empty()) {
        p.hourly.fixedGenerationKWh.assign(optimizer::kHoursPerYear, 0.0);
        for (const OffSitePlantResult &plant : result.offsite) {
            const int n = std::min<int>(optimizer::kHoursPerYear, int(plant.hourlyDeliveredKW.size()));
            for (int t = 0; t < n; ++t)
                p.hourly.fixedGenerationKWh[t] += plant.hourlyDeliveredKW[t];
        }
    }

    // PV candidates, in park order; wind groups in the order of their first turbine.
    struct Group {
        std::vector<const WindTurbineResult *> turbines;
    };
    std::vector<QString> groupOrder;
    std::map<QString, Group> groups;
    for (const WindTurbineResult &turbine : result.turbines) {
        if (!groups.count(turbine.group))
            groupOrder.push_back(turbine.group);
        groups[turbine.group].turbines.push_back(&turbine);
    }
    std::vector<energy::BatteryParams> stores;
    double storeKWh = 0.0, storeEmbodiedKg = 0.0;
    for (const ParkObject &object : park.objects()) {
        if (const auto *field = std::get_if<PvArray>(&object)) {
            optimizer::PvCandidate c = pvCandidate(site, field->id, field->name, optimizer::PvKind::Ground, field->pv);
            c.maxKWp = areaDerivedKwp(*field);
            const PvObjectResult *own = pvResultOf(result, field->id);
            if (own && own->kwp > 0.0) {
                c.profileKWhPerKWp = profileOf(*own);
            } else {
                const PvObjectResult *derived = zeroKwpProfiles ? pvResultOf(*zeroKwpProfiles, field->id) : nullptr;
                if (derived && derived->kwp > 0.0) {
                    c.profileKWhPerKWp = profileOf(*derived);
                } else {
                    c.profileKWhPerKWp.assign(optimizer::kHoursPerYear, 0.0);
                    if (c.maxKWp > 0.0)
                        note(noProfileNote(field->name));
                }
            }
            if (options.keepPlaced)
                c.minKWp = field->kwp();
            p.pv.push_back(std::move(c));
        } else if (const auto *b = std::get_if<Building>(&object)) {
            if (b->process.electrolyserMW > 0.0 && b->process.electrolyserMode == ElectrolyserMode::FollowPvSurplus)
                note(electrolyserFrozenNote(b->name));
            if (!b->rooftop.enabled || b->rooftop.usableFraction <= 0.0)
                continue;
            const PvObjectResult *own = pvResultOf(result, b->id);
            if (!own || own->kwp <= 0.0) {
                note(noAreaNote(b->name));
                continue;
            }
            // A roof's kWp is always the area-derived one (no override exists for roofs).
            optimizer::PvCandidate c = pvCandidate(site, b->id, b->name, optimizer::PvKind::Rooftop, b->rooftop.pv);
            c.maxKWp = own->kwp;
            c.profileKWhPerKWp = profileOf(*own);
            if (options.keepPlaced)
                c.minKWp = own->kwp;
            p.pv.push_back(std::move(c));
        } else if (const auto *s = std::get_if<Storage>(&object)) {
            stores.push_back({s->energyKWh, s->powerKW, s->roundTripEfficiency, s->socMin, s->socMax});
            storeKWh += s->energyKWh;
            storeEmbodiedKg += s->energyKWh * (s->chemistry == Chemistry::Nmc ? site.carbon.storageEmbodiedKgPerKWhNmc
                                                                              : site.carbon.storageEmbodiedKgPerKWhLfp);
        }
    }

    // Wind groups (§16.1): w_j(t) = the group's net output per turbine with every placed turbine
    // built (the farm as placed); the id is that of the group's first turbine.
    const economics::CostSettings &costs = econ.costs;
    for (const QString &name : groupOrder) {
        const Group &g = groups[name];
        const WindTurbineResult &first = *g.turbines.front();
        optimizer::WindCandidate c;
        c.id = std::to_string(first.id);
        c.name = name.toStdString();
        c.ratedKW = first.ratedKW;
        c.maxCount = double(g.turbines.size());
        c.minCount = options.keepPlaced ? c.maxCount : 0.0;
        c.capexCnyPerKW = costs.windCapexCNYPerKW;
        c.omCnyPerKWYr = costs.windOmCNYPerKWYr;
        c.lifeYears = costs.windLifeYears;
        c.embodiedKgPerKW = site.wind.embodiedKgPerKW;
        c.embodiedLifeYears = site.wind.lifeYears;
        c.profileKWhPerTurbine.assign(optimizer::kHoursPerYear, 0.0);
        QJsonArray ids;
        for (const WindTurbineResult *turbine : g.turbines) {
            ids.append(double(turbine->id));
            const int n = std::min<int>(optimizer::kHoursPerYear, int(turbine->hourlyNetKW.size()));
            for (int t = 0; t < n; ++t)
                c.profileKWhPerTurbine[t] += turbine->hourlyNetKW[t];
        }
        for (double &v : c.profileKWhPerTurbine)
            v /= c.maxCount;
        const QJsonObject info{{QStringLiteral("group"), name},
                               {QStringLiteral("turbine_type"), first.turbineType},
                               {QStringLiteral("hub_height_m"), first.hubHeightM},
                               {QStringLiteral("rotor_diameter_m"), first.rotorDiameterM},
                               {QStringLiteral("turbine_ids"), ids}};
        c.info = QJsonDocument(info).toJson(QJsonDocument::Compact).toStdString();
        p.wind.push_back(std::move(c));
    }

    // The pooled battery (§16.1, §16.3): E^max = 10 × mean daily consumption, P^max = E^max / 1 h.
    double annualKWh = 0.0;
    for (double v : p.hourly.loadKWh)
        annualKWh += v;
    optimizer::BatteryCandidate &bat = p.battery;
    bat.maxKWh = options.batteryMaxKWh ? *options.batteryMaxKWh : 10.0 * annualKWh / 365.0;
    bat.maxKW = options.batteryMaxKW ? *options.batteryMaxKW : bat.maxKWh;
    const bool userBounds = options.batteryMaxKWh || options.batteryMaxKW;
    if (!stores.empty()) {
        const energy::BatteryParams pooled = energy::poolBatteries(stores);
        bat.roundTripEfficiency = pooled.roundTripEfficiency;
        bat.socMin = pooled.socMin;
        bat.socMax = pooled.socMax;
        if (options.keepPlaced) {
            bat.minKWh = pooled.capacityKWh;
            bat.minKW = pooled.powerKW;
            if (!userBounds) {   // the default maxima never refuse the placed battery
                bat.maxKWh = std::max(bat.maxKWh, bat.minKWh);
                bat.maxKW = std::max(bat.maxKW, bat.minKW);
            }
        }
    }
    bat.capexCnyPerKWh = costs.storageCapexCNYPerKWh;
    bat.capexCnyPerKW = costs.storageCapexCNYPerKW;
    bat.omCnyPerKWhYr = costs.storageOmCNYPerKWhYr;
    bat.omCnyPerKWYr = 0.0;
    bat.lifeYears = costs.storageLifeYears;
    bat.replacementFactor = costs.storageReplacementFactor;
    bat.embodiedKgPerKWh = storeKWh > 0.0 ? storeEmbodiedKg / storeKWh : site.carbon.storageEmbodiedKgPerKWhLfp;
    bat.embodiedLifeYears = site.carbon.storageLifeYears;

    // Grid.
    if (site.grid.exportLimitKW >= 0.0)
        p.grid.exportLimitKW = site.grid.exportLimitKW;
    p.grid.greenPremiumCnyPerKWh = econ.tariff.greenPremiumCNYPerKWh;
    p.grid.demandChargeCnyPerKWMonth = econ.tariff.demandChargeCNYPerKWMonth;

    // Carbon (§16.6): fuels and purchased heat are constants; the embodied carbon of what is not
    // sized (buildings, off-site plants) is C_emb,fixed.
    optimizer::CarbonSettings &carbon = p.carbon;
    carbon.thresholdTCO2PerTce = site.carbon.thresholdTCO2PerTce;
    carbon.kgcePerKWh = site.heat.electricityKgcePerKWh;
    if (result.heat.present) {
        const HeatSummary &heat = result.heat;
        carbon.otherEmissionsTCO2 = heat.naturalGas.tCO2 + heat.rawCoal.tCO2 + heat.purchasedHeat.tCO2;
        carbon.otherEnergyTce = heat.naturalGas.tce + heat.rawCoal.tce + heat.purchasedHeat.tce;
        carbon.otherCleanTce = heat.purchasedHeat.tce * site.heat.districtHeatCleanShare
                               + (site.heat.gasCountsAsClean ? heat.naturalGas.tce : 0.0);
    }
    carbon.includeEmbodied = site.carbon.headline == HeadlineEmissions::WithEmbodied;
    double fixedT = result.park.emissions.embodiedBuildingsT;
    const std::vector<OffSitePlant> &plants = site.wind.plants;
    for (std::size_t i = 0; i < plants.size() && i < result.offsite.size(); ++i) {
        if (plants[i].kind == PlantKind::Wind) {
            if (site.wind.lifeYears > 0.0)
                fixedT += result.offsite[i].capacityKW * site.wind.embodiedKgPerKW / site.wind.lifeYears / 1000.0;
        } else if (site.carbon.pvLifeYears > 0.0) {
            fixedT += plants[i].kwp * site.carbon.pvEmbodiedKgPerKWp / site.carbon.pvLifeYears / 1000.0;
        }
    }
    carbon.embodiedFixedTCO2 = fixedT;
    return p;
}

} // namespace pz
