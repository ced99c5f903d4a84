// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectreader.h"

#include "io/economicsjson.h"
#include "io/projectfile.h"
#include "model/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <limits>
#include <map>

namespace pz::io {

namespace {

// Ids are kept well inside quint32 so that "next id" can never wrap around.
constexpr double kMaxId = std::numeric_limits<qint32>::max();

QString numberText(double v)
{
    return QString::number(v, 'g', 17);
}

template<typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (int i = 0; i < 64; ++i) {
        const QString key = toKey(E(i));
        if (key.isEmpty())
            break;
        keys << key;
    }
    return keys;
}

} // namespace

// The fields of one JSON object at a JSON path. Reading a field marks it as known; finish()
// reports the fields nobody asked for (a typo must not silently fall back to a default).
class Fields
{
public:
    Fields(ProjectReader &reader, QJsonObject object, QString path)
        : m_reader(reader), m_object(std::move(object)), m_path(std::move(path))
    {
    }

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    QString pathOf(const char *key) const { return pathOf(QString::fromLatin1(key)); }

    QJsonValue take(const char *key)
    {
        m_known.insert(QString::fromLatin1(key));
        return m_object.value(QLatin1String(key));
    }

    void missing(const char *key) { m_reader.fail(pathOf(key), ProjectReader::tr("required field is missing")); }
    void wrongType(const char *key, const QString &expected, const QJsonValue &got)
    {
        m_reader.fail(pathOf(key), ProjectReader::tr("expected %1, got %2").arg(expected, ProjectReader::typeName(got)));
    }

    // A number; absent (or null where nullIsDefault) gives def.
    double number(const char *key, double def, bool nullIsDefault = false)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || (nullIsDefault && v.isNull()))
            return def;
        return toNumber(key, v, def);
    }
    std::optional<double> requiredNumber(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined()) {
            missing(key);
            return std::nullopt;
        }
        const int before = m_reader.problemCount();
        const double d = toNumber(key, v, 0.0);
        return m_reader.problemCount() == before ? std::optional<double>(d) : std::nullopt;
    }

    int integer(const char *key, int def)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return def;
        return toWhole(key, v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()).value_or(def);
    }

    // A number that may be null (unset): absent gives def, null gives nullopt.
    std::optional<double> optionalNumber(const char *key, std::optional<double> def)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return def;
        if (v.isNull())
            return std::nullopt;
        return toNumber(key, v, def.value_or(0.0));
    }

    // An object id: a whole number from 1 to kMaxId.
    std::optional<ObjectId> id(const char *key, bool required)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        const auto d = toWhole(key, v, 1.0, kMaxId);
        return d ? std::optional<ObjectId>(ObjectId(*d)) : std::nullopt;
    }

    bool boolean(const char *key, bool def)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            wrongType(key, ProjectReader::tr("true or false"), v);
            return def;
        }
        return v.toBool();
    }

    QString string(const char *key, const QString &def)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return def;
        if (!v.isString()) {
            wrongType(key, ProjectReader::tr("a string"), v);
            return def;
        }
        return v.toString();
    }

    template<typename E>
    E enumeration(const char *key, E def)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return def;
        if (!v.isString()) {
            wrongType(key, ProjectReader::tr("a string"), v);
            return def;
        }
        if (const auto e = fromKey<E>(v.toString()))
            return *e;
        m_reader.fail(pathOf(key), ProjectReader::tr("unknown value \"%1\" (expected one of: %2)")
                                       .arg(v.toString(), enumKeys<E>().join(QLatin1String(", "))));
        return def;
    }

    // An open ring of [x, y] points. A closed ring (last point repeating the first) is accepted
    // and opened.
    std::optional<Outline> outline(const char *key, bool required)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isArray()) {
            wrongType(key, ProjectReader::tr("an array of [x, y] points"), v);
            return std::nullopt;
        }
        const QJsonArray points = v.toArray();
        Outline outline;
        outline.reserve(points.size());
        bool ok = true;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QString path = pathOf(key) + QStringLiteral("[%1]").arg(i);
            const QJsonValue p = points.at(i);
            const QJsonArray xy = p.toArray();
            if (!p.isArray() || xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
                const QString got = p.isArray() ? ProjectReader::tr("an array of %n value(s)", nullptr, int(xy.size()))
                                                : ProjectReader::typeName(p);
                if (p.isArray() && xy.size() == 2)
                    m_reader.fail(path, ProjectReader::tr("expected a point [x, y] of two numbers, got [%1, %2]")
                                            .arg(ProjectReader::typeName(xy.at(0)), ProjectReader::typeName(xy.at(1))));
                else
                    m_reader.fail(path, ProjectReader::tr("expected a point [x, y], got %1").arg(got));
                ok = false;
                continue;
            }
            outline.emplace_back(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        if (!ok)
            return std::nullopt;
        if (outline.size() > 3 && outline.front() == outline.back())
            outline.pop_back();
        return outline;
    }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    // An array of finite numbers; absent gives nullopt, a problem names the first bad element.
    std::optional<std::vector<double>> numbers(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            wrongType(key, ProjectReader::tr("an array of numbers"), v);
            return std::nullopt;
        }
        const QJsonArray array = v.toArray();
        std::vector<double> out;
        out.reserve(std::size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue e = array.at(i);
            if (!e.isDouble() || !std::isfinite(e.toDouble())) {
                m_reader.fail(pathOf(key) + QStringLiteral("[%1]").arg(i),
                              ProjectReader::tr("expected a finite number, got %1").arg(ProjectReader::typeName(e)));
                return std::nullopt;
            }
            out.push_back(e.toDouble());
        }
        return out;
    }

    // A nested object; absent gives nullopt without a problem unless required.
    std::optional<QJsonObject> object(const char *key, bool required)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isObject()) {
            wrongType(key, ProjectReader::tr("an object"), v);
            return std::nullopt;
        }
        return v.toObject();
    }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!m_known.contains(it.key()))
                m_reader.fail(pathOf(it.key()), ProjectReader::tr("unknown field"));
    }

