// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation.h"

#include "common/units.h"
#include "wind/builtinturbines.h"

#include <cmath>

namespace pz {

namespace {

// Collects "field: reason (got value)" lines.
class Checker
{
public:
    explicit Checker(QStringList &out) : m_out(out) {}

    void finite(const QString &field, double v)
    {
        if (!std::isfinite(v))
            add(field, Validation::tr("must be a finite number"), v);
    }
    void greater(const QString &field, double v, double min)
    {
        if (!std::isfinite(v))
            add(field, Validation::tr("must be a finite number"), v);
        else if (!(v > min))
            add(field, Validation::tr("must be > %1").arg(min), v);
    }
    void range(const QString &field, double v, double min, double max)
    {
        if (!std::isfinite(v))
            add(field, Validation::tr("must be a finite number"), v);
        else if (v < min || v > max)
            add(field, Validation::tr("must be between %1 and %2").arg(min).arg(max), v);
    }
    // A value that is either "unset" (negative) or within [min, max].
    void optionalRange(const QString &field, double v, double min, double max)
    {
        if (std::isfinite(v) && v < 0.0)
            return;
        range(field, v, min, max);
    }
    void name(const QString &field, const QString &v)
    {
        if (v.size() > 200)
            m_out << Validation::tr("%1: must be at most 200 characters long").arg(field);
    }
    void add(const QString &field, const QString &reason, double v)
    {
        m_out << Validation::tr("%1: %2 (got %3)").arg(field, reason, QString::number(v, 'g', 10));
    }

