// SPDX-License-Identifier: GPL-3.0-or-later
// `parkzero-cli import`: GeoJSON, KML and DXF written by the test land in a new project located at
// the data or in a copy of the demo park; skipped features are listed with their reason; bad
// input exits 2 and writes nothing; a failed write exits 1.

#include "io/projectfile.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace pz;

using pztest::CliRun;
using pztest::runCli;
using pztest::writeFile;

namespace {

// Longitude/latitude of a point dx, dy metres from (lon0, lat0), from GRS80's radii of
// curvature: within a millimetre over a few hundred metres, independent of the code under test.
QByteArray lonLat(double lon0, double lat0, double dx, double dy)
{
    const double a = 6378137.0, e2 = 0.00669438002290;
    const double phi = lat0 * M_PI / 180.0;
    const double w = 1.0 - e2 * std::sin(phi) * std::sin(phi);
    const double meridian = a * (1.0 - e2) / std::pow(w, 1.5);
    const double primeVertical = a / std::sqrt(w);
    const double lon = lon0 + dx / (primeVertical * std::cos(phi)) * 180.0 / M_PI;
    const double lat = lat0 + dy / meridian * 180.0 / M_PI;
    return "[" + QByteArray::number(lon, 'g', 17) + ", " + QByteArray::number(lat, 'g', 17) + "]";
}

// A 100 × 50 m building "Hall" 18 m high with its south-west corner at (110°E, 39.8°N), and a point.
QByteArray hallGeoJson()
{
    QByteArray ring;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {100.0, 0.0}, {100.0, 50.0}, {0.0, 50.0}, {0.0, 0.0}})
        ring += (ring.isEmpty() ? "" : ", ") + lonLat(110.0, 39.8, x, y);
    return R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Hall", "height": 18},
         "geometry": {"type": "Polygon", "coordinates": [[)" + ring + R"(]]}},
        {"type": "Feature", "properties": {"name": "Gate"},
         "geometry": {"type": "Point", "coordinates": )" + lonLat(110.0, 39.8, 0, 0) + "}}]}";
}

// A DXF in millimetres with one closed LWPOLYLINE of 40 × 20 m on layer FIELDS.
QByteArray fieldDxf()
{
    return "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n"
           "0\nLWPOLYLINE\n8\nFIELDS\n90\n4\n70\n1\n10\n0\n20\n0\n10\n40000\n20\n0\n10\n40000\n20\n20000\n"
           "10\n0\n20\n20000\n0\nENDSEC\n0\nEOF\n";
}

double outlineArea(const Outline &outline)
{
    return areaM2(outline);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProjectLocatedAtTheData()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("hall.geojson"));
        const QString output = dir.filePath(QStringLiteral("new.parkzero"));
        QVERIFY(writeFile(input, hallGeoJson()));
        const CliRun run = runCli({QStringLiteral("import"), input, QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("hall.geojson: imported 1, repaired 0, skipped 1")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("skipped: hall.geojson: layer hall, feature 1: a point, not an outline")),
                 qPrintable(run.out));
        const io::LoadResult loaded = io::loadProject(output);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->count(), 1);
        const auto &hall = std::get<Building>(loaded.park->objects().front());
        QCOMPARE(hall.name, QStringLiteral("Hall"));
        QCOMPARE(hall.heightM, 18.0);
        QCOMPARE_LE(std::abs(outlineArea(hall.footprint) / 5000.0 - 1.0), 0.001);
        const Point2 c = centroid(hall.footprint);
        QCOMPARE_LE(std::hypot(c.x(), c.y()), 0.5);  // the site sits at the centre of the data
        QCOMPARE_LE(std::abs(loaded.park->site.latitudeDeg - 39.8002246), 1e-5);
        QCOMPARE_LE(std::abs(loaded.park->site.longitudeDeg - 110.0005848), 1e-5);
    }

    void intoACopyOfAProject()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("field.dxf"));
        const QString output = dir.filePath(QStringLiteral("demo+field.parkzero"));
        QVERIFY(writeFile(input, fieldDxf()));
        const io::LoadResult demo = io::loadProject(pztest::demoParkPath());
        QVERIFY(demo.ok());
        const CliRun run = runCli({QStringLiteral("import"), input, QStringLiteral("-o"), output, QStringLiteral("--project"),
                                pztest::demoParkPath(), QStringLiteral("--as"), QStringLiteral("pv_field"),
                                QStringLiteral("--layer"), QStringLiteral("FIELDS"), QStringLiteral("--offset"),
                                QStringLiteral("500,-100")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("field.dxf: imported 1, repaired 0, skipped 0")), qPrintable(run.out));
        const io::LoadResult loaded = io::loadProject(output);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->count(), demo.park->count() + 1);
        QCOMPARE(loaded.park->site, demo.park->site);
        const auto &field = std::get<PvArray>(loaded.park->objects().back());
        QCOMPARE(idOf(loaded.park->objects().back()), demo.park->nextId());
        QCOMPARE_LE(std::abs(outlineArea(field.outline) - 800.0), 1e-6);
        QCOMPARE(centroid(field.outline), Point2(520.0, -90.0));
    }

    void listLayers()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("field.dxf"));
        QVERIFY(writeFile(input, fieldDxf()));
        const CliRun run = runCli({QStringLiteral("import"), input, QStringLiteral("--list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("FIELDS: 1 features")), qPrintable(run.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("expected");
        const QByteArray hall = hallGeoJson();
        QTest::newRow("garbage") << QByteArray("{{{ not json") << QStringList()
                                 << "in.geojson: cannot be read as GIS or CAD data";
        QTest::newRow("truncated") << hall.left(hall.size() / 2) << QStringList()
                                   << "in.geojson: cannot be read as GIS or CAD data";
        QTest::newRow("unknown kind") << hall << QStringList{"--as", "tree"} << "--as: expected building";
        QTest::newRow("bad units") << hall << QStringList{"--units", "ft"} << "--units: expected mm, cm or m";
        QTest::newRow("bad storey height") << hall << QStringList{"--storey-height", "-3"} << "--storey-height";
        QTest::newRow("bad use map") << hall << QStringList{"--use-map", "x=castle"} << "--use-map";
        QTest::newRow("no such layer") << hall << QStringList{"--layer", "roads"} << "in.geojson: no layer \"roads\" (layers: in)";
        QTest::newRow("bad filter") << hall << QStringList{"--where", "height >>> 2"} << "invalid attribute filter";
        QTest::newRow("nothing to import") << hall << QStringList{"--where", "height > 100"} << "in.geojson: nothing imported";
        QTest::newRow("missing project") << hall << QStringList{"--project", "/nonexistent/p.parkzero"} << "p.parkzero";
        QTest::newRow("unknown option") << hall << QStringList{"--colour", "red"} << "Unknown option 'colour'";
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.geojson"));
        const QString output = dir.filePath(QStringLiteral("out.parkzero"));
        QVERIFY(writeFile(input, content));
        const CliRun run = runCli(QStringList{QStringLiteral("import"), input, QStringLiteral("-o"), output} + extraArgs);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }

    void missingArguments()
    {
        QCOMPARE(runCli({QStringLiteral("import")}).exitCode, 2);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.geojson"));
        QVERIFY(writeFile(input, hallGeoJson()));
        const CliRun run = runCli({QStringLiteral("import"), input});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("no output file given")), qPrintable(run.err));
    }

    void failedWriteExitsOne()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.geojson"));
        QVERIFY(writeFile(input, hallGeoJson()));
        const CliRun run = runCli({QStringLiteral("import"), input, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("no/such/folder/out.parkzero"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("out.parkzero")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
