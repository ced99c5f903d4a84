// SPDX-License-Identifier: GPL-3.0-or-later
// The wind part of the project file (format version 2, spec wind.md §12–§13): a park with
// turbines, every wind setting and both kinds of off-site plant round-trips exactly; the fields
// are refused in a file that declares format 1; format-1 files still load; bad values are
// reported with their precise paths; turbine files and plants' weather files are project paths.

#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "io/projectwriter.h"
#include "model/validation.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pz;

namespace {

// Every wind field away from its default.
Park windPark()
{
    Park park;
    WindSettings &w = park.site.wind;
    w.anemometerHeightM = 12;
    w.air = {WindShear::Logarithmic, 0.2, 0.1, false, 95, 3, 1};
    w.wakeDecay = 0.05;
    w.ownElevation = true;
    w.elevationM = 1200;
    w.embodiedKgPerKW = 700;
    w.lifeYears = 25;
    w.exportCapApplies = true;
    w.maxExportSharePct = 15;
    OffSitePlant pv;
    pv.name = QStringLiteral("PV plant");
    pv.kind = PlantKind::Pv;
    pv.weatherFilePath = QStringLiteral("weather/plant.epw");
    pv.ownLocation = true;
    pv.latitudeDeg = 40.5;
    pv.longitudeDeg = 108.5;
    pv.elevationM = 1300;
    pv.kwp = 50000;
    pv.pv.tiltDeg = 30;
    pv.line = {60, 1.5, 35};
    OffSitePlant wind;
    wind.name = QStringLiteral("Wind plant");
    wind.turbineType = QStringLiteral("turbines/custom.csv");
    wind.turbineCount = 20;
    wind.hubHeightM = 100;
    wind.internalWakeLossPct = 6;
    wind.ownAir = true;
    wind.air.shearExponent = 0.16;
    wind.line = {80, 3, 120};
    w.plants = {pv, wind};

    WindTurbine t;
    t.id = 3;
    t.name = QStringLiteral("WTG 1");
    t.visible = false;
    t.locked = true;
    t.position = Point2(-420.5, 130.25);
    t.turbineType = QStringLiteral("NREL-5MW-RWT");
    t.hubHeightM = 90;
    t.towerBaseDiameterM = 6;
    t.group = QStringLiteral("North row");
    park.append(t);
    park.setNextId(9);
    return park;
}

QByteArray file(int version, const QJsonObject &site, const QJsonArray &objects)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("parkzero")},
                                     {QStringLiteral("format_version"), version},
                                     {QStringLiteral("site"), site},
                                     {QStringLiteral("objects"), objects}})
        .toJson();
}

QJsonObject turbine(const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("wind_turbine")},
                  {QStringLiteral("id"), 1},
                  {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

class TestWindFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWindFieldDiffersFromItsDefault();
    void roundTrip();
    void defaultsAreNotWritten();
    void versionRule_data();
    void versionRule();
    void formatOneFilesStillLoad();
    void problemsHavePrecisePaths_data();
    void problemsHavePrecisePaths();
    void turbineAndPlantFilesAreProjectPaths();
};

void TestWindFormat::everyWindFieldDiffersFromItsDefault()
{
    const Park park = windPark();
    const QJsonObject site = io::ProjectWriter::siteToJson(park.site).value(QStringLiteral("wind")).toObject();
    WindSettings withPlants;
    withPlants.exportCapApplies = true;   // so that the defaults are written too
    Site defaults;
    defaults.wind = withPlants;
    const QJsonObject def = io::ProjectWriter::siteToJson(defaults).value(QStringLiteral("wind")).toObject();
    for (auto it = site.begin(); it != site.end(); ++it)
        if (it.key() != QLatin1String("plants") && it.key() != QLatin1String("export_cap_applies"))
            QVERIFY2(it.value() != def.value(it.key()), qPrintable(it.key()));
    const QJsonObject turbineJson = io::ProjectWriter::objectToJson(park.objects().front());
    const QJsonObject turbineDefault = io::ProjectWriter::objectToJson(WindTurbine{});
    for (auto it = turbineJson.begin(); it != turbineJson.end(); ++it)
        if (it.key() != QLatin1String("type"))
            QVERIFY2(it.value() != turbineDefault.value(it.key()), qPrintable(it.key()));
    QVERIFY2(Validation::problems(park.site).isEmpty(), qPrintable(Validation::problems(park.site).join('\n')));
}

