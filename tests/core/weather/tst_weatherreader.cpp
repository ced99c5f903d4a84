// SPDX-License-Identifier: GPL-3.0-or-later
// EPW and TMY3 readers on files the test writes itself: the time base of spec §1, missing-value
// rules, leap years, and the error for each kind of bad input (naming file, line and column).

#include "weather/weatherreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace pz::weather;
using pz::solar::WeatherYear;

namespace {

const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Value pattern of the fixtures, so that placement can be checked: GHI = hour-of-year mod 1000.
double ghiOf(int index) { return index % 1000; }

// One EPW data row (35 fields as in real files).
QByteArray epwRow(int year, int month, int day, int hour, int index)
{
    return QStringLiteral("%1,%2,%3,%4,60,?9?9,%5,-2.0,50,90000,9999,9999,250,%6,%7,%8,"
                          "999999,999999,999999,9999,180,%9,5,5,9999,99999,9,999999999,0,0.1,0,88,0.2,0,0")
        .arg(year).arg(month).arg(day).arg(hour)
        .arg(10.0 + (index % 24) * 0.1, 0, 'f', 1)
        .arg(ghiOf(index)).arg(2.0 * ghiOf(index)).arg(ghiOf(index) / 2)
        .arg((index % 10) * 0.5, 0, 'f', 1)
        .toLatin1();
}

QList<QByteArray> makeEpwLines(bool leap)
{
    QList<QByteArray> lines = {
        "LOCATION,Fixture,-,CHN,test,000000,39.83,109.98,8.0,1461.9",
        "DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0",
        "HOLIDAYS/DAYLIGHT SAVING,No,0,0,0", "COMMENTS 1,test fixture", "COMMENTS 2,",
        "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"};
    int index = 0;
    for (int m = 1; m <= 12; ++m) {
        const int days = kDays[m - 1] + ((leap && m == 2) ? 1 : 0);
        for (int d = 1; d <= days; ++d)
            for (int h = 1; h <= 24; ++h)
                lines << epwRow(leap ? 2020 : 2005, m, d, h, index++);
    }
    return lines;
}

QByteArray tmy3Row(int month, int day, int hourEnd, int index)
{
    return QStringLiteral("%1/%2/1996,%3:00,1300,%4,%5,%6,%7,%8")
        .arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'))
        .arg(hourEnd, 2, 10, QLatin1Char('0'))
        .arg(ghiOf(index)).arg(2.0 * ghiOf(index)).arg(ghiOf(index) / 2)
        .arg(10.0 + (index % 24) * 0.1, 0, 'f', 1).arg((index % 10) * 0.5, 0, 'f', 1)
        .toLatin1();
}

QList<QByteArray> makeTmy3Lines()
{
    QList<QByteArray> lines = {
        "723170,\"GREENSBORO, FIXTURE\",NC,-5.0,36.100,-79.950,273",
        "Date (MM/DD/YYYY),Time (HH:MM),ETR (W/m^2),GHI (W/m^2),DNI (W/m^2),DHI (W/m^2),Dry-bulb (C),Wspd (m/s)"};
    int index = 0;
    for (int m = 1; m <= 12; ++m)
        for (int d = 1; d <= kDays[m - 1]; ++d)
            for (int h = 1; h <= 24; ++h)
                lines << tmy3Row(m, d, h, index++);
    return lines;
}

// The fixtures are made once and copied (making them is the slow part of these tests).
QList<QByteArray> epwLines(bool leap = false)
{
    static const QList<QByteArray> normal = makeEpwLines(false), leapYear = makeEpwLines(true);
    return leap ? leapYear : normal;
}

QList<QByteArray> tmy3Lines()
{
    static const QList<QByteArray> lines = makeTmy3Lines();
    return lines;
}

// Replaces field `column` (1-based) of line `line` (1-based).
void setField(QList<QByteArray> &lines, int line, int column, const QByteArray &value)
{
    QList<QByteArray> f = lines[line - 1].split(',');
    f[column - 1] = value;
    lines[line - 1] = f.join(',');
}

} // namespace

class TestWeatherReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QList<QByteArray> &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture");
        f.write(lines.join("\r\n"));
        f.write("\r\n");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void epwValid()
    {
        const ReadResult r = readEpw(write(QStringLiteral("Fixture.epw"), epwLines()));
        QVERIFY2(r.year, qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        const WeatherYear &w = *r.year;
        QCOMPARE(w.latitudeDeg, 39.83);
        QCOMPARE(w.longitudeDeg, 109.98);
        QCOMPARE(w.utcOffsetHours, 8.0);
        QCOMPARE(w.elevationM, 1461.9);
        QCOMPARE(w.source, std::string("Fixture.epw"));
        QVERIFY(!w.leapDayDropped);
        // EPW hour h is the hour starting at h − 1: record i lands on index i.
        for (int i : {0, 1, 23, 24, 4000, 8759}) {
            QCOMPARE(w.ghi[i], ghiOf(i));
            QCOMPARE(w.dni[i], 2.0 * ghiOf(i));
            QCOMPARE(w.dhi[i], ghiOf(i) / 2);
            QVERIFY(std::abs(w.tempC[i] - (10.0 + (i % 24) * 0.1)) < 1e-9);
            QCOMPARE(w.windMs[i], (i % 10) * 0.5);
        }
    }

    // Spec §1: negative, non-finite or >= 9999 irradiance → 0; wind >= 999 or negative → 0.
    void missingValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("GHI 9999") << 14 << QByteArray("9999") << 0.0;
        QTest::newRow("GHI negative") << 14 << QByteArray("-3") << 0.0;
        QTest::newRow("DNI 99999") << 15 << QByteArray("99999") << 0.0;
        QTest::newRow("DHI nan") << 16 << QByteArray("nan") << 0.0;
        QTest::newRow("DHI ok") << 16 << QByteArray("123.5") << 123.5;
        QTest::newRow("wind 999") << 22 << QByteArray("999") << 0.0;
        QTest::newRow("wind negative") << 22 << QByteArray("-1") << 0.0;
        QTest::newRow("wind ok") << 22 << QByteArray("7.5") << 7.5;
    }
    void missingValues()
    {
        QFETCH(int, column);
        QFETCH(QByteArray, value);
        QFETCH(double, expected);
        QList<QByteArray> lines = epwLines();
        setField(lines, 9 + 12, column, value);   // record index 12
        const ReadResult r = readEpw(write(QStringLiteral("Missing.epw"), lines));
        QVERIFY2(r.year, qPrintable(r.error));
        const WeatherYear &w = *r.year;
        const double got = column == 14 ? w.ghi[12] : column == 15 ? w.dni[12]
                         : column == 16 ? w.dhi[12] : w.windMs[12];
        QCOMPARE(got, expected);
    }

    void leapYearDropsFebruary29()
    {
        const ReadResult r = readEpw(write(QStringLiteral("Leap.epw"), epwLines(true)));
        QVERIFY2(r.year, qPrintable(r.error));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QStringLiteral("29 February")));
        QVERIFY(r.year->leapDayDropped);
        // 1 March 00:00 is index 1416; in the leap file it was record 1440.
        QCOMPARE(r.year->ghi[1416], ghiOf(1440));
        QCOMPARE(r.year->ghi[1415], ghiOf(1415));
    }

    // Every error names the file, the line and (for a cell) the column.
    void epwErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << 0 << "Bad.epw, line 12, column 14 (GHI): not a number (\"abc\")";
        QTest::newRow("missing columns") << 1 << "Bad.epw, line 20, column 11 (irradiance): missing column";
        QTest::newRow("temperature out of range") << 2 << "Bad.epw, line 30, column 7 (dry-bulb temperature): out of range";
        QTest::newRow("month 13") << 3 << "Bad.epw, line 40, column 2 (month): out of range";
        QTest::newRow("hour 0") << 4 << "Bad.epw, line 41, column 4 (hour): out of range";
        QTest::newRow("too few records") << 5 << "Bad.epw, line 8767: expected 8760 hourly records (8784 in a leap year), found 8759";
        QTest::newRow("duplicate hour") << 6 << "Bad.epw, line 10: the same hour as line 9";
        QTest::newRow("no LOCATION") << 7 << "Bad.epw, line 1: not an EPW file";
        QTest::newRow("latitude") << 8 << "Bad.epw, line 1, column 7 (latitude): not a number";
        QTest::newRow("irradiance too high") << 9 << "Bad.epw, line 50, column 15 (DNI): out of range";
        QTest::newRow("empty temperature") << 10 << "Bad.epw, line 60, column 7 (dry-bulb temperature): missing value";
        QTest::newRow("31 April") << 11 << "Bad.epw, line 2900: invalid date";
        QTest::newRow("no DATA PERIODS") << 12 << "Bad.epw, line 8: no DATA PERIODS";
        QTest::newRow("one 29 February hour too many") << 13 << "Bad.epw, line 8769: expected 8760 hourly records (8784 in a leap year), found 8761";
        QTest::newRow("extra hour") << 14 << "Bad.epw, line 8769: the same hour as line 8768";
    }
    void epwErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QList<QByteArray> lines = epwLines();
        switch (kind) {
        case 0: setField(lines, 12, 14, "abc"); break;
        case 1: lines[19] = lines[19].split(',').mid(0, 10).join(','); break;
        case 2: setField(lines, 30, 7, "99.9"); break;
        case 3: setField(lines, 40, 2, "13"); break;
        case 4: setField(lines, 41, 4, "0"); break;
        case 5: lines.removeLast(); break;
        case 6: lines[9] = lines[8]; break;
        case 7: lines[0] = "NOT AN EPW"; break;
        case 8: setField(lines, 1, 7, "north"); break;
        case 9: setField(lines, 50, 15, "2500"); break;
        case 10: setField(lines, 60, 7, ""); break;
        case 11: setField(lines, 2900, 2, "4"); setField(lines, 2900, 3, "31"); break;
        case 12: lines[7] = "COMMENTS 3,"; break;
        case 13: lines << epwRow(2005, 2, 29, 1, 0); break;
        case 14: lines << epwRow(2005, 12, 31, 24, 0); break;
        }
        const ReadResult r = readEpw(write(QStringLiteral("Bad.epw"), lines));
        QVERIFY(!r.year);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    }

    void fileErrors()
    {
        const ReadResult missing = readEpw(m_dir.filePath(QStringLiteral("Nowhere.epw")));
        QVERIFY(!missing.year);
        QVERIFY2(missing.error.startsWith(QStringLiteral("Nowhere.epw: cannot open")), qPrintable(missing.error));
        const ReadResult empty = readEpw(write(QStringLiteral("Empty.epw"), {}));
        QVERIFY(!empty.year);
        QVERIFY2(empty.error.startsWith(QStringLiteral("Empty.epw, line 1")), qPrintable(empty.error));
        const ReadResult garbage = readWeatherFile(write(QStringLiteral("Notes.txt"), {"hello", "world"}));
        QVERIFY(!garbage.year);
        QVERIFY2(garbage.error.startsWith(QStringLiteral("Notes.txt: not a recognised weather file")), qPrintable(garbage.error));
    }

    void tmy3Valid()
    {
        const ReadResult r = readTmy3(write(QStringLiteral("Fixture.csv"), tmy3Lines()));
        QVERIFY2(r.year, qPrintable(r.error));
        const WeatherYear &w = *r.year;
        QCOMPARE(w.latitudeDeg, 36.1);
        QCOMPARE(w.longitudeDeg, -79.95);
        QCOMPARE(w.utcOffsetHours, -5.0);
        QCOMPARE(w.elevationM, 273.0);
        // "01:00" is 00:00–01:00, "24:00" is 23:00–24:00 of the stated date.
        for (int i : {0, 23, 24, 5000, 8759}) {
            QCOMPARE(w.ghi[i], ghiOf(i));
            QCOMPARE(w.dni[i], 2.0 * ghiOf(i));
            QCOMPARE(w.windMs[i], (i % 10) * 0.5);
        }
    }

    void tmy3Errors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing DNI column") << 0 << "Bad.csv, line 2, column 8 (DNI): missing column \"DNI (W/m^2)\"";
        QTest::newRow("temperature -9900") << 1 << "Bad.csv, line 100, column 7 (dry-bulb temperature): out of range";
        QTest::newRow("bad time") << 2 << "Bad.csv, line 7, column 2 (time): not an hour";
        QTest::newRow("bad date") << 3 << "Bad.csv, line 8, column 1 (date): not a date";
        QTest::newRow("not a number") << 4 << "Bad.csv, line 9, column 6 (DHI): not a number (\"x\")";
        QTest::newRow("row too short") << 5 << "Bad.csv, line 11, column 5 (missing): missing column";
        QTest::newRow("time zone") << 6 << "Bad.csv, line 1, column 4 (time zone): not a number";
    }
    void tmy3Errors()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QList<QByteArray> lines = tmy3Lines();
        switch (kind) {
        case 0: lines[1].replace("DNI (W/m^2),", ""); break;
        case 1: setField(lines, 100, 7, "-9900"); break;
        case 2: setField(lines, 7, 2, "25:00"); break;
        case 3: setField(lines, 8, 1, "1996-01-01"); break;
        case 4: setField(lines, 9, 6, "x"); break;
        case 5: lines[10] = lines[10].split(',').mid(0, 4).join(','); break;
        case 6: lines[0] = "723170,\"X\",NC,minus five,36.1,-79.95,273"; break;
        }
        const ReadResult r = readTmy3(write(QStringLiteral("Bad.csv"), lines));
        QVERIFY(!r.year);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    }

    // The format is chosen by content first, then by extension.
    void dispatch_data()
    {
        QTest::addColumn<bool>("epw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("latitude");
        QTest::newRow("EPW as .epw") << true << "a.epw" << 39.83;
        QTest::newRow("EPW as .csv") << true << "b.csv" << 39.83;
        QTest::newRow("TMY3 as .csv") << false << "c.csv" << 36.1;
        QTest::newRow("TMY3 as .txt") << false << "d.txt" << 36.1;
    }
    void dispatch()
    {
        QFETCH(bool, epw);
        QFETCH(QString, name);
        QFETCH(double, latitude);
        const ReadResult r = readWeatherFile(write(name, epw ? epwLines() : tmy3Lines()));
        QVERIFY2(r.year, qPrintable(r.error));
        QCOMPARE(r.year->latitudeDeg, latitude);
    }

    // Whatever the bytes, the reader returns (no crash) and either a year or an error.
    void robustness_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02LOCATION\xff\xfe", 14);
        QTest::newRow("only header") << QByteArray("LOCATION,a,b,c,d,e,1,2,3,4\nDATA PERIODS,1\n");
        QTest::newRow("commas") << QByteArray("LOCATION,,,,,,,,,,\n,,,,,,,,\n");
        QTest::newRow("tmy3 header only") << QByteArray("1,\"x\",s,0,1,2,3\nDate (MM/DD/YYYY),Time (HH:MM)\n");
    }
    void robustness()
    {
        QFETCH(QByteArray, data);
        for (const ReadResult &r : {parseEpw(data, QStringLiteral("x.epw")), parseTmy3(data, QStringLiteral("x.csv"))}) {
            QVERIFY(!r.year);
            QVERIFY(r.error.startsWith(QStringLiteral("x.")));
        }
    }
};

QTEST_GUILESS_MAIN(TestWeatherReader)
#include "tst_weatherreader.moc"
