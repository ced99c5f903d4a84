// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli simulate and the economics (spec §15): the business-as-usual side of reference
// case E1 (1 000 kWh every hour, the E1 tariff with its demand charge, grid factor 0.6849) to
// the spec's digits through a project file; the stable keys of park.economics and years[]; the
// hourly CSV's tariff period and price.

#include "clirun.h"
#include "common/units.h"
#include "io/projectfile.h"
#include "model/park.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace pz;
using pztest::runCli;

namespace {

// A park of one building whose load is 1 000 kWh every hour (a profile file), no PV, with the
// E1 tariff (the default periods, demand charge 30 CNY/kW·month) and grid factor.
QString writeE1BauProject(const QTemporaryDir &dir)
{
    QByteArray profile = "kWh\n";
    for (int h = 0; h < kHoursPerYear; ++h)
        profile += "1000.0\n";
    if (!pztest::writeFile(dir.filePath(QStringLiteral("load.csv")), profile))
        return {};
    Park park;
    park.site.grid.factorKey.clear();
    park.site.grid.customFactorKgPerKWh = 0.6849;
    park.site.economics.tariff.demandChargeCNYPerKWMonth = 30;
    Building b;
    b.id = 1;
    b.name = QStringLiteral("Load");
    b.footprint = {{0, 0}, {50, 0}, {50, 40}, {0, 40}};
    b.rooftop.enabled = false;
    b.loadProfilePath = QStringLiteral("load.csv");
    park.append(b);
    const QString path = dir.filePath(QStringLiteral("e1-bau.parkzero"));
    QString error;
    return io::saveProject(park, path, &error) ? path : QString();
}

bool near(double actual, double expected, double halfUnit)
{
    return std::abs(actual - expected) <= halfUnit;
}

QJsonObject economicsOf(const pztest::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()[QStringLiteral("park")]
        .toObject()[QStringLiteral("economics")]
        .toObject();
}

} // namespace

class TestCliEconomics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceE1Bau();
    void demoParkKeys();
    void hourlyCsvHasTheTariff();
};

void TestCliEconomics::referenceE1Bau()
{
    QTemporaryDir dir;
    const QString project = writeE1BauProject(dir);
    QVERIFY(!project.isEmpty());
    const pztest::CliRun run = runCli({QStringLiteral("simulate"), project, QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject e = economicsOf(run);
    const QJsonObject bau = e[QStringLiteral("bill_bau")].toObject();
    QVERIFY(near(bau[QStringLiteral("energy_CNY")].toDouble(), 3'358'000.00, 0.005));
    QVERIFY(near(bau[QStringLiteral("demand_CNY")].toDouble(), 360'000.00, 0.005));
    QVERIFY(near(e[QStringLiteral("annual_bill_bau_CNY")].toDouble(), 3'718'000.00, 0.005));
    // Without PV the design is the BAU park: the same bill, nothing invested, nothing abated.
    QCOMPARE(e[QStringLiteral("annual_bill_CNY")].toDouble(), e[QStringLiteral("annual_bill_bau_CNY")].toDouble());
    QCOMPARE(e[QStringLiteral("capex_CNY")].toDouble(), 0.0);
    QCOMPARE(e[QStringLiteral("npv_CNY")].toDouble(), 0.0);
    QVERIFY(e[QStringLiteral("lcoe_CNY_per_kWh")].isNull());
    QVERIFY(e[QStringLiteral("cost_of_carbon_abated_CNY_per_tCO2")].isNull());
    // Σ DF_y over 25 years at 6 % (§15.8) times the BAU bill.
    QVERIFY(near(e[QStringLiteral("lcc_bau_CNY")].toDouble(), 3'718'000.0 * 12.783356158, 0.01));
    const QJsonArray periods = bau[QStringLiteral("energy_by_period")].toArray();
    QCOMPARE(periods.size(), 3);
    const double importKWh[] = {2'920'000, 3'650'000, 2'190'000};
    for (int p = 0; p < 3; ++p)
        QVERIFY(near(periods[p].toObject()[QStringLiteral("import_kWh")].toDouble(), importKWh[p], 0.5));
    const QJsonArray years = e[QStringLiteral("years")].toArray();
    QCOMPARE(years.size(), 25);
    QVERIFY(near(years[0].toObject()[QStringLiteral("co2_bau_t")].toDouble(), 5'999.724, 5e-4));
}

void TestCliEconomics::demoParkKeys()
{
    const pztest::CliRun run =
        runCli({QStringLiteral("simulate"), pztest::demoParkPath(), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject e = economicsOf(run);
    for (const char *key : {"capex_CNY", "annual_bill_CNY", "annual_bill_bau_CNY", "lcc_CNY", "lcc_bau_CNY", "npv_CNY",
                            "lcoe_CNY_per_kWh", "simple_payback_years", "discounted_payback_years",
                            "cost_of_carbon_abated_CNY_per_tCO2", "discounted_co2_abated_t", "bill", "bill_bau",
                            "components", "years"})
        QVERIFY2(e.contains(QLatin1String(key)), key);
    QCOMPARE(e[QStringLiteral("npv_CNY")].toDouble(), e[QStringLiteral("lcc_bau_CNY")].toDouble() - e[QStringLiteral("lcc_CNY")].toDouble());
    QVERIFY(e[QStringLiteral("capex_CNY")].toDouble() > 0);
    QVERIFY(e[QStringLiteral("lcoe_CNY_per_kWh")].toDouble() > 0);
    const QJsonArray years = e[QStringLiteral("years")].toArray();
    QCOMPARE(years.size(), 25);
    for (const char *key : {"year", "pv_factor", "generation_kWh", "import_kWh", "export_kWh", "curtailed_kWh", "green_kWh",
                            "electricity_bill_CNY", "om_CNY", "replacement_CNY", "salvage_CNY", "cost_CNY", "cost_bau_CNY",
                            "co2_t", "co2_bau_t"})
        QVERIFY2(years[24].toObject().contains(QLatin1String(key)), key);
    QCOMPARE(years[0].toObject()[QStringLiteral("pv_factor")].toDouble(), 1.0);
    QVERIFY(years[24].toObject()[QStringLiteral("salvage_CNY")].toDouble() > 0);
}

void TestCliEconomics::hourlyCsvHasTheTariff()
{
    QTemporaryDir dir;
    const QString project = writeE1BauProject(dir);
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    const pztest::CliRun run = runCli({QStringLiteral("simulate"), project, QStringLiteral("--hourly"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> header = lines[0].split(',');
    const qsizetype period = header.indexOf("tariff_period"), price = header.indexOf("tariff_price_cny_per_kwh");
    QVERIFY(period > 0 && price == period + 1);
    // Hours 06, 07 and 17 of 1 January: valley, flat, peak.
    const QByteArray want[][2] = {{"valley", "0.200000"}, {"flat", "0.400000"}, {"peak", "0.600000"}};
    const int hours[] = {6, 7, 17};
    for (int i = 0; i < 3; ++i) {
        const QList<QByteArray> row = lines[hours[i] + 1].split(',');
        QCOMPARE(row[period], want[i][0]);
        QCOMPARE(row[price], want[i][1]);
    }
}

QTEST_GUILESS_MAIN(TestCliEconomics)
#include "tst_cli_economics.moc"
