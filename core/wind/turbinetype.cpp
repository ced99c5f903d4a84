// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/turbinetype.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::wind {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz::wind"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::wind", text);
}

// Linear interpolation of column on [v_k, v_k+1) holding u; 0 outside [v_1, v_n).
double interpolate(const std::vector<double> &speeds, const std::vector<double> &column, double u)
{
    if (speeds.size() < 2 || !(u >= speeds.front()) || u >= speeds.back())
        return 0;
    const auto upper = std::upper_bound(speeds.begin(), speeds.end(), u);   // first v > u
    const auto k = static_cast<size_t>(upper - speeds.begin()) - 1;
    const double t = (u - speeds[k]) / (speeds[k + 1] - speeds[k]);
    return column[k] + t * (column[k + 1] - column[k]);
}

constexpr char kHeader[] = "wind_speed_m_s,power_kW,thrust_coefficient";

// The parse state of one file: header keys, rows and the first error. Its messages name the
// context literally: lupdate would file a tr() call inside the class under the class's name.
class TurbineParser
{
public:
    explicit TurbineParser(const QString &fileName) : m_file(fileName) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(int line, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = line > 0 ? QCoreApplication::translate("pz::wind", "%1, line %2: %3").arg(m_file).arg(line).arg(reason)
                               : QCoreApplication::translate("pz::wind", "%1: %2").arg(m_file, reason);
    }

    void keyLine(QStringView text, int line)
    {
        const qsizetype colon = text.indexOf(u':');
        if (colon < 0)
            return;   // a plain comment
        const QString key = text.left(colon).trimmed().toString();
        const QString value = text.mid(colon + 1).trimmed().toString();
        m_keys.append({key, value, line});
    }

    // A data row; returns false after an error.
    bool row(QStringView text, int line)
    {
        const QList<QStringView> cells = text.split(u',');
        if (cells.size() < 2 || cells.size() > 3) {
            fail(line, QCoreApplication::translate("pz::wind", "expected 2 or 3 values (speed, power, thrust coefficient), found %1").arg(cells.size()));
            return false;
        }
        double v = 0, p = 0;
        if (!number(cells[0], line, QCoreApplication::translate("pz::wind", "wind speed"), v) || !number(cells[1], line, QCoreApplication::translate("pz::wind", "power"), p))
            return false;
        if (v < 0) {
            fail(line, QCoreApplication::translate("pz::wind", "negative wind speed %1 m/s").arg(v));
            return false;
        }
        if (!speedMS.empty() && !(v > speedMS.back())) {
            fail(line, QCoreApplication::translate("pz::wind", "wind speed %1 m/s does not increase (previous row %2 m/s)").arg(v).arg(speedMS.back()));
            return false;
        }
        if (p < 0) {
            fail(line, QCoreApplication::translate("pz::wind", "negative power %1 kW").arg(p));
            return false;
        }
        const bool hasCt = cells.size() == 3 && !cells[2].trimmed().isEmpty();
        double ct = 0;
        if (hasCt && !number(cells[2], line, QCoreApplication::translate("pz::wind", "thrust coefficient"), ct))
            return false;
        if (!speedMS.empty() && hasCt != m_rowsHaveCt) {
            fail(line, QCoreApplication::translate("pz::wind", "the thrust coefficient must be given in every row or in none"));
            return false;
        }
        m_rowsHaveCt = hasCt;
        speedMS.push_back(v);
        powerKW.push_back(p);
        thrust.push_back(ct);
        lines.push_back(line);
        return true;
    }

    bool number(QStringView cell, int line, const QString &what, double &out)
    {
        bool ok = false;
        out = QLocale::c().toDouble(cell.trimmed(), &ok);
        if (!ok || !std::isfinite(out)) {
            fail(line, QCoreApplication::translate("pz::wind", "%1 is not a number (\"%2\")").arg(what, cell.trimmed().left(40).toString()));
            return false;
        }
        return true;
    }

    std::optional<TurbineType> finish(int lastLine, QStringList &notes);

    bool headerSeen = false;
    std::vector<double> speedMS, powerKW, thrust;
    std::vector<int> lines;

private:
    struct Key {
        QString key, value;
        int line;
    };
    const Key *findKey(const char *key) const
    {
        for (const Key &k : m_keys)
            if (k.key == QLatin1String(key))
                return &k;
        return nullptr;
    }
    // A positive number from a key; `required` keys must be present.
    bool positiveKey(const char *key, bool required, double &out);

    QString m_file, m_error;
    QList<Key> m_keys;
    bool m_rowsHaveCt = true;
};

