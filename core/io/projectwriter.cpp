// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectwriter.h"

#include "io/economicsjson.h"
#include "io/projectfile.h"

namespace pz::io {

namespace {

QJsonValue idValue(ObjectId id)
{
    return QJsonValue(qint64(id));
}

QJsonValue optionalValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Format version 3: `building.heat`.
QJsonObject buildingHeatToJson(const heat::BuildingHeat &h)
{
    return QJsonObject{{QStringLiteral("supply"), heat::toKey(h.supply)},
                       {QStringLiteral("emitter"), heat::toKey(h.emitter)},
                       {QStringLiteral("efficiency"), optionalValue(h.efficiency)},
                       {QStringLiteral("heat_loss_W_per_m2K"), optionalValue(h.heatLossWPerM2K)},
                       {QStringLiteral("balance_temp_C"), optionalValue(h.balanceTempC)},
                       {QStringLiteral("dhw_kWh_per_m2"), optionalValue(h.dhwKWhPerM2Yr)},
                       {QStringLiteral("process_heat_kWh"), h.processHeatKWhPerYr},
                       {QStringLiteral("space_heating"), h.spaceHeating}};
}

// Format version 3: `site.heat`.
QJsonObject siteHeatToJson(const heat::SiteHeat &h)
{
    return QJsonObject{{QStringLiteral("season_start"), heat::formatSeasonDay(h.season.start)},
                       {QStringLiteral("season_end"), heat::formatSeasonDay(h.season.end)},
                       {QStringLiteral("ground_temperature"), optionalValue(h.groundTempC)},
                       {QStringLiteral("electricity_kgce_per_kWh"), h.electricityKgcePerKWh},
                       {QStringLiteral("heat_factor_tCO2_per_GJ"), h.heatFactorTCO2PerGJ},
                       {QStringLiteral("district_heat_clean_share"), h.districtHeatCleanShare},
                       {QStringLiteral("gas_counts_as_clean"), h.gasCountsAsClean}};
}

QJsonObject commonFields(const ParkObject &object)
{
    return QJsonObject{{QStringLiteral("type"), toKey(kindOf(object))},
                       {QStringLiteral("id"), idValue(idOf(object))},
                       {QStringLiteral("name"), nameOf(object)},
                       {QStringLiteral("visible"), isVisible(object)},
                       {QStringLiteral("locked"), isLocked(object)}};
}

} // namespace

QJsonArray ProjectWriter::outlineToJson(const Outline &outline)
{
    QJsonArray points;
    for (const Point2 &p : outline)
        points.append(QJsonArray{p.x(), p.y()});
    return points;
}

void ProjectWriter::addPvSystem(QJsonObject &o, const PvSystem &pv)
{
    o.insert(QStringLiteral("tilt"), pv.tiltDeg);
    o.insert(QStringLiteral("azimuth"), pv.azimuthDeg);
    o.insert(QStringLiteral("gcr"), pv.gcr);
    o.insert(QStringLiteral("row_depth"), pv.rowDepthM);
    o.insert(QStringLiteral("module_w_per_m2"), pv.moduleWPerM2);
    o.insert(QStringLiteral("losses_pct"), pv.lossesPct);
    o.insert(QStringLiteral("dc_ac_ratio"), pv.dcAcRatio);
    o.insert(QStringLiteral("inverter_eta_nom"), pv.inverterEtaNom);
    o.insert(QStringLiteral("gamma_pdc"), pv.gammaPdcPerC);
    o.insert(QStringLiteral("albedo"), pv.albedo);
    o.insert(QStringLiteral("mounting"), toKey(pv.mounting));
    o.insert(QStringLiteral("temperature_model"), toKey(pv.temperatureModel));
    o.insert(QStringLiteral("faiman_u0"), pv.faimanU0);
    o.insert(QStringLiteral("faiman_u1"), pv.faimanU1);
}

namespace {

void addWindAir(QJsonObject &o, const WindAir &a)
{
    o.insert(QStringLiteral("shear"), toKey(a.shear));
    o.insert(QStringLiteral("shear_exponent"), a.shearExponent);
    o.insert(QStringLiteral("roughness_length"), a.roughnessLengthM);
    o.insert(QStringLiteral("density_normalisation"), a.densityNormalisation);
    o.insert(QStringLiteral("availability_pct"), a.availabilityPct);
    o.insert(QStringLiteral("electrical_loss_pct"), a.electricalLossPct);
    o.insert(QStringLiteral("other_loss_pct"), a.otherLossPct);
}

QJsonObject plantToJson(const OffSitePlant &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("kind"), toKey(p.kind)},
                  {QStringLiteral("weather_file"), p.weatherFilePath},
                  {QStringLiteral("own_location"), p.ownLocation},
                  {QStringLiteral("latitude"), p.latitudeDeg},
                  {QStringLiteral("longitude"), p.longitudeDeg},
                  {QStringLiteral("elevation"), p.elevationM},
                  {QStringLiteral("kwp"), p.kwp},
                  {QStringLiteral("turbine_type"), p.turbineType},
                  {QStringLiteral("turbine_count"), p.turbineCount},
                  {QStringLiteral("hub_height"), p.hubHeightM},
                  {QStringLiteral("internal_wake_loss_pct"), p.internalWakeLossPct},
                  {QStringLiteral("own_air"), p.ownAir},
                  {QStringLiteral("line"), QJsonObject{{QStringLiteral("capacity_MW"), p.line.capacityMW},
                                                       {QStringLiteral("loss_pct"), p.line.lossPct},
                                                       {QStringLiteral("length_km"), p.line.lengthKm}}}};
    ProjectWriter::addPvSystem(o, p.pv);
    addWindAir(o, p.air);
    return o;
}

