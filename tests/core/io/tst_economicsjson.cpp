// SPDX-License-Identifier: GPL-3.0-or-later
// The economic settings in files (spec §15.9, format version 4): every field round-trips, older
// files load with the spec's defaults, the version rule, bad tariffs and costs refused with their
// JSON path, the cost set file, edits through ChangeSiteCommand, and reference case E1 with its
// settings read from a project file.

#include "common/units.h"
#include "document/parkdocument.h"
#include "economics/lifecycle.h"
#include "io/economicsjson.h"
#include "io/projectfile.h"
#include "io/projectwriter.h"
#include "model/validation.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace pz;
using namespace pz::economics;

namespace {

// Every numeric setting moved off its default (inside its range), a four-period tariff with
// different weekday and weekend grids, and a BAU heat technology.
EconomicsSettings changedSettings()
{
    EconomicsSettings s;
    int i = 0;
    for (const SettingField &f : settingFields()) {
        if (!f.set)
            continue;
        const double def = f.get(s);
        double v = f.whole ? f.min + 1 + (i % 3) : std::isfinite(f.max) ? f.min + (f.max - f.min) * 0.37 : def + 1.25 + i;
        if (v == def)
            v = f.whole ? v + 1 : v * 0.5 + 0.125;
        f.set(s, v);
        ++i;
    }
    s.tariff.periods = {{QStringLiteral("deep valley"), 0.15}, {QStringLiteral("valley"), 0.25},
                        {QStringLiteral("flat"), 0.5}, {QStringLiteral("critical peak, \"summer\""), 0.9}};
    for (int m = 0; m < 12; ++m)
        for (int h = 0; h < 24; ++h) {
            s.tariff.weekday[m][h] = (m + h) % 4;
            s.tariff.weekend[m][h] = h % 2;
        }
    s.bauHeatSupply = HeatTechnology::AirSourceHeatPump;
    return s;
}

// Leaves of `changed` equal to the same place in `defaults`.
void collectUnchanged(const QJsonValue &changed, const QJsonValue &defaults, const QString &path, QStringList &unchanged)
{
    if (changed.isObject()) {
        const QJsonObject c = changed.toObject(), d = defaults.toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            collectUnchanged(it.value(), d.value(it.key()), path + QLatin1Char('.') + it.key(), unchanged);
    } else if (changed == defaults) {
        unchanged << path;
    }
}

QByteArray fileWithEconomics(const QByteArray &economics, int version = 4)
{
    return R"({"format": "parkzero", "format_version": )" + QByteArray::number(version) +
           R"(, "site": {"economics": )" + economics + R"(}, "objects": []})";
}

QByteArray gridJson(int month, int hour, int value)
{
    QByteArray rows = "[";
    for (int m = 0; m < 12; ++m) {
        rows += m ? ", [" : "[";
        for (int h = 0; h < 24; ++h)
            rows += (h ? ", " : "") + QByteArray::number(m == month && h == hour ? value : h < 7 || h >= 23 ? 0 : h < 17 ? 1 : 2);
        rows += "]";
    }
    return rows + "]";
}

// |actual − expected| ≤ half a unit of the spec's last digit.
bool near(double actual, double expected, double halfUnit)
{
    return std::abs(actual - expected) <= halfUnit;
}

} // namespace

class TestEconomicsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureChangesEveryField();
    void roundTrip();
    void gridsOneMonthPerLine();
    void olderFilesTakeTheSpecDefaults_data();
    void olderFilesTakeTheSpecDefaults();
    void versionRule();
    void refusedWithPath_data();
    void refusedWithPath();
    void changeSiteCommand();
    void costSetRoundTrip();
    void costSetKeepsTheOtherSettings();
    void costSetRefused_data();
    void costSetRefused();
    void referenceE1FromProjectFile();
};

void TestEconomicsJson::fixtureChangesEveryField()
{
    const EconomicsSettings s = changedSettings();
    QVERIFY2(settingsProblems(s, QString()).isEmpty(), qPrintable(settingsProblems(s, QString()).join('\n')));
    QStringList unchanged;
    collectUnchanged(io::EconomicsJson::toJson(s), io::EconomicsJson::toJson(EconomicsSettings{}), QStringLiteral("economics"),
                     unchanged);
    QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1String(", "))));
}

