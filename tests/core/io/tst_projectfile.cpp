// SPDX-License-Identifier: GPL-3.0-or-later
// Project files: round trips, byte-stable saving, every kind of malformed file, relative paths
// and the bundled demo park.

#include "common/units.h"
#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "model/validation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

Outline square(double x, double y, double size)
{
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
}

// A PV system with every field away from both PvSystem{} and the rooftop defaults.
PvSystem changedPv(double offset)
{
    PvSystem pv;
    pv.tiltDeg = 22.5 + offset;
    pv.azimuthDeg = 165.0 + offset;
    pv.gcr = 0.37;
    pv.rowDepthM = 3.3;
    pv.moduleWPerM2 = 210.5;
    pv.lossesPct = 11.25;
    pv.dcAcRatio = 1.31;
    pv.inverterEtaNom = 0.975;
    pv.gammaPdcPerC = -0.0029;
    pv.albedo = 0.27;
    pv.mounting = offset > 0 ? Mounting::CloseRoof : Mounting::OpenRack;
    pv.temperatureModel = TemperatureModel::Faiman;
    pv.faimanU0 = 28.1;
    pv.faimanU1 = 5.3;
    return pv;
}

// A park with every object kind and every field changed from its default.
Park fullPark()
{
    Park park;
    Site &s = park.site;
    s.name = QStringLiteral("Test park — 测试园区");
    s.latitudeDeg = 40.1234;
    s.longitudeDeg = 111.5;
    s.elevationM = 1001.5;
    s.utcOffsetHours = 7.5;
    s.northRotationDeg = -12.25;
    s.boundary = square(-10.0, -10.0, 500.0);
    s.weather.kind = WeatherKind::File;
    s.weather.builtinId = QStringLiteral("hohhot");
    s.weather.filePath = QStringLiteral("weather/site.epw");
    s.weather.irradiance = IrradianceInput::BeamFromGhiDhi;
    s.grid.factorKey = QStringLiteral("cn-north-2023");
    s.grid.customFactorKgPerKWh = 0.6361;
    s.grid.hourlyProfilePath = QStringLiteral("grid/hourly.csv");
    s.grid.exportLimitKW = 5000.0;
    CarbonOptions &k = s.carbon;
    k.greenPowerKWh = 1.5e6;
    k.greenPowerShare = 0.25;
    k.exportCredit = true;
    k.headline = HeadlineEmissions::WithEmbodied;
    k.sinkTPerHaYr = 7.5;
    k.kgcePerKWh = 0.305;
    k.thresholdTCO2PerTce = 0.3;
    k.dispatch = DispatchStrategy::CarbonAware;
    k.pvEmbodiedKgPerKWp = 700.0;
    k.pvLifeYears = 25.0;
    k.storageEmbodiedKgPerKWhLfp = 75.0;
    k.storageEmbodiedKgPerKWhNmc = 95.0;
    k.storageLifeYears = 12.0;
    k.buildingEmbodiedKgPerM2Steel = 260.0;
    k.buildingEmbodiedKgPerM2Concrete = 330.0;
    k.buildingLifeYears = 60.0;
    heat::SiteHeat &h = s.heat;
    h.season = {{11, 1}, {3, 20}};
    h.groundTempC = 9.5;
    h.electricityKgcePerKWh = 0.3055;
    h.heatFactorTCO2PerGJ = 0.09;
    h.districtHeatCleanShare = 0.4;
    h.gasCountsAsClean = true;
    OptimizerSettings &o = s.optimizer;
    o.keepPlaced = true;
    o.wholeTurbines = true;
    o.exact = true;
    o.cleanShareMinPct = 45.5;
    o.greenMaxKWh = 2.5e6;
    o.batteryMaxKWh = 8000.0;
    o.batteryMaxKW = 3000.0;

    Building b;
    b.id = 3;
    b.name = QStringLiteral("Cell plant \"A\"");
    b.visible = false;
    b.locked = true;
    b.footprint = {{0.125, 0.0}, {300.0, 0.0}, {300.0, 120.0}, {0.0, 120.0}};
    b.heightM = 20.5;
    b.floors = 2;
    b.useType = UseType::BatteryCellPlant;
    b.structure = BuildingStructure::Concrete;
    b.annualLoadKWhOverride = 1.25e7;
    b.loadProfilePath = QStringLiteral("profiles/plant.csv");
    b.rooftop.enabled = false;
    b.rooftop.usableFraction = 0.55;
    b.rooftop.setbackM = 1.5;
    b.rooftop.pv = changedPv(-1.0);
    b.rooftop.optimizerRole = OptimizerRole::Keep;
    b.rooftop.optimizerMaxKWp = 500.0;
    b.process.electrolyserMW = 4.5;
    b.process.electrolyserKWhPerKg = 52.0;
    b.process.electrolyserMode = ElectrolyserMode::FollowPvSurplus;
    b.process.evDailyKWh = 800.0;
    b.process.evWindowStartHour = 19;
    b.process.evWindowEndHour = 24;
    b.heat.supply = heat::HeatSupply::GasBoiler;
    b.heat.emitter = heat::Emitter::Floor;
    b.heat.efficiency = 0.95;
    b.heat.heatLossWPerM2K = 0.7;
    b.heat.balanceTempC = 17.0;
    b.heat.dhwKWhPerM2Yr = 12.0;
    b.heat.processHeatKWhPerYr = 2.0e5;
    b.heat.spaceHeating = false;
    park.append(b);

    PvArray a;
    a.id = 5;
    a.name = QStringLiteral("Field 1");
    a.visible = false;
    a.locked = true;
    a.outline = {{320.0, 0.0}, {480.0, 0.0}, {480.0, 90.0}, {400.0, 140.0}, {320.0, 90.0}};
    a.pv = changedPv(1.0);
    a.kwpOverride = 4321.5;
    a.optimizerRole = OptimizerRole::Fixed;
    a.optimizerMaxKWp = 5000.0;
    park.append(a);

    Storage st;
    st.id = 7;
    st.name = QStringLiteral("BESS");
    st.visible = false;
    st.locked = true;
    st.position = Point2(150.5, 200.25);
    st.lengthM = 24.4;
    st.widthM = 5.0;
    st.rotationDeg = 30.0;
    st.heightM = 3.1;
    st.energyKWh = 6880.0;
    st.powerKW = 3440.0;
    st.roundTripEfficiency = 0.88;
    st.socMin = 0.1;
    st.socMax = 0.9;
    st.chemistry = Chemistry::Nmc;
    st.optimizerRole = OptimizerRole::Excluded;
    park.append(st);

    GreenSpace g;
    g.id = 8;
    g.name = QStringLiteral("Park");
    g.visible = false;
    g.locked = true;
    g.outline = square(10.0, 300.0, 80.0);
    g.sinkTPerHaYrOverride = 9.5;
    park.append(g);

    park.setNextId(12);
    return park;
}

