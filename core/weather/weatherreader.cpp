// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "weatherreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace pz::weather {
namespace {

using pz::solar::WeatherYear;

// Column names used in messages, for the translation tools.
[[maybe_unused]] const char *const kColumnNames[] = {
    QT_TRANSLATE_NOOP("pz::Weather", "latitude"), QT_TRANSLATE_NOOP("pz::Weather", "longitude"),
    QT_TRANSLATE_NOOP("pz::Weather", "time zone"), QT_TRANSLATE_NOOP("pz::Weather", "elevation"),
    QT_TRANSLATE_NOOP("pz::Weather", "year"), QT_TRANSLATE_NOOP("pz::Weather", "month"),
    QT_TRANSLATE_NOOP("pz::Weather", "day"), QT_TRANSLATE_NOOP("pz::Weather", "hour"),
    QT_TRANSLATE_NOOP("pz::Weather", "date"), QT_TRANSLATE_NOOP("pz::Weather", "time"),
    QT_TRANSLATE_NOOP("pz::Weather", "dry-bulb temperature"),
    QT_TRANSLATE_NOOP("pz::Weather", "GHI"), QT_TRANSLATE_NOOP("pz::Weather", "DNI"),
    QT_TRANSLATE_NOOP("pz::Weather", "DHI"), QT_TRANSLATE_NOOP("pz::Weather", "irradiance"),
    QT_TRANSLATE_NOOP("pz::Weather", "wind speed"), QT_TRANSLATE_NOOP("pz::Weather", "missing")};

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// One CSV line split into cells, each trimmed. The cells view the line itself, or, when the line
// has double quotes, copies of its cells without them. One row is reused for every line, so that
// a file's lines allocate nothing once the first has sized it.
struct CsvRow {
    std::vector<QByteArrayView> cells;
    std::vector<QByteArray> unquoted;   // the cells of a quoted line
    std::size_t size() const { return cells.size(); }
    const QByteArrayView &operator[](std::size_t i) const { return cells[i]; }
};

// Whitespace as QByteArray::trimmed() removes it.
bool isSpace(char ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

// [begin, end) without leading and trailing whitespace.
QByteArrayView trimmedView(const char *begin, const char *end)
{
    while (begin != end && isSpace(*begin))
        ++begin;
    while (end != begin && isSpace(end[-1]))
        --end;
    return QByteArrayView(begin, end - begin);
}

// Splits one CSV line into row; double quotes protect commas (TMY3 station names).
void splitCsv(QByteArrayView line, CsvRow &row)
{
    row.cells.clear();
    const char *begin = line.data(), *end = begin + line.size();
    if (!line.contains('"')) {
        // The common case: no quoting.
        const char *start = begin;
        for (const char *p = begin; p != end; ++p) {
            if (*p == ',') {
                row.cells.push_back(trimmedView(start, p));
                start = p + 1;
            }
        }
        row.cells.push_back(trimmedView(start, end));
        return;
    }
    row.unquoted.clear();
    QByteArray cell;
    bool quoted = false;
    for (char ch : line) {
        if (ch == '"') {
            quoted = !quoted;
        } else if (ch == ',' && !quoted) {
            row.unquoted.push_back(cell.trimmed());
            cell.clear();
        } else {
            cell.append(ch);
        }
    }
    row.unquoted.push_back(cell.trimmed());
    for (const QByteArray &c : row.unquoted)
        row.cells.emplace_back(c);
}

CsvRow splitCsv(QByteArrayView line)
{
    CsvRow row;
    splitCsv(line, row);
    return row;
}

// The lines of data (views into it), without their line ends.
std::vector<QByteArrayView> splitLines(const QByteArray &data)
{
    std::vector<QByteArrayView> lines;
    const char *p = data.constData(), *end = p + data.size();
    while (p < end) {
        const void *nl = std::memchr(p, '\n', std::size_t(end - p));
        const char *lineEnd = nl ? static_cast<const char *>(nl) : end;
        QByteArrayView line(p, lineEnd - p);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.push_back(line);
        p = lineEnd + 1;
    }
    return lines;
}

// A cell as a number, exactly as QByteArrayView::toDouble reads it. The usual plain decimal
// (digits, sign, point, exponent) is read in place by std::from_chars; anything else, and any
// cell from_chars refuses, goes to Qt, so that both accept and reject the same cells.
double toDouble(QByteArrayView cell, bool *ok)
{
    const char *begin = cell.data(), *end = begin + cell.size();
    const bool plain = !cell.isEmpty()
        && std::all_of(begin, end, [](char ch) {
               return (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E';
           })
        && ((*begin >= '0' && *begin <= '9') || *begin == '-');
    if (plain) {
        double value = 0;
        const std::from_chars_result r = std::from_chars(begin, end, value);
        if (r.ec == std::errc() && r.ptr == end) {
            *ok = true;
            return value;
        }
    }
    return cell.toDouble(ok);
}

// The first 40 bytes of a cell, for a message.
QString cellText(QByteArrayView cell)
{
    return QString::fromUtf8(cell.first(std::min<qsizetype>(cell.size(), 40)));
}

// Collects records and the first error of a file.
class Parser
{
public:
    explicit Parser(const QString &fileName) : m_file(fileName) { m_year.source = fileName.toStdString(); m_year.resize();
        m_year.windDirectionDeg.assign(kHoursPerYear, std::numeric_limits<double>::quiet_NaN());
        m_year.pressurePa.assign(kHoursPerYear, std::numeric_limits<double>::quiet_NaN()); }

    // A raw cell for the wind columns (spec wind.md §12.1): the number as given, NaN when the cell
    // is missing or not a number; the wind model cleans and counts these, so this never fails.
    static double raw(const CsvRow &cells, int column)
    {
        if (column <= 0 || column > int(cells.size()))
            return std::numeric_limits<double>::quiet_NaN();
        bool ok = false;
        const double v = toDouble(cells[std::size_t(column - 1)], &ok);
        return ok ? v : std::numeric_limits<double>::quiet_NaN();
    }

    bool failed() const { return !m_error.isEmpty(); }

    void fail(int line, int column, const char *columnName, const QString &reason)
    {
        if (failed())
            return;
        m_error = QCoreApplication::translate("pz::Weather", "%1, line %2, column %3 (%4): %5")
                      .arg(m_file).arg(line).arg(column).arg(QCoreApplication::translate("pz::Weather", columnName), reason);
    }

    void failLine(int line, const QString &reason)
    {
        if (failed())
            return;
        m_error = QCoreApplication::translate("pz::Weather", "%1, line %2: %3").arg(m_file).arg(line).arg(reason);
    }

    void failFile(const QString &reason)
    {
        if (!failed())
            m_error = QCoreApplication::translate("pz::Weather", "%1: %2").arg(m_file, reason);
    }

    // A number from a cell, or an error.
    bool number(const CsvRow &cells, int line, int column, const char *name,
                double &value)
    {
        if (column > int(cells.size()) || cells[std::size_t(column - 1)].isEmpty()) {
            fail(line, column, name, QCoreApplication::translate("pz::Weather", "missing value"));
            return false;
        }
        bool ok = false;
        value = toDouble(cells[std::size_t(column - 1)], &ok);
        if (!ok) {
            fail(line, column, name, QCoreApplication::translate("pz::Weather", "not a number (\"%1\")").arg(cellText(cells[std::size_t(column - 1)])));
            return false;
        }
        return true;
    }

    bool inRange(double value, double lo, double hi, int line, int column, const char *name)
    {
        if (!(value >= lo && value <= hi)) {
            fail(line, column, name, QCoreApplication::translate("pz::Weather", "out of range (%1, expected %2 to %3)")
                                         .arg(value).arg(lo).arg(hi));
            return false;
        }
        return true;
    }

    // Irradiance per spec §1: negative, non-finite or >= 9999 is "missing" and becomes 0.
    bool irradiance(const CsvRow &cells, int line, int column, const char *name,
                    double &value)
    {
        if (!number(cells, line, column, name, value))
            return false;
        if (!std::isfinite(value) || value < 0 || value >= 9999) {
            value = 0;
            return true;
        }
        return inRange(value, 0, 2000, line, column, name);
    }

    bool wind(const CsvRow &cells, int line, int column, const char *name,
              double &value)
    {
        if (!number(cells, line, column, name, value))
            return false;
        if (!std::isfinite(value) || value < 0 || value >= 999) {
            value = 0;
            ++m_windMissing;
            return true;
        }
        return inRange(value, 0, 100, line, column, name);
    }

    // Stores one record for the hour starting startHour (0..23) of month/day.
    void store(int line, int month, int day, int startHour, double ghi, double dni, double dhi,
               double tempC, double windMs, double directionDeg, double pressurePa)
    {
        if (month == 2 && day == 29) {
            ++m_leapRecords;
            ++m_records;
            return;
        }
        const int h = WeatherYear::hourIndex(month, day, startHour);
        if (h < 0) {
            failLine(line, QCoreApplication::translate("pz::Weather", "invalid date or hour (%1/%2 hour %3)").arg(month).arg(day).arg(startHour + 1));
            return;
        }
        if (m_lineOf.empty())
            m_lineOf.assign(kHoursPerYear, 0);
        if (m_lineOf[h] != 0) {
            failLine(line, QCoreApplication::translate("pz::Weather", "the same hour as line %1").arg(m_lineOf[h]));
            return;
        }
        m_lineOf[h] = line;
        m_year.ghi[h] = ghi;
        m_year.dni[h] = dni;
        m_year.dhi[h] = dhi;
        m_year.tempC[h] = tempC;
        m_year.windMs[h] = windMs;
        m_year.windDirectionDeg[h] = directionDeg;
        m_year.pressurePa[h] = pressurePa;
        ++m_records;
    }

    ReadResult finish(int endLine)
    {
        ReadResult r;
        if (!failed()) {
            const bool leapYear = m_records == 8784 && m_leapRecords == 24;
            if (m_records != kHoursPerYear && !leapYear) {
                failLine(endLine, QCoreApplication::translate("pz::Weather", "expected 8760 hourly records (8784 in a leap year), found %1")
                                      .arg(m_records));
            } else if (!leapYear && m_leapRecords > 0) {
                failLine(endLine, QCoreApplication::translate("pz::Weather", "29 February in a file of 8760 records"));
            } else if (leapYear) {
                m_year.leapDayDropped = true;
                m_warnings << QCoreApplication::translate("pz::Weather", "%1: 8784 hourly records (a leap year); 29 February was dropped.")
                                  .arg(m_file);
            }
        }
        if (failed()) {
            r.error = m_error;
            return r;
        }
        m_year.windSpeedMissingHours = m_windMissing;
        r.year = std::move(m_year);
        r.warnings = m_warnings;
        return r;
    }

    WeatherYear &year() { return m_year; }

private:
    QString m_file;
    QString m_error;
    QStringList m_warnings;
    WeatherYear m_year;
    std::vector<int> m_lineOf;
    int m_records = 0;
    int m_leapRecords = 0;
    int m_windMissing = 0;
};

bool loadFile(const QString &path, QByteArray &data, QString &error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("pz::Weather", "%1: cannot open the file (%2)").arg(name, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        error = QCoreApplication::translate("pz::Weather", "%1: the file is too large for an hourly weather year").arg(name);
        return false;
    }
    data = file.readAll();
    return true;
}

// Column numbers (1-based) of an EPW data record.
enum EpwColumn { EpwYear = 1, EpwMonth = 2, EpwDay = 3, EpwHour = 4, EpwDryBulb = 7, EpwPressure = 10,
                 EpwGhi = 14, EpwDni = 15, EpwDhi = 16, EpwWindDirection = 21, EpwWindSpeed = 22 };

} // namespace

ReadResult parseEpw(const QByteArray &data, const QString &fileName)
{
    Parser p(fileName);
    const std::vector<QByteArrayView> lines = splitLines(data);
    if (lines.empty() || !lines[0].startsWith("LOCATION")) {
        p.failLine(1, QCoreApplication::translate("pz::Weather", "not an EPW file (the first line must start with LOCATION)"));
        return p.finish(1);
    }
    // LOCATION,city,state,country,source,WMO,latitude,longitude,time zone,elevation
    const CsvRow loc = splitCsv(lines[0]);
    double lat = 0, lon = 0, tz = 0, elev = 0;
    if (p.number(loc, 1, 7, "latitude", lat) && p.inRange(lat, -90, 90, 1, 7, "latitude")
        && p.number(loc, 1, 8, "longitude", lon) && p.inRange(lon, -180, 180, 1, 8, "longitude")
        && p.number(loc, 1, 9, "time zone", tz) && p.inRange(tz, -12, 14, 1, 9, "time zone")
        && p.number(loc, 1, 10, "elevation", elev)
        && p.inRange(elev, -500, 9000, 1, 10, "elevation")) {
        p.year().latitudeDeg = lat;
        p.year().longitudeDeg = lon;
        p.year().utcOffsetHours = tz;
        p.year().elevationM = elev;
    }
    // The header ends with the DATA PERIODS line (line 8 in a standard file).
    std::size_t first = 0;
    for (std::size_t i = 1; i < lines.size() && i < 20; ++i) {
        if (lines[i].startsWith("DATA PERIODS")) {
            first = i + 1;
            break;
        }
    }
    if (first == 0)
        p.failLine(8, QCoreApplication::translate("pz::Weather", "no DATA PERIODS header line"));

    int endLine = int(lines.size());
    CsvRow c;
    for (std::size_t i = first; i < lines.size() && !p.failed(); ++i) {
        const int line = int(i) + 1;
        if (lines[i].trimmed().isEmpty()) {
            endLine = line;
            // Only trailing empty lines are allowed.
            for (std::size_t j = i + 1; j < lines.size(); ++j)
                if (!lines[j].trimmed().isEmpty())
                    p.failLine(line, QCoreApplication::translate("pz::Weather", "empty line inside the data"));
            break;
        }
        splitCsv(lines[i], c);
        if (int(c.size()) < EpwWindSpeed) {
            p.fail(line, int(c.size()) + 1, int(c.size()) + 1 <= EpwDryBulb ? "dry-bulb temperature"
                                                 : int(c.size()) + 1 <= EpwDhi ? "irradiance"
                                                                               : "wind speed",
                   QCoreApplication::translate("pz::Weather", "missing column (%1 of at least %2 found)").arg(c.size()).arg(int(EpwWindSpeed)));
            break;
        }
        double year = 0, month = 0, day = 0, hour = 0, t = 0, ghi = 0, dni = 0, dhi = 0, ws = 0;
        if (!(p.number(c, line, EpwYear, "year", year)
              && p.number(c, line, EpwMonth, "month", month)
              && p.inRange(month, 1, 12, line, EpwMonth, "month")
              && p.number(c, line, EpwDay, "day", day) && p.inRange(day, 1, 31, line, EpwDay, "day")
              && p.number(c, line, EpwHour, "hour", hour)
              && p.inRange(hour, 1, 24, line, EpwHour, "hour")
              && p.number(c, line, EpwDryBulb, "dry-bulb temperature", t)
              && p.inRange(t, -70, 60, line, EpwDryBulb, "dry-bulb temperature")
              && p.irradiance(c, line, EpwGhi, "GHI", ghi)
              && p.irradiance(c, line, EpwDni, "DNI", dni)
              && p.irradiance(c, line, EpwDhi, "DHI", dhi)
              && p.wind(c, line, EpwWindSpeed, "wind speed", ws)))
            break;
        if (month != std::floor(month) || day != std::floor(day) || hour != std::floor(hour)) {
            p.failLine(line, QCoreApplication::translate("pz::Weather", "month, day and hour must be whole numbers"));
            break;
        }
        p.store(line, int(month), int(day), int(hour) - 1, ghi, dni, dhi, t, ws, Parser::raw(c, EpwWindDirection),
                Parser::raw(c, EpwPressure));
    }
    return p.finish(endLine);
}

namespace {

// The first header line: USAF,name,state,time zone,latitude,longitude,elevation
void readTmy3Meta(Parser &p, QByteArrayView line)
{
    const CsvRow meta = splitCsv(line);
    double tz = 0, lat = 0, lon = 0, elev = 0;
    if (p.number(meta, 1, 4, "time zone", tz) && p.inRange(tz, -12, 14, 1, 4, "time zone")
        && p.number(meta, 1, 5, "latitude", lat) && p.inRange(lat, -90, 90, 1, 5, "latitude")
        && p.number(meta, 1, 6, "longitude", lon) && p.inRange(lon, -180, 180, 1, 6, "longitude")
        && p.number(meta, 1, 7, "elevation", elev)
        && p.inRange(elev, -500, 9000, 1, 7, "elevation")) {
        p.year().latitudeDeg = lat;
        p.year().longitudeDeg = lon;
        p.year().utcOffsetHours = tz;
        p.year().elevationM = elev;
    }
}

// Column numbers (1-based) of a TMY3 data record.
struct Tmy3Columns {
    int date, time, ghi, dni, dhi, t, ws;
    int wdir = 0, pressure = 0;   // optional (0: absent); kept raw for the wind model
};

// Columns are found by their header names; false (and the error set) when one is missing.
bool findTmy3Columns(Parser &p, const CsvRow &header, Tmy3Columns &col)
{
    struct Wanted { const char *prefix; const char *name; int column; };
    Wanted wanted[] = {{"Date (MM/DD/YYYY)", "date", 0}, {"Time (HH:MM)", "time", 0},
                       {"GHI (W/m^2)", "GHI", 0}, {"DNI (W/m^2)", "DNI", 0},
                       {"DHI (W/m^2)", "DHI", 0}, {"Dry-bulb (C)", "dry-bulb temperature", 0},
                       {"Wspd (m/s)", "wind speed", 0}};
    for (Wanted &w : wanted) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == w.prefix) {
                w.column = int(i) + 1;
                break;
            }
        if (w.column == 0) {
            p.fail(2, int(header.size()) + 1, w.name,
                   QCoreApplication::translate("pz::Weather", "missing column \"%1\" in the header").arg(QString::fromLatin1(w.prefix)));
            return false;
        }
    }
    col = Tmy3Columns{wanted[0].column, wanted[1].column, wanted[2].column, wanted[3].column,
                      wanted[4].column, wanted[5].column, wanted[6].column};
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "Wdir (degrees)")
            col.wdir = int(i) + 1;
        else if (header[i] == "Pressure (mbar)")
            col.pressure = int(i) + 1;
    }
    return true;
}

