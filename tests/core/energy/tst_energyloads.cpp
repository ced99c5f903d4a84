// SPDX-License-Identifier: GPL-3.0-or-later
// Building, electrolyser and EV loads; the 8760-value profile reader.

#include "common/units.h"
#include "energy/loadprofiles.h"
#include "energy/profilecsv.h"
#include "energy/yearcalendar.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <numeric>

using pz::kHoursPerYear;

using namespace pz::energy;
using pz::UseType;

Q_DECLARE_METATYPE(pz::UseType)

namespace {

double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

// Hour of year of a day of 2023 (0 = Sunday 1 January) and an hour of the day.
int hourOf(int dayOfYear, int hour)
{
    return dayOfYear * 24 + hour;
}

} // namespace

class TstEnergyLoads : public QObject {
    Q_OBJECT
private slots:
    void calendar();
    void annualSum_data();
    void annualSum();
    void scaledSeriesEqualsLoad_data() { annualSum_data(); }
    void scaledSeriesEqualsLoad();
    void shapeRatio_data();
    void shapeRatio();
    void evCharging_data();
    void evCharging();
    void electrolyser();
    void hydrogen();
    void profileCsv_data();
    void profileCsv();
};

void TstEnergyLoads::calendar()
{
    QCOMPARE(dayType(0), DayType::Sunday);      // 1 Jan 2023
    QCOMPARE(dayType(1), DayType::Weekday);     // Monday 2 Jan
    QCOMPARE(dayType(6), DayType::Saturday);    // 7 Jan
    QCOMPARE(dayType(364), DayType::Sunday);    // 31 Dec 2023
    QCOMPARE(monthOfDay(58), 1);                // 28 Feb
    QCOMPARE(monthOfDay(59), 2);                // 1 Mar
    QCOMPARE(monthOfHour(kHoursPerYear - 1), 11);
}

void TstEnergyLoads::annualSum_data()
{
    QTest::addColumn<UseType>("type");
    QTest::addColumn<double>("areaM2");
    QTest::addColumn<double>("overrideKWh");
    QTest::addColumn<double>("expectedKWh");
    QTest::newRow("office 1000 m2") << UseType::Office << 1000.0 << -1.0 << 186000.0;
    QTest::newRow("warehouse 20000 m2") << UseType::Warehouse << 20000.0 << -1.0 << 900000.0;
    QTest::newRow("cell plant 50000 m2") << UseType::BatteryCellPlant << 50000.0 << -1.0 << 81250000.0;
    QTest::newRow("module plant") << UseType::PvModulePlant << 10000.0 << -1.0 << 3000000.0;
    QTest::newRow("hydrogen hall") << UseType::HydrogenHall << 3000.0 << -1.0 << 300000.0;
    QTest::newRow("data centre") << UseType::DataCentre << 500.0 << -1.0 << 3416500.0;
    QTest::newRow("canteen") << UseType::Canteen << 800.0 << -1.0 << 200000.0;
    QTest::newRow("light manufacturing") << UseType::LightManufacturing << 4000.0 << -1.0 << 1100000.0;
    QTest::newRow("override wins") << UseType::Office << 1000.0 << 12345.0 << 12345.0;
    QTest::newRow("override zero") << UseType::Canteen << 1000.0 << 0.0 << 0.0;
    QTest::newRow("negative area") << UseType::Office << -5.0 << -1.0 << 0.0;
}

void TstEnergyLoads::annualSum()
{
    QFETCH(UseType, type);
    QFETCH(double, areaM2);
    QFETCH(double, overrideKWh);
    QFETCH(double, expectedKWh);
    const std::vector<double> load = buildingLoadKWh(type, areaM2, overrideKWh);
    QCOMPARE(int(load.size()), kHoursPerYear);
    QVERIFY(qAbs(sum(load) - expectedKWh) <= 1e-9 * std::max(1.0, expectedKWh));
    QVERIFY(*std::min_element(load.begin(), load.end()) >= 0.0);
    QVERIFY(useTypeDefaults(type).source && *useTypeDefaults(type).source);
}

