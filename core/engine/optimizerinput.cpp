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

namespace {

// The bounds of a placed size under a role (§16.8): candidate 0 … max (placed … max when every
// object is kept), keep placed … max, fixed placed … placed, excluded 0 … 0.
std::pair<double, double> boundsOf(OptimizerRole role, bool keepAll, double placed, double max)
{
    switch (role) {
    case OptimizerRole::Excluded:
        return {0.0, 0.0};
    case OptimizerRole::Fixed:
        return {placed, placed};
    case OptimizerRole::Keep:
        return {placed, max};
    case OptimizerRole::Candidate:
        break;
    }
    return {keepAll ? placed : 0.0, max};
}

// The user's maximum (< 0: none) never raises the area's.
double cappedMax(double areaKWp, double userMaxKWp)
{
    return userMaxKWp >= 0.0 ? std::min(areaKWp, userMaxKWp) : areaKWp;
}

void fillHourly(optimizer::OptimizerProblem &p, const Site &site, const SimulationResult &result)
{
    const HourlyBalance &h = result.hourly;
    p.hourly.loadKWh = sizedSeries(h.consumptionKWh);
    p.hourly.importPriceCnyPerKWh = sizedSeries(h.tariffPriceCNYPerKWh);
    p.hourly.exportPriceCnyPerKWh.assign(optimizer::kHoursPerYear, site.economics.tariff.exportPriceCNYPerKWh);
    p.hourly.gridFactorKgPerKWh = sizedSeries(h.gridFactorKgPerKWh);
    if (result.offsite.empty())
        return;
    p.hourly.fixedGenerationKWh.assign(optimizer::kHoursPerYear, 0.0);
    for (const OffSitePlantResult &plant : result.offsite) {
        const int n = std::min<int>(optimizer::kHoursPerYear, int(plant.hourlyDeliveredKW.size()));
        for (int t = 0; t < n; ++t)
            p.hourly.fixedGenerationKWh[t] += plant.hourlyDeliveredKW[t];
    }
}

// A ground field as a candidate (§16.1): X^max from its area, its profile from the run (or from
// the run at the area-derived kWp when its own kWp is 0).
optimizer::PvCandidate fieldCandidate(const Site &site, const PvArray &field, const SimulationResult &result,
                                      const SimulationResult *zeroKwpProfiles, bool keepAll, QStringList &notes)
{
    optimizer::PvCandidate c = pvCandidate(site, field.id, field.name, optimizer::PvKind::Ground, field.pv);
    const double max = cappedMax(areaDerivedKwp(field), field.optimizerMaxKWp);
    std::tie(c.minKWp, c.maxKWp) = boundsOf(field.optimizerRole, keepAll, field.kwp(), max);
    const PvObjectResult *own = pvResultOf(result, field.id);
    const PvObjectResult *derived = zeroKwpProfiles ? pvResultOf(*zeroKwpProfiles, field.id) : nullptr;
    if (own && own->kwp > 0.0) {
        c.profileKWhPerKWp = profileOf(*own);
    } else if (derived && derived->kwp > 0.0) {
        c.profileKWhPerKWp = profileOf(*derived);
    } else {
        c.profileKWhPerKWp.assign(optimizer::kHoursPerYear, 0.0);
        if (c.maxKWp > 0.0)
            notes.append(noProfileNote(field.name));
    }
    return c;
}

// A roof as a candidate; none when it has no PV area. Its kWp is always the area-derived one.
std::optional<optimizer::PvCandidate> roofCandidate(const Site &site, const Building &b, const SimulationResult &result,
                                                    bool keepAll, QStringList &notes)
{
    if (!b.rooftop.enabled || b.rooftop.usableFraction <= 0.0)
        return std::nullopt;
    const PvObjectResult *own = pvResultOf(result, b.id);
    if (!own || own->kwp <= 0.0) {
        notes.append(noAreaNote(b.name));
        return std::nullopt;
    }
    optimizer::PvCandidate c = pvCandidate(site, b.id, b.name, optimizer::PvKind::Rooftop, b.rooftop.pv);
    const double max = cappedMax(own->kwp, b.rooftop.optimizerMaxKWp);
    std::tie(c.minKWp, c.maxKWp) = boundsOf(b.rooftop.optimizerRole, keepAll, own->kwp, max);
    c.profileKWhPerKWp = profileOf(*own);
    return c;
}

void fillPv(optimizer::OptimizerProblem &p, const Park &park, const SimulationResult &result,
            const SimulationResult *zeroKwpProfiles, bool keepAll, QStringList &notes)
{
    for (const ParkObject &object : park.objects()) {
        if (const auto *field = std::get_if<PvArray>(&object)) {
            p.pv.push_back(fieldCandidate(park.site, *field, result, zeroKwpProfiles, keepAll, notes));
        } else if (const auto *b = std::get_if<Building>(&object)) {
            if (b->process.electrolyserMW > 0.0 && b->process.electrolyserMode == ElectrolyserMode::FollowPvSurplus)
                notes.append(electrolyserFrozenNote(b->name));
            if (auto c = roofCandidate(park.site, *b, result, keepAll, notes))
                p.pv.push_back(std::move(*c));
        }
    }
}

OptimizerRole roleOf(const Park &park, ObjectId id)
{
    const ParkObject *object = park.find(id);
    const auto *turbine = object ? std::get_if<WindTurbine>(object) : nullptr;
    return turbine ? turbine->optimizerRole : OptimizerRole::Candidate;
}

// One wind group (§16.1): w_j(t) = the net output per turbine of its turbines that may be built,
// with the wakes of every placed turbine; kept and fixed turbines are its minimum count.
optimizer::WindCandidate windCandidate(const Park &park, const QString &name,
                                       const std::vector<const WindTurbineResult *> &turbines, bool keepAll)
{
    const Site &site = park.site;
    const economics::CostSettings &costs = site.economics.costs;
    const WindTurbineResult &first = *turbines.front();
    optimizer::WindCandidate c;
    c.id = std::to_string(first.id);
    c.name = name.toStdString();
    c.ratedKW = first.ratedKW;
    c.capexCnyPerKW = costs.windCapexCNYPerKW;
    c.omCnyPerKWYr = costs.windOmCNYPerKWYr;
    c.lifeYears = costs.windLifeYears;
    c.embodiedKgPerKW = site.wind.embodiedKgPerKW;
    c.embodiedLifeYears = site.wind.lifeYears;
    c.profileKWhPerTurbine.assign(optimizer::kHoursPerYear, 0.0);
    QJsonArray ids;
    for (const WindTurbineResult *turbine : turbines) {
        const OptimizerRole role = roleOf(park, turbine->id);
        if (role == OptimizerRole::Excluded)
            continue;
        ids.append(double(turbine->id));
        c.maxCount += 1.0;
        if (role != OptimizerRole::Candidate || keepAll)
            c.minCount += 1.0;
        const int n = std::min<int>(optimizer::kHoursPerYear, int(turbine->hourlyNetKW.size()));
        for (int t = 0; t < n; ++t)
            c.profileKWhPerTurbine[t] += turbine->hourlyNetKW[t];
    }
    if (c.maxCount > 0.0)
        for (double &v : c.profileKWhPerTurbine)
            v /= c.maxCount;
    const QJsonObject info{{QStringLiteral("group"), name},
                           {QStringLiteral("turbine_type"), first.turbineType},
                           {QStringLiteral("hub_height_m"), first.hubHeightM},
                           {QStringLiteral("rotor_diameter_m"), first.rotorDiameterM},
                           {QStringLiteral("turbine_ids"), ids}};
    c.info = QJsonDocument(info).toJson(QJsonDocument::Compact).toStdString();
    return c;
}

// Wind groups in the order of their first turbine; a group whose turbines are all excluded is
// no candidate.
void fillWind(optimizer::OptimizerProblem &p, const Park &park, const SimulationResult &result, bool keepAll)
{
    std::vector<QString> order;
    std::map<QString, std::vector<const WindTurbineResult *>> groups;
    for (const WindTurbineResult &turbine : result.turbines) {
        if (!groups.count(turbine.group))
            order.push_back(turbine.group);
        groups[turbine.group].push_back(&turbine);
    }
    for (const QString &name : order) {
        optimizer::WindCandidate c = windCandidate(park, name, groups[name], keepAll);
        if (c.maxCount > 0.0)
            p.wind.push_back(std::move(c));
    }
}

// The pooled battery (§16.1, §16.3): E^max = 10 × mean daily consumption, P^max = E^max / 1 h,
// unless the user bounds them; kept and fixed stores are its minimum (and maximum when every
// store is fixed); excluded stores are left out.
void fillBattery(optimizer::OptimizerProblem &p, const Park &park, const ParkProblemOptions &options)
{
    const Site &site = park.site;
    std::vector<energy::BatteryParams> pool, kept;
    double storeKWh = 0.0, storeEmbodiedKg = 0.0;
    bool allFixed = true;
    for (const ParkObject &object : park.objects()) {
        const auto *s = std::get_if<Storage>(&object);
        if (!s || s->optimizerRole == OptimizerRole::Excluded)
            continue;
        const energy::BatteryParams params{s->energyKWh, s->powerKW, s->roundTripEfficiency, s->socMin, s->socMax};
        pool.push_back(params);
        if (options.keepPlaced || s->optimizerRole != OptimizerRole::Candidate)
            kept.push_back(params);
        allFixed = allFixed && s->optimizerRole == OptimizerRole::Fixed;
        storeKWh += s->energyKWh;
        storeEmbodiedKg += s->energyKWh * (s->chemistry == Chemistry::Nmc ? site.carbon.storageEmbodiedKgPerKWhNmc
                                                                          : site.carbon.storageEmbodiedKgPerKWhLfp);
    }
    double annualKWh = 0.0;
    for (double v : p.hourly.loadKWh)
        annualKWh += v;
    optimizer::BatteryCandidate &bat = p.battery;
    bat.maxKWh = options.batteryMaxKWh ? *options.batteryMaxKWh : defaultBatteryMaxKWh(annualKWh);
    bat.maxKW = options.batteryMaxKW ? *options.batteryMaxKW : bat.maxKWh;
    const bool userBounds = options.batteryMaxKWh || options.batteryMaxKW;
    if (!pool.empty()) {
        const energy::BatteryParams pooled = energy::poolBatteries(pool);
        bat.roundTripEfficiency = pooled.roundTripEfficiency;
        bat.socMin = pooled.socMin;
        bat.socMax = pooled.socMax;
    }
    if (!kept.empty()) {
        for (const energy::BatteryParams &k : kept) {
            bat.minKWh += k.capacityKWh;
            bat.minKW += k.powerKW;
        }
        if (allFixed) {
            bat.maxKWh = bat.minKWh;
            bat.maxKW = bat.minKW;
        } else if (!userBounds) {   // the default maxima never refuse the kept battery
            bat.maxKWh = std::max(bat.maxKWh, bat.minKWh);
            bat.maxKW = std::max(bat.maxKW, bat.minKW);
        }
    }
    const economics::CostSettings &costs = site.economics.costs;
    bat.capexCnyPerKWh = costs.storageCapexCNYPerKWh;
    bat.capexCnyPerKW = costs.storageCapexCNYPerKW;
    bat.omCnyPerKWhYr = costs.storageOmCNYPerKWhYr;
    bat.omCnyPerKWYr = 0.0;
    bat.lifeYears = costs.storageLifeYears;
    bat.replacementFactor = costs.storageReplacementFactor;
    bat.embodiedKgPerKWh = storeKWh > 0.0 ? storeEmbodiedKg / storeKWh : site.carbon.storageEmbodiedKgPerKWhLfp;
    bat.embodiedLifeYears = site.carbon.storageLifeYears;
}

// Carbon (§16.6): fuels and purchased heat are constants; the embodied carbon of what is not
// sized (buildings, off-site plants) is C_emb,fixed.
void fillCarbon(optimizer::CarbonSettings &carbon, const Site &site, const SimulationResult &result)
{
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
    if (site.optimizer.cleanShareMinPct >= 0.0)
        carbon.cleanShareMin = site.optimizer.cleanShareMinPct / 100.0;
}

} // namespace