void TestEconomicsJson::roundTrip()
{
    Park park;
    park.site.economics = changedSettings();
    const QByteArray bytes = io::serializeProject(park);
    const io::LoadResult loaded = io::parseProject(bytes, QStringLiteral("e.parkzero"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.park->site.economics == park.site.economics);
    QVERIFY(*loaded.park == park);
    QCOMPARE(io::serializeProject(*loaded.park), bytes);
    QVERIFY(bytes.contains(QByteArray("\"format_version\": ") + QByteArray::number(io::kFormatVersion) + ","));
}

void TestEconomicsJson::gridsOneMonthPerLine()
{
    const QByteArray bytes = io::serializeProject(Park{});
    QVERIFY2(bytes.contains("[0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 0]"), bytes.constData());
    QVERIFY(bytes.contains("\"bau_heat_supply\": \"same\""));
}

void TestEconomicsJson::olderFilesTakeTheSpecDefaults_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < io::kScenariosFormatVersion; ++v)  // the park at the top level
        QTest::addRow("format %d", v) << v;
}

void TestEconomicsJson::olderFilesTakeTheSpecDefaults()
{
    QFETCH(int, version);
    const QByteArray json = R"({"format": "parkzero", "format_version": )" + QByteArray::number(version) +
                            R"(, "site": {"name": "old"}, "objects": []})";
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("old.parkzero"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const EconomicsSettings &e = loaded.park->site.economics;
    QVERIFY(e == EconomicsSettings{});
    QCOMPARE(e.analysisYears, 25);
    QCOMPARE(e.discountRate, 0.06);
    QCOMPARE(e.pvDegradation, 0.005);
    QCOMPARE(e.tariff.exportPriceCNYPerKWh, 0.2829);
    QCOMPARE(e.tariff.periods.size(), std::size_t(3));
    QVERIFY(!e.bauHeatSupply);
    // A partial block keeps the defaults of what it leaves out.
    const io::LoadResult partial =
        io::parseProject(fileWithEconomics(R"({"discount_rate": 0.08, "costs": {"heat_life_years": {"ashp": 12}}})"),
                         QStringLiteral("partial.parkzero"));
    QVERIFY2(partial.ok(), qPrintable(partial.error));
    EconomicsSettings want;
    want.discountRate = 0.08;
    want.costs.heat[std::size_t(HeatTechnology::AirSourceHeatPump)].lifeYears = 12;
    QVERIFY(partial.park->site.economics == want);
}

void TestEconomicsJson::versionRule()
{
    const int next = io::kFormatVersion + 1;
    const io::LoadResult newer = io::parseProject(fileWithEconomics("{}", next), QStringLiteral("new.parkzero"));
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error, QStringLiteral("new.parkzero: written by a newer ParkZero (format %1); this version reads up to %2")
                              .arg(next)
                              .arg(io::kFormatVersion));
    QVERIFY(io::parseProject(fileWithEconomics("{}", 4), QStringLiteral("v4.parkzero")).ok());
}

void TestEconomicsJson::refusedWithPath_data()
{
    QTest::addColumn<QByteArray>("economics");
    QTest::addColumn<QString>("problem");
    const QString p = QStringLiteral("bad.parkzero: site.economics.");
    QTest::newRow("hour without a period") << "{\"tariff\": {\"weekday\": " + gridJson(3, 17, 5) + "}}"
                                           << p + "tariff.weekday[3][17]: every hour needs a period (got 5)";
    QTest::newRow("negative period") << "{\"tariff\": {\"weekend\": " + gridJson(0, 0, -1) + "}}"
                                     << p + "tariff.weekend[0][0]: every hour needs a period (got -1)";
    QTest::newRow("fractional period") << "{\"tariff\": {\"weekend\": " + gridJson(11, 23, 0).replace("0]]", "0.5]]") + "}}"
                                       << p + "tariff.weekend[11][23]: expected a period index (a whole number)";
    QTest::newRow("eleven months") << QByteArray(R"({"tariff": {"weekday": [[0]]}})")
                                   << p + "tariff.weekday: expected 12 rows (January first) of 24 period indices";
    QTest::newRow("no periods") << QByteArray(R"({"tariff": {"periods": []}})")
                                << p + "tariff.periods: at least one period is needed";
    QTest::newRow("price as text") << QByteArray(R"({"tariff": {"periods": [{"name": "flat", "price_CNY_per_kWh": "0.4"}]}})")
                                   << p + "tariff.periods[0]: expected {\"name\": a string, \"price_CNY_per_kWh\": a number}";
    QTest::newRow("negative demand charge") << QByteArray(R"({"tariff": {"demand_charge_CNY_per_kW_month": -30}})")
                                            << p + "tariff.demand_charge_CNY_per_kW_month: must be at least 0 (got -30)";
    QTest::newRow("negative PV capex") << QByteArray(R"({"costs": {"pv_ground_capex_CNY_per_kWp": -1}})")
                                       << p + "costs.pv_ground_capex_CNY_per_kWp: must be at least 0 (got -1)";
    QTest::newRow("heat cost") << QByteArray(R"({"costs": {"heat_capex_CNY_per_kWth": {"gshp": -3000}}})")
                               << p + "costs.heat_capex_CNY_per_kWth.gshp: must be at least 0 (got -3000)";
    QTest::newRow("unknown technology") << QByteArray(R"({"costs": {"heat_capex_CNY_per_kWth": {"oil_boiler": 300}}})")
                                        << p + "costs.heat_capex_CNY_per_kWth.oil_boiler: unknown field";
    QTest::newRow("unknown cost") << QByteArray(R"({"costs": {"pv_capex": 3000}})") << p + "costs.pv_capex: unknown field";
    QTest::newRow("fractional years") << QByteArray(R"({"analysis_years": 2.5})")
                                      << p + "analysis_years: expected a whole number, got 2.5";
    QTest::newRow("too many years") << QByteArray(R"({"analysis_years": 60})")
                                    << p + "analysis_years: must be between 1 and 50 (got 60)";
    QTest::newRow("discount rate") << QByteArray(R"({"discount_rate": 0.5})")
                                   << p + "discount_rate: must be between 0 and 0.3 (got 0.5)";
    QTest::newRow("rate as text") << QByteArray(R"({"discount_rate": "6%"})")
                                  << p + "discount_rate: expected a number, got a string";
    QTest::newRow("fuel price") << QByteArray(R"({"fuel_prices": {"gas_CNY_per_m3": -3}})")
                                << p + "fuel_prices.gas_CNY_per_m3: must be at least 0 (got -3)";
    QTest::newRow("BAU heat") << QByteArray(R"({"bau_heat_supply": "oil"})")
                              << p + "bau_heat_supply: unknown value \"oil\" (expected one of: same, none, district_heat, "
                                     "gas_boiler, coal_boiler, electric_boiler, ashp, gshp)";
}