private:
    double toNumber(const char *key, const QJsonValue &v, double def)
    {
        if (!v.isDouble()) {
            wrongType(key, ProjectReader::tr("a number"), v);
            return def;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            m_reader.fail(pathOf(key), ProjectReader::tr("must be a finite number (got %1)").arg(numberText(d)));
            return def;
        }
        return d;
    }

    std::optional<double> toWhole(const char *key, const QJsonValue &v, double min, double max)
    {
        if (!v.isDouble()) {
            wrongType(key, ProjectReader::tr("a whole number"), v);
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d)) {
            m_reader.fail(pathOf(key), ProjectReader::tr("expected a whole number, got %1").arg(numberText(d)));
            return std::nullopt;
        }
        if (d < min || d > max) {
            m_reader.fail(pathOf(key), ProjectReader::tr("must be between %1 and %2 (got %3)")
                                           .arg(numberText(min), numberText(max), numberText(d)));
            return std::nullopt;
        }
        return d;
    }

    ProjectReader &m_reader;
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};

namespace {

void readPvSystem(Fields &f, PvSystem &pv)
{
    pv.tiltDeg = f.number("tilt", pv.tiltDeg);
    pv.azimuthDeg = f.number("azimuth", pv.azimuthDeg);
    pv.gcr = f.number("gcr", pv.gcr);
    pv.rowDepthM = f.number("row_depth", pv.rowDepthM);
    pv.moduleWPerM2 = f.number("module_w_per_m2", pv.moduleWPerM2);
    pv.lossesPct = f.number("losses_pct", pv.lossesPct);
    pv.dcAcRatio = f.number("dc_ac_ratio", pv.dcAcRatio);
    pv.inverterEtaNom = f.number("inverter_eta_nom", pv.inverterEtaNom);
    pv.gammaPdcPerC = f.number("gamma_pdc", pv.gammaPdcPerC);
    pv.albedo = f.number("albedo", pv.albedo);
    pv.mounting = f.enumeration("mounting", pv.mounting);
    pv.temperatureModel = f.enumeration("temperature_model", pv.temperatureModel);
    pv.faimanU0 = f.number("faiman_u0", pv.faimanU0);
    pv.faimanU1 = f.number("faiman_u1", pv.faimanU1);
}

void readWindAir(Fields &f, WindAir &a)
{
    a.shear = f.enumeration("shear", a.shear);
    a.shearExponent = f.number("shear_exponent", a.shearExponent);
    a.roughnessLengthM = f.number("roughness_length", a.roughnessLengthM);
    a.densityNormalisation = f.boolean("density_normalisation", a.densityNormalisation);
    a.availabilityPct = f.number("availability_pct", a.availabilityPct);
    a.electricalLossPct = f.number("electrical_loss_pct", a.electricalLossPct);
    a.otherLossPct = f.number("other_loss_pct", a.otherLossPct);
}

void readPlant(ProjectReader &reader, Fields &f, OffSitePlant &p)
{
    p.name = f.string("name", p.name);
    p.kind = f.enumeration("kind", p.kind);
    p.weatherFilePath = f.string("weather_file", p.weatherFilePath);
    p.ownLocation = f.boolean("own_location", p.ownLocation);
    p.latitudeDeg = f.number("latitude", p.latitudeDeg);
    p.longitudeDeg = f.number("longitude", p.longitudeDeg);
    p.elevationM = f.number("elevation", p.elevationM);
    p.kwp = f.number("kwp", p.kwp);
    readPvSystem(f, p.pv);
    p.turbineType = f.string("turbine_type", p.turbineType);
    p.turbineCount = f.integer("turbine_count", p.turbineCount);
    p.hubHeightM = f.number("hub_height", p.hubHeightM);
    p.internalWakeLossPct = f.number("internal_wake_loss_pct", p.internalWakeLossPct);
    p.ownAir = f.boolean("own_air", p.ownAir);
    readWindAir(f, p.air);
    if (const auto o = f.object("line", false)) {
        Fields l(reader, *o, f.pathOf("line"));
        p.line.capacityMW = l.number("capacity_MW", p.line.capacityMW);
        p.line.lossPct = l.number("loss_pct", p.line.lossPct);
        p.line.lengthKm = l.number("length_km", p.line.lengthKm);
        l.finish();
    }
}

// site.wind (format version 2).
void readWind(ProjectReader &reader, Fields &f, WindSettings &w)
{
    w.anemometerHeightM = f.number("anemometer_height", w.anemometerHeightM);
    readWindAir(f, w.air);
    w.wakeDecay = f.number("wake_decay", w.wakeDecay);
    w.ownElevation = f.boolean("own_elevation", w.ownElevation);
    w.elevationM = f.number("elevation", w.elevationM);
    w.embodiedKgPerKW = f.number("embodied_kg_per_kW", w.embodiedKgPerKW);
    w.lifeYears = f.number("life_years", w.lifeYears);
    w.exportCapApplies = f.boolean("export_cap_applies", w.exportCapApplies);
    w.maxExportSharePct = f.number("max_export_share_pct", w.maxExportSharePct);
    const QJsonValue plants = f.take("plants");
    if (plants.isUndefined())
        return;
    if (!plants.isArray()) {
        f.wrongType("plants", ProjectReader::tr("an array"), plants);
        return;
    }
    const QJsonArray array = plants.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = f.pathOf("plants") + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.fail(path, ProjectReader::tr("expected an object, got %1").arg(ProjectReader::typeName(array.at(i))));
            continue;
        }
        Fields pf(reader, array.at(i).toObject(), path);
        OffSitePlant plant;
        readPlant(reader, pf, plant);
        pf.finish();
        w.plants.push_back(std::move(plant));
    }
}