// Every leaf of `changed` differs from the same place in `defaults` (keys in `ignore` aside).
void collectUnchanged(const QJsonValue &changed, const QJsonValue &defaults, const QString &path,
                      const QStringList &ignore, QStringList &unchanged)
{
    if (changed.isObject()) {
        const QJsonObject c = changed.toObject(), d = defaults.toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            if (!ignore.contains(it.key()))
                collectUnchanged(it.value(), d.value(it.key()), path + QLatin1Char('.') + it.key(), ignore, unchanged);
        return;
    }
    if (changed == defaults)
        unchanged << path;
}

const QString kBadName = QStringLiteral("bad.parkzero");

// A file around one object, in the last format with the park at the top level (format 4; the
// scenarios of format 5 are tested in tst_scenariofile).
QByteArray withObject(const QByteArray &object)
{
    return R"({"format": "parkzero", "format_version": )" + QByteArray::number(io::kScenariosFormatVersion - 1) + R"(, "site": {}, "objects": [)" + object + "]}";
}

QByteArray building(const QByteArray &extra)
{
    return withObject(R"({"type": "building", "id": 1, "footprint": [[0, 0], [10, 0], [10, 10], [0, 10]])" + extra +
                      "}");
}

enum FileCase { Content, EmptyFile, Directory, HugeFile, MissingFile };

} // namespace

