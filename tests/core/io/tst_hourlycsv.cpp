// SPDX-License-Identifier: GPL-3.0-or-later
// The hourly CSV export: header, one row per hour, values that read back, and '.' decimals
// under any locale.

#include "common/units.h"
#include "io/hourlycsv.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace pz;

namespace {

// A small consistent result: two PV objects, values on a 1/8 grid so that they print exactly.
SimulationResult fabricated()
{
    SimulationResult r;
    r.ok = true;
    PvObjectResult a;
    a.id = 7;
    a.name = QStringLiteral("Hall A, roof");
    a.kind = PvKind::Rooftop;
    PvObjectResult b;
    b.id = 12;
    b.name = QStringLiteral("地面 \"South\"");
    b.kind = PvKind::Ground;
    for (PvObjectResult *o : {&a, &b}) {
        o->hourlyAcW.resize(kHoursPerYear);
        o->hourlyPoaWm2.resize(kHoursPerYear);
        o->hourlyCellTempC.resize(kHoursPerYear);
    }
    HourlyBalance &h = r.hourly;
    for (auto *v : {&h.generationKWh, &h.consumptionKWh, &h.batteryChargeKWh, &h.batteryDischargeKWh,
                    &h.batterySocKWh, &h.gridImportKWh, &h.gridExportKWh, &h.curtailedKWh,
                    &h.gridFactorKgPerKWh, &h.emissionsKg, &h.sunZenithDeg, &h.sunAzimuthDeg})
        v->assign(kHoursPerYear, 0.0);
    for (int t = 0; t < kHoursPerYear; ++t) {
        const double x = (t % 97) / 8.0;
        a.hourlyAcW[t] = float(1000.0 * x);
        b.hourlyAcW[t] = float(2000.0 * x + 0.5);
        a.hourlyPoaWm2[t] = float(100.0 * x);
        b.hourlyPoaWm2[t] = float(110.0 * x);
        a.hourlyCellTempC[t] = float(-10.0 + x);
        b.hourlyCellTempC[t] = float(-12.5 + x);
        h.sunZenithDeg[t] = 20.0 + (t % 140) / 2.0;
        h.sunAzimuthDeg[t] = (t % 360) + 0.125;
        h.consumptionKWh[t] = 100.0 + x;
        h.generationKWh[t] = 3.0 * x;
        h.batteryChargeKWh[t] = x / 2.0;
        h.batteryDischargeKWh[t] = x / 4.0;
        h.batterySocKWh[t] = 500.0 + x;
        h.gridImportKWh[t] = 80.0 - x / 8.0;
        h.gridExportKWh[t] = x;
        h.curtailedKWh[t] = t % 2 ? 0.125 : 0.0;
        h.emissionsKg[t] = h.gridImportKWh[t] * 0.5;
        h.tariffPeriod.push_back(t % 24 < 7 ? 0 : 1);
        h.tariffPriceCNYPerKWh.push_back(t % 24 < 7 ? 0.2 : 0.4125);
    }
    r.tariffPeriodNames = {QStringLiteral("valley"), QStringLiteral("flat, \"day\"")};
    r.objects = {a, b};
    return r;
}

// Splits one CSV line honouring quotes.
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestHourlyCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void header()
    {
        const QList<QByteArray> lines = io::hourlyCsv(fabricated()).split('\n');
        const QStringList columns = splitCsv(QString::fromUtf8(lines.first()));
        QCOMPARE(columns.size(), 3 + 2 * 3 + 11);
        QCOMPARE(columns[0], QStringLiteral("time_local_standard"));
        QCOMPARE(columns[1], QStringLiteral("sun_zenith_deg"));
        QCOMPARE(columns[2], QStringLiteral("sun_azimuth_deg"));
        QCOMPARE(columns[3], QStringLiteral("7 Hall A, roof poa_w_m2"));
        QCOMPARE(columns[5], QStringLiteral("7 Hall A, roof ac_w"));
        QCOMPARE(columns[7], QStringLiteral("12 地面 \"South\" cell_temp_c"));
        QCOMPARE(columns[columns.size() - 3], QStringLiteral("emissions_kg"));
        QCOMPARE(columns[columns.size() - 2], QStringLiteral("tariff_period"));
        QCOMPARE(columns.last(), QStringLiteral("tariff_price_cny_per_kwh"));
        QCOMPARE(columns, io::hourlyCsvColumns(fabricated()));
    }

    void tariffPeriodAndPrice()
    {
        const QList<QByteArray> lines = io::hourlyCsv(fabricated()).split('\n');
        QVERIFY2(lines[7].endsWith(",valley,0.200000"), lines[7].constData());
        QVERIFY2(lines[8].endsWith(",\"flat, \"\"day\"\"\",0.412500"), lines[8].constData());
        // Without economics the two cells are empty.
        SimulationResult r = fabricated();
        r.hourly.tariffPeriod.clear();
        r.hourly.tariffPriceCNYPerKWh.clear();
        QVERIFY(io::hourlyCsv(r).split('\n')[8].endsWith(",,"));
    }

