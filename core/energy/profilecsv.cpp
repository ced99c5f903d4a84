// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "energy/profilecsv.h"

#include "energy/yearcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace pz::energy {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz::energy"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::energy", text);
}

constexpr int kLeapYearHours = 8784;
constexpr int kFeb29FirstHour = 59 * 24;   // 1 Jan + 31 + 28 days

} // namespace

ProfileReadResult readProfileCsv(const QString &path)
{
    ProfileReadResult result;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error = tr("%1: cannot open the profile (%2)").arg(name, file.errorString());
        return result;
    }
    return parseProfileCsv(file.readAll(), name);
}

ProfileReadResult parseProfileCsv(const QByteArray &data, const QString &name)
{
    ProfileReadResult result;
    const QString text = QString::fromUtf8(data);
    static const QRegularExpression separators(QStringLiteral("[,;\t]"));
    const QLocale c = QLocale::c();

    std::vector<double> values;
    values.reserve(kLeapYearHours);
    bool firstDataLine = true;
    int lineNo = 0;
    int lastValueLine = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(separators);
        const int column = static_cast<int>(fields.size());
        QStringView field = fields.back().trimmed();
        if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
            field = field.mid(1, field.size() - 2).trimmed();
        bool ok = false;
        const double v = c.toDouble(field, &ok);
        if (!ok || !std::isfinite(v)) {
            if (firstDataLine && !ok) {   // a header line
                firstDataLine = false;
                continue;
            }
            result.error = tr("%1, line %2, column %3: \"%4\" is not a number")
                               .arg(name)
                               .arg(lineNo)
                               .arg(column)
                               .arg(field.toString());
            return result;
        }
        firstDataLine = false;
        if (v < 0.0) {
            result.error = tr("%1, line %2, column %3: negative value %4")
                               .arg(name)
                               .arg(lineNo)
                               .arg(column)
                               .arg(field.toString());
            return result;
        }
        if (static_cast<int>(values.size()) == kLeapYearHours) {
            result.error = tr("%1, line %2, column %3: more than %4 values (expected %5)")
                               .arg(name)
                               .arg(lineNo)
                               .arg(column)
                               .arg(kLeapYearHours)
                               .arg(kHoursPerYear);
            return result;
        }
        values.push_back(v);
        lastValueLine = lineNo;
    }
    const int count = static_cast<int>(values.size());
    if (count == kLeapYearHours) {
        values.erase(values.begin() + kFeb29FirstHour, values.begin() + kFeb29FirstHour + 24);
    } else if (count != kHoursPerYear) {
        result.error = tr("%1, line %2: %3 values, expected %4 (one per hour of the year)")
                           .arg(name)
                           .arg(lastValueLine)
                           .arg(count)
                           .arg(kHoursPerYear);
        return result;
    }
    result.valuesKWh = std::move(values);
    return result;
}

} // namespace pz::energy
