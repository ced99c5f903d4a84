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

QJsonObject ProjectWriter::siteToJson(const Site &site)
{
    const CarbonOptions &k = site.carbon;
    return QJsonObject{
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
        {QStringLiteral("economics"), EconomicsJson::toJson(site.economics)},
    };
}

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
        o.insert(QStringLiteral("rooftop"), rooftop);
        const ProcessLoads &p = b->process;
        o.insert(QStringLiteral("process"),
                 QJsonObject{{QStringLiteral("electrolyser_MW"), p.electrolyserMW},
                             {QStringLiteral("electrolyser_kWh_per_kg"), p.electrolyserKWhPerKg},
                             {QStringLiteral("electrolyser_mode"), toKey(p.electrolyserMode)},
                             {QStringLiteral("ev_daily_kWh"), p.evDailyKWh},
                             {QStringLiteral("ev_window_start"), p.evWindowStartHour},
                             {QStringLiteral("ev_window_end"), p.evWindowEndHour}});
    } else if (const auto *a = std::get_if<PvArray>(&object)) {
        o.insert(QStringLiteral("polygon"), outlineToJson(a->outline));
        addPvSystem(o, a->pv);
        o.insert(QStringLiteral("kwp"), a->kwpOverride);
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
    } else if (const auto *g = std::get_if<GreenSpace>(&object)) {
        o.insert(QStringLiteral("polygon"), outlineToJson(g->outline));
        o.insert(QStringLiteral("sink_t_per_ha_yr"), g->sinkTPerHaYrOverride);
    }
    return o;
}

QJsonObject ProjectWriter::toJson(const Park &park)
{
    QJsonArray objects;
    for (const ParkObject &object : park.objects())
        objects.append(objectToJson(object));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("parkzero")},
                       {QStringLiteral("format_version"), kFormatVersion},
                       {QStringLiteral("next_id"), idValue(park.nextId())},
                       {QStringLiteral("site"), siteToJson(park.site)},
                       {QStringLiteral("objects"), objects}};
}

} // namespace pz::io
