// SPDX-License-Identifier: GPL-3.0-or-later
// The import of site plans (core/geo/geoimport.h): fixtures are made in a temporary folder with
// GDAL itself (GeoPackage, FlatGeobuf, Shapefile) or written as text (GeoJSON, KML, DXF).
// A 100 × 50 m rectangle lands with its area and place in every CRS; DXF units, bulges and
// blocks; attributes; repairs and skips feature by feature; damaged files import nothing.

#include "geo/geoimport.h"
#include "model/validation.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace pz;
using namespace pz::geo;

namespace {

// The test site and a rectangle on its plan: x 200…300 m, y 300…350 m.
Site testSite()
{
    Site site;
    site.latitudeDeg = 39.83;
    site.longitudeDeg = 109.98;
    return site;
}

const Outline kRectangle{{200, 300}, {300, 300}, {300, 350}, {200, 350}};

struct TestFeature {
    std::vector<Point2> planRing;  // in plan metres of testSite()
    QList<QPair<QByteArray, QVariant>> fields;
};

// Plan metres → coordinates of `crs` (GIS order).
std::vector<XY> toCrs(const std::vector<Point2> &ring, const QString &crs)
{
    const PlanProjection projection(testSite());
    QString error;
    auto toSource = CrsTransform::create(QString::fromLatin1(kPlanGeographicCrs), crs, &error);
    std::vector<XY> out;
    for (const Point2 &p : ring) {
        const auto ll = projection.toLonLat(p);
        const auto q = toSource->forward({ll->lonDeg, ll->latDeg});
        out.push_back(*q);
    }
    return out;
}

// Writes features as polygons in EPSG:<epsg> with GDAL's driver `driver`; field types follow the
// first feature's values (double, int or string).
bool writeWithGdal(const QString &path, const char *driver, int epsg, const std::vector<TestFeature> &features)
{
    GDALAllRegister();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driver);
    if (!drv)
        return false;
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    OGRLayer *layer = ds->CreateLayer("plan", &srs, wkbPolygon, nullptr);
    if (!layer)
        return false;
    if (!features.empty())
        for (const auto &[name, value] : features.front().fields) {
            const OGRFieldType type = value.typeId() == QMetaType::Double ? OFTReal
                                      : value.typeId() == QMetaType::Int  ? OFTInteger
                                                                          : OFTString;
            OGRFieldDefn field(name.constData(), type);
            layer->CreateField(&field);
        }
    const QString crs = QStringLiteral("EPSG:%1").arg(epsg);
    for (const TestFeature &f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int index = 0; index < int(f.fields.size()); ++index)  // drivers may rename fields
            if (f.fields[index].second.isValid())
                feature.SetField(index, f.fields[index].second.toString().toUtf8().constData());
        OGRLinearRing ring;
        for (const XY &p : toCrs(f.planRing, crs))
            ring.addPoint(p.x, p.y);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A GeoJSON FeatureCollection (EPSG:4326) of polygons given in plan metres; each feature is
// {"rings": [[x, y]...]...} turned into lon/lat.
QByteArray geoJson(const QList<QPair<QByteArray, QList<std::vector<Point2>>>> &features)
{
    const PlanProjection projection(testSite());
    QByteArray out = R"({"type": "FeatureCollection", "features": [)";
    for (int i = 0; i < features.size(); ++i) {
        const auto &[geometryType, rings] = features[i];
        QByteArray coords = "[";
        for (int r = 0; r < rings.size(); ++r) {
            coords += r ? ", [" : "[";
            for (std::size_t k = 0; k < rings[r].size(); ++k) {
                const auto ll = projection.toLonLat(rings[r][k]);
                coords += (k ? ", " : "") + QByteArray("[") + QByteArray::number(ll->lonDeg, 'g', 17) + ", "
                          + QByteArray::number(ll->latDeg, 'g', 17) + "]";
            }
            coords += "]";
        }
        coords += "]";
        if (geometryType == "MultiPolygon")
            coords = "[" + coords + "]";
        if (geometryType == "Point") {
            const auto ll = projection.toLonLat(rings[0][0]);
            coords = "[" + QByteArray::number(ll->lonDeg, 'g', 17) + ", " + QByteArray::number(ll->latDeg, 'g', 17) + "]";
        }
        out += (i ? ", " : "") + QByteArray(R"({"type": "Feature", "properties": {"name": "f)") + QByteArray::number(i)
               + R"("}, "geometry": {"type": ")" + geometryType + R"(", "coordinates": )" + coords + "}}";
    }
    return out + "]}";
}

