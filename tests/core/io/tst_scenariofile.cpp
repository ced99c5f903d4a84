// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios in the project file (format 5): several scenarios and the active one read back
// exactly and save to identical bytes; a file of format 1 to 4 opens as one scenario; bad
// scenarios are refused with their JSON path (scenarios[2].name: …).

#include "io/projectfile.h"

#include <QtTest>

using namespace pz;

namespace {

const QString kFile = QStringLiteral("s.parkzero");

Building building(double x, double heightM)
{
    Building b;
    b.id = 1;
    b.name = QStringLiteral("Hall");
    b.footprint = {{x, 0}, {x + 40, 0}, {x + 40, 20}, {x, 20}};
    b.heightM = heightM;
    return b;
}

// Three scenarios that differ in their objects and site; the second one active.
Project threeScenarios()
{
    Park base;
    base.site.name = QStringLiteral("Ordos");
    base.append(building(0, 12));
    Park taller = base;
    taller.replace(building(0, 30));  // same id 1
    taller.setNextId(7);
    Park pv = base;
    PvArray field;
    field.id = 2;
    field.outline = {{100, 0}, {200, 0}, {200, 80}, {100, 80}};
    pv.append(field);
    pv.site.grid.customFactorKgPerKWh = 0.6;
    std::vector<Scenario> scenarios{{QStringLiteral("s1"), QStringLiteral("Base"), QString(), base},
                                    {QStringLiteral("s4"), QStringLiteral("Taller"), QStringLiteral("Two more floors\nand a café"), taller},
                                    {QStringLiteral("s2"), QStringLiteral("With PV"), QString(), pv}};
    return Project(std::move(scenarios), 1);
}

// A format-5 file around the given scenarios' JSON.
QByteArray file(const QByteArray &scenarios, const QByteArray &active = "\"s1\"")
{
    return R"({"format": "parkzero", "format_version": 5, "active_scenario": )" + active +
           R"(, "scenarios": [)" + scenarios + "]}";
}

QByteArray scenario(const QByteArray &id, const QByteArray &name, const QByteArray &rest = {})
{
    return R"({"id": ")" + id + R"(", "name": ")" + name + R"(", "site": {}, "objects": [])" + rest + "}";
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalScenariosRoundTrip()
    {
        const Project project = threeScenarios();
        const QByteArray bytes = io::serializeProject(project);
        const io::LoadResult loaded = io::parseProject(bytes, kFile);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(*loaded.project == project);
        QCOMPARE(loaded.project->active().id, QStringLiteral("s4"));
        QVERIFY(*loaded.park == project.at(1).park);  // the active scenario's park
        QCOMPARE(loaded.project->at(1).park.nextId(), ObjectId(7));
        QCOMPARE(io::serializeProject(*loaded.project), bytes);
        QVERIFY(bytes.contains("\"active_scenario\": \"s4\""));
    }

    void oneScenarioRoundTripsByteForByte()
    {
        Park park;
        park.append(building(0, 12));
        const QByteArray bytes = io::serializeProject(park);
        const io::LoadResult loaded = io::parseProject(bytes, kFile);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.project->count(), 1);
        QCOMPARE(io::serializeProject(*loaded.project), bytes);
        QCOMPARE(io::serializeProject(*loaded.park), bytes);
    }