// Format version 3: `building.heat`; a key read by the heat kernel's parser, which names the path.
void readBuildingHeat(ProjectReader &reader, Fields &f, heat::BuildingHeat &h)
{
    QString problem;
    if (const QString key = f.string("supply", heat::toKey(h.supply)); !key.isEmpty()) {
        if (const auto supply = heat::parseSupply(key, f.pathOf("supply"), &problem))
            h.supply = *supply;
        else
            reader.fail({}, problem);
    }
    if (const QString key = f.string("emitter", heat::toKey(h.emitter)); !key.isEmpty()) {
        if (const auto emitter = heat::parseEmitter(key, f.pathOf("emitter"), &problem))
            h.emitter = *emitter;
        else
            reader.fail({}, problem);
    }
    h.efficiency = f.optionalNumber("efficiency", h.efficiency);
    h.heatLossWPerM2K = f.optionalNumber("heat_loss_W_per_m2K", h.heatLossWPerM2K);
    h.balanceTempC = f.optionalNumber("balance_temp_C", h.balanceTempC);
    h.dhwKWhPerM2Yr = f.optionalNumber("dhw_kWh_per_m2", h.dhwKWhPerM2Yr);
    h.processHeatKWhPerYr = f.number("process_heat_kWh", h.processHeatKWhPerYr);
    h.spaceHeating = f.boolean("space_heating", h.spaceHeating);
    f.finish();
}

// site.carbon; the hourly green-power profile is format 8.
void readCarbon(ProjectReader &reader, Fields &c, CarbonOptions &k)
{
    k.greenPowerKWh = c.number("green_power_kWh", k.greenPowerKWh);
    k.greenPowerShare = c.number("green_power_share", k.greenPowerShare);
    k.exportCredit = c.boolean("export_credit", k.exportCredit);
    k.headline = c.enumeration("headline", k.headline);
    k.sinkTPerHaYr = c.number("sink_t_per_ha_yr", k.sinkTPerHaYr);
    k.kgcePerKWh = c.number("kgce_per_kWh", k.kgcePerKWh);
    k.thresholdTCO2PerTce = c.number("threshold_tCO2_per_tce", k.thresholdTCO2PerTce);
    k.dispatch = c.enumeration("dispatch", k.dispatch);
    k.pvEmbodiedKgPerKWp = c.number("pv_embodied_kg_per_kWp", k.pvEmbodiedKgPerKWp);
    k.pvLifeYears = c.number("pv_life_years", k.pvLifeYears);
    k.storageEmbodiedKgPerKWhLfp = c.number("storage_embodied_kg_per_kWh_lfp", k.storageEmbodiedKgPerKWhLfp);
    k.storageEmbodiedKgPerKWhNmc = c.number("storage_embodied_kg_per_kWh_nmc", k.storageEmbodiedKgPerKWhNmc);
    k.storageLifeYears = c.number("storage_life_years", k.storageLifeYears);
    k.buildingEmbodiedKgPerM2Steel = c.number("building_embodied_kg_per_m2_steel", k.buildingEmbodiedKgPerM2Steel);
    k.buildingEmbodiedKgPerM2Concrete =
        c.number("building_embodied_kg_per_m2_concrete", k.buildingEmbodiedKgPerM2Concrete);
    k.buildingLifeYears = c.number("building_life_years", k.buildingLifeYears);
    if (c.has("green_power_hourly_kWh")) {
        reader.requireVersion(c.pathOf("green_power_hourly_kWh"), kGreenProfileFormatVersion);
        k.greenPowerHourlyKWh = c.numbers("green_power_hourly_kWh").value_or(std::vector<double>{});
    }
    c.finish();
}

