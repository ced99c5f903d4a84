// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/economicsjson.h"

#include "io/projectreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>
#include <limits>

namespace pz::io {

using namespace pz::economics;

namespace {

const QLatin1String kPeriodsKey("tariff.periods");
const QLatin1String kWeekdayKey("tariff.weekday");
const QLatin1String kWeekendKey("tariff.weekend");
const QLatin1String kBauHeatKey("bau_heat_supply");
const QLatin1String kSameHeat("same");
const QLatin1String kCostSetFormat("parkzero-costs");

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Sets a value at a dotted key ("costs.heat_capex_CNY_per_kWth.ashp") inside nested objects.
void setNested(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(key, value);
        return;
    }
    const QString head = key.left(dot);
    QJsonObject child = object.value(head).toObject();
    setNested(child, key.mid(dot + 1), value);
    object.insert(head, child);
}

QJsonArray gridToJson(const PeriodGrid &grid)
{
    QJsonArray rows;
    for (const auto &row : grid) {
        QJsonArray hours;
        for (int p : row)
            hours.append(p);
        rows.append(hours);
    }
    return rows;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 17);
}

// Reads the values of one economics object, dotted key by dotted key.
class Reader
{
public:
    Reader(const QString &path, EconomicsSettings &s, const ProblemSink &fail) : m_path(path), m_s(s), m_fail(fail) {}

    void object(const QJsonObject &o, const QString &key)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            value(it.value(), key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key());
    }

private:
    void value(const QJsonValue &v, const QString &key)
    {
        if (key == kPeriodsKey)
            periods(v, key);
        else if (key == kWeekdayKey)
            grid(v, key, m_s.tariff.weekday);
        else if (key == kWeekendKey)
            grid(v, key, m_s.tariff.weekend);
        else if (key == kBauHeatKey)
            bauHeat(v, key);
        else if (const SettingField *f = settingField(key); f && f->set)
            number(v, key, *f);
        else if (v.isObject() && isPrefix(key))
            object(v.toObject(), key);
        else
            m_fail(join(m_path, key), EconomicsJson::tr("unknown field"));
    }

    static bool isPrefix(const QString &key)
    {
        const QString prefix = key + QLatin1Char('.');
        for (const SettingField &f : settingFields())
            if (f.key.startsWith(prefix))
                return true;
        return false;
    }

    void wrongType(const QString &key, const QString &expected, const QJsonValue &got)
    {
        m_fail(join(m_path, key), EconomicsJson::tr("expected %1, got %2").arg(expected, ProjectReader::typeName(got)));
    }

    void number(const QJsonValue &v, const QString &key, const SettingField &f)
    {
        if (!v.isDouble()) {
            wrongType(key, f.whole ? EconomicsJson::tr("a whole number") : EconomicsJson::tr("a number"), v);
            return;
        }
        const double d = v.toDouble();
        if (f.whole && d != std::trunc(d)) {
            m_fail(join(m_path, key), EconomicsJson::tr("expected a whole number, got %1").arg(numberText(d)));
            return;
        }
        if (f.whole && (d < f.min || d > f.max)) {   // out of range would not fit the int
            m_fail(join(m_path, key), EconomicsJson::tr("must be between %1 and %2 (got %3)")
                                          .arg(numberText(f.min), numberText(f.max), numberText(d)));
            return;
        }
        f.set(m_s, d);
    }

    void periods(const QJsonValue &v, const QString &key)
    {
        if (!v.isArray()) {
            wrongType(key, EconomicsJson::tr("an array of periods"), v);
            return;
        }
        std::vector<TouPeriod> out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = join(m_path, key) + QStringLiteral("[%1]").arg(i);
            const QJsonObject p = array.at(i).toObject();
            if (!array.at(i).isObject() || !p.value(QLatin1String("name")).isString()
                || !p.value(QLatin1String("price_CNY_per_kWh")).isDouble() || p.size() != 2) {
                m_fail(path, EconomicsJson::tr("expected {\"name\": a string, \"price_CNY_per_kWh\": a number}"));
                return;
            }
            out.push_back({p.value(QLatin1String("name")).toString(), p.value(QLatin1String("price_CNY_per_kWh")).toDouble()});
        }
        m_s.tariff.periods = std::move(out);
    }

    void grid(const QJsonValue &v, const QString &key, PeriodGrid &grid)
    {
        const QJsonArray rows = v.toArray();
        if (!v.isArray() || rows.size() != 12) {
            m_fail(join(m_path, key), EconomicsJson::tr("expected 12 rows (January first) of 24 period indices"));
            return;
        }
        PeriodGrid out{};
        for (int m = 0; m < 12; ++m) {
            const QJsonArray hours = rows.at(m).toArray();
            const QString rowPath = join(m_path, key) + QStringLiteral("[%1]").arg(m);
            if (!rows.at(m).isArray() || hours.size() != 24) {
                m_fail(rowPath, EconomicsJson::tr("expected 24 period indices (the hour from 00:00 first)"));
                return;
            }
            for (int h = 0; h < 24; ++h) {
                const double d = hours.at(h).toDouble(std::numeric_limits<double>::quiet_NaN());
                if (!hours.at(h).isDouble() || d != std::trunc(d) || std::abs(d) > 1e6) {
                    m_fail(rowPath + QStringLiteral("[%1]").arg(h), EconomicsJson::tr("expected a period index (a whole number)"));
                    return;
                }
                out[m][h] = int(d);
            }
        }
        grid = out;
    }

    void bauHeat(const QJsonValue &v, const QString &key)
    {
        const QString text = v.toString();
        if (v.isString() && text == kSameHeat) {
            m_s.bauHeatSupply.reset();
            return;
        }
        QStringList keys{kSameHeat};
        for (int i = 0; i < kHeatTechnologyCount; ++i) {
            keys << QLatin1String(heatTechnologyKey(HeatTechnology(i)));
            if (v.isString() && text == keys.back()) {
                m_s.bauHeatSupply = HeatTechnology(i);
                return;
            }
        }
        if (!v.isString())
            wrongType(key, EconomicsJson::tr("a string"), v);
        else
            m_fail(join(m_path, key), EconomicsJson::tr("unknown value \"%1\" (expected one of: %2)")
                                          .arg(text, keys.join(QLatin1String(", "))));
    }

    QString m_path;
    EconomicsSettings &m_s;
    const ProblemSink &m_fail;
};