// Reads and stores one data record; false (and the error set) when it is not valid.
// c is scratch space for the record's cells.
bool readTmy3Record(Parser &p, QByteArrayView record, int line, const Tmy3Columns &col, std::size_t headerColumns,
                    CsvRow &c)
{
    splitCsv(record, c);
    const int need = std::max({col.date, col.time, col.ghi, col.dni, col.dhi, col.t, col.ws});
    if (int(c.size()) < need) {
        p.fail(line, int(c.size()) + 1, "missing", QCoreApplication::translate("pz::Weather", "missing column (%1 of %2 found)")
                                                   .arg(c.size()).arg(headerColumns));
        return false;
    }
    const QList<QByteArray> date = c[std::size_t(col.date - 1)].toByteArray().split('/');
    bool okM = false, okD = false;
    const int month = date.size() == 3 ? date[0].toInt(&okM) : 0;
    const int day = date.size() == 3 ? date[1].toInt(&okD) : 0;
    if (!okM || !okD || month < 1 || month > 12 || day < 1 || day > 31) {
        p.fail(line, col.date, "date", QCoreApplication::translate("pz::Weather", "not a date MM/DD/YYYY (\"%1\")")
                                           .arg(cellText(c[std::size_t(col.date - 1)])));
        return false;
    }
    const QList<QByteArray> time = c[std::size_t(col.time - 1)].toByteArray().split(':');
    bool okH = false;
    const int hour = time.size() == 2 ? time[0].toInt(&okH) : 0;
    if (!okH || hour < 1 || hour > 24) {
        p.fail(line, col.time, "time", QCoreApplication::translate("pz::Weather", "not an hour 01:00 to 24:00 (\"%1\")")
                                           .arg(cellText(c[std::size_t(col.time - 1)])));
        return false;
    }
    double t = 0, ghi = 0, dni = 0, dhi = 0, ws = 0;
    if (!(p.number(c, line, col.t, "dry-bulb temperature", t)
          && p.inRange(t, -70, 60, line, col.t, "dry-bulb temperature")
          && p.irradiance(c, line, col.ghi, "GHI", ghi)
          && p.irradiance(c, line, col.dni, "DNI", dni)
          && p.irradiance(c, line, col.dhi, "DHI", dhi)
          && p.wind(c, line, col.ws, "wind speed", ws)))
        return false;
    // HH:MM is the end of the hour: 24:00 is 23:00–24:00 of the stated date.
    const double mbar = Parser::raw(c, col.pressure);
    p.store(line, month, day, hour - 1, ghi, dni, dhi, t, ws, Parser::raw(c, col.wdir), mbar * 100.0);
    return true;
}

} // namespace