// site.optimizer (format 6).
void readOptimizerSettings(Fields &t, OptimizerSettings &s)
{
    s.keepPlaced = t.boolean("keep_placed", s.keepPlaced);
    s.wholeTurbines = t.boolean("whole_turbines", s.wholeTurbines);
    s.exact = t.boolean("exact", s.exact);
    s.cleanShareMinPct = t.number("clean_share_min_pct", s.cleanShareMinPct, true);
    s.greenMaxKWh = t.number("green_max_kWh", s.greenMaxKWh, true);
    s.batteryMaxKWh = t.number("battery_max_kWh", s.batteryMaxKWh, true);
    s.batteryMaxKW = t.number("battery_max_kW", s.batteryMaxKW, true);
    t.finish();
}

// site.backgrounds[i].pixel_to_plan: six numbers a, b, c, d, e, f.
std::optional<PixelToPlan> readPixelToPlan(ProjectReader &reader, Fields &f)
{
    const QJsonValue v = f.take("pixel_to_plan");
    if (v.isUndefined()) {
        f.missing("pixel_to_plan");
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    bool numbers = v.isArray() && a.size() == 6;
    for (qsizetype i = 0; numbers && i < a.size(); ++i)
        numbers = a.at(i).isDouble() && std::isfinite(a.at(i).toDouble());
    if (!numbers) {
        reader.fail(f.pathOf("pixel_to_plan"), ProjectReader::tr("expected an array of six finite numbers [a, b, c, d, e, f]"));
        return std::nullopt;
    }
    return PixelToPlan{a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(),
                       a.at(3).toDouble(), a.at(4).toDouble(), a.at(5).toDouble()};
}

Background readBackground(ProjectReader &reader, Fields &f)
{
    Background g;
    g.name = f.string("name", g.name);
    const QJsonValue path = f.take("path");
    if (path.isUndefined())
        f.missing("path");
    else if (!path.isString())
        f.wrongType("path", ProjectReader::tr("a string"), path);
    else
        g.filePath = path.toString();
    g.widthPx = f.integer("width_px", g.widthPx);
    g.heightPx = f.integer("height_px", g.heightPx);
    if (const auto t = readPixelToPlan(reader, f))
        g.pixelToPlan = *t;
    g.opacity = f.number("opacity", g.opacity);
    g.visible = f.boolean("visible", g.visible);
    g.locked = f.boolean("locked", g.locked);
    f.finish();
    return g;
}

// site.backgrounds (format 7).
void readBackgrounds(ProjectReader &reader, Fields &f, std::vector<Background> &backgrounds)
{
    const QJsonValue value = f.take("backgrounds");
    if (value.isUndefined())
        return;
    reader.requireVersion(f.pathOf("backgrounds"), kBackgroundFormatVersion);
    if (!value.isArray()) {
        f.wrongType("backgrounds", ProjectReader::tr("an array"), value);
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = f.pathOf("backgrounds") + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.fail(path, ProjectReader::tr("expected an object, got %1").arg(ProjectReader::typeName(array.at(i))));
            continue;
        }
        Fields bf(reader, array.at(i).toObject(), path);
        backgrounds.push_back(readBackground(reader, bf));
    }
}

// Format version 3: `site.heat`.
void readSiteHeat(ProjectReader &reader, Fields &f, heat::SiteHeat &h)
{
    QString problem;
    const auto day = [&](const char *key, heat::SeasonDay &value) {
        const QString text = f.string(key, heat::formatSeasonDay(value));
        if (const auto d = heat::parseSeasonDay(text, f.pathOf(key), &problem))
            value = *d;
        else
            reader.fail({}, problem);
    };
    day("season_start", h.season.start);
    day("season_end", h.season.end);
    h.groundTempC = f.optionalNumber("ground_temperature", h.groundTempC);
    h.electricityKgcePerKWh = f.number("electricity_kgce_per_kWh", h.electricityKgcePerKWh);
    h.heatFactorTCO2PerGJ = f.number("heat_factor_tCO2_per_GJ", h.heatFactorTCO2PerGJ);
    h.districtHeatCleanShare = f.number("district_heat_clean_share", h.districtHeatCleanShare);
    h.gasCountsAsClean = f.boolean("gas_counts_as_clean", h.gasCountsAsClean);
    f.finish();
}

} // namespace

ProjectReader::ProjectReader(const QString &fileName) : m_fileName(fileName) {}

void ProjectReader::fail(const QString &path, const QString &reason)
{
    if (path.isEmpty())
        m_problems << tr("%1: %2").arg(m_fileName, reason);
    else
        m_problems << tr("%1: %2: %3").arg(m_fileName, path, reason);
}