QJsonObject costSetJson(const EconomicsSettings &s)
{
    const QJsonObject all = EconomicsJson::toJson(s);
    return QJsonObject{{QStringLiteral("format"), kCostSetFormat},
                       {QStringLiteral("format_version"), kCostSetFormatVersion},
                       {QStringLiteral("costs"), all.value(QLatin1String("costs"))},
                       {QStringLiteral("fuel_prices"), all.value(QLatin1String("fuel_prices"))},
                       {QStringLiteral("tariff"), all.value(QLatin1String("tariff"))}};
}

} // namespace

QJsonObject EconomicsJson::tariffToJson(const Tariff &t)
{
    EconomicsSettings s;
    s.tariff = t;
    return toJson(s).value(QLatin1String("tariff")).toObject();
}

QJsonObject EconomicsJson::toJson(const EconomicsSettings &s)
{
    QJsonObject o;
    for (const SettingField &f : settingFields())
        if (f.get)
            setNested(o, f.key, f.whole ? QJsonValue(qint64(std::llround(f.get(s)))) : QJsonValue(f.get(s)));
    QJsonArray periods;
    for (const TouPeriod &p : s.tariff.periods)
        periods.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("price_CNY_per_kWh"), p.priceCNYPerKWh}});
    setNested(o, kPeriodsKey, periods);
    setNested(o, kWeekdayKey, gridToJson(s.tariff.weekday));
    setNested(o, kWeekendKey, gridToJson(s.tariff.weekend));
    o.insert(kBauHeatKey, s.bauHeatSupply ? QString::fromLatin1(heatTechnologyKey(*s.bauHeatSupply)) : QString(kSameHeat));
    return o;
}