void TestEconomicsJson::refusedWithPath()
{
    QFETCH(QByteArray, economics);
    QFETCH(QString, problem);
    const io::LoadResult loaded = io::parseProject(fileWithEconomics(economics), QStringLiteral("bad.parkzero"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.problems.contains(problem), qPrintable(loaded.problems.join('\n')));
}

void TestEconomicsJson::changeSiteCommand()
{
    ParkDocument document;
    Site bad = document.park().site;
    bad.economics.tariff.weekday[3][17] = 5;
    QStringList problems;
    QVERIFY(!document.changeSite(bad, QStringLiteral("Edit tariff"), QString(), &problems));
    QCOMPARE(problems, QStringList{QStringLiteral("economics.tariff.weekday[3][17]: every hour needs a period (got 5)")});
    QCOMPARE(document.undoStack()->count(), 0);

    Site cheaper = document.park().site;
    cheaper.economics.tariff.periods[2].priceCNYPerKWh = 0.55;
    cheaper.economics.costs.pvGroundCapexCNYPerKWp = 2500;
    QVERIFY(document.changeSite(cheaper, QStringLiteral("Edit costs"), QString(), &problems));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.park().site.economics.tariff.periods[2].priceCNYPerKWh, 0.55);
    document.undoStack()->undo();
    QVERIFY(document.park().site.economics == EconomicsSettings{});
}

void TestEconomicsJson::costSetRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mengxi.pzcosts"));
    const EconomicsSettings source = changedSettings();
    QString error = QStringLiteral("stale");
    QVERIFY2(io::saveCostSet(source, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    EconomicsSettings target;
    QStringList problems;
    QVERIFY2(io::loadCostSet(path, target, &problems), qPrintable(problems.join('\n')));
    QVERIFY(target.costs == source.costs);
    QVERIFY(target.fuelPrices == source.fuelPrices);
    QVERIFY(target.tariff == source.tariff);
    QCOMPARE(io::serializeCostSet(target), io::serializeCostSet(source));
    const QJsonObject top = QJsonDocument::fromJson(io::serializeCostSet(source)).object();
    QCOMPARE(top.keys(), (QStringList{"costs", "format", "format_version", "fuel_prices", "tariff"}));
    QCOMPARE(top.value(QLatin1String("format")).toString(), QStringLiteral("parkzero-costs"));
}

void TestEconomicsJson::costSetKeepsTheOtherSettings()
{
    EconomicsSettings target;
    target.analysisYears = 20;
    target.discountRate = 0.08;
    target.directLineKm = 12;
    const EconomicsSettings source = changedSettings();
    QVERIFY(io::parseCostSet(io::serializeCostSet(source), QStringLiteral("c.pzcosts"), target, nullptr));
    QCOMPARE(target.analysisYears, 20);
    QCOMPARE(target.discountRate, 0.08);
    QCOMPARE(target.directLineKm, 12.0);
    QVERIFY(!target.bauHeatSupply);
    QVERIFY(target.costs == source.costs);
}

void TestEconomicsJson::costSetRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray head = R"({"format": "parkzero-costs", "format_version": 1, )";
    QTest::newRow("not a cost set") << QByteArray(R"({"format": "parkzero", "format_version": 4})")
                                    << "c.pzcosts: format: expected \"parkzero-costs\" (not a ParkZero cost set)";
    QTest::newRow("newer") << QByteArray(R"({"format": "parkzero-costs", "format_version": 2})")
                           << "c.pzcosts: format_version: this version reads cost sets of version 1 to 1";
    QTest::newRow("invalid JSON") << QByteArray("{") << "c.pzcosts: invalid JSON: unterminated object";
    QTest::newRow("project settings") << head + R"("analysis_years": 20})" << "c.pzcosts: analysis_years: unknown field";
    QTest::newRow("bad tariff") << head + "\"tariff\": {\"weekday\": " + gridJson(3, 17, 5) + "}}"
                                << "c.pzcosts: tariff.weekday[3][17]: every hour needs a period (got 5)";
    QTest::newRow("bad cost") << head + R"("costs": {"storage_capex_CNY_per_kWh": -385}})"
                              << "c.pzcosts: costs.storage_capex_CNY_per_kWh: must be at least 0 (got -385)";
}