// site.wind (format version 2).
QJsonObject windToJson(const WindSettings &w)
{
    QJsonObject o{{QStringLiteral("anemometer_height"), w.anemometerHeightM},
                  {QStringLiteral("wake_decay"), w.wakeDecay},
                  {QStringLiteral("own_elevation"), w.ownElevation},
                  {QStringLiteral("elevation"), w.elevationM},
                  {QStringLiteral("embodied_kg_per_kW"), w.embodiedKgPerKW},
                  {QStringLiteral("life_years"), w.lifeYears},
                  {QStringLiteral("export_cap_applies"), w.exportCapApplies},
                  {QStringLiteral("max_export_share_pct"), w.maxExportSharePct}};
    addWindAir(o, w.air);
    QJsonArray plants;
    for (const OffSitePlant &p : w.plants)
        plants.append(plantToJson(p));
    o.insert(QStringLiteral("plants"), plants);
    return o;
}

// site.backgrounds (format version 7).
QJsonArray backgroundsToJson(const std::vector<Background> &backgrounds)
{
    QJsonArray array;
    for (const Background &g : backgrounds) {
        const PixelToPlan &t = g.pixelToPlan;
        array.append(QJsonObject{{QStringLiteral("name"), g.name},
                                 {QStringLiteral("path"), g.filePath},
                                 {QStringLiteral("width_px"), g.widthPx},
                                 {QStringLiteral("height_px"), g.heightPx},
                                 {QStringLiteral("pixel_to_plan"), QJsonArray{t.a, t.b, t.c, t.d, t.e, t.f}},
                                 {QStringLiteral("opacity"), g.opacity},
                                 {QStringLiteral("visible"), g.visible},
                                 {QStringLiteral("locked"), g.locked}});
    }
    return array;
}

} // namespace