void TestWindFormat::roundTrip()
{
    const Park park = windPark();
    const QByteArray bytes = io::serializeProject(park);
    const io::LoadResult loaded = io::parseProject(bytes, QStringLiteral("wind.parkzero"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(*loaded.park == park);
    QCOMPARE(io::serializeProject(*loaded.park), bytes);
    QVERIFY(bytes.contains("\"format_version\": " + QByteArray::number(io::kFormatVersion)));
    QVERIFY(io::kFormatVersion >= io::kWindFormatVersion);
}

void TestWindFormat::defaultsAreNotWritten()
{
    // A park without wind writes no "wind" block: its file reads as a format-1 park would.
    const QJsonObject site = io::ProjectWriter::siteToJson(Site{});
    QVERIFY(!site.contains(QStringLiteral("wind")));
}

void TestWindFormat::versionRule_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");   // empty: loads
    const QJsonObject windSite{{QStringLiteral("wind"), QJsonObject{{QStringLiteral("wake_decay"), 0.04}}}};
    QTest::newRow("turbine in format 1") << 1 << file(1, {}, {turbine()})
                                         << QStringLiteral("objects[0].type: \"wind_turbine\" was added in format "
                                                           "version 2; the file declares version 1");
    QTest::newRow("site.wind in format 1") << 1 << file(1, windSite, {})
                                           << QStringLiteral("site.wind: added in format version 2; the file "
                                                             "declares version 1");
    QTest::newRow("turbine in format 2") << 2 << file(2, {}, {turbine()}) << QString();
    QTest::newRow("site.wind in format 2") << 2 << file(2, windSite, {}) << QString();
}

void TestWindFormat::versionRule()
{
    QFETCH(int, version);
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("v.parkzero"));
    if (problem.isEmpty()) {
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(version >= io::kWindFormatVersion);
    } else {
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(problem), qPrintable(loaded.error));
    }
}