ReadResult parseTmy3(const QByteArray &data, const QString &fileName)
{
    Parser p(fileName);
    const std::vector<QByteArrayView> lines = splitLines(data);
    if (lines.size() < 2) {
        p.failLine(int(lines.size()) + 1, QCoreApplication::translate("pz::Weather", "not a TMY3 file (two header lines expected)"));
        return p.finish(int(lines.size()) + 1);
    }
    readTmy3Meta(p, lines[0]);
    if (p.failed())
        return p.finish(1);

    const CsvRow header = splitCsv(lines[1]);
    Tmy3Columns col{};
    if (!findTmy3Columns(p, header, col))
        return p.finish(2);

    int endLine = int(lines.size());
    CsvRow row;
    for (std::size_t i = 2; i < lines.size() && !p.failed(); ++i) {
        const int line = int(i) + 1;
        if (lines[i].trimmed().isEmpty()) {
            endLine = line;
            for (std::size_t j = i + 1; j < lines.size(); ++j)
                if (!lines[j].trimmed().isEmpty())
                    p.failLine(line, QCoreApplication::translate("pz::Weather", "empty line inside the data"));
            break;
        }
        if (!readTmy3Record(p, lines[i], line, col, header.size(), row))
            break;
    }
    return p.finish(endLine);
}

ReadResult readEpw(const QString &path)
{
    QByteArray data;
    ReadResult r;
    if (!loadFile(path, data, r.error))
        return r;
    return parseEpw(data, QFileInfo(path).fileName());
}

ReadResult readTmy3(const QString &path)
{
    QByteArray data;
    ReadResult r;
    if (!loadFile(path, data, r.error))
        return r;
    return parseTmy3(data, QFileInfo(path).fileName());
}

ReadResult readWeatherFile(const QString &path)
{
    QByteArray data;
    ReadResult r;
    if (!loadFile(path, data, r.error))
        return r;
    const QString name = QFileInfo(path).fileName();
    if (data.startsWith("LOCATION"))
        return parseEpw(data, name);
    const qsizetype nl = data.indexOf('\n');
    if (nl > 0 && data.mid(nl + 1, 17) == "Date (MM/DD/YYYY)")
        return parseTmy3(data, name);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("epw"))
        return parseEpw(data, name);
    if (suffix == QLatin1String("csv"))
        return parseTmy3(data, name);
    r.error = QCoreApplication::translate("pz::Weather", "%1: not a recognised weather file (EPW or NREL TMY3 CSV expected)").arg(name);
    return r;
}

} // namespace pz::weather
