// SPDX-License-Identifier: GPL-3.0-or-later
// Optimizer scenario files (spec §16.11): a written scenario reads back to the same problem bit
// for bit; missing keys take the spec's defaults; wrong files and wrong values are refused with
// the file, the key or line and the reason; the public case reads.

#include "optimizer/scenariofile.h"
#include "optimizerscenario.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pz::optimizer;

namespace {

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A minimal CSV with the given columns after hour, and 8760 rows of value.
QByteArray csv(const QStringList &columns, const QString &value, int rows = kHoursPerYear)
{
    QByteArray out = "hour," + columns.join(',').toUtf8() + '\n';
    for (int t = 0; t < rows; ++t) {
        out += QByteArray::number(t);
        for (int c = 0; c < columns.size(); ++c)
            out += ',' + value.toUtf8();
        out += '\n';
    }
    return out;
}

const QStringList kBaseColumns = {"load_kWh", "import_price_CNY_per_kWh", "export_price_CNY_per_kWh",
                                  "grid_factor_kg_per_kWh", "pv:a"};

const char *kMinimalJson = R"({"format": "parkzero-optimizer-scenario", "format_version": 1, "profiles": "p.csv",
  "pv": [{"id": "a", "max_kWp": 100, "capex_CNY_per_kWp": 3000}]})";

} // namespace