QJsonObject ProjectWriter::siteToJson(const Site &site)
{
    const CarbonOptions &k = site.carbon;
    QJsonObject o{
        {QStringLiteral("name"), site.name},
        {QStringLiteral("latitude"), site.latitudeDeg},
        {QStringLiteral("longitude"), site.longitudeDeg},
        {QStringLiteral("elevation"), site.elevationM},
        {QStringLiteral("utc_offset"), site.utcOffsetHours},
        {QStringLiteral("north_rotation"), site.northRotationDeg},
        {QStringLiteral("boundary"), outlineToJson(site.boundary)},
        {QStringLiteral("weather"),
         QJsonObject{{QStringLiteral("kind"), toKey(site.weather.kind)},
                     {QStringLiteral("builtin_id"), site.weather.builtinId},
                     {QStringLiteral("file"), site.weather.filePath},
                     {QStringLiteral("irradiance"), toKey(site.weather.irradiance)}}},
        {QStringLiteral("grid"),
         QJsonObject{{QStringLiteral("factor_key"), site.grid.factorKey},
                     {QStringLiteral("custom_factor"), site.grid.customFactorKgPerKWh},
                     {QStringLiteral("hourly_profile"), site.grid.hourlyProfilePath},
                     {QStringLiteral("export_limit_kW"), site.grid.exportLimitKW}}},
        {QStringLiteral("carbon"),
         QJsonObject{{QStringLiteral("green_power_kWh"), k.greenPowerKWh},
                     {QStringLiteral("green_power_share"), k.greenPowerShare},
                     {QStringLiteral("export_credit"), k.exportCredit},
                     {QStringLiteral("headline"), toKey(k.headline)},
                     {QStringLiteral("sink_t_per_ha_yr"), k.sinkTPerHaYr},
                     {QStringLiteral("kgce_per_kWh"), k.kgcePerKWh},
                     {QStringLiteral("threshold_tCO2_per_tce"), k.thresholdTCO2PerTce},
                     {QStringLiteral("dispatch"), toKey(k.dispatch)},
                     {QStringLiteral("pv_embodied_kg_per_kWp"), k.pvEmbodiedKgPerKWp},
                     {QStringLiteral("pv_life_years"), k.pvLifeYears},
                     {QStringLiteral("storage_embodied_kg_per_kWh_lfp"), k.storageEmbodiedKgPerKWhLfp},
                     {QStringLiteral("storage_embodied_kg_per_kWh_nmc"), k.storageEmbodiedKgPerKWhNmc},
                     {QStringLiteral("storage_life_years"), k.storageLifeYears},
                     {QStringLiteral("building_embodied_kg_per_m2_steel"), k.buildingEmbodiedKgPerM2Steel},
                     {QStringLiteral("building_embodied_kg_per_m2_concrete"), k.buildingEmbodiedKgPerM2Concrete},
                     {QStringLiteral("building_life_years"), k.buildingLifeYears}}},
        {QStringLiteral("heat"), siteHeatToJson(site.heat)},
        {QStringLiteral("economics"), EconomicsJson::toJson(site.economics)},
    };
    // Format 8; only when there is one.
    if (!k.greenPowerHourlyKWh.empty()) {
        QJsonObject carbon = o.value(QStringLiteral("carbon")).toObject();
        QJsonArray hourly;
        for (double g : k.greenPowerHourlyKWh)
            hourly.append(g);
        carbon.insert(QStringLiteral("green_power_hourly_kWh"), hourly);
        o.insert(QStringLiteral("carbon"), carbon);
    }
    // Written only when it differs from the defaults, which reproduce format 1's behaviour.
    if (!(site.wind == WindSettings{}))
        o.insert(QStringLiteral("wind"), windToJson(site.wind));
    // Format 6; only when it differs from the defaults (no optimizer settings before).
    if (const OptimizerSettings &t = site.optimizer; !(t == OptimizerSettings{}))
        o.insert(QStringLiteral("optimizer"), QJsonObject{{QStringLiteral("keep_placed"), t.keepPlaced},
                                                          {QStringLiteral("whole_turbines"), t.wholeTurbines},
                                                          {QStringLiteral("exact"), t.exact},
                                                          {QStringLiteral("clean_share_min_pct"), t.cleanShareMinPct},
                                                          {QStringLiteral("green_max_kWh"), t.greenMaxKWh},
                                                          {QStringLiteral("battery_max_kWh"), t.batteryMaxKWh},
                                                          {QStringLiteral("battery_max_kW"), t.batteryMaxKW}});
    // Format 7; only when there is one, so that a park without pictures saves as before.
    if (!site.backgrounds.empty())
        o.insert(QStringLiteral("backgrounds"), backgroundsToJson(site.backgrounds));
    return o;
}

namespace {

// An object's optimizer role and maximum (format 6), only when not the defaults.
void addOptimizer(QJsonObject &o, OptimizerRole role, double maxKWp = -1.0)
{
    if (role == OptimizerRole::Candidate && maxKWp < 0.0)
        return;
    QJsonObject optimizer{{QStringLiteral("role"), toKey(role)}};
    if (maxKWp >= 0.0)
        optimizer.insert(QStringLiteral("max_kWp"), maxKWp);
    o.insert(QStringLiteral("optimizer"), optimizer);
}

} // namespace