double defaultBatteryMaxKWh(double annualConsumptionKWh)
{
    return 10.0 * annualConsumptionKWh / 365.0;
}

ParkProblemOptions problemOptionsOf(const Site &site)
{
    ParkProblemOptions o;
    o.keepPlaced = site.optimizer.keepPlaced;
    if (site.optimizer.batteryMaxKWh >= 0.0)
        o.batteryMaxKWh = site.optimizer.batteryMaxKWh;
    if (site.optimizer.batteryMaxKW >= 0.0)
        o.batteryMaxKW = site.optimizer.batteryMaxKW;
    return o;
}

optimizer::OptimizerProblem problemFromPark(const Park &park, const SimulationResult &result,
                                            const ParkProblemOptions &options, const SimulationResult *zeroKwpProfiles,
                                            QStringList *notes)
{
    const Site &site = park.site;
    optimizer::OptimizerProblem p;
    p.name = site.name.toStdString();
    p.economics.discountRate = site.economics.discountRate;
    p.economics.analysisYears = site.economics.analysisYears;
    QStringList remarks;
    fillHourly(p, site, result);
    fillPv(p, park, result, zeroKwpProfiles, options.keepPlaced, remarks);
    fillWind(p, park, result, options.keepPlaced);
    fillBattery(p, park, options);
    if (site.grid.exportLimitKW >= 0.0)
        p.grid.exportLimitKW = site.grid.exportLimitKW;
    p.grid.greenPremiumCnyPerKWh = site.economics.tariff.greenPremiumCNYPerKWh;
    p.grid.demandChargeCnyPerKWMonth = site.economics.tariff.demandChargeCNYPerKWMonth;
    if (site.optimizer.greenMaxKWh >= 0.0)
        p.grid.greenMaxKWh = site.optimizer.greenMaxKWh;
    fillCarbon(p.carbon, site, result);
    p.options.integerTurbines = site.optimizer.wholeTurbines;
    if (notes)
        notes->append(remarks);
    return p;
}

} // namespace pz