void EconomicsJson::read(const QJsonObject &object, const QString &path, EconomicsSettings &settings, const ProblemSink &fail)
{
    Reader(path, settings, fail).object(object, QString());
}

QByteArray compactIndexRows(const QByteArray &indentedJson)
{
    static const QRegularExpression row(QStringLiteral(R"(\[\n\s*(-?[0-9]+(?:,\n\s*-?[0-9]+)+)\n\s*\])"));
    static const QRegularExpression separator(QStringLiteral(R"(,\n\s*)"));
    const QString text = QString::fromUtf8(indentedJson);
    QString out;
    qsizetype last = 0;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QLatin1Char('[') + m.captured(1).replace(separator, QStringLiteral(", ")) + QLatin1Char(']');
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray serializeCostSet(const EconomicsSettings &settings)
{
    const QByteArray indented = QJsonDocument(costSetJson(settings)).toJson(QJsonDocument::Indented);
    return compactIndexRows(indented);
}

bool saveCostSet(const EconomicsSettings &settings, const QString &path, QString *error)
{
    const QByteArray bytes = serializeCostSet(settings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = EconomicsJson::tr("%1: cannot be saved: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (error)
        error->clear();
    return true;
}

bool parseCostSet(const QByteArray &json, const QString &fileName, EconomicsSettings &settings, QStringList *problems)
{
    QStringList found;
    auto fail = [&](const QString &path, const QString &reason) {
        found << (path.isEmpty() ? EconomicsJson::tr("%1: %2").arg(fileName, reason)
                                 : EconomicsJson::tr("%1: %2: %3").arg(fileName, path, reason));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QJsonObject top = document.object();
    if (parseError.error != QJsonParseError::NoError)
        fail({}, EconomicsJson::tr("invalid JSON: %1").arg(parseError.errorString()));
    else if (!document.isObject() || top.value(QLatin1String("format")).toString() != kCostSetFormat)
        fail(QStringLiteral("format"), EconomicsJson::tr("expected \"%1\" (not a ParkZero cost set)").arg(kCostSetFormat));
    else if (const QJsonValue v = top.value(QLatin1String("format_version"));
             !v.isDouble() || v.toDouble() < 1 || v.toDouble() > kCostSetFormatVersion || v.toDouble() != std::trunc(v.toDouble()))
        fail(QStringLiteral("format_version"), EconomicsJson::tr("this version reads cost sets of version 1 to %1")
                                                   .arg(kCostSetFormatVersion));
    EconomicsSettings read = settings;
    if (found.isEmpty()) {
        QJsonObject parts;
        for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
            if (it.key() == QLatin1String("costs") || it.key() == QLatin1String("fuel_prices") || it.key() == QLatin1String("tariff"))
                parts.insert(it.key(), it.value());
            else if (it.key() != QLatin1String("format") && it.key() != QLatin1String("format_version"))
                fail(it.key(), EconomicsJson::tr("unknown field"));
        }
        EconomicsJson::read(parts, QString(), read, fail);
    }
    if (found.isEmpty())
        for (const QString &p : settingsProblems(read, QString()))
            found << EconomicsJson::tr("%1: %2").arg(fileName, p);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;
    settings.costs = read.costs;
    settings.fuelPrices = read.fuelPrices;
    settings.tariff = read.tariff;
    return true;
}

bool loadCostSet(const QString &path, EconomicsSettings &settings, QStringList *problems)
{
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            *problems = QStringList{EconomicsJson::tr("%1: cannot be read: %2").arg(fileName, file.errorString())};
        return false;
    }
    // A cost set is a few kilobytes; a larger file is not one.
    const QByteArray data = file.read(1024 * 1024);
    return parseCostSet(data, fileName, settings, problems);
}

} // namespace pz::io