QJsonObject ProjectWriter::objectToJson(const ParkObject &object)
{
    QJsonObject o = commonFields(object);
    if (const auto *b = std::get_if<Building>(&object)) {
        o.insert(QStringLiteral("footprint"), outlineToJson(b->footprint));
        o.insert(QStringLiteral("height"), b->heightM);
        o.insert(QStringLiteral("floors"), b->floors);
        o.insert(QStringLiteral("use_type"), toKey(b->useType));
        o.insert(QStringLiteral("structure"), toKey(b->structure));
        o.insert(QStringLiteral("annual_load_kWh"), b->annualLoadKWhOverride);
        o.insert(QStringLiteral("load_profile"), b->loadProfilePath);
        QJsonObject rooftop{{QStringLiteral("enabled"), b->rooftop.enabled},
                            {QStringLiteral("usable_fraction"), b->rooftop.usableFraction},
                            {QStringLiteral("setback"), b->rooftop.setbackM}};
        addPvSystem(rooftop, b->rooftop.pv);
        addOptimizer(rooftop, b->rooftop.optimizerRole, b->rooftop.optimizerMaxKWp);
        o.insert(QStringLiteral("rooftop"), rooftop);
        const ProcessLoads &p = b->process;
        o.insert(QStringLiteral("process"),
                 QJsonObject{{QStringLiteral("electrolyser_MW"), p.electrolyserMW},
                             {QStringLiteral("electrolyser_kWh_per_kg"), p.electrolyserKWhPerKg},
                             {QStringLiteral("electrolyser_mode"), toKey(p.electrolyserMode)},
                             {QStringLiteral("ev_daily_kWh"), p.evDailyKWh},
                             {QStringLiteral("ev_window_start"), p.evWindowStartHour},
                             {QStringLiteral("ev_window_end"), p.evWindowEndHour}});
        o.insert(QStringLiteral("heat"), buildingHeatToJson(b->heat));
    } else if (const auto *a = std::get_if<PvArray>(&object)) {
        o.insert(QStringLiteral("polygon"), outlineToJson(a->outline));
        addPvSystem(o, a->pv);
        o.insert(QStringLiteral("kwp"), a->kwpOverride);
        addOptimizer(o, a->optimizerRole, a->optimizerMaxKWp);
    } else if (const auto *s = std::get_if<Storage>(&object)) {
        o.insert(QStringLiteral("position"),
                 QJsonObject{{QStringLiteral("x"), s->position.x()}, {QStringLiteral("y"), s->position.y()}});
        o.insert(QStringLiteral("length"), s->lengthM);
        o.insert(QStringLiteral("width"), s->widthM);
        o.insert(QStringLiteral("rotation"), s->rotationDeg);
        o.insert(QStringLiteral("height"), s->heightM);
        o.insert(QStringLiteral("energy_kWh"), s->energyKWh);
        o.insert(QStringLiteral("power_kW"), s->powerKW);
        o.insert(QStringLiteral("round_trip_efficiency"), s->roundTripEfficiency);
        o.insert(QStringLiteral("soc_min"), s->socMin);
        o.insert(QStringLiteral("soc_max"), s->socMax);
        o.insert(QStringLiteral("chemistry"), toKey(s->chemistry));
        addOptimizer(o, s->optimizerRole);
    } else if (const auto *g = std::get_if<GreenSpace>(&object)) {
        o.insert(QStringLiteral("polygon"), outlineToJson(g->outline));
        o.insert(QStringLiteral("sink_t_per_ha_yr"), g->sinkTPerHaYrOverride);
    } else if (const auto *t = std::get_if<WindTurbine>(&object)) {
        o.insert(QStringLiteral("position"),
                 QJsonObject{{QStringLiteral("x"), t->position.x()}, {QStringLiteral("y"), t->position.y()}});
        o.insert(QStringLiteral("turbine_type"), t->turbineType);
        o.insert(QStringLiteral("hub_height"), t->hubHeightM);
        o.insert(QStringLiteral("tower_base_diameter"), t->towerBaseDiameterM);
        o.insert(QStringLiteral("group"), t->group);
        addOptimizer(o, t->optimizerRole);
    }
    return o;
}

QJsonObject ProjectWriter::toJson(const Park &park)
{
    return toJson(Project(park));
}

QJsonObject ProjectWriter::toJson(const Project &project)
{
    QJsonArray scenarios;
    for (const Scenario &scenario : project.scenarios())
        scenarios.append(scenarioToJson(scenario));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("parkzero")},
                       {QStringLiteral("format_version"), kFormatVersion},
                       {QStringLiteral("active_scenario"), project.active().id},
                       {QStringLiteral("scenarios"), scenarios}};
}

QJsonObject ProjectWriter::scenarioToJson(const Scenario &scenario)
{
    QJsonArray objects;
    for (const ParkObject &object : scenario.park.objects())
        objects.append(objectToJson(object));
    return QJsonObject{{QStringLiteral("id"), scenario.id},
                       {QStringLiteral("name"), scenario.name},
                       {QStringLiteral("note"), scenario.note},
                       {QStringLiteral("next_id"), idValue(scenario.park.nextId())},
                       {QStringLiteral("site"), siteToJson(scenario.park.site)},
                       {QStringLiteral("objects"), objects}};
}

} // namespace pz::io
