// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli simulate on a project with scenarios: the active one by default, --scenario NAME,
// --all-scenarios ({"scenarios": [...]}, each the keys simulate prints for one park plus name and
// id, equal to simulating that park alone), --compare-csv (the scenarios' KPIs side by side, the
// numbers those of each park simulated alone), and the errors of a wrong choice.

#include "clirun.h"
#include "io/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

Park smallPark(double fieldWidthM, double heightM)
{
    Park park;
    Building hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{0, 0}, {60, 0}, {60, 30}, {0, 30}};
    hall.heightM = heightM;
    park.append(hall);
    PvArray field;
    field.id = 2;
    field.name = QStringLiteral("Field");
    field.outline = {{0, 60}, {fieldWidthM, 60}, {fieldWidthM, 120}, {0, 120}};
    park.append(field);
    return park;
}

// "Base", "Wide field" (active) and "Tall hall".
Project project()
{
    return Project({{QStringLiteral("s1"), QStringLiteral("Base"), QString(), smallPark(80, 10)},
                    {QStringLiteral("s2"), QStringLiteral("Wide field"), QString(), smallPark(200, 10)},
                    {QStringLiteral("s3"), QStringLiteral("Tall hall"), QStringLiteral("note"), smallPark(80, 40)}},
                   1);
}

QJsonObject json(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

class TestCliScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("variants.parkzero"));
        QString error;
        QVERIFY2(io::saveProject(project(), m_project, &error), qPrintable(error));
        // Each scenario's park on its own, as a one-scenario file, simulated the way simulate
        // always did.
        const Project variants = project();
        for (const Scenario &s : variants.scenarios()) {
            const QString single = m_dir.filePath(s.id + QStringLiteral(".parkzero"));
            QVERIFY(io::saveProject(s.park, single, &error));
            const pztest::CliRun run = pztest::runCli({QStringLiteral("simulate"), single, QStringLiteral("--json"), QStringLiteral("-")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            m_alone.insert(s.name, json(run.out));
        }
        QVERIFY(m_alone.value(QStringLiteral("Base")) != m_alone.value(QStringLiteral("Wide field")));
        QVERIFY(m_alone.value(QStringLiteral("Base")) != m_alone.value(QStringLiteral("Tall hall")));
    }

    void oneScenario_data()
    {
        QTest::addColumn<QStringList>("choice");
        QTest::addColumn<QString>("name");
        QTest::newRow("the active one") << QStringList{} << QStringLiteral("Wide field");
        QTest::newRow("Base") << QStringList{QStringLiteral("--scenario"), QStringLiteral("Base")} << QStringLiteral("Base");
        QTest::newRow("Tall hall") << QStringList{QStringLiteral("--scenario"), QStringLiteral("Tall hall")}
                                   << QStringLiteral("Tall hall");
    }

    void oneScenario()
    {
        QFETCH(QStringList, choice);
        QFETCH(QString, name);
        const pztest::CliRun run = pztest::runCli(QStringList{QStringLiteral("simulate"), m_project, QStringLiteral("--json"),
                                                              QStringLiteral("-")} + choice);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run.out), m_alone.value(name));
    }

    void allScenarios()
    {
        const pztest::CliRun run = pztest::runCli({QStringLiteral("simulate"), m_project, QStringLiteral("--all-scenarios"),
                                                   QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = json(run.out);
        QCOMPARE(root.keys(), QStringList{QStringLiteral("scenarios")});
        const QJsonArray list = root.value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(list.size(), 3);
        const Project p = project();
        for (int i = 0; i < 3; ++i) {
            QJsonObject o = list.at(i).toObject();
            QCOMPARE(o.take(QStringLiteral("name")).toString(), p.at(i).name);
            QCOMPARE(o.take(QStringLiteral("id")).toString(), p.at(i).id);
            QCOMPARE(o, m_alone.value(p.at(i).name));
        }
    }

    void allScenariosSummary()
    {
        const pztest::CliRun run = pztest::runCli({QStringLiteral("simulate"), m_project, QStringLiteral("--all-scenarios")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral("Scenario \"")), 3);
        QVERIFY(run.out.indexOf(QStringLiteral("Scenario \"Base\":\n")) < run.out.indexOf(QStringLiteral("Scenario \"Tall hall\":\n")));
        QCOMPARE(run.out.count(QStringLiteral("\nPark: ")), 3);
    }

    void compareCsv_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("jsonKey");
        QTest::newRow("generation") << "annual_generation_kWh" << "annual_generation_kWh";
        QTest::newRow("ground PV") << "ground_generation_kWh" << "ground_generation_kWh";
        QTest::newRow("import") << "grid_import_kWh" << "grid_import_kWh";
        QTest::newRow("indicator") << "intensity_tCO2_per_tce" << "intensity_tCO2_per_tce";
        QTest::newRow("verdict") << "zero_carbon_verdict" << "zero_carbon_verdict";
    }

    void compareCsv()
    {
        QFETCH(QString, key);
        QFETCH(QString, jsonKey);
        const QString out = m_dir.filePath(QStringLiteral("compare.csv"));
        QFile::remove(out);
        const pztest::CliRun run = pztest::runCli({QStringLiteral("simulate"), m_project, QStringLiteral("--all-scenarios"),
                                                   QStringLiteral("--compare-csv"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.front(), QStringLiteral("key,Base,Wide field,Tall hall"));
        QStringList cells;
        for (const QString &line : lines)
            if (line.startsWith(key + QLatin1Char(',')))
                cells = line.split(QLatin1Char(','));
        QCOMPARE(cells.size(), 4);
        const QStringList names{QStringLiteral("Base"), QStringLiteral("Wide field"), QStringLiteral("Tall hall")};
        for (int i = 0; i < 3; ++i) {
            const QJsonValue alone = m_alone.value(names[i]).value(QStringLiteral("park")).toObject().value(jsonKey);
            if (alone.isString())
                QCOMPARE(cells[i + 1], alone.toString());
            else
                QCOMPARE(cells[i + 1].toDouble(), alone.toDouble());
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("usage");
        QTest::newRow("unknown name") << QStringList{QStringLiteral("--scenario"), QStringLiteral("Nope")}
                                      << "variants.parkzero: no scenario is called \"Nope\" (scenarios: \"Base\", \"Wide field\", \"Tall hall\")"
                                      << false;
        QTest::newRow("both") << QStringList{QStringLiteral("--scenario"), QStringLiteral("Base"), QStringLiteral("--all-scenarios")}
                              << "parkzero-cli simulate: --scenario and --all-scenarios exclude each other" << true;
        QTest::newRow("hourly of all") << QStringList{QStringLiteral("--all-scenarios"), QStringLiteral("--hourly"), QStringLiteral("h.csv")}
                                       << "parkzero-cli simulate: --hourly writes one scenario; choose it with --scenario"
                                       << true;
        QTest::newRow("compare one") << QStringList{QStringLiteral("--compare-csv"), QStringLiteral("c.csv")}
                                     << "parkzero-cli simulate: --compare-csv compares every scenario; add --all-scenarios"
                                     << true;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(bool, usage);
        const pztest::CliRun run = pztest::runCli(QStringList{QStringLiteral("simulate"), m_project} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.contains(QStringLiteral("Usage: parkzero-cli simulate")), usage);
        QVERIFY(run.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QHash<QString, QJsonObject> m_alone;
};

QTEST_GUILESS_MAIN(TestCliScenarios)
#include "tst_cli_scenarios.moc"