    // A built-in turbine type id or the path of a turbine CSV file (spec wind.md §12.5).
    void turbineType(const QString &field, const QString &v)
    {
        if (v.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return;
        if (!wind::builtinTurbine(v.toStdString()))
            m_out << Validation::tr("%1: unknown turbine type \"%2\" (expected a built-in type: %3, or a .csv file)")
                         .arg(field, v, builtinTypes());
    }

private:
    static QString builtinTypes()
    {
        QStringList ids;
        for (const std::string &id : wind::builtinTurbineIds())
            ids << QString::fromStdString(id);
        return ids.join(QLatin1String(", "));
    }

    QStringList &m_out;
};

void windAirProblems(Checker &c, const WindAir &a, const QString &prefix)
{
    c.range(prefix + QLatin1String("shear_exponent"), a.shearExponent, 0.0, 1.0);
    c.range(prefix + QLatin1String("roughness_length"), a.roughnessLengthM, 1e-5, 5.0);
    c.range(prefix + QLatin1String("availability_pct"), a.availabilityPct, 0.0, 100.0);
    c.range(prefix + QLatin1String("electrical_loss_pct"), a.electricalLossPct, 0.0, 100.0);
    c.range(prefix + QLatin1String("other_loss_pct"), a.otherLossPct, 0.0, 100.0);
}

void plantProblems(QStringList &out, Checker &c, const OffSitePlant &p, const QString &prefix)
{
    c.name(prefix + QLatin1String("name"), p.name);
    if (p.ownLocation) {
        c.range(prefix + QLatin1String("latitude"), p.latitudeDeg, -90.0, 90.0);
        c.range(prefix + QLatin1String("longitude"), p.longitudeDeg, -180.0, 180.0);
        c.range(prefix + QLatin1String("elevation"), p.elevationM, -500.0, 9000.0);
    }
    if (p.kind == PlantKind::Pv) {
        c.greater(prefix + QLatin1String("kwp"), p.kwp, 0.0);
        c.range(prefix + QLatin1String("kwp"), p.kwp, 0.0, 1e8);
        out << Validation::problems(p.pv, prefix);
    } else {
        c.turbineType(prefix + QLatin1String("turbine_type"), p.turbineType);
        if (p.turbineCount < 1 || p.turbineCount > 10000)
            out << Validation::tr("%1turbine_count: must be between 1 and 10000 (got %2)").arg(prefix).arg(p.turbineCount);
        if (std::isfinite(p.hubHeightM) && p.hubHeightM > 0.0)
            c.range(prefix + QLatin1String("hub_height"), p.hubHeightM, 1.0, 300.0);
        else
            c.finite(prefix + QLatin1String("hub_height"), p.hubHeightM);
        c.range(prefix + QLatin1String("internal_wake_loss_pct"), p.internalWakeLossPct, 0.0, 100.0);
        windAirProblems(c, p.air, prefix);
    }
    c.greater(prefix + QLatin1String("line.capacity_MW"), p.line.capacityMW, 0.0);
    c.range(prefix + QLatin1String("line.loss_pct"), p.line.lossPct, 0.0, 100.0);
    c.range(prefix + QLatin1String("line.length_km"), p.line.lengthKm, 0.0, 10000.0);
}

// site.backgrounds[i]: a file, a size, a finite transform that does not flatten the image.
void backgroundProblems(QStringList &out, Checker &c, const Background &g, const QString &prefix)
{
    c.name(prefix + QLatin1String("name"), g.name);
    if (g.filePath.trimmed().isEmpty())
        out << Validation::tr("%1: must name an image file").arg(prefix + QLatin1String("path"));
    c.range(prefix + QLatin1String("width_px"), g.widthPx, 1.0, 1e6);
    c.range(prefix + QLatin1String("height_px"), g.heightPx, 1.0, 1e6);
    c.range(prefix + QLatin1String("opacity"), g.opacity, 0.0, 1.0);
    const PixelToPlan &t = g.pixelToPlan;
    const QString field = prefix + QLatin1String("pixel_to_plan");
    for (double v : {t.a, t.b, t.d, t.e})
        c.range(field, v, -1e4, 1e4);
    c.range(field, t.c, -1e6, 1e6);
    c.range(field, t.f, -1e6, 1e6);
    if (std::isfinite(t.determinant()) && std::abs(t.determinant()) < 1e-12)
        out << Validation::tr("%1: the transform flattens the image to a line").arg(field);
}

void windProblems(QStringList &out, Checker &c, const WindSettings &w)
{
    c.range(QStringLiteral("wind.anemometer_height"), w.anemometerHeightM, 0.5, 200.0);
    windAirProblems(c, w.air, QStringLiteral("wind."));
    c.range(QStringLiteral("wind.wake_decay"), w.wakeDecay, 0.0, 1.0);
    if (w.ownElevation)
        c.range(QStringLiteral("wind.elevation"), w.elevationM, -500.0, 9000.0);
    c.range(QStringLiteral("wind.embodied_kg_per_kW"), w.embodiedKgPerKW, 0.0, 100000.0);
    c.range(QStringLiteral("wind.life_years"), w.lifeYears, 1.0, 100.0);
    c.range(QStringLiteral("wind.max_export_share_pct"), w.maxExportSharePct, 0.0, 100.0);
    for (std::size_t i = 0; i < w.plants.size(); ++i)
        plantProblems(out, c, w.plants[i], QStringLiteral("wind.plants[%1].").arg(i));
}

// The hourly green-power profile: none, or one finite value ≥ 0 per hour of the year.
QString greenProfileProblem(const std::vector<double> &hourly)
{
    const QString field = QStringLiteral("carbon.green_power_hourly_kWh");
    if (hourly.empty())
        return {};
    if (hourly.size() != std::size_t(kHoursPerYear))
        return Validation::tr("%1: must hold %2 values, one per hour of the year (got %3)")
            .arg(field).arg(kHoursPerYear).arg(hourly.size());
    for (std::size_t t = 0; t < hourly.size(); ++t)
        if (!std::isfinite(hourly[t]) || hourly[t] < 0.0)
            return Validation::tr("%1[%2]: must be a finite number ≥ 0 (got %3)").arg(field).arg(t).arg(hourly[t]);
    return {};
}

} // namespace

QString Validation::outlineProblem(const Outline &outline, const QString &field)
{
    const std::string problem = pz::outlineProblem(outline);
    if (problem.empty())
        return {};
    return tr("%1: polygon %2").arg(field, QString::fromStdString(problem));
}

QStringList Validation::problems(const PvSystem &pv, const QString &prefix)
{
    QStringList out;
    Checker c(out);
    c.range(prefix + QLatin1String("tilt"), pv.tiltDeg, 0.0, 90.0);
    c.range(prefix + QLatin1String("azimuth"), pv.azimuthDeg, 0.0, 360.0);
    c.range(prefix + QLatin1String("gcr"), pv.gcr, 0.0, 1.0);
    c.range(prefix + QLatin1String("row_depth"), pv.rowDepthM, 0.1, 50.0);
    c.range(prefix + QLatin1String("module_w_per_m2"), pv.moduleWPerM2, 1.0, 500.0);
    c.range(prefix + QLatin1String("losses_pct"), pv.lossesPct, 0.0, 99.0);
    c.range(prefix + QLatin1String("dc_ac_ratio"), pv.dcAcRatio, 0.1, 10.0);
    c.range(prefix + QLatin1String("inverter_eta_nom"), pv.inverterEtaNom, 0.5, 1.0);
    c.range(prefix + QLatin1String("gamma_pdc"), pv.gammaPdcPerC, -0.02, 0.01);
    c.range(prefix + QLatin1String("albedo"), pv.albedo, 0.0, 1.0);
    c.range(prefix + QLatin1String("faiman_u0"), pv.faimanU0, 1.0, 200.0);
    c.range(prefix + QLatin1String("faiman_u1"), pv.faimanU1, 0.0, 100.0);
    return out;
}

QStringList Validation::problems(const ParkObject &object)
{
    QStringList out;
    Checker c(out);
    c.name(QStringLiteral("name"), nameOf(object));
    if (const auto *b = std::get_if<Building>(&object)) {
        if (const QString p = outlineProblem(b->footprint, QStringLiteral("footprint")); !p.isEmpty())
            out << p;
        // A height of 0 passes the closed range check, so "> 0" is checked on its own.
        if (std::isfinite(b->heightM) && b->heightM <= 0.0)
            c.greater(QStringLiteral("height"), b->heightM, 0.0);
        else
            c.range(QStringLiteral("height"), b->heightM, 0.0, 1000.0);
        if (b->floors < 1 || b->floors > 300)
            out << tr("floors: must be between 1 and 300 (got %1)").arg(b->floors);
        c.optionalRange(QStringLiteral("annual_load_kWh"), b->annualLoadKWhOverride, 0.0, 1e12);
        c.range(QStringLiteral("rooftop.usable_fraction"), b->rooftop.usableFraction, 0.0, 1.0);
        c.range(QStringLiteral("rooftop.setback"), b->rooftop.setbackM, 0.0, 100.0);
        c.optionalRange(QStringLiteral("rooftop.optimizer_max_kWp"), b->rooftop.optimizerMaxKWp, 0.0, 1e7);
        out << problems(b->rooftop.pv, QStringLiteral("rooftop."));
        c.range(QStringLiteral("process.electrolyser_MW"), b->process.electrolyserMW, 0.0, 10000.0);
        c.range(QStringLiteral("process.electrolyser_kWh_per_kg"), b->process.electrolyserKWhPerKg, 30.0, 150.0);
        c.range(QStringLiteral("process.ev_daily_kWh"), b->process.evDailyKWh, 0.0, 1e7);
        if (b->process.evWindowStartHour < 0 || b->process.evWindowStartHour > 23)
            out << tr("process.ev_window_start: must be between 0 and 23 (got %1)").arg(b->process.evWindowStartHour);
        if (b->process.evWindowEndHour < 1 || b->process.evWindowEndHour > 24)
            out << tr("process.ev_window_end: must be between 1 and 24 (got %1)").arg(b->process.evWindowEndHour);
        out << heat::problems(b->heat, QStringLiteral("heat"));
    } else if (const auto *a = std::get_if<PvArray>(&object)) {
        if (const QString p = outlineProblem(a->outline, QStringLiteral("polygon")); !p.isEmpty())
            out << p;
        out << problems(a->pv, QString());
        c.optionalRange(QStringLiteral("kwp"), a->kwpOverride, 0.0, 1e7);
        c.optionalRange(QStringLiteral("optimizer_max_kWp"), a->optimizerMaxKWp, 0.0, 1e7);
    } else if (const auto *s = std::get_if<Storage>(&object)) {
        c.finite(QStringLiteral("position.x"), s->position.x());
        c.finite(QStringLiteral("position.y"), s->position.y());
        c.range(QStringLiteral("length"), s->lengthM, 0.1, 1000.0);
        c.range(QStringLiteral("width"), s->widthM, 0.1, 1000.0);
        c.range(QStringLiteral("rotation"), s->rotationDeg, -360.0, 360.0);
        c.range(QStringLiteral("height"), s->heightM, 0.1, 100.0);
        c.greater(QStringLiteral("energy_kWh"), s->energyKWh, 0.0);
        c.greater(QStringLiteral("power_kW"), s->powerKW, 0.0);
        c.range(QStringLiteral("round_trip_efficiency"), s->roundTripEfficiency, 0.01, 1.0);
        c.range(QStringLiteral("soc_min"), s->socMin, 0.0, 1.0);
        c.range(QStringLiteral("soc_max"), s->socMax, 0.0, 1.0);
        if (std::isfinite(s->socMin) && std::isfinite(s->socMax) && s->socMin >= s->socMax)
            out << tr("soc_min: must be below soc_max (got %1 ≥ %2)").arg(s->socMin).arg(s->socMax);
    } else if (const auto *g = std::get_if<GreenSpace>(&object)) {
        if (const QString p = outlineProblem(g->outline, QStringLiteral("polygon")); !p.isEmpty())
            out << p;
        c.optionalRange(QStringLiteral("sink_t_per_ha_yr"), g->sinkTPerHaYrOverride, 0.0, 1000.0);
    } else if (const auto *t = std::get_if<WindTurbine>(&object)) {
        c.finite(QStringLiteral("position.x"), t->position.x());
        c.finite(QStringLiteral("position.y"), t->position.y());
        c.turbineType(QStringLiteral("turbine_type"), t->turbineType);
        c.range(QStringLiteral("hub_height"), t->hubHeightM, 1.0, 300.0);
        c.range(QStringLiteral("tower_base_diameter"), t->towerBaseDiameterM, 0.1, 30.0);
        c.name(QStringLiteral("group"), t->group);
        if (t->group.trimmed().isEmpty())
            out << tr("group: must not be empty");
    }
    return out;
}

QStringList Validation::problems(const Site &site)
{
    QStringList out;
    Checker c(out);
    c.name(QStringLiteral("name"), site.name);
    c.range(QStringLiteral("latitude"), site.latitudeDeg, -90.0, 90.0);
    c.range(QStringLiteral("longitude"), site.longitudeDeg, -180.0, 180.0);
    c.range(QStringLiteral("elevation"), site.elevationM, -500.0, 9000.0);
    c.range(QStringLiteral("utc_offset"), site.utcOffsetHours, -12.0, 14.0);
    c.range(QStringLiteral("north_rotation"), site.northRotationDeg, -360.0, 360.0);
    if (!site.boundary.empty())
        if (const QString p = outlineProblem(site.boundary, QStringLiteral("boundary")); !p.isEmpty())
            out << p;
    c.range(QStringLiteral("grid.custom_factor"), site.grid.customFactorKgPerKWh, 0.0, 5.0);
    c.optionalRange(QStringLiteral("grid.export_limit_kW"), site.grid.exportLimitKW, 0.0, 1e9);
    const CarbonOptions &k = site.carbon;
    c.range(QStringLiteral("carbon.green_power_kWh"), k.greenPowerKWh, 0.0, 1e13);
    c.range(QStringLiteral("carbon.green_power_share"), k.greenPowerShare, 0.0, 1.0);
    if (const QString p = greenProfileProblem(k.greenPowerHourlyKWh); !p.isEmpty())
        out << p;
    c.range(QStringLiteral("carbon.sink_t_per_ha_yr"), k.sinkTPerHaYr, 0.0, 1000.0);
    c.range(QStringLiteral("carbon.kgce_per_kWh"), k.kgcePerKWh, 0.01, 1.0);
    c.range(QStringLiteral("carbon.threshold_tCO2_per_tce"), k.thresholdTCO2PerTce, 0.0, 10.0);
    c.range(QStringLiteral("carbon.pv_embodied_kg_per_kWp"), k.pvEmbodiedKgPerKWp, 0.0, 10000.0);
    c.range(QStringLiteral("carbon.pv_life_years"), k.pvLifeYears, 1.0, 100.0);
    c.range(QStringLiteral("carbon.storage_embodied_kg_per_kWh_lfp"), k.storageEmbodiedKgPerKWhLfp, 0.0, 10000.0);
    c.range(QStringLiteral("carbon.storage_embodied_kg_per_kWh_nmc"), k.storageEmbodiedKgPerKWhNmc, 0.0, 10000.0);
    c.range(QStringLiteral("carbon.storage_life_years"), k.storageLifeYears, 1.0, 100.0);
    c.range(QStringLiteral("carbon.building_embodied_kg_per_m2_steel"), k.buildingEmbodiedKgPerM2Steel, 0.0, 10000.0);
    c.range(QStringLiteral("carbon.building_embodied_kg_per_m2_concrete"), k.buildingEmbodiedKgPerM2Concrete, 0.0, 10000.0);
    c.range(QStringLiteral("carbon.building_life_years"), k.buildingLifeYears, 1.0, 200.0);
    windProblems(out, c, site.wind);
    const OptimizerSettings &o = site.optimizer;
    c.optionalRange(QStringLiteral("optimizer.clean_share_min_pct"), o.cleanShareMinPct, 0.0, 100.0);
    c.optionalRange(QStringLiteral("optimizer.green_max_kWh"), o.greenMaxKWh, 0.0, 1e13);
    c.optionalRange(QStringLiteral("optimizer.battery_max_kWh"), o.batteryMaxKWh, 0.0, 1e10);
    c.optionalRange(QStringLiteral("optimizer.battery_max_kW"), o.batteryMaxKW, 0.0, 1e10);
    for (std::size_t i = 0; i < site.backgrounds.size(); ++i)
        backgroundProblems(out, c, site.backgrounds[i], QStringLiteral("backgrounds[%1].").arg(i));
    out << heat::problems(site.heat, QStringLiteral("heat"));
    out << economics::settingsProblems(site.economics, QStringLiteral("economics."));
    return out;
}

} // namespace pz