    void olderFilesOpenAsOneScenario_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < io::kScenariosFormatVersion; ++v)
            QTest::addRow("format %d", v) << v;
    }

    void olderFilesOpenAsOneScenario()
    {
        QFETCH(int, version);
        const QByteArray json = R"({"format": "parkzero", "format_version": )" + QByteArray::number(version) +
                                R"(, "next_id": 9, "site": {"name": "old"}, "objects": [)" +
                                R"({"type": "building", "id": 3, "footprint": [[0, 0], [10, 0], [10, 10]]}]})";
        const io::LoadResult loaded = io::parseProject(json, kFile);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.project->count(), 1);
        const Scenario &only = loaded.project->active();
        QCOMPARE(only.id, QStringLiteral("s1"));
        QCOMPARE(only.name, Project::defaultScenarioName());
        QCOMPARE(only.note, QString());
        QCOMPARE(only.park.site.name, QStringLiteral("old"));
        QCOMPARE(only.park.nextId(), ObjectId(9));
        QVERIFY(only.park.contains(3));
        QVERIFY(*loaded.park == only.park);
        // Saved again, it is a file of the current format with that one scenario.
        const QByteArray saved = io::serializeProject(*loaded.project);
        QVERIFY(saved.contains(QByteArray("\"format_version\": ") + QByteArray::number(io::kFormatVersion) + ","));
        QVERIFY(saved.contains("\"scenarios\": ["));
        QVERIFY(*io::parseProject(saved, kFile).project == *loaded.project);
    }

    void badScenarios_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray a = scenario("s1", "A");
        QTest::newRow("scenarios missing") << QByteArray(R"({"format": "parkzero", "format_version": 5, "active_scenario": "s1"})")
                                           << "scenarios: required field is missing";
        QTest::newRow("scenarios not an array") << file("").replace("[]", "{}")
                                                << "scenarios: expected an array, got an object";
        QTest::newRow("no scenario") << file("") << "scenarios: must hold at least one scenario";
        QTest::newRow("scenario not an object") << file(a + ", 5") << "scenarios[1]: expected an object, got a number";
        QTest::newRow("id missing") << file(R"({"name": "A", "site": {}, "objects": []})")
                                    << "scenarios[0].id: required field is missing";
        QTest::newRow("id with a space") << file(scenario("s 1", "A"), "\"s 1\"")
                                         << "scenarios[0].id: must be 1 to 64 letters, digits, '_' or '-' (got \"s 1\")";
        QTest::newRow("name missing") << file(R"({"id": "s1", "site": {}, "objects": []})")
                                      << "scenarios[0].name: required field is missing";
        QTest::newRow("name empty") << file(a + ", " + scenario("s2", "B") + ", " + scenario("s3", ""))
                                    << "scenarios[2].name: must be 1 to 200 characters, not only spaces (got \"\")";
        QTest::newRow("name not a string") << file(R"({"id": "s1", "name": 3, "site": {}, "objects": []})")
                                           << "scenarios[0].name: expected a string, got a number";
        QTest::newRow("duplicate name") << file(a + ", " + scenario("s2", "A"))
                                        << "scenarios[1].name: duplicate name \"A\" (already used by scenarios[0])";
        QTest::newRow("duplicate id") << file(a + ", " + scenario("s1", "B"))
                                      << "scenarios[1].id: duplicate id \"s1\" (already used by scenarios[0])";
        QTest::newRow("unknown field") << file(scenario("s1", "A", R"(, "colour": "red")"))
                                       << "scenarios[0].colour: unknown field";
        QTest::newRow("site missing") << file(R"({"id": "s1", "name": "A", "objects": []})")
                                      << "scenarios[0].site: required field is missing";
        QTest::newRow("site value") << file(a + ", " + R"({"id": "s2", "name": "B", "site": {"grid": {"custom_factor": 6}}, "objects": []})")
                                    << "scenarios[1].site.grid.custom_factor: must be between 0 and 5 (got 6)";
        const QByteArray hall = R"({"type": "building", "id": 1, "footprint": [[0, 0], [10, 0], [10, 10]]})";
        QTest::newRow("object value")
            << file(a + R"(, {"id": "s2", "name": "B", "site": {}, "objects": [{"type": "building", "id": 1, "height": -5, "footprint": [[0, 0], [10, 0], [10, 10]]}]})")
            << "scenarios[1].objects[0].height: must be > 0 (got -5)";
        QTest::newRow("duplicate object id")
            << file(R"({"id": "s1", "name": "A", "site": {}, "objects": [)" + hall + ", " + hall + "]}")
            << "scenarios[0].objects[1].id: duplicate id 1 (already used by scenarios[0].objects[0])";
        QTest::newRow("next_id") << file(scenario("s1", "A", R"(, "next_id": 0)"))
                                 << "scenarios[0].next_id: must be between 1 and 2147483647 (got 0)";
        QTest::newRow("active missing") << QByteArray(R"({"format": "parkzero", "format_version": 5, "scenarios": [)" + a + "]}")
                                        << "active_scenario: required field is missing";
        QTest::newRow("active unknown") << file(a + ", " + scenario("s2", "B"), "\"s9\"")
                                        << "active_scenario: no scenario has the id \"s9\" (ids: s1, s2)";
        QTest::newRow("park at the top level")
            << QByteArray(R"({"format": "parkzero", "format_version": 5, "active_scenario": "s1", "scenarios": [)" + a +
                          R"(], "site": {}, "objects": []})")
            << "site: unknown field";
        QTest::newRow("scenarios before format 5")
            << QByteArray(R"({"format": "parkzero", "format_version": 4, "site": {}, "objects": [], "scenarios": []})")
            << "scenarios: added in format version 5; the file declares version 4";
        QTest::newRow("active scenario before format 5")
            << QByteArray(R"({"format": "parkzero", "format_version": 3, "site": {}, "objects": [], "active_scenario": "s1"})")
            << "active_scenario: added in format version 5; the file declares version 3";
    }

    void badScenarios()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const io::LoadResult loaded = io::parseProject(json, kFile);
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.project);
        QVERIFY(!loaded.park);
        QVERIFY2(loaded.problems.contains(kFile + QLatin1String(": ") + problem), qPrintable(loaded.error));
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
