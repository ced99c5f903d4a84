// SPDX-License-Identifier: GPL-3.0-or-later
// Built-in grid factors (park-defaults §1) and the default factor for a site.

#include "energy/gridfactors.h"

#include <QSet>
#include <QTest>

using namespace pz::energy;

class TstGridFactors : public QObject {
    Q_OBJECT
private slots:
    void table();
    void lookup_data();
    void lookup();
    void defaultKey_data();
    void defaultKey();
};

void TstGridFactors::table()
{
    const std::vector<GridFactor> &all = gridFactors();
    QCOMPARE(int(all.size()), 95);   // 8 national + 1 ETS + 7 x 3 regional + 30 x 2 provincial + 5 international
    QSet<QString> keys;
    const QSet<QString> scopes{"national", "regional", "provincial", "international", "ets"};
    for (const GridFactor &f : all) {
        QVERIFY2(!keys.contains(QLatin1String(f.key)), f.key);
        keys.insert(QLatin1String(f.key));
        QVERIFY(scopes.contains(QLatin1String(f.scope)));
        QVERIFY(f.kgPerKWh > 0.1 && f.kgPerKWh < 0.9);
        QVERIFY(f.year >= 2017 && f.year <= 2024);
        QVERIFY(f.source && *f.source && f.name && *f.name);
        QVERIFY(QLatin1String(f.key).endsWith(QString::number(f.year)));
    }
}

void TstGridFactors::lookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("kgPerKWh");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("scope");
    QTest::newRow("Inner Mongolia 2022") << "cn-inner-mongolia-2022" << 0.6849 << 2022 << "provincial";
    QTest::newRow("Inner Mongolia 2021") << "cn-inner-mongolia-2021" << 0.7025 << 2021 << "provincial";
    QTest::newRow("Yunnan 2022") << "cn-yunnan-2022" << 0.1073 << 2022 << "provincial";
    QTest::newRow("national 2023") << "cn-national-2023" << 0.5306 << 2023 << "national";
    QTest::newRow("national excl. market 2023") << "cn-national-excl-market-2023" << 0.6096 << 2023 << "national";
    QTest::newRow("national fossil 2022") << "cn-national-fossil-2022" << 0.8325 << 2022 << "national";
    QTest::newRow("North China 2023") << "cn-north-2023" << 0.6361 << 2023 << "regional";
    QTest::newRow("Southwest 2021") << "cn-southwest-2021" << 0.2113 << 2021 << "regional";
    QTest::newRow("ETS parameter") << "cn-ets-power-2022" << 0.5703 << 2022 << "ets";
    QTest::newRow("world IEA") << "world-iea-2024" << 0.445 << 2024 << "international";
    QTest::newRow("EU-27") << "eu27-eea-2023" << 0.214 << 2023 << "international";
    QTest::newRow("unknown") << "cn-atlantis-2022" << 0.0 << 0 << "";
}

void TstGridFactors::lookup()
{
    QFETCH(QString, key);
    QFETCH(double, kgPerKWh);
    QFETCH(int, year);
    QFETCH(QString, scope);
    const GridFactor *f = findGridFactor(key);
    if (scope.isEmpty()) {
        QVERIFY(!f);
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->kgPerKWh, kgPerKWh);
    QCOMPARE(f->year, year);
    QCOMPARE(QLatin1String(f->scope), scope);
    QVERIFY(displayName(*f).contains(QString::number(year)));
}

void TstGridFactors::defaultKey_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("region");
    QTest::newRow("Ordos") << 39.83 << 109.98 << "cn-inner-mongolia-2022" << "north";
    QTest::newRow("Hohhot") << 40.84 << 111.75 << "cn-inner-mongolia-2022" << "north";
    QTest::newRow("Hulunbuir (east Inner Mongolia)") << 49.0 << 119.5 << "cn-inner-mongolia-2022" << "northeast";
    QTest::newRow("Yulin, Shaanxi") << 38.3 << 109.7 << "cn-shaanxi-2022" << "northwest";
    QTest::newRow("Beijing") << 39.9 << 116.4 << "cn-beijing-2022" << "north";
    QTest::newRow("Shenzhen") << 22.6 << 114.0 << "cn-guangdong-2022" << "south";
    QTest::newRow("Lhasa: no provincial factor") << 29.65 << 91.1 << "cn-southwest-2023" << "southwest";
    QTest::newRow("Kashgar") << 39.5 << 76.0 << "cn-xinjiang-2022" << "northwest";
    QTest::newRow("Munich") << 48.14 << 11.58 << "world-iea-2024" << "";
    QTest::newRow("Greensboro NC") << 36.1 << -79.9 << "world-iea-2024" << "";
    QTest::newRow("Seoul") << 37.57 << 126.98 << "world-iea-2024" << "";
}

void TstGridFactors::defaultKey()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, key);
    QFETCH(QString, region);
    QCOMPARE(defaultGridFactorKey(lat, lon), key);
    QCOMPARE(gridRegionKeyAt(lat, lon), region);
    QVERIFY(findGridFactor(key));
}

QTEST_GUILESS_MAIN(TstGridFactors)
#include "tst_gridfactors.moc"