void TestWindFormat::formatOneFilesStillLoad()
{
    // The demo park as format 1 wrote it: the same park without the keys later versions added
    // (wind in 2, heat in 3, economics in 4), all of which the demo leaves at their defaults.
    QFile file(pztest::demoParkPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray current = file.readAll();
    // Format 5 holds the park as a scenario; format 1 held it at the top level.
    QJsonObject root = QJsonDocument::fromJson(current).object().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    for (const char *key : {"id", "name", "note"})
        root.remove(QLatin1String(key));
    root.insert(QStringLiteral("format"), QStringLiteral("parkzero"));
    QJsonObject site = root.value(QStringLiteral("site")).toObject();
    site.remove(QStringLiteral("wind"));
    site.remove(QStringLiteral("heat"));
    site.remove(QStringLiteral("economics"));
    root.insert(QStringLiteral("site"), site);
    QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    for (QJsonValueRef value : objects) {
        QJsonObject object = value.toObject();
        object.remove(QStringLiteral("heat"));
        value = object;
    }
    root.insert(QStringLiteral("objects"), objects);
    root.insert(QStringLiteral("format_version"), 1);
    const QByteArray formatOne = QJsonDocument(root).toJson();
    const io::LoadResult old = io::parseProject(formatOne, QStringLiteral("old.parkzero"));
    const io::LoadResult now = io::parseProject(current, QStringLiteral("demo.parkzero"));
    QVERIFY2(old.ok(), qPrintable(old.error));
    QVERIFY2(now.ok(), qPrintable(now.error));
    // Format 1 had no heat: its buildings load without a heat supply, the rest is the same park.
    Park expected = *now.park;
    for (const ParkObject &object : std::vector<ParkObject>(expected.objects()))
        if (const auto *b = std::get_if<Building>(&object)) {
            Building unheated = *b;
            unheated.heat = heat::BuildingHeat::fromVersion1();
            expected.replace(unheated);
        }
    QVERIFY(*old.park == expected);
    QVERIFY(old.park->site.wind == WindSettings{});
}

void TestWindFormat::problemsHavePrecisePaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("hub height") << file(2, {}, {turbine({{QStringLiteral("hub_height"), -5}})})
                                << QStringLiteral("objects[0].hub_height: must be between 1 and 300 (got -5)");
    QTest::newRow("unknown type")
        << file(2, {}, {turbine({{QStringLiteral("turbine_type"), QStringLiteral("V90")}})})
        << QStringLiteral("objects[0].turbine_type: unknown turbine type \"V90\"");
    QTest::newRow("empty group") << file(2, {}, {turbine({{QStringLiteral("group"), QStringLiteral(" ")}})})
                                 << QStringLiteral("objects[0].group: must not be empty");
    const QJsonObject badLine{{QStringLiteral("wind"),
                               QJsonObject{{QStringLiteral("plants"),
                                            QJsonArray{QJsonObject{{QStringLiteral("line"),
                                                                    QJsonObject{{QStringLiteral("capacity_MW"), 0}}}}}}}}};
    QTest::newRow("line capacity") << file(2, badLine, {})
                                   << QStringLiteral("site.wind.plants[0].line.capacity_MW: must be > 0 (got 0)");
    const QJsonObject typo{{QStringLiteral("wind"),
                            QJsonObject{{QStringLiteral("plants"), QJsonArray{QJsonObject{{QStringLiteral("kwpp"), 1}}}}}}};
    QTest::newRow("unknown plant field") << file(2, typo, {}) << QStringLiteral("site.wind.plants[0].kwpp: unknown field");
    const QJsonObject kind{{QStringLiteral("wind"),
                            QJsonObject{{QStringLiteral("plants"),
                                         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("hydro")}}}}}}};
    QTest::newRow("plant kind") << file(2, kind, {})
                                << QStringLiteral("site.wind.plants[0].kind: unknown value \"hydro\" (expected one of: pv, wind)");
}

void TestWindFormat::problemsHavePrecisePaths()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("bad.parkzero"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("bad.parkzero: ") + problem), qPrintable(loaded.error));
}

void TestWindFormat::turbineAndPlantFilesAreProjectPaths()
{
    const Park park = windPark();
    Park withFile = park;
    WindTurbine t = std::get<WindTurbine>(park.objects().front());
    t.turbineType = QStringLiteral("turbines/mine.csv");
    withFile.replace(t);
    QStringList paths;
    for (const io::ReferencedFile &f : io::referencedFiles(withFile))
        paths << f.jsonPath + QLatin1Char('=') + f.storedPath;
    QCOMPARE(paths, QStringList({QStringLiteral("objects[0].turbine_type=turbines/mine.csv"),
                                 QStringLiteral("site.wind.plants[0].weather_file=weather/plant.epw"),
                                 QStringLiteral("site.wind.plants[1].turbine_type=turbines/custom.csv")}));
    // Save As into a sub-folder rebases them.
    const Park rebased = io::withPathsRebased(withFile, QStringLiteral("/p/a.parkzero"), QStringLiteral("/p/sub/b.parkzero"));
    QCOMPARE(std::get<WindTurbine>(rebased.objects().front()).turbineType, QStringLiteral("../turbines/mine.csv"));
    QCOMPARE(rebased.site.wind.plants[0].weatherFilePath, QStringLiteral("../weather/plant.epw"));
    QCOMPARE(rebased.site.wind.plants[1].turbineType, QStringLiteral("../turbines/custom.csv"));
}

QTEST_GUILESS_MAIN(TestWindFormat)
#include "tst_windformat.moc"