    void oneRowPerHour()
    {
        const QByteArray csv = io::hourlyCsv(fabricated());
        QVERIFY(csv.endsWith('\n'));
        QCOMPARE(csv.count('\n'), 8761);
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines[1].startsWith("2023-01-01 00:00,"));
        QVERIFY(lines[2].startsWith("2023-01-01 01:00,"));
        QVERIFY(lines[25].startsWith("2023-01-02 00:00,"));
        QVERIFY(lines[8760].startsWith("2023-12-31 23:00,"));
        const int columns = splitCsv(QString::fromUtf8(lines[0])).size();
        for (int i = 1; i <= 8760; ++i)
            QCOMPARE(splitCsv(QString::fromUtf8(lines[i])).size(), columns);
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<int>("hour");
        QTest::newRow("first") << 0;
        QTest::newRow("noon") << 12;
        QTest::newRow("mid-year") << 4380;
        QTest::newRow("odd") << 4381;
        QTest::newRow("last") << 8759;
    }
    void valuesRoundTrip()
    {
        QFETCH(int, hour);
        const SimulationResult r = fabricated();
        const QList<QByteArray> lines = io::hourlyCsv(r).split('\n');
        const QStringList f = splitCsv(QString::fromUtf8(lines[hour + 1]));
        auto num = [&](int i) {
            bool ok = false;
            const double v = f[i].toDouble(&ok);
            [&] { QVERIFY2(ok, qPrintable(f[i])); }();
            return v;
        };
        // Each column is written to a fixed number of decimals (docs/results.md): the value read
        // back is within half a unit of the last decimal.
        auto near = [&](int column, double expected, int decimals) {
            const double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
            const double got = num(column);
            if (std::abs(got - expected) > tolerance)
                qWarning() << "column" << column << "got" << got << "expected" << expected;
            return std::abs(got - expected) <= tolerance;
        };
        const HourlyBalance &h = r.hourly;
        QVERIFY(near(1, h.sunZenithDeg[hour], 6));
        QVERIFY(near(2, h.sunAzimuthDeg[hour], 6));
        QVERIFY(near(3, r.objects[0].hourlyPoaWm2[hour], 5));
        QVERIFY(near(4, r.objects[0].hourlyCellTempC[hour], 6));
        QVERIFY(near(5, r.objects[0].hourlyAcW[hour], 3));
        QVERIFY(near(6, r.objects[1].hourlyPoaWm2[hour], 5));
        QVERIFY(near(7, r.objects[1].hourlyCellTempC[hour], 6));
        QVERIFY(near(8, r.objects[1].hourlyAcW[hour], 3));
        QVERIFY(near(9, h.consumptionKWh[hour], 4));
        QVERIFY(near(10, h.generationKWh[hour], 4));
        QVERIFY(near(11, h.batteryChargeKWh[hour], 4));
        QVERIFY(near(12, h.batteryDischargeKWh[hour], 4));
        QVERIFY(near(13, h.batterySocKWh[hour], 4));
        QVERIFY(near(14, h.gridImportKWh[hour], 4));
        QVERIFY(near(15, h.gridExportKWh[hour], 4));
        QVERIFY(near(16, h.curtailedKWh[hour], 4));
        QVERIFY(near(17, h.emissionsKg[hour], 4));
        // Exact where the value needs no more decimals than written.
        QCOMPARE(f[2], QString::number(h.sunAzimuthDeg[hour], 'f', 6));
    }

    void missingSeriesGiveEmptyCells()
    {
        SimulationResult r = fabricated();
        r.hourly.sunZenithDeg.clear();
        r.objects[1].hourlyCellTempC.clear();
        const QStringList f = splitCsv(QString::fromUtf8(io::hourlyCsv(r).split('\n')[5]));
        QVERIFY(f[1].isEmpty());
        QVERIFY(!f[2].isEmpty());
        QVERIFY(f[7].isEmpty());
        QVERIFY(!f[8].isEmpty());
    }

    void dotDecimalUnderGermanLocale()
    {
        const QByteArray reference = io::hourlyCsv(fabricated());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QByteArray german = io::hourlyCsv(fabricated());
        QCOMPARE(german, reference);
        const QList<QByteArray> lines = german.split('\n');
        QVERIFY(lines[4].contains(",3.125000,"));  // azimuth of hour 3
        QVERIFY(!lines[4].contains("3,125"));
        // Thousands are never grouped.
        QVERIFY(lines[100].contains(",500") || lines[100].contains(",50"));
    }

    void writesFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hourly.csv"));
        QString error;
        QVERIFY2(io::writeHourlyCsv(fabricated(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), io::hourlyCsv(fabricated()));

        const QString bad = dir.filePath(QStringLiteral("missing/dir/hourly.csv"));
        QVERIFY(!io::writeHourlyCsv(fabricated(), bad, &error));
        QVERIFY(error.contains(bad));
    }
};

QTEST_GUILESS_MAIN(TestHourlyCsv)
#include "tst_hourlycsv.moc"