class TestOptimizerScenario : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsExact()
    {
        QTemporaryDir dir;
        OptimizerProblem p = pztest::richProblem();
        p.hourly.loadKWh[5] = 0.1 + 0.2;   // not a short decimal
        p.wind[0].info = R"({"turbine":"IEA-3.4-130-RWT.csv","hub_height_m":110})";
        QString error;
        QVERIFY2(writeScenario(p, dir.filePath("s.json"), "s.csv", &error), qPrintable(error));
        const ScenarioReadResult r = readScenario(dir.filePath("s.json"));
        QVERIFY2(r.problem, qPrintable(r.error));
        const OptimizerProblem &q = *r.problem;
        QCOMPARE(q.hourly.loadKWh, p.hourly.loadKWh);
        QCOMPARE(q.hourly.gridFactorKgPerKWh, p.hourly.gridFactorKgPerKWh);
        QCOMPARE(q.pv.size(), p.pv.size());
        QCOMPARE(q.pv[1].profileKWhPerKWp, p.pv[1].profileKWhPerKWp);
        QCOMPARE(q.pv[1].kind, PvKind::Rooftop);
        QCOMPARE(q.wind[0].profileKWhPerTurbine, p.wind[0].profileKWhPerTurbine);
        QCOMPARE(q.grid.exportLimitKW, p.grid.exportLimitKW);
        QCOMPARE(q.grid.greenMaxKWh, p.grid.greenMaxKWh);
        QCOMPARE(q.battery.capexCnyPerKWh, p.battery.capexCnyPerKWh);
        QCOMPARE(q.carbon.cleanShareMin, p.carbon.cleanShareMin);
        // The free information is kept.
        QVERIFY(QString::fromStdString(q.wind[0].info).contains("hub_height_m"));
        // Every key is written, nulls included.
        const QJsonObject json = QJsonDocument::fromJson(readText(dir.filePath("s.json"))).object();
        QVERIFY(json.value("carbon").toObject().contains("clean_share_min"));
        QVERIFY(json.value("carbon").toObject().value("clean_share_min").isNull());
        QCOMPARE(json.value("battery").toObject().size(), 15);
        QCOMPARE(json.value("pv").toArray().first().toObject().size(), 13);
    }

    void missingKeysTakeTheDefaults()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath("s.json"), kMinimalJson));
        QVERIFY(writeText(dir.filePath("p.csv"), csv(kBaseColumns, "0.5")));
        const ScenarioReadResult r = readScenario(dir.filePath("s.json"));
        QVERIFY2(r.problem, qPrintable(r.error));
        const OptimizerProblem &p = *r.problem;
        QCOMPARE(p.economics.discountRate, 0.06);
        QCOMPARE(p.economics.analysisYears, 25);
        QCOMPARE(p.pv[0].lifeYears, 30.0);
        QCOMPARE(p.pv[0].dcAcRatio, 1.2);
        QCOMPARE(p.pv[0].inverterReplacementCnyPerKWac, 0.0);
        QCOMPARE(p.pv[0].inverterLifeYears, 15.0);
        QCOMPARE(p.pv[0].embodiedLifeYears, 30.0);
        QCOMPARE(p.pv[0].minKWp, 0.0);
        QCOMPARE(p.battery.maxKWh, 0.0);
        QCOMPARE(p.battery.roundTripEfficiency, 0.85);
        QCOMPARE(p.battery.socMin, 0.05);
        QCOMPARE(p.battery.socMax, 0.95);
        QCOMPARE(p.battery.replacementFactor, 1.0);
        QCOMPARE(p.battery.lifeYears, 15.0);
        QVERIFY(!p.grid.exportLimitKW);
        QVERIFY(!p.grid.greenMaxKWh);
        QCOMPARE(p.carbon.thresholdTCO2PerTce, 0.20);
        QCOMPARE(p.carbon.kgcePerKWh, 0.1229);
        QVERIFY(!p.carbon.includeEmbodied);
        QVERIFY(!p.carbon.cleanShareMin);
        QVERIFY(!p.options.integerTurbines);
        QVERIFY(p.hourly.fixedGenerationKWh.empty());
        QVERIFY(validateProblem(p).empty());
    }

    void wrongFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("csvText");
        QTest::addColumn<QStringList>("expected");   // parts of the message
        const QByteArray good = csv(kBaseColumns, "0.5");
        QTest::newRow("not json") << QByteArray("{\n\"format\": ,}") << good << QStringList{"s.json", "line 2"};
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "format_version": 1})") << good
                                      << QStringList{"s.json", "key format"};
        QTest::newRow("capex missing") << QByteArray(R"({"format": "parkzero-optimizer-scenario", "format_version": 1,
            "profiles": "p.csv", "pv": [{"id": "a", "max_kWp": 100}]})")
                                       << good << QStringList{"s.json", "pv[0].capex_CNY_per_kWp", "required"};
        QTest::newRow("text for a number") << QByteArray(R"({"format": "parkzero-optimizer-scenario", "format_version": 1,
            "profiles": "p.csv", "pv": [{"id": "a", "max_kWp": "many", "capex_CNY_per_kWp": 1}]})")
                                           << good << QStringList{"s.json", "pv[0].max_kWp", "number"};
        QTest::newRow("profile column missing") << QByteArray(kMinimalJson) << csv(kBaseColumns.mid(0, 4), "0.5")
                                                << QStringList{"p.csv", "line 1", "pv:a"};
        QByteArray badCell = good;
        badCell.replace("\n7,0.5,", "\n7,x,");
        QTest::newRow("bad number") << QByteArray(kMinimalJson) << badCell << QStringList{"p.csv", "line 9", "load_kWh"};
        QTest::newRow("short year") << QByteArray(kMinimalJson) << csv(kBaseColumns, "0.5", 8759)
                                    << QStringList{"p.csv", "8759 hours"};
    }

    void wrongFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, csvText);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath("s.json"), json));
        QVERIFY(writeText(dir.filePath("p.csv"), csvText));
        const ScenarioReadResult r = readScenario(dir.filePath("s.json"));
        QVERIFY(!r.problem);
        for (const QString &part : expected)
            QVERIFY2(r.error.contains(part), qPrintable(r.error + " lacks " + part));
    }

    // §16.10: wrong values are refused before solving, naming the field.
    void wrongValuesNameTheField()
    {
        OptimizerProblem p = pztest::richProblem(true);
        p.pv[0].minKWp = 5000;   // above its maximum
        p.battery.capexCnyPerKWh = 0;
        p.battery.omCnyPerKWhYr = 0;
        std::vector<std::string> problems = validateProblem(p);
        QString all;
        for (const std::string &s : problems)
            all += QString::fromStdString(s) + '\n';
        QVERIFY2(all.contains("pv 11.min_kWp: is above pv 11.max_kWp"), qPrintable(all));
        QVERIFY2(all.contains("battery.capex_CNY_per_kWh"), qPrintable(all));
        OptimizerProblem blank = pztest::handCheckedProblem();
        blank.pv[0].id = "s 1";
        problems = validateProblem(blank);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(problems.front()).contains("pv 's 1'"));
        OptimizerProblem none = pztest::handCheckedProblem();
        none.hourly.loadKWh.assign(kHoursPerYear, 0.0);
        problems = validateProblem(none);
        QVERIFY(!problems.empty());
        QVERIFY(QString::fromStdString(problems.front()).contains("no consumption"));
    }

    void publicCaseReads()
    {
        const QString path = pztest::sharedPath("data/optimizer/public_small.json");
        if (path.isEmpty())
            QSKIP("../shared/data/optimizer is not here");
        const ScenarioReadResult r = readScenario(path);
        QVERIFY2(r.problem, qPrintable(r.error));
        QCOMPARE(r.problem->pv.size(), std::size_t(2));
        QCOMPARE(r.problem->wind[0].ratedKW, 3370.0);
        QCOMPARE(r.problem->grid.greenMaxKWh.value_or(-1), 2750000.0);
        QVERIFY(validateProblem(*r.problem).empty());
    }
};

QTEST_APPLESS_MAIN(TestOptimizerScenario)
#include "tst_optimizerscenario.moc"