// The engine keeps a building's load as its use type's shape and a scale: spelt out, it is the
// same load bit for bit, and buildings of one type share the shape.
void TstEnergyLoads::scaledSeriesEqualsLoad()
{
    QFETCH(UseType, type);
    QFETCH(double, areaM2);
    QFETCH(double, overrideKWh);
    const std::vector<double> load = buildingLoadKWh(type, areaM2, overrideKWh);
    const ScaledSeries series = buildingLoadSeriesKWh(type, areaM2, overrideKWh);
    QCOMPARE(series.size(), load.size());
    std::vector<double> buffer;
    const double *values = series.data(buffer);
    QVERIFY(std::memcmp(values, load.data(), load.size() * sizeof(double)) == 0);
    if (std::accumulate(load.begin(), load.end(), 0.0) > 0.0)
        QCOMPARE(buildingLoadSeriesKWh(type, areaM2 * 1.7 + 1.0, -1.0).values, series.values);
}

void TstEnergyLoads::shapeRatio_data()
{
    QTest::addColumn<UseType>("type");
    QTest::addColumn<int>("hourA");
    QTest::addColumn<int>("hourB");
    QTest::addColumn<double>("ratioAOverB");
    // Office (DOE lighting schedule): weekday 10:00 0.90, Saturday 10:00 0.30, Sunday 0.05,
    // weekday 12:00 0.90, weekday 17:00 0.50; July is a summer month (x1.2).
    QTest::newRow("office Mon/Sun 10h") << UseType::Office << hourOf(1, 10) << hourOf(0, 10) << 18.0;
    QTest::newRow("office Sat/Mon 10h") << UseType::Office << hourOf(6, 10) << hourOf(1, 10) << 1.0 / 3.0;
    QTest::newRow("office Mon 17h/10h") << UseType::Office << hourOf(1, 17) << hourOf(1, 10) << 0.5 / 0.9;
    QTest::newRow("office July/January") << UseType::Office << hourOf(184, 10) << hourOf(2, 10) << 1.2;   // Tue 4 Jul, Tue 3 Jan
    // Two-shift: weekday day 1.0, night 0.3, weekend day 0.4.
    QTest::newRow("light mfg Mon 3h/10h") << UseType::LightManufacturing << hourOf(1, 3) << hourOf(1, 10) << 0.3;
    QTest::newRow("light mfg Sat/Mon 10h") << UseType::LightManufacturing << hourOf(6, 10) << hourOf(1, 10) << 0.4;
    QTest::newRow("warehouse Sun/Mon 21h") << UseType::Warehouse << hourOf(7, 21) << hourOf(8, 21) << 0.4;
    QTest::newRow("warehouse Sun/Mon 22h") << UseType::Warehouse << hourOf(7, 22) << hourOf(8, 22) << 1.0;
    // Continuous plants are flat.
    QTest::newRow("cell plant Sun 3h/Mon 14h") << UseType::BatteryCellPlant << hourOf(0, 3) << hourOf(1, 14) << 1.0;
    // Canteen: lunch 1.0 over night 0.1; Sunday 30 % of the weekday.
    QTest::newRow("canteen lunch/night") << UseType::Canteen << hourOf(2, 12) << hourOf(2, 2) << 10.0;
    QTest::newRow("canteen Sun/Mon lunch") << UseType::Canteen << hourOf(0, 12) << hourOf(1, 12) << 0.3;
}

void TstEnergyLoads::shapeRatio()
{
    QFETCH(UseType, type);
    QFETCH(int, hourA);
    QFETCH(int, hourB);
    QFETCH(double, ratioAOverB);
    const std::vector<double> load = buildingLoadKWh(type, 1000.0);
    QVERIFY(load[hourB] > 0.0);
    QVERIFY(qAbs(load[hourA] / load[hourB] - ratioAOverB) < 1e-12);
}

void TstEnergyLoads::evCharging_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("hour");
    QTest::addColumn<double>("expectedKWh");
    QTest::newRow("8-18 inside") << 8 << 18 << 8 << 10.0;    // 100 kWh over 10 h
    QTest::newRow("8-18 last hour") << 8 << 18 << 17 << 10.0;
    QTest::newRow("8-18 outside") << 8 << 18 << 18 << 0.0;
    QTest::newRow("22-6 wraps, 23h") << 22 << 6 << 24 * 40 + 23 << 12.5;   // 8 h
    QTest::newRow("22-6 wraps, 5h") << 22 << 6 << 24 * 40 + 5 << 12.5;
    QTest::newRow("22-6 wraps, 6h") << 22 << 6 << 24 * 40 + 6 << 0.0;
    QTest::newRow("whole day") << 0 << 0 << 13 << 100.0 / 24.0;
}