bool TurbineParser::positiveKey(const char *key, bool required, double &out)
{
    const Key *k = findKey(key);
    if (!k) {
        if (required)
            fail(0, QCoreApplication::translate("pz::wind", "missing header key \"%1\"").arg(QLatin1String(key)));
        return !required;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(k->value, &ok);
    if (!ok || !std::isfinite(v) || v <= 0) {
        fail(k->line, QCoreApplication::translate("pz::wind", "\"%1\" must be a positive number (\"%2\")").arg(QLatin1String(key), k->value.left(40)));
        return false;
    }
    out = v;
    return true;
}

std::optional<TurbineType> TurbineParser::finish(int lastLine, QStringList &notes)
{
    if (failed())
        return std::nullopt;
    if (!headerSeen) {
        fail(lastLine, QCoreApplication::translate("pz::wind", "no header line \"%1\"").arg(QLatin1String(kHeader)));
        return std::nullopt;
    }
    if (speedMS.size() < 2) {
        fail(lastLine, QCoreApplication::translate("pz::wind", "at least two rows (cut-in and cut-out) expected, found %1").arg(speedMS.size()));
        return std::nullopt;
    }
    TurbineType t;
    double cutIn = speedMS.front(), cutOut = speedMS.back();
    if (!positiveKey("rated_kW", true, t.ratedKW) || !positiveKey("rotor_diameter_m", true, t.rotorDiameterM)
        || !positiveKey("hub_height_m", true, t.hubHeightM)
        || !positiveKey("reference_air_density_kg_m3", false, t.referenceDensityKgM3)
        || !positiveKey("cut_in_m_s", false, cutIn) || !positiveKey("cut_out_m_s", false, cutOut))
        return std::nullopt;
    // The first row is cut-in and the last is cut-out (§12.5).
    if (std::abs(cutIn - speedMS.front()) > 1e-9) {
        fail(findKey("cut_in_m_s")->line, QCoreApplication::translate("pz::wind", "cut_in_m_s %1 differs from the first row's speed %2 m/s (line %3)")
                                              .arg(cutIn).arg(speedMS.front()).arg(lines.front()));
        return std::nullopt;
    }
    if (std::abs(cutOut - speedMS.back()) > 1e-9) {
        fail(findKey("cut_out_m_s")->line, QCoreApplication::translate("pz::wind", "cut_out_m_s %1 differs from the last row's speed %2 m/s (line %3)")
                                               .arg(cutOut).arg(speedMS.back()).arg(lines.back()));
        return std::nullopt;
    }
    const Key *name = findKey("name");
    t.name = name ? name->value.toStdString() : std::string();
    if (const Key *k = findKey("source"))
        t.source = k->value.toStdString();
    if (const Key *k = findKey("licence"))
        t.licence = k->value.toStdString();
    t.speedMS = speedMS;
    t.powerKW = powerKW;
    t.thrustCoefficient.resize(speedMS.size());
    for (size_t k = 0; k < speedMS.size(); ++k)
        t.thrustCoefficient[k] = clipThrustCoefficient(
            m_rowsHaveCt ? thrust[k] : samThrustCoefficient(powerKW[k], speedMS[k], t.rotorDiameterM, t.referenceDensityKgM3));
    if (!m_rowsHaveCt)
        notes << QCoreApplication::translate("pz::wind", "%1: the file has no thrust coefficients; they were filled with SAM's regression Ct(Cp).").arg(m_file);
    return t;
}

} // namespace

double TurbineType::powerAtKW(double u) const
{
    return interpolate(speedMS, powerKW, u);
}

double TurbineType::thrustAt(double u) const
{
    return interpolate(speedMS, thrustCoefficient, u);
}

double samThrustCoefficient(double powerKW, double speedMS, double rotorDiameterM, double referenceDensityKgM3)
{
    const double windPowerW = 0.5 * referenceDensityKgM3 * (std::numbers::pi / 4) * rotorDiameterM * rotorDiameterM
                              * speedMS * speedMS * speedMS;
    if (!(windPowerW > 0))
        return 0;
    const double cp = 1000 * powerKW / windPowerW;
    return std::max(0.0, -1.453989e-2 + 1.473506 * cp - 2.330823 * cp * cp + 3.885123 * cp * cp * cp);
}

double clipThrustCoefficient(double ct)
{
    return std::clamp(ct, 0.0, kMaxThrustCoefficient);
}

TurbineReadResult parseTurbineCsv(const QByteArray &data, const QString &fileName)
{
    TurbineReadResult result;
    TurbineParser p(fileName);
    const QString text = QString::fromUtf8(data);
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            if (p.headerSeen) {
                p.fail(lineNo, tr("comment line after the header"));
                break;
            }
            p.keyLine(line.mid(1), lineNo);
        } else if (!p.headerSeen) {
            if (line.toString().remove(u' ') != QLatin1String(kHeader)
                && line.toString().remove(u' ') != QLatin1String("wind_speed_m_s,power_kW")) {
                p.fail(lineNo, tr("expected the header \"%1\"").arg(QLatin1String(kHeader)));
                break;
            }
            p.headerSeen = true;
        } else if (!p.row(line, lineNo)) {
            break;
        }
    }
    result.type = p.finish(lineNo, result.notes);
    result.error = p.error();
    return result;
}

TurbineReadResult readTurbineCsv(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TurbineReadResult r;
        r.error = tr("%1: cannot open the turbine file (%2)").arg(name, file.errorString());
        return r;
    }
    if (file.size() > 1 << 20) {
        TurbineReadResult r;
        r.error = tr("%1: the file is too large for a turbine curve").arg(name);
        return r;
    }
    return parseTurbineCsv(file.readAll(), name);
}

} // namespace pz::wind