void TestEconomicsJson::costSetRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    EconomicsSettings target;
    target.costs.pvGroundCapexCNYPerKWp = 2000;
    const EconomicsSettings before = target;
    QStringList problems;
    QVERIFY(!io::parseCostSet(json, QStringLiteral("c.pzcosts"), target, &problems));
    QVERIFY2(problems.contains(problem), qPrintable(problems.join('\n')));
    QVERIFY(target == before);
}

// E1 (§15.8): the tariff with its demand charge and the default costs come from a project file;
// the kernel, fed the case's hourly series, gives the spec's numbers.
void TestEconomicsJson::referenceE1FromProjectFile()
{
    const QByteArray json = fileWithEconomics(R"({"analysis_years": 25, "discount_rate": 0.06, "pv_degradation": 0.005,
        "tariff": {"periods": [{"name": "valley", "price_CNY_per_kWh": 0.2}, {"name": "flat", "price_CNY_per_kWh": 0.4},
                               {"name": "peak", "price_CNY_per_kWh": 0.6}],
                   "weekday": )" + gridJson(-1, -1, 0) + R"(, "weekend": )" + gridJson(-1, -1, 0) + R"(,
                   "demand_charge_CNY_per_kW_month": 30, "fixed_CNY_per_month": 0, "export_price_CNY_per_kWh": 0.2829},
        "costs": {"pv_ground_capex_CNY_per_kWp": 3000, "pv_om_CNY_per_kWp_yr": 40, "inverter_replacement_CNY_per_kWac": 150}})");
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("e1.parkzero"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    std::vector<double> consumption(kHoursPerYear, 1000.0), pv(kHoursPerYear, 0.0);
    for (int t = 0; t < kHoursPerYear; ++t) {
        const int h = t % 24;
        pv[std::size_t(t)] = h == 9 || h == 10 || h == 15 || h == 16 ? 800.0 : h >= 11 && h <= 14 ? 1400.0 : 0.0;
    }
    EconomicsInput in;
    in.consumptionKWh = &consumption;
    in.pvGenerationKWh = &pv;
    in.pvArrays = {PvCapacity{2000.0, 1.2, false}};
    in.annualGridFactorKgPerKWh = 0.6849;
    const EconomicsResult r = computeEconomics(loaded.park->site.economics, in);
    QVERIFY(near(r.billYear1.totalCNY, 2'501'586.40, 0.005));
    QVERIFY(near(r.billBau.totalCNY, 3'718'000.00, 0.005));
    QVERIFY(near(r.lccCNY, 39'439'884.51, 0.005));
    QVERIFY(near(r.lccBauCNY, 47'528'518.20, 0.005));
    QVERIFY(near(r.npvCNY, 8'088'633.69, 0.005));
    QVERIFY(r.lcoeCNYPerKWh && near(*r.lcoeCNYPerKWh, 0.175113691, 5e-10));
    QVERIFY(r.paybackYears && near(*r.paybackYears, 5.333121, 5e-7));
    QVERIFY(r.discountedPaybackYears && near(*r.discountedPaybackYears, 6.641206, 5e-7));
    QVERIFY(r.costOfCarbonAbatedCNYPerT && near(*r.costOfCarbonAbatedCNYPerT, -358.537308, 5e-7));
}

QTEST_GUILESS_MAIN(TestEconomicsJson)
#include "tst_economicsjson.moc"