void TstEnergyLoads::evCharging()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, hour);
    QFETCH(double, expectedKWh);
    const std::vector<double> load = evChargingLoadKWh(100.0, start, end);
    QCOMPARE(int(load.size()), kHoursPerYear);
    QCOMPARE(load[hour], expectedKWh);
    QVERIFY(qAbs(sum(load) - 36500.0) < 1e-6);
}

void TstEnergyLoads::electrolyser()
{
    const std::vector<double> constant = electrolyserLoadKWh(2.0, pz::ElectrolyserMode::Constant, {});
    QCOMPARE(constant[0], 2000.0);
    QVERIFY(qAbs(sum(constant) - 17.52e6) < 1e-3);
    const std::vector<double> follow = electrolyserLoadKWh(2.0, pz::ElectrolyserMode::FollowPvSurplus, {3000.0, -5.0, 500.0});
    QCOMPARE(int(follow.size()), kHoursPerYear);
    QCOMPARE(follow[0], 2000.0);   // capped at rating
    QCOMPARE(follow[1], 0.0);      // no surplus
    QCOMPARE(follow[2], 500.0);
    QCOMPARE(follow[3], 0.0);      // beyond the given surplus
}

void TstEnergyLoads::hydrogen()
{
    QCOMPARE(hydrogenKg(5500.0, 55.0), 100.0);
    QCOMPARE(hydrogenKg(5500.0, 0.0), 0.0);
}

void TstEnergyLoads::profileCsv_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("errorPart");   // empty: must read
    QTest::addColumn<double>("valueAt1416");

    QString plain, header, stamped, tooFew, tooMany, notNumber, negative, leap;
    for (int i = 0; i < kHoursPerYear; ++i)
        plain += QString::number(i) + QLatin1Char('\n');
    header = QStringLiteral("load_kWh\n") + plain;
    stamped = QStringLiteral("time,kWh\r\n");
    for (int i = 0; i < kHoursPerYear; ++i)
        stamped += QStringLiteral("2023-01-01 %1:00,%2\r\n").arg(i % 24).arg(i);
    for (int i = 0; i < kHoursPerYear - 1; ++i)
        tooFew += QStringLiteral("1\n");
    tooMany = plain + QStringLiteral("5\n");
    notNumber = stamped;
    notNumber.replace(QStringLiteral(",98\r\n"), QStringLiteral(",9x8\r\n"));   // value of hour 98 is on line 100
    negative = plain;
    negative.replace(QStringLiteral("\n40\n"), QStringLiteral("\n-40\n"));      // line 41
    for (int i = 0; i < 8784; ++i)
        leap += QString::number(i) + QLatin1Char('\n');

    QTest::newRow("one column") << plain << QString() << 1416.0;
    QTest::newRow("header") << header << QString() << 1416.0;
    QTest::newRow("timestamp column") << stamped << QString() << 1416.0;
    QTest::newRow("leap year drops 29 Feb") << leap << QString() << 1440.0;
    QTest::newRow("too few") << tooFew << QStringLiteral("profile.csv, line 8759: 8759 values, expected 8760") << 0.0;
    QTest::newRow("too many") << tooMany << QStringLiteral("profile.csv, line 8761: 8761 values, expected 8760") << 0.0;
    QTest::newRow("not a number") << notNumber << QStringLiteral("profile.csv, line 100, column 2: \"9x8\" is not a number") << 0.0;
    QTest::newRow("negative") << negative << QStringLiteral("profile.csv, line 41, column 1: negative value -40") << 0.0;
}

void TstEnergyLoads::profileCsv()
{
    QFETCH(QString, content);
    QFETCH(QString, errorPart);
    QFETCH(double, valueAt1416);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content.toUtf8());
    file.close();

    const ProfileReadResult r = readProfileCsv(path);
    if (errorPart.isEmpty()) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(int(r.valuesKWh.size()), kHoursPerYear);
        QCOMPARE(r.valuesKWh[1416], valueAt1416);
        QCOMPARE(r.valuesKWh[0], 0.0);
    } else {
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
        QVERIFY(r.error.contains(QDir::toNativeSeparators(path)));   // the full path names the file
        QVERIFY(r.valuesKWh.empty());
    }
}


QTEST_GUILESS_MAIN(TstEnergyLoads)
#include "tst_energyloads.moc"