void ProjectReader::requireVersion(const QString &path, int addedIn)
{
    if (m_version < addedIn)
        fail(path, tr("added in format version %1; the file declares version %2").arg(addedIn).arg(m_version));
}

QString ProjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a boolean");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

std::pair<int, int> ProjectReader::lineAndColumn(const QByteArray &text, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

std::optional<QJsonObject> ProjectReader::parseTopObject(const QByteArray &json)
{
    if (json.isEmpty()) {
        fail({}, tr("the file is empty (0 bytes)"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        fail(tr("line %1, column %2").arg(line).arg(column), tr("invalid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail({}, tr("expected a JSON object at the top level, got %1")
                     .arg(document.isArray() ? tr("an array") : tr("a single value")));
        return std::nullopt;
    }
    return document.object();
}

bool ProjectReader::readObjects(const QJsonArray &array, std::vector<ParkObject> &objects)
{
    bool objectsOk = true;
    std::map<ObjectId, int> firstIndexOfId;
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<ParkObject> object = readObject(array.at(i), int(i));
        if (!object) {
            objectsOk = false;
            continue;
        }
        const auto [it, inserted] = firstIndexOfId.emplace(idOf(*object), int(i));
        if (!inserted) {
            fail(m_prefix + QStringLiteral("objects[%1].id").arg(i),
                 tr("duplicate id %1 (already used by %2)")
                     .arg(idOf(*object))
                     .arg(m_prefix + QStringLiteral("objects[%1]").arg(it->second)));
            objectsOk = false;
            continue;
        }
        objects.push_back(std::move(*object));
    }
    return objectsOk;
}

std::optional<Project> ProjectReader::read(const QByteArray &json)
{
    const std::optional<QJsonObject> topObject = parseTopObject(json);
    if (!topObject)
        return std::nullopt;

    Fields top(*this, *topObject, QString());
    const QJsonValue format = top.take("format");
    if (format.isUndefined()) {
        fail(QStringLiteral("format"), tr("required field is missing (not a ParkZero project file)"));
        return std::nullopt;
    }
    if (format.toString() != QLatin1String("parkzero")) {
        fail(QStringLiteral("format"), tr("expected \"parkzero\", got %1 (not a ParkZero project file)")
                                           .arg(format.isString() ? QLatin1Char('"') + format.toString() + QLatin1Char('"')
                                                                  : typeName(format)));
        return std::nullopt;
    }
    const int before = problemCount();
    const QJsonValue versionValue = top.take("format_version");
    if (versionValue.isUndefined()) {
        top.missing("format_version");
        return std::nullopt;
    }
    const int version = top.integer("format_version", 0);
    if (problemCount() > before)
        return std::nullopt;
    if (version > kFormatVersion) {
        fail({}, tr("written by a newer ParkZero (format %1); this version reads up to %2")
                     .arg(version)
                     .arg(kFormatVersion));
        return std::nullopt;
    }
    if (version < 1) {
        fail(QStringLiteral("format_version"), tr("must be 1 or more (got %1)").arg(version));
        return std::nullopt;
    }

    m_version = version;
    std::optional<Project> project;
    if (version < kScenariosFormatVersion) {
        if (!top.take("scenarios").isUndefined())
            requireVersion(QStringLiteral("scenarios"), kScenariosFormatVersion);
        if (!top.take("active_scenario").isUndefined())
            requireVersion(QStringLiteral("active_scenario"), kScenariosFormatVersion);
        // An older file is one park: it opens as the project's only scenario.
        if (std::optional<Park> park = readPark(top))
            project = Project(std::move(*park));
    } else {
        project = readScenarios(top);
    }
    top.finish();
    if (!m_problems.isEmpty())
        return std::nullopt;
    return project;
}

std::optional<Park> ProjectReader::readPark(Fields &fields)
{
    const int before = problemCount();
    const std::optional<ObjectId> nextId = fields.id("next_id", false);

    std::optional<Site> site;
    if (const QJsonValue v = fields.take("site"); v.isUndefined())
        fields.missing("site");
    else
        site = readSite(v);

    std::vector<ParkObject> objects;
    bool objectsOk = true;
    const QJsonValue objectsValue = fields.take("objects");
    if (objectsValue.isUndefined()) {
        fields.missing("objects");
    } else if (!objectsValue.isArray()) {
        fields.wrongType("objects", tr("an array"), objectsValue);
    } else {
        objectsOk = readObjects(objectsValue.toArray(), objects);
    }

    if (!site || !objectsOk || problemCount() > before)
        return std::nullopt;

    Park park;
    park.site = std::move(*site);
    for (ParkObject &object : objects)
        park.append(std::move(object));
    // The stored next id wins when it is ahead (ids of deleted objects are never reused);
    // Park::insert already keeps it above every id present.
    if (nextId && *nextId > park.nextId())
        park.setNextId(*nextId);
    return park;
}

// Format 5: `scenarios` (at least one; ids and names unique) and `active_scenario` (an id).
std::optional<Project> ProjectReader::readScenarios(Fields &top)
{
    const int before = problemCount();
    const QJsonValue value = top.take("scenarios");
    std::vector<Scenario> scenarios;
    if (value.isUndefined())
        top.missing("scenarios");
    else if (!value.isArray())
        top.wrongType("scenarios", tr("an array"), value);
    else if (value.toArray().isEmpty())
        fail(QStringLiteral("scenarios"), tr("must hold at least one scenario"));
    else
        for (qsizetype i = 0; i < value.toArray().size(); ++i)
            if (std::optional<Scenario> s = readScenario(value.toArray().at(i), int(i), scenarios))
                scenarios.push_back(std::move(*s));
    const QString activeId = top.string("active_scenario", QString());
    if (top.take("active_scenario").isUndefined())
        top.missing("active_scenario");
    if (problemCount() > before)
        return std::nullopt;

    Project project(std::move(scenarios));
    const int active = project.indexOf(activeId);
    if (active < 0) {
        QStringList ids;
        for (const Scenario &s : project.scenarios())
            ids << s.id;
        fail(QStringLiteral("active_scenario"), tr("no scenario has the id \"%1\" (ids: %2)")
                                                    .arg(activeId, ids.join(QLatin1String(", "))));
        return std::nullopt;
    }
    project.setActiveIndex(active);
    return project;
}

std::optional<Scenario> ProjectReader::readScenario(const QJsonValue &value, int index,
                                                    const std::vector<Scenario> &earlier)
{
    const QString path = QStringLiteral("scenarios[%1]").arg(index);
    if (!value.isObject()) {
        fail(path, tr("expected an object, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    const int before = problemCount();
    Fields f(*this, value.toObject(), path);
    Scenario scenario;
    scenario.id = f.string("id", QString());
    scenario.name = f.string("name", QString());
    scenario.note = f.string("note", QString());
    if (f.take("id").isUndefined())
        f.missing("id");
    if (f.take("name").isUndefined())
        f.missing("name");
    if (problemCount() == before)
        for (const auto &[key, reason] : scenarioProblems(scenario, earlier))
            fail(f.pathOf(key), reason);
    m_prefix = path + QLatin1Char('.');
    std::optional<Park> park = readPark(f);
    m_prefix.clear();
    f.finish();
    if (!park || problemCount() > before)
        return std::nullopt;
    scenario.park = std::move(*park);
    return scenario;
}

std::vector<std::pair<QString, QString>> ProjectReader::scenarioProblems(const Scenario &scenario,
                                                                          const std::vector<Scenario> &earlier)
{
    std::vector<std::pair<QString, QString>> problems;
    const QString id = QStringLiteral("id"), name = QStringLiteral("name");
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!idPattern.match(scenario.id).hasMatch())
        problems.emplace_back(id, tr("must be 1 to 64 letters, digits, '_' or '-' (got \"%1\")").arg(scenario.id));
    if (scenario.name.trimmed().isEmpty() || scenario.name.size() > 200)
        problems.emplace_back(name, tr("must be 1 to 200 characters, not only spaces (got \"%1\")").arg(scenario.name));
    for (int i = 0; i < int(earlier.size()); ++i) {
        if (earlier[i].id == scenario.id)
            problems.emplace_back(id, tr("duplicate id \"%1\" (already used by scenarios[%2])").arg(scenario.id).arg(i));
        if (earlier[i].name == scenario.name)
            problems.emplace_back(name, tr("duplicate name \"%1\" (already used by scenarios[%2])")
                                            .arg(scenario.name)
                                            .arg(i));
    }
    return problems;
}

std::optional<Site> ProjectReader::readSite(const QJsonValue &value)
{
    const QString path = m_prefix + QStringLiteral("site");
    if (!value.isObject()) {
        fail(path, tr("expected an object, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    const int before = problemCount();
    Fields f(*this, value.toObject(), path);
    Site site;
    site.name = f.string("name", site.name);
    site.latitudeDeg = f.number("latitude", site.latitudeDeg);
    site.longitudeDeg = f.number("longitude", site.longitudeDeg);
    site.elevationM = f.number("elevation", site.elevationM);
    site.utcOffsetHours = f.number("utc_offset", site.utcOffsetHours);
    site.northRotationDeg = f.number("north_rotation", site.northRotationDeg);
    if (const auto boundary = f.outline("boundary", false))
        site.boundary = *boundary;

    if (const auto o = f.object("weather", false)) {
        Fields w(*this, *o, f.pathOf("weather"));
        site.weather.kind = w.enumeration("kind", site.weather.kind);
        site.weather.builtinId = w.string("builtin_id", site.weather.builtinId);
        site.weather.filePath = w.string("file", site.weather.filePath);
        site.weather.irradiance = w.enumeration("irradiance", site.weather.irradiance);
        w.finish();
    }
    if (const auto o = f.object("grid", false)) {
        Fields g(*this, *o, f.pathOf("grid"));
        GridSettings &grid = site.grid;
        grid.factorKey = g.string("factor_key", grid.factorKey);
        grid.customFactorKgPerKWh = g.number("custom_factor", grid.customFactorKgPerKWh);
        grid.hourlyProfilePath = g.string("hourly_profile", grid.hourlyProfilePath);
        grid.exportLimitKW = g.number("export_limit_kW", grid.exportLimitKW, true);
        g.finish();
    }
    if (const auto o = f.object("carbon", false)) {
        Fields c(*this, *o, f.pathOf("carbon"));
        readCarbon(*this, c, site.carbon);
    }
    if (const auto o = f.object("wind", false)) {
        requireVersion(f.pathOf("wind"), kWindFormatVersion);
        Fields w(*this, *o, f.pathOf("wind"));
        readWind(*this, w, site.wind);
        w.finish();
    }
    // Without `heat` (files before format 3): the statutory season of the place, and the
    // electricity conversion the carbon options used.
    site.heat = heat::siteHeatDefaults(site.latitudeDeg, site.longitudeDeg);
    site.heat.electricityKgcePerKWh = site.carbon.kgcePerKWh;
    if (const auto o = f.object("heat", false)) {
        requireVersion(f.pathOf("heat"), kHeatFormatVersion);
        Fields h(*this, *o, f.pathOf("heat"));
        readSiteHeat(*this, h, site.heat);
    }
    // Format version 4; absent: the defaults of spec §15.
    if (const auto o = f.object("economics", false)) {
        requireVersion(f.pathOf("economics"), kEconomicsFormatVersion);
        EconomicsJson::read(*o, f.pathOf("economics"), site.economics,
                            [this](const QString &p, const QString &reason) { fail(p, reason); });
    }
    if (const auto o = f.object("optimizer", false)) {
        requireVersion(f.pathOf("optimizer"), kOptimizerFormatVersion);
        Fields t(*this, *o, f.pathOf("optimizer"));
        readOptimizerSettings(t, site.optimizer);
    }
    readBackgrounds(*this, f, site.backgrounds);
    f.finish();
    if (problemCount() > before)
        return std::nullopt;
    for (const QString &problem : Validation::problems(site))
        m_problems << tr("%1: %2.%3").arg(m_fileName, path, problem);
    if (problemCount() > before)
        return std::nullopt;
    return site;
}

namespace {

// An object's optimizer role and maximum kWp (format 6); absent: a candidate up to its size.
void readOptimizerRole(ProjectReader &reader, Fields &f, OptimizerRole &role, double *maxKWp = nullptr)
{
    const auto o = f.object("optimizer", false);
    if (!o)
        return;
    reader.requireVersion(f.pathOf("optimizer"), kOptimizerFormatVersion);
    Fields g(reader, *o, f.pathOf("optimizer"));
    role = g.enumeration("role", role);
    if (maxKWp)
        *maxKWp = g.number("max_kWp", *maxKWp, true);
    g.finish();
}

Building readBuilding(ProjectReader &reader, Fields &f)
{
    Building b;
    if (const auto outline = f.outline("footprint", true))
        b.footprint = *outline;
    b.heightM = f.number("height", b.heightM);
    b.floors = f.integer("floors", b.floors);
    b.useType = f.enumeration("use_type", b.useType);
    b.structure = f.enumeration("structure", b.structure);
    b.annualLoadKWhOverride = f.number("annual_load_kWh", b.annualLoadKWhOverride, true);
    b.loadProfilePath = f.string("load_profile", b.loadProfilePath);
    if (const auto o = f.object("rooftop", false)) {
        Fields r(reader, *o, f.pathOf("rooftop"));
        b.rooftop.enabled = r.boolean("enabled", b.rooftop.enabled);
        b.rooftop.usableFraction = r.number("usable_fraction", b.rooftop.usableFraction);
        b.rooftop.setbackM = r.number("setback", b.rooftop.setbackM);
        readPvSystem(r, b.rooftop.pv);
        readOptimizerRole(reader, r, b.rooftop.optimizerRole, &b.rooftop.optimizerMaxKWp);
        r.finish();
    }
    if (const auto o = f.object("process", false)) {
        Fields p(reader, *o, f.pathOf("process"));
        ProcessLoads &pl = b.process;
        pl.electrolyserMW = p.number("electrolyser_MW", pl.electrolyserMW);
        pl.electrolyserKWhPerKg = p.number("electrolyser_kWh_per_kg", pl.electrolyserKWhPerKg);
        pl.electrolyserMode = p.enumeration("electrolyser_mode", pl.electrolyserMode);
        pl.evDailyKWh = p.number("ev_daily_kWh", pl.evDailyKWh);
        pl.evWindowStartHour = p.integer("ev_window_start", pl.evWindowStartHour);
        pl.evWindowEndHour = p.integer("ev_window_end", pl.evWindowEndHour);
        p.finish();
    }
    // Without `heat` (every building of a file before format 3): no supply, the old numbers.
    if (const auto o = f.object("heat", false)) {
        reader.requireVersion(f.pathOf("heat"), kHeatFormatVersion);
        Fields h(reader, *o, f.pathOf("heat"));
        b.heat = heat::BuildingHeat();
        readBuildingHeat(reader, h, b.heat);
    }
    return b;
}

PvArray readPvArray(ProjectReader &reader, Fields &f)
{
    PvArray a;
    if (const auto outline = f.outline("polygon", true))
        a.outline = *outline;
    readPvSystem(f, a.pv);
    a.kwpOverride = f.number("kwp", a.kwpOverride, true);
    readOptimizerRole(reader, f, a.optimizerRole, &a.optimizerMaxKWp);
    return a;
}

Storage readStorage(ProjectReader &reader, Fields &f)
{
    Storage s;
    if (const auto o = f.object("position", true)) {
        Fields p(reader, *o, f.pathOf("position"));
        const auto x = p.requiredNumber("x");
        const auto y = p.requiredNumber("y");
        if (x && y)
            s.position = Point2(*x, *y);
        p.finish();
    }
    s.lengthM = f.number("length", s.lengthM);
    s.widthM = f.number("width", s.widthM);
    s.rotationDeg = f.number("rotation", s.rotationDeg);
    s.heightM = f.number("height", s.heightM);
    s.energyKWh = f.number("energy_kWh", s.energyKWh);
    s.powerKW = f.number("power_kW", s.powerKW);
    s.roundTripEfficiency = f.number("round_trip_efficiency", s.roundTripEfficiency);
    s.socMin = f.number("soc_min", s.socMin);
    s.socMax = f.number("soc_max", s.socMax);
    s.chemistry = f.enumeration("chemistry", s.chemistry);
    readOptimizerRole(reader, f, s.optimizerRole);
    return s;
}

GreenSpace readGreenSpace(Fields &f)
{
    GreenSpace g;
    if (const auto outline = f.outline("polygon", true))
        g.outline = *outline;
    g.sinkTPerHaYrOverride = f.number("sink_t_per_ha_yr", g.sinkTPerHaYrOverride, true);
    return g;
}

WindTurbine readWindTurbine(ProjectReader &reader, Fields &f)
{
    WindTurbine t;
    if (const auto o = f.object("position", true)) {
        Fields p(reader, *o, f.pathOf("position"));
        const auto x = p.requiredNumber("x");
        const auto y = p.requiredNumber("y");
        if (x && y)
            t.position = Point2(*x, *y);
        p.finish();
    }
    t.turbineType = f.string("turbine_type", t.turbineType);
    t.hubHeightM = f.number("hub_height", t.hubHeightM);
    t.towerBaseDiameterM = f.number("tower_base_diameter", t.towerBaseDiameterM);
    t.group = f.string("group", t.group);
    readOptimizerRole(reader, f, t.optimizerRole);
    return t;
}

// The fields particular to one kind of object.
ParkObject readObjectOfKind(ProjectReader &reader, Fields &f, ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Building:
        return readBuilding(reader, f);
    case ObjectKind::PvArray:
        return readPvArray(reader, f);
    case ObjectKind::Storage:
        return readStorage(reader, f);
    case ObjectKind::GreenSpace:
        return readGreenSpace(f);
    case ObjectKind::WindTurbine:
        return readWindTurbine(reader, f);
    }
    return ParkObject();
}

} // namespace

std::optional<ParkObject> ProjectReader::readObject(const QJsonValue &value, int index)
{
    const QString path = m_prefix + QStringLiteral("objects[%1]").arg(index);
    if (!value.isObject()) {
        fail(path, tr("expected an object, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    const int before = problemCount();
    Fields f(*this, value.toObject(), path);

    const QJsonValue typeValue = f.take("type");
    if (typeValue.isUndefined()) {
        f.missing("type");
        return std::nullopt;
    }
    if (!typeValue.isString()) {
        f.wrongType("type", tr("a string"), typeValue);
        return std::nullopt;
    }
    const std::optional<ObjectKind> kind = fromKey<ObjectKind>(typeValue.toString());
    if (!kind) {
        fail(f.pathOf("type"), tr("unknown object type \"%1\" (expected one of: %2)")
                                   .arg(typeValue.toString(), enumKeys<ObjectKind>().join(QLatin1String(", "))));
        return std::nullopt;
    }

    if (*kind == ObjectKind::WindTurbine && m_version < kWindFormatVersion) {
        fail(f.pathOf("type"), tr("\"%1\" was added in format version %2; the file declares version %3")
                                   .arg(typeValue.toString())
                                   .arg(kWindFormatVersion)
                                   .arg(m_version));
        return std::nullopt;
    }
    const std::optional<ObjectId> id = f.id("id", true);
    ParkObject object = readObjectOfKind(*this, f, *kind);
    setName(object, f.string("name", QString()));
    setVisible(object, f.boolean("visible", true));
    setLocked(object, f.boolean("locked", false));
    f.finish();
    if (problemCount() > before || !id)
        return std::nullopt;
    setId(object, *id);

    for (const QString &problem : Validation::problems(object))
        m_problems << tr("%1: %2.%3").arg(m_fileName, path, problem);
    if (problemCount() > before)
        return std::nullopt;
    return object;
}

} // namespace pz::io