std::vector<Point2> closed(Outline ring)
{
    ring.push_back(ring.front());
    return ring;
}

const Outline &outlineOf(const ParkObject &object)
{
    if (const auto *b = std::get_if<Building>(&object))
        return b->footprint;
    if (const auto *f = std::get_if<PvArray>(&object))
        return f->outline;
    return std::get<GreenSpace>(object).outline;
}

QString reportText(const ImportResult &result)
{
    return (QStringList{result.error} + describeSkipped(QStringLiteral("f"), result.report)
            + describeRepairs(QStringLiteral("f"), result.report) + result.report.notes)
        .join(QLatin1Char('\n'));
}

} // namespace

class TestGeoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rectangleLandsInPlace_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("driver");
        QTest::addColumn<int>("epsg");
        QTest::newRow("GeoJSON EPSG:4326") << "r.geojson" << QByteArray("GeoJSON") << 4326;
        QTest::newRow("GeoPackage EPSG:4490") << "r.gpkg" << QByteArray("GPKG") << 4490;
        QTest::newRow("GeoPackage UTM 49N") << "r.gpkg" << QByteArray("GPKG") << 32649;
        QTest::newRow("FlatGeobuf EPSG:4547") << "r.fgb" << QByteArray("FlatGeobuf") << 4547;
        QTest::newRow("Shapefile EPSG:4547") << "r.shp" << QByteArray("ESRI Shapefile") << 4547;
    }
    void rectangleLandsInPlace()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, driver);
        QFETCH(int, epsg);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(writeWithGdal(path, driver.constData(), epsg, {{closed(kRectangle), {{"name", QStringLiteral("Hall")}}}}));
        const ImportResult result = importFile(path, ImportOptions(), testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.report.imported, 1);
        QCOMPARE(result.report.skipped, 0);
        QCOMPARE(result.objects.size(), std::size_t(1));
        const auto &building = std::get<Building>(result.objects.front());
        QCOMPARE(building.name, QStringLiteral("Hall"));
        QCOMPARE_LE(std::abs(areaM2(building.footprint) / 5000.0 - 1.0), 0.001);
        const Point2 c = centroid(building.footprint);
        QCOMPARE_LE(std::hypot(c.x() - 250.0, c.y() - 325.0), 0.05);
    }

    void newProjectIsCentredOnTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.gpkg"));
        QVERIFY(writeWithGdal(path, "GPKG", 4547, {{closed(kRectangle), {}}}));
        const ImportResult result = importFile(path, ImportOptions(), Site(), SitePlacement::CentreOnData);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.siteLocation);
        const PlanProjection projection(testSite());
        const auto centre = projection.toLonLat({250.0, 325.0});
        QCOMPARE_LE(std::abs(result.siteLocation->lonDeg - centre->lonDeg), 1e-5);
        QCOMPARE_LE(std::abs(result.siteLocation->latDeg - centre->latDeg), 1e-5);
        const Point2 c = centroid(outlineOf(result.objects.front()));
        QCOMPARE_LE(std::hypot(c.x(), c.y()), 0.5);
        Park park;
        addToPark(result, park);
        QCOMPARE(park.count(), 1);
        QCOMPARE(park.site.latitudeDeg, result.siteLocation->latDeg);
        QCOMPARE(idOf(park.objects().front()), ObjectId(1));
    }

    void buildingAttributes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.shp"));
        auto at = [](double dx) { return closed(translated(kRectangle, dx, 0)); };
        QVERIFY(writeWithGdal(path, "ESRI Shapefile", 4326,
                              {{at(0), {{"height", 20.0}, {"building:levels", QVariant()}, {"use", "industrial"}}},
                               {at(200), {{"height", QVariant()}, {"building:levels", 4.0}, {"use", "office"}}},
                               {at(400), {{"height", QVariant()}, {"building:levels", QVariant()}, {"use", "zoo"}}}}));
        ImportOptions options;
        options.useTypeAttribute = QStringLiteral("use");
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.objects.size(), std::size_t(3));
        const auto &tall = std::get<Building>(result.objects[0]);
        const auto &levels = std::get<Building>(result.objects[1]);
        const auto &plain = std::get<Building>(result.objects[2]);
        QCOMPARE(tall.heightM, 20.0);
        QCOMPARE(tall.floors, 6);
        QCOMPARE(tall.useType, UseType::LightManufacturing);
        QCOMPARE(levels.heightM, 14.0);
        QCOMPARE(levels.floors, 4);
        QCOMPARE(levels.useType, UseType::Office);
        QCOMPARE(plain.heightM, Building().heightM);
        QCOMPARE(plain.useType, Building().useType);
        QCOMPARE(result.report.repaired, 1);  // the unmapped use type is listed
        QVERIFY2(reportText(result).contains(QLatin1String("\"zoo\" maps to no use type")), qPrintable(reportText(result)));

        options.where = QStringLiteral("height > 15");
        const ImportResult filtered = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(filtered.ok(), qPrintable(filtered.error));
        QCOMPARE(filtered.report.imported, 1);
        options.where = QStringLiteral("height >>> 15");
        const ImportResult bad = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QLatin1String("b.shp: layer b: invalid attribute filter")), qPrintable(bad.error));
        QVERIFY(bad.objects.empty());
    }

    void kml()
    {
        const PlanProjection projection(testSite());
        QByteArray coords;
        for (const Point2 &p : closed(kRectangle)) {
            const auto ll = projection.toLonLat(p);
            coords += QByteArray::number(ll->lonDeg, 'g', 17) + "," + QByteArray::number(ll->latDeg, 'g', 17) + ",0 ";
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.kml"));
        const QByteArray kml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Folder><name>Fields</name>\n"
                               "<Placemark><name>光伏一区</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                               + coords
                               + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                                 "</Folder></Document></kml>\n";
        QVERIFY(writeText(path, kml));
        ImportOptions options;
        options.kind = ImportKind::PvField;
        options.nameAttribute = QStringLiteral("Name");
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.objects.size(), std::size_t(1));
        const auto &field = std::get<PvArray>(result.objects.front());
        QCOMPARE(field.name, QStringLiteral("光伏一区"));
        QCOMPARE_LE(std::abs(areaM2(field.outline) / 5000.0 - 1.0), 0.001);
    }

    // OSM XML: the multipolygons layer by default; building:levels sits in "other_tags".
    void osmXml()
    {
        const PlanProjection projection(testSite());
        QByteArray nodes;
        for (int i = 0; i < 4; ++i) {
            const auto ll = projection.toLonLat(kRectangle[std::size_t(i)]);
            nodes += " <node id=\"" + QByteArray::number(i + 1) + "\" lat=\"" + QByteArray::number(ll->latDeg, 'g', 12)
                     + "\" lon=\"" + QByteArray::number(ll->lonDeg, 'g', 12) + "\" version=\"1\"/>\n";
        }
        const QByteArray osm = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n" + nodes
                               + " <node id=\"9\" lat=\"39.9\" lon=\"110.1\" version=\"1\"><tag k=\"amenity\" v=\"bench\"/></node>\n"
                                 " <way id=\"10\" version=\"1\"><nd ref=\"1\"/><nd ref=\"2\"/><nd ref=\"3\"/><nd ref=\"4\"/>"
                                 "<nd ref=\"1\"/><tag k=\"building\" v=\"office\"/><tag k=\"building:levels\" v=\"3\"/>"
                                 "<tag k=\"name\" v=\"Store\"/></way>\n</osm>\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.osm"));
        QVERIFY(writeText(path, osm));
        ImportOptions options;
        options.useTypeAttribute = QStringLiteral("building");
        options.storeyHeightM = 4.0;
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.report.imported, 1);
        QCOMPARE(result.report.skipped, 0);
        const auto &store = std::get<Building>(result.objects.front());
        QCOMPARE(store.name, QStringLiteral("Store"));
        QCOMPARE(store.heightM, 12.0);
        QCOMPARE(store.floors, 3);
        QCOMPARE(store.useType, UseType::Office);
        QCOMPARE_LE(std::abs(areaM2(store.footprint) / 5000.0 - 1.0), 0.001);
    }

    // A DXF in millimetres: a closed LWPOLYLINE (100 × 50 m), one with a bulge (a 20 × 10 m
    // rectangle with a half circle of radius 10 m on its south side) and a block of a
    // 10 × 10 m square inserted at (200 m, 0).
    void dxf_data()
    {
        QTest::addColumn<QByteArray>("insunits");
        QTest::addColumn<QString>("units");
        QTest::addColumn<double>("scale");  // the file's coordinates are millimetres × scale
        QTest::newRow("$INSUNITS mm") << QByteArray("4") << QString() << 1.0;
        QTest::newRow("$INSUNITS mm wins over the choice") << QByteArray("4") << QStringLiteral("m") << 1.0;
        QTest::newRow("no $INSUNITS, chosen cm") << QByteArray() << QStringLiteral("cm") << 0.1;
    }
    void dxf()
    {
        QFETCH(QByteArray, insunits);
        QFETCH(QString, units);
        QFETCH(double, scale);
        const auto n = [scale](double mm) { return QByteArray::number(mm * scale, 'g', 12); };
        QByteArray text = "0\nSECTION\n2\nHEADER\n";
        if (!insunits.isEmpty())
            text += "9\n$INSUNITS\n70\n" + insunits + "\n";
        text += "9\n$DWGCODEPAGE\n3\nANSI_1252\n0\nENDSEC\n"
                "0\nSECTION\n2\nBLOCKS\n0\nBLOCK\n8\n0\n2\nSQ\n70\n0\n10\n0\n20\n0\n30\n0\n"
                "0\nLWPOLYLINE\n8\n0\n90\n4\n70\n1\n10\n0\n20\n0\n10\n" + n(10000) + "\n20\n0\n10\n" + n(10000)
                + "\n20\n" + n(10000) + "\n10\n0\n20\n" + n(10000) + "\n0\nENDBLK\n8\n0\n0\nENDSEC\n"
                "0\nSECTION\n2\nENTITIES\n"
                "0\nLWPOLYLINE\n8\nHALLS\n90\n4\n70\n1\n10\n0\n20\n0\n10\n" + n(100000) + "\n20\n0\n10\n" + n(100000)
                + "\n20\n" + n(50000) + "\n10\n0\n20\n" + n(50000) + "\n"
                "0\nLWPOLYLINE\n8\nHALLS\n90\n4\n70\n1\n10\n0\n20\n" + n(-100000) + "\n42\n1\n10\n" + n(20000) + "\n20\n"
                + n(-100000) + "\n10\n" + n(20000) + "\n20\n" + n(-90000) + "\n10\n0\n20\n" + n(-90000) + "\n"
                "0\nINSERT\n8\nSHEDS\n2\nSQ\n10\n" + n(200000) + "\n20\n0\n30\n0\n"
                "0\nLINE\n8\nHALLS\n10\n0\n20\n0\n11\n" + n(5000) + "\n21\n0\n"
                "0\nENDSEC\n0\nEOF\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.dxf"));
        QVERIFY(writeText(path, text));
        ImportOptions options;
        options.units = lengthUnitFromKey(units);
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(reportText(result)));
        QCOMPARE(result.report.imported, 3);
        QCOMPARE(result.report.skipped, 1);  // the LINE
        QCOMPARE(result.report.skippedFeatures.front().layer, QStringLiteral("HALLS"));
        QVERIFY2(result.report.skippedFeatures.front().reason.contains(QLatin1String("open line")), qPrintable(reportText(result)));
        QCOMPARE_LE(std::abs(areaM2(outlineOf(result.objects[0])) - 5000.0), 1e-6);
        const double bulged = 200.0 + M_PI * 100.0 / 2.0;
        QCOMPARE_LE(std::abs(areaM2(outlineOf(result.objects[1])) / bulged - 1.0), 0.002);
        QVERIFY(envelope(outlineOf(result.objects[1])).min_corner().y() < -109.9);  // the arc bulges south
        QCOMPARE_LE(std::abs(areaM2(outlineOf(result.objects[2])) - 100.0), 1e-6);
        QCOMPARE(centroid(outlineOf(result.objects[2])), Point2(205.0, 5.0));

        // The drawing layer filter takes one DXF layer.
        options.layer = QStringLiteral("SHEDS");
        const ImportResult sheds = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(sheds.ok(), qPrintable(sheds.error));
        QCOMPARE(sheds.report.imported, 1);
        QCOMPARE(sheds.report.skipped, 0);

        QString error;
        const auto info = inspectDataset(path, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->driver, QStringLiteral("DXF"));
        QCOMPARE(info->layers.size(), std::size_t(2));
        QCOMPARE(info->layers[0].name, QStringLiteral("HALLS"));
        QCOMPARE(info->layers[0].featureCount, qint64(3));
        QCOMPARE(info->dxfCodePage, QStringLiteral("ANSI_1252"));
    }

    // Drawing-layer names in GBK: decoded by $DWGCODEPAGE, or by the user's encoding without it.
    void dxfEncoding_data()
    {
        QTest::addColumn<QByteArray>("codePage");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("$DWGCODEPAGE ANSI_936") << QByteArray("ANSI_936") << QString();
        QTest::newRow("chosen CP936") << QByteArray() << QStringLiteral("CP936");
    }
    void dxfEncoding()
    {
        QFETCH(QByteArray, codePage);
        QFETCH(QString, encoding);
        const QByteArray layer = QByteArray::fromHex("bda8d6fe");  // "建筑" in GBK
        QByteArray text = "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n6\n";
        if (!codePage.isEmpty())
            text += "9\n$DWGCODEPAGE\n3\n" + codePage + "\n";
        text += "0\nENDSEC\n0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\n" + layer
                + "\n90\n3\n70\n1\n10\n0\n20\n0\n10\n10\n20\n0\n10\n0\n20\n10\n0\nENDSEC\n0\nEOF\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gbk.dxf"));
        QVERIFY(writeText(path, text));
        QString error;
        const auto info = inspectDataset(path, &error, encoding);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->layers.size(), std::size_t(1));
        QCOMPARE(info->layers.front().name, QStringLiteral("建筑"));
        ImportOptions options;
        options.layer = QStringLiteral("建筑");
        options.dxfEncoding = encoding;
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.report.imported, 1);
    }

    void dxfWithoutUnitsNeedsAChoice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.dxf"));
        QVERIFY(writeText(path, "0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nA\n90\n3\n70\n1\n10\n0\n20\n0\n10\n10\n20\n0\n"
                                "10\n0\n20\n10\n0\nENDSEC\n0\nEOF\n"));
        const ImportResult result = importFile(path, ImportOptions(), testSite(), SitePlacement::KeepSite);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("plain.dxf: layer entities has no coordinate reference system")),
                 qPrintable(result.error));
        ImportOptions options;
        options.units = LengthUnit::Metre;
        options.rotationDeg = 90.0;
        options.offsetEastM = 1000.0;
        const ImportResult placed = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(placed.ok(), qPrintable(placed.error));
        const Outline &outline = outlineOf(placed.objects.front());
        const Box box = envelope(outline);
        QCOMPARE_LE(std::abs(box.min_corner().x() - 990.0), 1e-9);
        QCOMPARE_LE(std::abs(box.max_corner().y() - 10.0), 1e-9);
    }

    // Each feature is imported, repaired or skipped, and says so.
    void repairsAndSkips()
    {
        const Outline square{{0, 0}, {40, 0}, {40, 40}, {0, 40}};
        const std::vector<Point2> duplicates{{0, 0}, {40, 0}, {40, 0}, {40, 40}, {0, 40}, {0, 40}, {0, 0}};
        const std::vector<Point2> spike{{100, 0}, {140, 0}, {140, 20}, {170, 20}, {140, 20}, {140, 40}, {100, 40}, {100, 0}};
        const std::vector<Point2> bowtie{{200, 0}, {240, 40}, {240, 0}, {200, 40}, {200, 0}};
        const std::vector<Point2> hole{{310, 10}, {320, 10}, {320, 20}, {310, 20}, {310, 10}};
        const QByteArray json = geoJson({
            {"Polygon", {closed(square)}},
            {"Polygon", {duplicates}},
            {"Polygon", {spike}},
            {"Polygon", {bowtie}},
            {"Polygon", {closed(translated(square, 300, 0)), hole}},
            {"MultiPolygon", {closed(translated(square, 400, 0))}},
            {"Point", {{{500, 500}}}},
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messy.geojson"));
        QVERIFY(writeText(path, json));
        const ImportResult result = importFile(path, ImportOptions(), testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString text = reportText(result);
        QCOMPARE(result.report.imported, 5);
        QCOMPARE(result.report.repaired, 3);
        QCOMPARE(result.report.skipped, 2);
        QVERIFY2(text.contains(QLatin1String("f: layer messy, feature 1: duplicate vertices removed: 2")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("feature 2: spikes removed: 1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("feature 3: footprint: polygon is self-intersecting")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("feature 4: holes filled (plan outlines have none): 1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("feature 6: a point, not an outline")), qPrintable(text));
        for (const ParkObject &object : result.objects)
            QVERIFY(Validation::problems(object).isEmpty());
        QCOMPARE_LE(std::abs(areaM2(outlineOf(result.objects[2])) - 1600.0), 0.01);  // the spike is gone
    }

    void multipolygonPartsBecomeObjects()
    {
        const Outline square{{0, 0}, {40, 0}, {40, 40}, {0, 40}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("multi.gpkg"));
        GDALAllRegister();
        {
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
                path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            OGRLayer *layer = ds->CreateLayer("parts", &srs, wkbMultiPolygon, nullptr);
            OGRFeature feature(layer->GetLayerDefn());
            OGRMultiPolygon multi;
            for (double dx : {0.0, 100.0, 200.0}) {
                OGRLinearRing ring;
                for (const XY &p : toCrs(closed(translated(square, dx, 0)), QStringLiteral("EPSG:4326")))
                    ring.addPoint(p.x, p.y);
                OGRPolygon polygon;
                polygon.addRing(&ring);
                multi.addGeometry(&polygon);
            }
            feature.SetGeometry(&multi);
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
        ImportOptions options;
        options.kind = ImportKind::GreenSpace;
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.report.imported, 3);
        for (const ParkObject &object : result.objects)
            QCOMPARE_LE(std::abs(areaM2(std::get<GreenSpace>(object).outline) - 1600.0), 1.6);
    }

    void boundaryTakesTheFirstPolygon()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.geojson"));
        QVERIFY(writeText(path, geoJson({{"Polygon", {closed(kRectangle)}}, {"Polygon", {closed(translated(kRectangle, 500, 0))}}})));
        ImportOptions options;
        options.kind = ImportKind::Boundary;
        const ImportResult result = importFile(path, options, testSite(), SitePlacement::KeepSite);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.boundary);
        QVERIFY(result.objects.empty());
        QCOMPARE(result.report.imported, 1);
        QCOMPARE(result.report.skipped, 1);
        Park park;
        addToPark(result, park);
        QCOMPARE_LE(std::abs(areaM2(park.site.boundary) - 5000.0), 5.0);
    }

    void damagedFilesImportNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("damage");  // 0: garbage, 1: truncated text, 2: truncated .shp
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << "g.geojson" << 0 << "g.geojson: cannot be read as GIS or CAD data";
        QTest::newRow("truncated GeoJSON") << "t.geojson" << 1 << "t.geojson: cannot be read as GIS or CAD data";
        QTest::newRow("truncated Shapefile") << "s.shp" << 2 << "s.shp: layer s: the file is damaged or truncated";
        QTest::newRow("missing") << "none.geojson" << 3 << "none.geojson: no such file";
    }
    void damagedFilesImportNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(int, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        std::vector<TestFeature> many;
        for (int i = 0; i < 20; ++i)
            many.push_back({closed(translated(kRectangle, 0, 100.0 * i)), {}});
        if (damage == 0)
            QVERIFY(writeText(path, QByteArray("\x01\x02garbage{{{", 12)));
        if (damage == 1) {
            const QByteArray json = geoJson({{"Polygon", {closed(kRectangle)}}, {"Polygon", {closed(translated(kRectangle, 0, 100))}}});
            QVERIFY(writeText(path, json.left(json.size() * 2 / 3)));
        }
        if (damage == 2) {
            QVERIFY(writeWithGdal(path, "ESRI Shapefile", 4326, many));
            QFile shp(path);
            QVERIFY(shp.resize(shp.size() / 2));
        }
        const ImportResult result = importFile(path, ImportOptions(), testSite(), SitePlacement::KeepSite);
        QVERIFY(!result.ok());
        QVERIFY(result.objects.empty());
        QCOMPARE(result.report.imported, 0);
        QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
    }

    // Damaged text DXF files with NUL bytes made GDAL 3.6's DXF reader loop for ever (found by
    // fuzz_geoimport): they are refused with the file, the place and the reason, at once.
    void damagedDxfIsRefusedNotHung_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *name : {"geoimport-dxf-nul-hang-1", "geoimport-dxf-nul-hang-2", "geoimport-dxf-nul-hang-3"})
            QTest::newRow(name) << pztest::sourcePath(QStringLiteral("tests/data/fuzz-regressions/") + QLatin1String(name));
    }
    void damagedDxfIsRefusedNotHung()
    {
        QFETCH(QString, input);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.dxf"));
        QVERIFY(QFile::copy(input, path));
        QString error;
        QVERIFY(!inspectDataset(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("plan.dxf: not a text DXF: a NUL byte at byte ")), qPrintable(error));
        const ImportResult result = importFile(path, ImportOptions(), testSite(), SitePlacement::KeepSite);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
    }

    void inspectListsLayers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.gpkg"));
        QVERIFY(writeWithGdal(path, "GPKG", 4490, {{closed(kRectangle), {{"height", 9.0}, {"name", "A"}}},
                                                   {closed(translated(kRectangle, 0, 100)), {{"height", 9.0}, {"name", "B"}}}}));
        QString error;
        const auto info = inspectDataset(path, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->driver, QStringLiteral("GPKG"));
        QCOMPARE(info->layers.size(), std::size_t(1));
        QCOMPARE(info->layers[0].name, QStringLiteral("plan"));
        QCOMPARE(info->layers[0].featureCount, qint64(2));
        QCOMPARE(info->layers[0].fieldNames, (QStringList{"height", "name"}));
        QCOMPARE(info->layers[0].crsName, QStringLiteral("China Geodetic Coordinate System 2000"));
        QVERIFY(!inspectDataset(dir.filePath(QStringLiteral("none.gpkg")), &error));
        QVERIFY2(error.contains(QLatin1String("none.gpkg: no such file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGeoImport)
#include "tst_geoimport.moc"
