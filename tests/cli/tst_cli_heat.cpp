// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli simulate with heat (spec §14): case H1 for every supply through a project file on
// the reference weather file (skipped when ../shared is absent), the stable JSON keys of the
// buildings and the carriers, the hourly CSV's heat columns; a park without heat prints none of
// them; a bad heat field is refused with its path.

#include "clirun.h"
#include "heatpark.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using pztest::CliRun;
using pztest::runCli;

namespace {

double half(int decimals)
{
    return 0.5 * std::pow(10.0, -decimals);
}

QJsonObject simulateJson(const QTemporaryDir &dir, const QByteArray &project, const QStringList &extra = {})
{
    const QString path = dir.filePath(QStringLiteral("heat.parkzero"));
    if (!pztest::writeFile(path, project))
        return {};
    const CliRun run = runCli(QStringList{QStringLiteral("simulate"), path, QStringLiteral("--json"), QStringLiteral("-")}
                              + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliHeat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void h1EverySupply_data();
    void h1EverySupply();
    void hourlyCsvHasHeatColumns();
    void parkWithoutHeatPrintsNoHeatKeys();
    void badHeatFieldIsRefusedWithItsPath();
};

void TestCliHeat::h1EverySupply_data()
{
    QTest::addColumn<QString>("supply");
    QTest::addColumn<double>("quantity");   // < 0: the relation to the heat is checked instead
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("intensity");  // < 0: not printed in the spec
    QTest::newRow("gas_boiler") << "gas_boiler" << pztest::kH1GasM3 << 3 << "m3" << pztest::kH1GasI;
    QTest::newRow("ashp") << "ashp" << pztest::kH1AshpKWh << 3 << "kWh" << pztest::kH1AshpI;
    QTest::newRow("district_heat") << "district_heat" << pztest::kH1DistrictHeatGJ << 5 << "GJ"
                                   << pztest::kH1DistrictHeatI;
    QTest::newRow("coal_boiler") << "coal_boiler" << -1.0 << 0 << "t" << -1.0;
    QTest::newRow("electric_boiler") << "electric_boiler" << -1.0 << 0 << "kWh" << -1.0;
    QTest::newRow("gshp") << "gshp" << -1.0 << 0 << "kWh" << -1.0;
}

void TestCliHeat::h1EverySupply()
{
    QFETCH(QString, supply);
    QFETCH(double, quantity);
    QFETCH(int, decimals);
    QFETCH(QString, unit);
    QFETCH(double, intensity);
    const QString weather = pztest::sharedPath(pztest::dongshengEpwRelative());
    if (weather.isEmpty())
        QSKIP("reference weather file not present in ../shared");
    QTemporaryDir dir;
    const QJsonObject root = simulateJson(dir, pztest::h1Project(weather, "\"supply\": \"" + supply.toUtf8() + '"'));
    const QJsonArray buildings = root[QStringLiteral("buildings")].toArray();
    QCOMPARE(buildings.size(), 1);
    const QJsonObject b = buildings[0].toObject();
    for (const char *key : {"id", "name", "space_heat_kWh", "dhw_kWh", "process_heat_kWh", "peak_heat_kW", "supply",
                            "carrier_quantity", "carrier_unit", "electricity_kWh", "intensity_tCO2_per_tce"})
        QVERIFY2(b.contains(QLatin1String(key)), key);
    QCOMPARE(b[QStringLiteral("supply")].toString(), supply);
    QCOMPARE(b[QStringLiteral("carrier_unit")].toString(), unit);
    QCOMPARE(b.contains(QStringLiteral("scop")), supply == QLatin1String("ashp") || supply == QLatin1String("gshp"));
    QVERIFY(std::abs(b[QStringLiteral("space_heat_kWh")].toDouble() - 780838.2) <= half(1));
    QVERIFY(std::abs(b[QStringLiteral("dhw_kWh")].toDouble() - 50000.0) <= half(1));
    QVERIFY(std::abs(b[QStringLiteral("peak_heat_kW")].toDouble() - 346.51029) <= half(5));
    const double heatKWh = b[QStringLiteral("total_heat_kWh")].toDouble();
    const double q = b[QStringLiteral("carrier_quantity")].toDouble();
    if (quantity >= 0)
        QVERIFY2(std::abs(q - quantity) <= half(decimals), qPrintable(QString::number(q, 'f', 6)));
    else if (supply == QLatin1String("coal_boiler"))
        QVERIFY(std::abs(q - heatKWh / 0.80 / (20.908 / 3.6) / 1000.0) <= 1e-9);
    else if (supply == QLatin1String("electric_boiler"))
        QVERIFY(std::abs(q - heatKWh / 0.98) <= 1e-6);
    else
        QVERIFY(std::abs(q * b[QStringLiteral("scop")].toDouble() - heatKWh) <= 1e-6);
    if (supply == QLatin1String("ashp"))
        QVERIFY(std::abs(b[QStringLiteral("scop")].toDouble() - pztest::kH1AshpScop) <= half(6));

    const QJsonObject park = root[QStringLiteral("park")].toObject();
    for (const char *key : {"heat_demand_kWh", "heat_electricity_kWh", "carriers", "energy_tce",
                            "intensity_tCO2_per_tce", "intensity_coal_method_tCO2_per_tce", "buildings_passing_alone"})
        QVERIFY2(park.contains(QLatin1String(key)), key);
    QVERIFY(std::abs(park[QStringLiteral("heat_demand_kWh")].toDouble() - pztest::kH1TotalHeatKWh) <= half(1));
    const QJsonObject carriers = park[QStringLiteral("carriers")].toObject();
    double tce = 0;
    for (const char *carrier : {"electricity", "natural_gas", "raw_coal", "purchased_heat"}) {
        const QJsonObject c = carriers[QLatin1String(carrier)].toObject();
        for (const char *key : {"quantity", "unit", "tce", "tCO2"})
            QVERIFY2(c.contains(QLatin1String(key)), carrier);
        tce += c[QStringLiteral("tce")].toDouble();
    }
    QVERIFY(std::abs(tce - park[QStringLiteral("energy_tce")].toDouble()) <= 1e-9 * tce);
    if (intensity >= 0) {
        QVERIFY(std::abs(park[QStringLiteral("intensity_tCO2_per_tce")].toDouble() - intensity) <= half(6));
        QVERIFY(std::abs(b[QStringLiteral("intensity_tCO2_per_tce")].toDouble() - intensity) <= half(6));
    }
    QCOMPARE(park[QStringLiteral("buildings_passing_alone")].toInt(), 0);
    QCOMPARE(park[QStringLiteral("zero_carbon_verdict")].toString(), QStringLiteral("fail"));
}

void TestCliHeat::hourlyCsvHasHeatColumns()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hourly.csv"));
    const QJsonObject root = simulateJson(dir, pztest::h1Project({}, R"("supply": "ashp")"),
                                          {QStringLiteral("--hourly"), csv});
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() >= 8761);
    const QList<QByteArray> header = lines[0].split(',');
    const qsizetype heat = header.indexOf("heat_kwh"), electricity = header.indexOf("heat_electricity_kwh");
    QVERIFY(heat > 0 && electricity == heat + 1);
    double heatSum = 0, electricitySum = 0;
    for (int h = 1; h <= 8760; ++h) {
        const QList<QByteArray> row = lines[h].split(',');
        heatSum += row[heat].toDouble();
        electricitySum += row[electricity].toDouble();
    }
    const QJsonObject park = root[QStringLiteral("park")].toObject();
    QVERIFY(std::abs(heatSum - park[QStringLiteral("heat_demand_kWh")].toDouble()) < 8760 * 0.5e-4);
    QVERIFY(std::abs(electricitySum - park[QStringLiteral("heat_electricity_kWh")].toDouble()) < 8760 * 0.5e-4);
}

void TestCliHeat::parkWithoutHeatPrintsNoHeatKeys()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hourly.csv"));
    const QJsonObject root = simulateJson(dir, pztest::h1Project({}, R"("supply": "none")"),
                                          {QStringLiteral("--hourly"), csv});
    QVERIFY(root.contains(QStringLiteral("park")));
    QVERIFY(!root.contains(QStringLiteral("buildings")));
    QVERIFY(!root[QStringLiteral("park")].toObject().contains(QStringLiteral("heat_demand_kWh")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readLine().contains("heat_kwh"));
}

void TestCliHeat::badHeatFieldIsRefusedWithItsPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.parkzero"));
    QVERIFY(pztest::writeFile(path, pztest::h1Project({}, R"("supply": "gas_boiler", "efficiency": 2)")));
    const CliRun run = runCli({QStringLiteral("simulate"), path, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("objects[0].heat.efficiency: must be > 0 and at most 1.1")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliHeat)
#include "tst_cli_heat.moc"