Q_DECLARE_METATYPE(FileCase)

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureChangesEveryField()
    {
        // The round trip below only proves something for fields that differ from their defaults.
        const Park park = fullPark();
        QStringList unchanged;
        // site.economics has its own fixture (tst_economicsjson).
        const QStringList ignore{QStringLiteral("type"), QStringLiteral("economics")};
        collectUnchanged(io::ProjectWriter::siteToJson(park.site), io::ProjectWriter::siteToJson(Site{}),
                         QStringLiteral("site"), ignore, unchanged);
        const std::vector<ParkObject> defaults{Building{}, PvArray{}, Storage{}, GreenSpace{}};
        for (int i = 0; i < park.count(); ++i)
            collectUnchanged(io::ProjectWriter::objectToJson(park.objects()[i]),
                             io::ProjectWriter::objectToJson(defaults[i]), QStringLiteral("objects[%1]").arg(i), ignore,
                             unchanged);
        // The rooftop PV also differs from the rooftop defaults, not only from PvSystem{}.
        QJsonObject roofDefaults;
        io::ProjectWriter::addPvSystem(roofDefaults, RooftopPv::defaultRoofSystem());
        collectUnchanged(io::ProjectWriter::objectToJson(park.objects()[0]).value(QStringLiteral("rooftop")),
                         roofDefaults, QStringLiteral("rooftop"), {QStringLiteral("enabled"),
                         QStringLiteral("usable_fraction"), QStringLiteral("setback")}, unchanged);
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1String(", "))));
        for (const ParkObject &o : park.objects())
            QVERIFY2(Validation::problems(o).isEmpty(), qPrintable(Validation::problems(o).join('\n')));
        QVERIFY(Validation::problems(park.site).isEmpty());
    }

    // Format 6 added the optimizer's settings: a file of format 5 with them is refused at the
    // place; without them it loads with the defaults.
    void optimizerNeedsFormat6()
    {
        QJsonObject top = io::ProjectWriter::toJson(fullPark());
        top.insert(QStringLiteral("format_version"), 5);
        const io::LoadResult old = io::parseProject(QJsonDocument(top).toJson(), QStringLiteral("old.parkzero"));
        QVERIFY(!old.ok());
        QVERIFY2(old.error.contains(QLatin1String("site.optimizer: added in format version 6")), qPrintable(old.error));
        QVERIFY2(old.error.contains(QLatin1String("rooftop.optimizer: added in format version 6")), qPrintable(old.error));
        Park plain = fullPark();
        plain.site.optimizer = OptimizerSettings{};
        const std::vector<ParkObject> objects = plain.objects();
        for (ParkObject object : objects) {
            if (auto *b = std::get_if<Building>(&object))
                b->rooftop.optimizerRole = OptimizerRole::Candidate, b->rooftop.optimizerMaxKWp = -1.0;
            else if (auto *a = std::get_if<PvArray>(&object))
                a->optimizerRole = OptimizerRole::Candidate, a->optimizerMaxKWp = -1.0;
            else if (auto *st = std::get_if<Storage>(&object))
                st->optimizerRole = OptimizerRole::Candidate;
            plain.replace(object);
        }
        QJsonObject plainTop = io::ProjectWriter::toJson(plain);
        plainTop.insert(QStringLiteral("format_version"), 5);
        const io::LoadResult loaded = io::parseProject(QJsonDocument(plainTop).toJson(), QStringLiteral("old.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(*loaded.park, plain);
    }

    // Format 8 added the hourly green-power profile: it round-trips bit for bit, is written only
    // when set, is refused in a file of format 7, and a profile of the wrong length or with a
    // negative hour is refused at its path.
    void greenProfileNeedsFormat8()
    {
        Park park = fullPark();
        QVERIFY(!io::ProjectWriter::toJson(park).value(QStringLiteral("site")).toObject()
                     .value(QStringLiteral("carbon")).toObject().contains(QStringLiteral("green_power_hourly_kWh")));
        park.site.carbon.greenPowerHourlyKWh.assign(std::size_t(kHoursPerYear), 0.0);
        for (int t = 0; t < kHoursPerYear; ++t)
            park.site.carbon.greenPowerHourlyKWh[std::size_t(t)] = t % 24 < 6 ? 0.0 : 1000.0 / 3.0 + t * 1e-3;
        const QByteArray bytes = io::serializeProject(park);
        const io::LoadResult loaded = io::parseProject(bytes, QStringLiteral("g.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(*loaded.park, park);
        QCOMPARE(io::serializeProject(*loaded.park), bytes);

        QJsonObject top = QJsonDocument::fromJson(bytes).object();
        top.insert(QStringLiteral("format_version"), 7);
        const io::LoadResult old = io::parseProject(QJsonDocument(top).toJson(), QStringLiteral("old.parkzero"));
        QVERIFY(!old.ok());
        QVERIFY2(old.error.contains(QLatin1String("site.carbon.green_power_hourly_kWh: added in format version 8")),
                 qPrintable(old.error));

        Park shortProfile = park;
        shortProfile.site.carbon.greenPowerHourlyKWh.resize(24);
        const io::LoadResult wrongLength = io::parseProject(io::serializeProject(shortProfile), QStringLiteral("s.parkzero"));
        QVERIFY(!wrongLength.ok());
        QVERIFY2(wrongLength.error.contains(QLatin1String("carbon.green_power_hourly_kWh: must hold 8760 values, one per "
                                                          "hour of the year (got 24)")),
                 qPrintable(wrongLength.error));
        Park negative = park;
        negative.site.carbon.greenPowerHourlyKWh[17] = -1.0;
        const io::LoadResult bad = io::parseProject(io::serializeProject(negative), QStringLiteral("n.parkzero"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("carbon.green_power_hourly_kWh[17]: must be a finite number ≥ 0")),
                 qPrintable(bad.error));
    }

    void roundTripInMemory()
    {
        const Park park = fullPark();
        const QByteArray bytes = io::serializeProject(park);
        const io::LoadResult loaded = io::parseProject(bytes, QStringLiteral("full.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.error.isEmpty());
        QVERIFY(loaded.problems.isEmpty());
        QVERIFY(*loaded.park == park);
        QCOMPARE(loaded.park->nextId(), ObjectId(12));
        QCOMPARE(io::serializeProject(*loaded.park), bytes);
    }

    void roundTripThroughFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(QStringLiteral("a.parkzero"));
        const QString second = dir.filePath(QStringLiteral("b.parkzero"));
        const Park park = fullPark();
        QString error = QStringLiteral("stale");
        QVERIFY2(io::saveProject(park, first, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        const io::LoadResult loaded = io::loadProject(first);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(*loaded.park == park);
        QVERIFY(io::saveProject(*loaded.park, second, &error));
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(b.readAll(), bytes);
        QVERIFY(bytes.startsWith("{\n    \"active_scenario\": \"s1\",\n    \"format\": \"parkzero\",\n"
                                 "    \"format_version\": " + QByteArray::number(io::kFormatVersion) + ","));
        QVERIFY(bytes.contains("[0.125, 0],"));  // points on one line
    }

    void emptyParkRoundTrips()
    {
        const Park park;
        const io::LoadResult loaded = io::parseProject(io::serializeProject(park), QStringLiteral("empty.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(*loaded.park == park);
    }

    void optionalFieldsTakeDefaults()
    {
        const io::LoadResult loaded = io::parseProject(building(""), QStringLiteral("minimal.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.park->site == Site{});
        QCOMPARE(loaded.park->count(), 1);
        Building expected;
        expected.id = 1;
        expected.footprint = square(0, 0, 10);
        QVERIFY(std::get<Building>(loaded.park->objects()[0]) == expected);
        QCOMPARE(loaded.park->nextId(), ObjectId(2));
    }

    void nullMeansDerived()
    {
        const io::LoadResult loaded = io::parseProject(building(R"(, "annual_load_kWh": null)"), kBadName);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(std::get<Building>(loaded.park->objects()[0]).annualLoadKWhOverride, -1.0);
    }

    void closedRingIsOpened()
    {
        const io::LoadResult loaded = io::parseProject(
            withObject(R"({"type": "green_space", "id": 4, "polygon": [[0, 0], [10, 0], [10, 10], [0, 0]]})"), kBadName);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(std::get<GreenSpace>(loaded.park->objects()[0]).outline.size(), std::size_t(3));
    }

    // Files before format 3 have no heat: every building gets no supply, so their numbers stay;
    // the site gets the statutory season of its place and the carbon options' conversion.
    void filesBeforeFormat3HaveNoHeat_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("format 1") << 1;
        QTest::newRow("format 2") << 2;
        QTest::newRow("format 3 without heat fields") << 3;
    }
    void filesBeforeFormat3HaveNoHeat()
    {
        QFETCH(int, version);
        const QByteArray json = R"({"format": "parkzero", "format_version": )" + QByteArray::number(version)
            + R"(, "site": {"carbon": {"kgce_per_kWh": 0.3}}, "objects": [{"type": "building", "id": 1,)"
            + R"( "footprint": [[0, 0], [10, 0], [10, 10], [0, 10]]}]})";
        const io::LoadResult loaded = io::parseProject(json, kBadName);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Building &b = std::get<Building>(loaded.park->objects()[0]);
        QCOMPARE(b.heat.supply, heat::HeatSupply::None);
        QVERIFY(b.heat == heat::BuildingHeat::fromVersion1());
        const heat::HeatingSeason ordos{{10, 15}, {4, 15}};
        QVERIFY(loaded.park->site.heat.season == ordos);
        QCOMPARE(loaded.park->site.heat.electricityKgcePerKWh, 0.3);
        // A heat object without a supply takes the field's default, district heat.
        const QByteArray withHeat = R"({"format": "parkzero", "format_version": 3, "site": {}, "objects": [)"
            R"({"type": "building", "id": 1, "footprint": [[0, 0], [10, 0], [10, 10], [0, 10]], "heat": {}}]})";
        const io::LoadResult heated = io::parseProject(withHeat, kBadName);
        QVERIFY2(heated.ok(), qPrintable(heated.error));
        QCOMPARE(std::get<Building>(heated.park->objects()[0]).heat.supply, heat::HeatSupply::DistrictHeat);
    }

    void nextIdIsKeptOrRaised_data()
    {
        QTest::addColumn<QByteArray>("nextId");
        QTest::addColumn<uint>("expected");
        QTest::newRow("absent") << QByteArray() << 5u;
        QTest::newRow("ahead of the ids") << QByteArray(R"("next_id": 40,)") << 40u;
        QTest::newRow("behind the ids") << QByteArray(R"("next_id": 2,)") << 5u;
    }
    void nextIdIsKeptOrRaised()
    {
        QFETCH(QByteArray, nextId);
        QFETCH(uint, expected);
        const QByteArray json = R"({"format": "parkzero", "format_version": 1, )" + nextId +
                                R"( "site": {}, "objects": [{"type": "storage", "id": 4, "position": {"x": 1, "y": 2}}]})";
        const io::LoadResult loaded = io::parseProject(json, kBadName);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->nextId(), ObjectId(expected));
    }

    void malformed_data()
    {
        QTest::addColumn<FileCase>("fileCase");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const QByteArray &content, const QStringList &expected) {
            QTest::newRow(name) << Content << content << expected;
        };
        row("truncated JSON", "{\n  \"format\": \"parkzero\",\n  \"format_version\": 1,\n  \"site\": {\"name\": \"x",
            {"line 4, column", "invalid JSON"});
        row("NaN literal", "{\n\"format\": \"parkzero\",\n\"format_version\": 1,\n\"site\": {\"latitude\": NaN}}",
            {"line 4, column", "invalid JSON"});
        row("Infinity literal", "{\"format\": \"parkzero\",\n\"format_version\": 1,\n\"site\": {\"latitude\": -Infinity}}",
            {"line 3, column", "invalid JSON"});
        row("number too large", withObject(R"({"type": "storage", "id": 1, "position": {"x": 1e999, "y": 0}})"),
            {"line 1, column", "invalid JSON"});
        row("not an object at top level", "[1, 2, 3]", {"expected a JSON object at the top level, got an array"});
        row("wrong format tag", R"({"format": "parkzero-template", "format_version": 1})",
            {"format: expected \"parkzero\", got \"parkzero-template\""});
        row("format tag missing", R"({"format_version": 1, "site": {}, "objects": []})",
            {"format: required field is missing"});
        row("future format version", R"({"format": "parkzero", "format_version": 99, "site": {}, "objects": []})",
            {QStringLiteral("written by a newer ParkZero (format 99); this version reads up to %1").arg(io::kFormatVersion)});
        row("format version as a string", R"({"format": "parkzero", "format_version": "1"})",
            {"format_version: expected a whole number, got a string"});
        row("site missing", R"({"format": "parkzero", "format_version": 1, "objects": []})",
            {"site: required field is missing"});
        row("site not an object", R"({"format": "parkzero", "format_version": 1, "site": [], "objects": []})",
            {"site: expected an object, got an array"});
        row("objects not an array", R"({"format": "parkzero", "format_version": 1, "site": {}, "objects": {}})",
            {"objects: expected an array, got an object"});
        row("latitude out of range",
            R"({"format": "parkzero", "format_version": 1, "site": {"latitude": 95}, "objects": []})",
            {"site.latitude: must be between -90 and 90 (got 95)"});
        row("grid factor null",
            R"({"format": "parkzero", "format_version": 1, "site": {"grid": {"custom_factor": null}}, "objects": []})",
            {"site.grid.custom_factor: expected a number, got null"});
        row("wrong type: string for a number",
            withObject(R"({"type": "pv_array", "id": 2, "polygon": [[0, 0], [9, 0], [9, 9]], "tilt": "35"})"),
            {"objects[0].tilt: expected a number, got a string"});
        row("wrong type: string for a boolean", building(R"(, "visible": "yes")"),
            {"objects[0].visible: expected true or false, got a string"});
        row("unknown object type", withObject(R"({"type": "tree", "id": 1})"),
            {"objects[0].type: unknown object type \"tree\" (expected one of: building, pv_array, storage, green_space, wind_turbine)"});
        row("type missing", withObject(R"({"id": 1})"), {"objects[0].type: required field is missing"});
        row("id missing", withObject(R"({"type": "green_space", "polygon": [[0, 0], [9, 0], [9, 9]]})"),
            {"objects[0].id: required field is missing"});
        row("id not whole", withObject(R"({"type": "green_space", "id": 1.5, "polygon": [[0, 0], [9, 0], [9, 9]]})"),
            {"objects[0].id: expected a whole number, got 1.5"});
        row("id zero", withObject(R"({"type": "green_space", "id": 0, "polygon": [[0, 0], [9, 0], [9, 9]]})"),
            {"objects[0].id: must be between 1 and 2147483647 (got 0)"});
        row("footprint missing", withObject(R"({"type": "building", "id": 1})"),
            {"objects[0].footprint: required field is missing"});
        row("storage position missing", withObject(R"({"type": "storage", "id": 1})"),
            {"objects[0].position: required field is missing"});
        row("negative height", building(R"(, "height": -5)"), {"objects[0].height: must be > 0 (got -5)"});
        row("zero height", building(R"(, "height": 0)"), {"objects[0].height: must be > 0 (got 0)"});
        row("floors not whole", building(R"(, "floors": 2.5)"), {"objects[0].floors: expected a whole number, got 2.5"});
        row("negative storage size",
            withObject(R"({"type": "storage", "id": 1, "position": {"x": 0, "y": 0}, "length": -12})"),
            {"objects[0].length: must be between 0.1 and 1000 (got -12)"});
        row("self-intersecting polygon",
            withObject(R"({"type": "building", "id": 1, "footprint": [[0, 0], [20, 0], [20, 10], [10, -5], [0, 10]]})"),
            {"objects[0].footprint: polygon is self-intersecting"});
        row("fewer than 3 points", withObject(R"({"type": "pv_array", "id": 1, "polygon": [[0, 0], [10, 0]]})"),
            {"objects[0].polygon: polygon needs at least 3 vertices (got 2)"});
        row("zero area", withObject(R"({"type": "green_space", "id": 1, "polygon": [[0, 0], [0.01, 0], [0, 0.01]]})"),
            {"objects[0].polygon: polygon has zero area"});
        row("collinear points", withObject(R"({"type": "green_space", "id": 1, "polygon": [[0, 0], [10, 0], [20, 0]]})"),
            {"objects[0].polygon: polygon has a spike"});
        row("point with one coordinate",
            withObject(R"({"type": "building", "id": 1, "footprint": [[0, 0], [10], [10, 10]]})"),
            {"objects[0].footprint[1]: expected a point [x, y], got an array of 1 value"});
        row("point with a string coordinate",
            withObject(R"({"type": "building", "id": 1, "footprint": [[0, 0], [10, "0"], [10, 10]]})"),
            {"objects[0].footprint[1]: expected a point [x, y] of two numbers, got [a number, a string]"});
        row("duplicate ids",
            "{\"format\": \"parkzero\", \"format_version\": 1, \"site\": {}, \"objects\": ["
            "{\"type\": \"storage\", \"id\": 4, \"position\": {\"x\": 0, \"y\": 0}},"
            "{\"type\": \"storage\", \"id\": 4, \"position\": {\"x\": 20, \"y\": 0}}]}",
            {"objects[1].id: duplicate id 4 (already used by objects[0])"});
        row("bad enum value", building(R"(, "use_type": "factory")"),
            {"objects[0].use_type: unknown value \"factory\" (expected one of: battery_cell_plant"});
        row("bad nested enum value", building(R"(, "rooftop": {"mounting": "floating"})"),
            {"objects[0].rooftop.mounting: unknown value \"floating\""});
        row("rooftop tilt out of range", building(R"(, "rooftop": {"tilt": 95})"),
            {"objects[0].rooftop.tilt: must be between 0 and 90 (got 95)"});
        row("soc_min not below soc_max",
            withObject(R"({"type": "storage", "id": 1, "position": {"x": 0, "y": 0}, "soc_min": 0.8, "soc_max": 0.8})"),
            {"objects[0].soc_min: must be below soc_max (got 0.8 ≥ 0.8)"});
        row("unknown field", building(R"(, "heigth": 12)"), {"objects[0].heigth: unknown field"});
        row("unknown heat supply", building(R"(, "heat": {"supply": "solar"})"),
            {"objects[0].heat.supply: unknown supply \"solar\" (expected one of"});
        row("gas boiler efficiency too high", building(R"(, "heat": {"supply": "gas_boiler", "efficiency": 1.5})"),
            {"objects[0].heat.efficiency: must be > 0 and at most 1.1 for the supply \"gas_boiler\" (got 1.5)"});
        row("efficiency of a heat pump", building(R"(, "heat": {"supply": "ashp", "efficiency": 3})"),
            {"objects[0].heat.efficiency: is not used by the supply \"ashp\"; leave it null (got 3)"});
        row("heat loss out of range", building(R"(, "heat": {"heat_loss_W_per_m2K": -1})"),
            {"objects[0].heat.heat_loss_W_per_m2K: must be between 0 and 10 (got -1)"});
        row("unknown emitter", building(R"(, "heat": {"emitter": "stove"})"),
            {"objects[0].heat.emitter: unknown emitter \"stove\""});
        row("heat field misspelt", building(R"(, "heat": {"suply": "ashp"})"), {"objects[0].heat.suply: unknown field"});
        row("space heating not a boolean", building(R"(, "heat": {"space_heating": 1})"),
            {"objects[0].heat.space_heating: expected true or false, got a number"});
        row("season day that does not exist",
            R"({"format": "parkzero", "format_version": 3, "site": {"heat": {"season_start": "02-29"}}, "objects": []})",
            {"site.heat.season_start: must be a day of the year as MM-DD, e.g. 10-15 (got \"02-29\")"});
        row("district heat clean share above 1",
            R"({"format": "parkzero", "format_version": 3, "site": {"heat": {"district_heat_clean_share": 2}}, "objects": []})",
            {"site.heat.district_heat_clean_share: must be between 0 and 1 (got 2)"});
        row("electricity conversion zero",
            R"({"format": "parkzero", "format_version": 3, "site": {"heat": {"electricity_kgce_per_kWh": 0}}, "objects": []})",
            {"site.heat.electricity_kgce_per_kWh: must be > 0 and at most 1 (got 0)"});
        row("object not an object", withObject("42"), {"objects[0]: expected an object, got a number"});
        QTest::newRow("0-byte file") << EmptyFile << QByteArray() << QStringList{"the file is empty (0 bytes)"};
        QTest::newRow("a directory") << Directory << QByteArray() << QStringList{"is a folder, not a project file"};
        QTest::newRow("a huge file") << HugeFile << QByteArray()
                                     << QStringList{"the file is too large", "limited to 64 MiB"};
        QTest::newRow("missing file") << MissingFile << QByteArray() << QStringList{"no such file"};
    }

    void malformed()
    {
        QFETCH(FileCase, fileCase);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(kBadName);
        if (fileCase == Directory) {
            QVERIFY(QDir(dir.path()).mkdir(kBadName));
        } else if (fileCase != MissingFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
            // Sparse on most file systems: cheap even though larger than the limit.
            if (fileCase == HugeFile)
                QVERIFY(file.resize(io::kMaxProjectFileBytes + 1));
        }
        const io::LoadResult result = io::loadProject(path);
        QVERIFY(!result.ok());
        QVERIFY(!result.park);
        QVERIFY(!result.problems.isEmpty());
        for (const QString &line : result.problems)
            QVERIFY2(line.startsWith(kBadName + QLatin1String(": ")), qPrintable(line));
        for (const QString &part : expected)
            QVERIFY2(result.error.contains(part), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, result.error)));
    }

    void everyProblemIsListed()
    {
        const QByteArray json =
            "{\"format\": \"parkzero\", \"format_version\": 1, \"site\": {\"latitude\": 91}, \"objects\": ["
            "{\"type\": \"building\", \"id\": 1, \"footprint\": [[0, 0], [9, 0], [9, 9]], \"height\": -1},"
            "{\"type\": \"pv_array\", \"id\": 2, \"polygon\": [[0, 0], [9, 0], [9, 9]], \"gcr\": 2}]}";
        const io::LoadResult result = io::parseProject(json, kBadName);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems,
                 QStringList({"bad.parkzero: site.latitude: must be between -90 and 90 (got 91)",
                              "bad.parkzero: objects[0].height: must be > 0 (got -1)",
                              "bad.parkzero: objects[1].gcr: must be between 0 and 1 (got 2)"}));
        QCOMPARE(result.error, result.problems.join('\n'));
    }

    void manyProblemsAreCapped()
    {
        QByteArray objects;
        for (int i = 0; i < 60; ++i)
            objects += (i ? "," : "") + QByteArray(R"({"type": "tree", "id": )") + QByteArray::number(i + 1) + "}";
        const io::LoadResult result = io::parseProject(withObject(objects), kBadName);
        QCOMPARE(result.problems.size(), 60);
        const QStringList lines = result.error.split('\n');
        QCOMPARE(lines.size(), io::kMaxReportedProblems + 1);
        QVERIFY2(lines.last().contains(QLatin1String("10 more")), qPrintable(lines.last()));
    }

    void lineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
        QTest::newRow("first line") << QByteArray("abc\ndef") << 2 << 1 << 3;
        QTest::newRow("after newline") << QByteArray("abc\ndef") << 4 << 2 << 1;
        QTest::newRow("third line") << QByteArray("a\nb\ncdef") << 6 << 3 << 3;
        QTest::newRow("multi-byte characters count once") << QByteArray("\"é中\": x") << 7 << 1 << 5;
        QTest::newRow("beyond the end is clamped") << QByteArray("ab\nc") << 99 << 2 << 2;
    }
    void lineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto [l, c] = io::ProjectReader::lineAndColumn(text, offset);
        QCOMPARE(l, line);
        QCOMPARE(c, column);
    }

    void relativePaths_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("stored");
        QTest::newRow("inside the folder") << "/p/parks/a.parkzero" << "/p/parks/weather/x.epw" << "weather/x.epw";
        QTest::newRow("next to the file") << "/p/parks/a.parkzero" << "/p/parks/x.epw" << "x.epw";
        QTest::newRow("sibling folder") << "/p/parks/a.parkzero" << "/p/data/x.epw" << "../data/x.epw";
        QTest::newRow("already relative") << "/p/parks/a.parkzero" << "w/x.epw" << "w/x.epw";
        QTest::newRow("not normalised") << "/p/parks/a.parkzero" << "/p/parks/w/../x.epw" << "x.epw";
        QTest::newRow("resource") << "/p/parks/a.parkzero" << ":/weather/x.epw" << ":/weather/x.epw";
        QTest::newRow("empty") << "/p/parks/a.parkzero" << "" << "";
    }
    void relativePaths()
    {
        QFETCH(QString, project);
        QFETCH(QString, path);
        QFETCH(QString, stored);
        QCOMPARE(io::relativeProjectPath(project, path), stored);
        if (QDir::isAbsolutePath(path))
            QCOMPARE(io::resolveProjectPath(project, stored), QDir::cleanPath(path));
    }

    void resolvePaths_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("relative") << "w/x.epw" << "/p/parks/w/x.epw";
        QTest::newRow("parent") << "../x.epw" << "/p/x.epw";
        QTest::newRow("absolute") << "/data/x.epw" << "/data/x.epw";
        QTest::newRow("resource") << ":/x.epw" << ":/x.epw";
        QTest::newRow("empty") << "" << "";
    }
    void resolvePaths()
    {
        QFETCH(QString, stored);
        QFETCH(QString, resolved);
        QCOMPARE(io::resolveProjectPath(QStringLiteral("/p/parks/a.parkzero"), stored), resolved);
    }

    void saveStoresAbsolutePathsRelative()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("park.parkzero"));
        Park park = fullPark();
        park.site.weather.filePath = dir.filePath(QStringLiteral("weather/site.epw"));
        Building b = std::get<Building>(park.objects()[0]);
        b.loadProfilePath = dir.filePath(QStringLiteral("profiles/plant.csv"));
        park.replace(b);
        QString error;
        QVERIFY2(io::saveProject(park, project, &error), qPrintable(error));
        const io::LoadResult loaded = io::loadProject(project);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        // Stored relative, resolving back to the same files; equal to fullPark() whose paths are relative.
        QVERIFY(*loaded.park == fullPark());
        QCOMPARE(io::resolveProjectPath(project, loaded.park->site.weather.filePath),
                 dir.filePath(QStringLiteral("weather/site.epw")));

        const std::vector<io::ReferencedFile> refs = io::referencedFiles(*loaded.park);
        QCOMPARE(refs.size(), std::size_t(3));
        QCOMPARE(refs[0].jsonPath, QStringLiteral("site.weather.file"));
        QCOMPARE(refs[1].jsonPath, QStringLiteral("site.grid.hourly_profile"));
        QCOMPARE(refs[2].jsonPath, QStringLiteral("objects[0].load_profile"));
        QCOMPARE(refs[2].storedPath, QStringLiteral("profiles/plant.csv"));
    }

    void rebasedPathsPointAtTheSameFiles()
    {
        const Park park = fullPark();
        const Park moved = io::withPathsRebased(park, QStringLiteral("/p/parks/a.parkzero"),
                                                QStringLiteral("/p/archive/2026/a.parkzero"));
        QCOMPARE(moved.site.weather.filePath, QStringLiteral("../../parks/weather/site.epw"));
        QCOMPARE(std::get<Building>(moved.objects()[0]).loadProfilePath, QStringLiteral("../../parks/profiles/plant.csv"));
        QCOMPARE(io::resolveProjectPath(QStringLiteral("/p/archive/2026/a.parkzero"), moved.site.grid.hourlyProfilePath),
                 QStringLiteral("/p/parks/grid/hourly.csv"));
    }

    void saveFailureKeepsOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY(!io::saveProject(fullPark(), dir.filePath(QStringLiteral("no/such/folder/x.parkzero")), &error));
        QVERIFY2(error.startsWith(QLatin1String("x.parkzero: cannot be saved")), qPrintable(error));

        const QString path = dir.filePath(QStringLiteral("keep.parkzero"));
        QVERIFY(io::saveProject(Park{}, path, &error));
        const QByteArray before = io::serializeProject(Park{});
        // Saving onto a folder's name fails before anything is replaced.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.parkzero")));
        QVERIFY(!io::saveProject(fullPark(), dir.filePath(QStringLiteral("folder.parkzero")), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(kBadName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(io::serializeProject(Park{}));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("running with rights that read any file");
        const io::LoadResult result = io::loadProject(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(kBadName + QLatin1String(": cannot be read")), qPrintable(result.error));
    }

    void demoPark()
    {
        const io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Park &park = *loaded.park;
        int counts[4] = {0, 0, 0, 0};
        double groundKwp = 0.0;
        int rooftops = 0;
        for (const ParkObject &o : park.objects()) {
            ++counts[int(kindOf(o))];
            if (const auto *a = std::get_if<PvArray>(&o))
                groundKwp += a->kwp();
            if (const auto *b = std::get_if<Building>(&o); b && b->rooftop.enabled)
                ++rooftops;
        }
        QVERIFY(counts[int(ObjectKind::Building)] >= 20);
        QVERIFY(rooftops > counts[int(ObjectKind::Building)] / 2);
        QVERIFY(counts[int(ObjectKind::PvArray)] >= 2);
        QVERIFY(counts[int(ObjectKind::Storage)] >= 1);
        QVERIFY(counts[int(ObjectKind::GreenSpace)] >= 1);
        QVERIFY(groundKwp > 10000.0 && groundKwp < 60000.0);
        QCOMPARE(park.site.weather.builtinId, QStringLiteral("ordos"));
        QVERIFY(!park.site.boundary.empty());
        // Every object lies inside the (rectangular) site boundary.
        QCOMPARE(park.site.boundary.size(), std::size_t(4));
        const Box site = envelope(park.site.boundary);
        for (const ParkObject &o : park.objects())
            for (const Point2 &p : footprintOf(o))
                QVERIFY2(p.x() >= site.min_corner().x() && p.x() <= site.max_corner().x() &&
                             p.y() >= site.min_corner().y() && p.y() <= site.max_corner().y(),
                         qPrintable(nameOf(o)));
        // The bundled file is in the canonical form the writer produces.
        QFile file(pztest::demoParkPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(io::serializeProject(*loaded.project), file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
