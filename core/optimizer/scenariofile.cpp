// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/scenariofile.h"

#include "optimizer/scenarioparts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace pz::optimizer {

namespace {

const char *const kFormat = "parkzero-optimizer-scenario";

// Reads typed values from the JSON, remembering the first error with its key.
class JsonReader {
public:
    QString error;

    double number(const QJsonObject &o, const QString &path, const char *key, double fallback, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(path, key, QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isDouble()) {
            fail(path, key, QStringLiteral("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }
    // null or missing: none.
    std::optional<double> nullableNumber(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(path, key, QStringLiteral("must be a number or null"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(path, key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }
    std::string text(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (v.isDouble())   // an id written as a number
            return QString::number(v.toDouble(), 'g', 17).toStdString();
        if (!v.isString()) {
            fail(path, key, v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("must be text"));
            return {};
        }
        return v.toString().toStdString();
    }
    QJsonObject object(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(QString(), key, QStringLiteral("must be an object"));
        return v.toObject();
    }
    void fail(const QString &path, const char *key, const QString &reason)
    {
        if (error.isEmpty())
            error = QStringLiteral("key %1%2: %3").arg(path.isEmpty() ? QString() : path + QLatin1Char('.'), QLatin1String(key), reason);
    }
};

PvCandidate readPv(JsonReader &r, const QJsonObject &o, const QString &path)
{
    PvCandidate c;
    c.id = r.text(o, path, "id", true);
    c.name = r.text(o, path, "name", false);
    const std::string kind = r.text(o, path, "kind", false);
    if (kind == "rooftop")
        c.kind = PvKind::Rooftop;
    else if (!kind.empty() && kind != "ground")
        r.fail(path, "kind", QStringLiteral("must be ground or rooftop"));
    c.minKWp = r.number(o, path, "min_kWp", 0);
    c.maxKWp = r.number(o, path, "max_kWp", 0, true);
    c.capexCnyPerKWp = r.number(o, path, "capex_CNY_per_kWp", 0, true);
    c.omCnyPerKWpYr = r.number(o, path, "om_CNY_per_kWp_yr", 0);
    c.lifeYears = r.number(o, path, "life_years", 30);
    c.dcAcRatio = r.number(o, path, "dc_ac_ratio", 1.2);
    c.inverterReplacementCnyPerKWac = r.number(o, path, "inverter_replacement_CNY_per_kWac", 0);
    c.inverterLifeYears = r.number(o, path, "inverter_life_years", 15);
    c.embodiedKgPerKWp = r.number(o, path, "embodied_kg_per_kWp", 0);
    c.embodiedLifeYears = r.number(o, path, "embodied_life_years", 30);
    return c;
}

const char *const kWindKeys[] = {"id", "name", "rated_kW", "min_count", "max_count", "capex_CNY_per_kW",
                                 "om_CNY_per_kW_yr", "life_years", "embodied_kg_per_kW", "embodied_life_years"};

WindCandidate readWind(JsonReader &r, const QJsonObject &o, const QString &path)
{
    WindCandidate c;
    c.id = r.text(o, path, "id", true);
    c.name = r.text(o, path, "name", false);
    c.ratedKW = r.number(o, path, "rated_kW", 0, true);
    c.minCount = r.number(o, path, "min_count", 0);
    c.maxCount = r.number(o, path, "max_count", 0, true);
    c.capexCnyPerKW = r.number(o, path, "capex_CNY_per_kW", 0, true);
    c.omCnyPerKWYr = r.number(o, path, "om_CNY_per_kW_yr", 0);
    c.lifeYears = r.number(o, path, "life_years", 25);
    c.embodiedKgPerKW = r.number(o, path, "embodied_kg_per_kW", 0);
    c.embodiedLifeYears = r.number(o, path, "embodied_life_years", 25);
    QJsonObject info = o;   // free information: every other key, kept as written
    for (const char *key : kWindKeys)
        info.remove(QLatin1String(key));
    if (!info.isEmpty())
        c.info = QJsonDocument(info).toJson(QJsonDocument::Compact).toStdString();
    return c;
}

BatteryCandidate readBattery(JsonReader &r, const QJsonObject &o)
{
    const QString p = QStringLiteral("battery");
    BatteryCandidate b;
    b.minKWh = r.number(o, p, "min_kWh", 0);
    b.maxKWh = r.number(o, p, "max_kWh", 0);
    b.minKW = r.number(o, p, "min_kW", 0);
    b.maxKW = r.number(o, p, "max_kW", 0);
    b.roundTripEfficiency = r.number(o, p, "round_trip_efficiency", 0.85);
    b.socMin = r.number(o, p, "soc_min", 0.05);
    b.socMax = r.number(o, p, "soc_max", 0.95);
    const bool buildable = b.maxKWh > 0 || b.maxKW > 0;   // capex is required only then
    b.capexCnyPerKWh = r.number(o, p, "capex_CNY_per_kWh", 0, buildable);
    b.capexCnyPerKW = r.number(o, p, "capex_CNY_per_kW", 0, buildable);
    b.omCnyPerKWhYr = r.number(o, p, "om_CNY_per_kWh_yr", 0);
    b.omCnyPerKWYr = r.number(o, p, "om_CNY_per_kW_yr", 0);
    b.lifeYears = r.number(o, p, "life_years", 15);
    b.replacementFactor = r.number(o, p, "replacement_factor", 1.0);
    b.embodiedKgPerKWh = r.number(o, p, "embodied_kg_per_kWh", 0);
    b.embodiedLifeYears = r.number(o, p, "embodied_life_years", 15);
    return b;
}

void readSettings(JsonReader &r, const QJsonObject &root, OptimizerProblem &p)
{
    const QJsonObject e = r.object(root, "economics");
    p.economics.discountRate = r.number(e, QStringLiteral("economics"), "discount_rate", 0.06);
    const double years = r.number(e, QStringLiteral("economics"), "analysis_years", 25);
    if (years != std::floor(years) || years < 1 || years > 1000)
        r.fail(QStringLiteral("economics"), "analysis_years", QStringLiteral("must be a whole number of years from 1"));
    p.economics.analysisYears = static_cast<int>(std::clamp(years, 1.0, 1000.0));
    const QString g = QStringLiteral("grid");
    const QJsonObject grid = r.object(root, "grid");
    p.grid.exportLimitKW = r.nullableNumber(grid, g, "export_limit_kW");
    p.grid.greenPremiumCnyPerKWh = r.number(grid, g, "green_premium_CNY_per_kWh", 0);
    p.grid.greenMaxKWh = r.nullableNumber(grid, g, "green_max_kWh");
    p.grid.demandChargeCnyPerKWMonth = r.number(grid, g, "demand_charge_CNY_per_kW_month", 0);
    const QString c = QStringLiteral("carbon");
    const QJsonObject carbon = r.object(root, "carbon");
    p.carbon.thresholdTCO2PerTce = r.number(carbon, c, "threshold_tCO2_per_tce", 0.20);
    p.carbon.kgcePerKWh = r.number(carbon, c, "kgce_per_kWh", 0.1229);
    p.carbon.otherEmissionsTCO2 = r.number(carbon, c, "other_emissions_tCO2", 0);
    p.carbon.otherEnergyTce = r.number(carbon, c, "other_energy_tce", 0);
    p.carbon.otherCleanTce = r.number(carbon, c, "other_clean_tce", 0);
    p.carbon.includeEmbodied = r.boolean(carbon, c, "include_embodied", false);
    p.carbon.embodiedFixedTCO2 = r.number(carbon, c, "embodied_fixed_tCO2", 0);
    p.carbon.cleanShareMin = r.nullableNumber(carbon, c, "clean_share_min");
    p.options.integerTurbines = r.boolean(r.object(root, "options"), QStringLiteral("options"), "integer_turbines", false);
}

// Reads the JSON part; returns the CSV's path in csvPath.
std::optional<OptimizerProblem> readJson(const QByteArray &bytes, QString *csvRelative, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = 1 + bytes.left(parseError.offset).count('\n');
        *error = QStringLiteral("line %1: not a JSON object: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    JsonReader r;
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        r.fail(QString(), "format", QStringLiteral("must be \"%1\"").arg(QLatin1String(kFormat)));
    else if (r.number(root, QString(), "format_version", 0, true) != 1)
        r.fail(QString(), "format_version", QStringLiteral("version %1 is not supported (1 is)").arg(root.value(QLatin1String("format_version")).toDouble()));
    OptimizerProblem p;
    p.name = r.text(root, QString(), "name", false);
    *csvRelative = QString::fromStdString(r.text(root, QString(), "profiles", true));
    const QJsonArray pv = root.value(QLatin1String("pv")).toArray();
    for (int i = 0; i < pv.size(); ++i)
        p.pv.push_back(readPv(r, pv[i].toObject(), QStringLiteral("pv[%1]").arg(i)));
    const QJsonArray wind = root.value(QLatin1String("wind")).toArray();
    for (int j = 0; j < wind.size(); ++j)
        p.wind.push_back(readWind(r, wind[j].toObject(), QStringLiteral("wind[%1]").arg(j)));
    p.battery = readBattery(r, r.object(root, "battery"));
    readSettings(r, root, p);
    if (!r.error.isEmpty()) {
        *error = r.error;
        return std::nullopt;
    }
    return p;
}

} // namespace

ScenarioReadResult readScenario(const QString &jsonPath)
{
    ScenarioReadResult result;
    const QString name = QFileInfo(jsonPath).fileName();
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: cannot open: %2").arg(jsonPath, file.errorString());
        return result;
    }
    QString csvRelative, error;
    std::optional<OptimizerProblem> problem = readJson(file.readAll(), &csvRelative, &error);
    if (!problem) {
        result.error = QStringLiteral("%1: %2").arg(name, error);
        return result;
    }
    const QString csvPath = QFileInfo(jsonPath).dir().filePath(csvRelative);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: key profiles: cannot open %2: %3").arg(name, csvPath, csv.errorString());
        return result;
    }
    if (!readScenarioCsv(csv.readAll(), *problem, &error)) {
        result.error = QStringLiteral("%1: %2").arg(QFileInfo(csvPath).fileName(), error);
        return result;
    }
    result.problem = std::move(problem);
    return result;
}

bool writeScenario(const OptimizerProblem &problem, const QString &jsonPath, const QString &csvFileName, QString *error)
{
    const QString csvPath = QFileInfo(jsonPath).dir().filePath(csvFileName);
    const std::pair<QString, QByteArray> files[] = {
        {csvPath, scenarioCsv(problem)},
        {jsonPath, QJsonDocument(scenarioJson(problem, csvFileName)).toJson(QJsonDocument::Indented)}};
    for (const auto &[path, bytes] : files) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace pz::optimizer
