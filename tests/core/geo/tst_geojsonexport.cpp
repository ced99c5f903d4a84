// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON export: every object with its kind, properties and results; WGS84 through the plan
// projection (read back by OGR and imported again, each outline comes back to the centimetre) or
// plan metres; rings counter-clockwise and closed (RFC 7946).

#include "geo/geoimport.h"
#include "geo/geojsonexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

Park samplePark(double northRotationDeg = 0.0)
{
    Park park;
    park.site.name = QStringLiteral("Ordos test");
    park.site.latitudeDeg = 39.83;
    park.site.longitudeDeg = 109.98;
    park.site.northRotationDeg = northRotationDeg;
    Building hall;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{200, 300}, {300, 300}, {300, 350}, {200, 350}};
    hall.heightM = 18;
    hall.floors = 2;
    hall.useType = UseType::Office;
    park.append(hall);
    PvArray field;
    field.name = QStringLiteral("Field");
    field.outline = {{-100, -100}, {-100, 0}, {0, 0}, {0, -100}};  // clockwise: must be turned
    park.append(field);
    Storage store;
    store.name = QStringLiteral("Battery");
    park.append(store);
    Park numbered;
    numbered.site = park.site;
    for (ParkObject o : park.objects()) {
        setId(o, numbered.takeNextId());
        numbered.append(o);
    }
    return numbered;
}

QJsonObject exported(const Park &park, const SimulationResult *result, geo::ExportCoordinates c)
{
    const geo::GeoJsonExport out = geo::exportGeoJson(park, result, c);
    return QJsonDocument::fromJson(out.bytes).object();
}

double twiceSignedArea(const QJsonArray &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring[i].toArray(), b = ring[i + 1].toArray();
        sum += a[0].toDouble() * b[1].toDouble() - b[0].toDouble() * a[1].toDouble();
    }
    return sum;
}

} // namespace

class TestGeoJsonExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void propertiesAndResults()
    {
        SimulationResult result;
        result.ok = true;
        PvObjectResult pv;
        pv.id = 2;
        pv.kwp = 123.5;
        pv.annualAcKWh = 170000;
        pv.specificYieldKWhPerKWp = 1376.5;
        pv.performanceRatio = 0.81;
        pv.shadingLossPct = 1.25;
        result.objects.push_back(pv);
        const QJsonObject json = exported(samplePark(), &result, geo::ExportCoordinates::Wgs84);
        QCOMPARE(json[QStringLiteral("type")].toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = json[QStringLiteral("features")].toArray();
        QCOMPARE(features.size(), 3);
        const QJsonObject hall = features[0].toObject()[QStringLiteral("properties")].toObject();
        QCOMPARE(hall[QStringLiteral("kind")].toString(), QStringLiteral("building"));
        QCOMPARE(hall[QStringLiteral("height_m")].toDouble(), 18.0);
        QCOMPARE(hall[QStringLiteral("floor_area_m2")].toDouble(), 10000.0);
        QVERIFY(hall[QStringLiteral("annual_load_kWh")].toDouble() > 0);
        QVERIFY(!hall.contains(QStringLiteral("annual_ac_kWh")));  // no result for it
        const QJsonObject field = features[1].toObject()[QStringLiteral("properties")].toObject();
        QCOMPARE(field[QStringLiteral("annual_ac_kWh")].toDouble(), 170000.0);
        QCOMPARE(field[QStringLiteral("specific_yield_kWh_per_kWp")].toDouble(), 1376.5);
        QCOMPARE(field[QStringLiteral("shading_loss_pct")].toDouble(), 1.25);
        QCOMPARE(features[2].toObject()[QStringLiteral("properties")].toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("storage"));
        QVERIFY(!json.contains(QStringLiteral("crs")));  // RFC 7946: WGS84 needs none
        // Without a result there are no result fields at all.
        const QJsonObject bare = exported(samplePark(), nullptr, geo::ExportCoordinates::Wgs84);
        QVERIFY(!bare[QStringLiteral("features")].toArray()[1].toObject()[QStringLiteral("properties")].toObject().contains(
            QStringLiteral("annual_ac_kWh")));
    }

    void ringsAreClosedAndCounterClockwise_data()
    {
        QTest::addColumn<int>("coordinates");
        QTest::newRow("wgs84") << int(geo::ExportCoordinates::Wgs84);
        QTest::newRow("plan") << int(geo::ExportCoordinates::Plan);
    }
    void ringsAreClosedAndCounterClockwise()
    {
        QFETCH(int, coordinates);
        const QJsonObject json = exported(samplePark(), nullptr, geo::ExportCoordinates(coordinates));
        for (const QJsonValue &f : json[QStringLiteral("features")].toArray()) {
            const QJsonArray ring = f.toObject()[QStringLiteral("geometry")].toObject()[QStringLiteral("coordinates")]
                                        .toArray()[0]
                                        .toArray();
            QCOMPARE(ring.first(), ring.last());
            QVERIFY(twiceSignedArea(ring) > 0);
        }
    }

    void planCoordinatesAreThePlan()
    {
        const QJsonObject json = exported(samplePark(), nullptr, geo::ExportCoordinates::Plan);
        const QJsonArray ring = json[QStringLiteral("features")].toArray()[0].toObject()[QStringLiteral("geometry")]
                                    .toObject()[QStringLiteral("coordinates")]
                                    .toArray()[0]
                                    .toArray();
        QCOMPARE(ring[0].toArray(), (QJsonArray{200.0, 300.0}));
        QVERIFY(json[QStringLiteral("crs")].toObject()[QStringLiteral("properties")].toObject()[QStringLiteral("name")]
                    .toString()
                    .contains(QStringLiteral("+proj=tmerc")));
        // A rotated plan has no PROJ definition: no crs member.
        QVERIFY(!exported(samplePark(12), nullptr, geo::ExportCoordinates::Plan).contains(QStringLiteral("crs")));
    }

    // What QGIS would read: OGR imports the WGS84 file back onto the same site to the centimetre.
    void wgs84RoundTripThroughOgr_data()
    {
        QTest::addColumn<double>("northRotationDeg");
        QTest::newRow("north up") << 0.0;
        QTest::newRow("rotated plan") << 23.0;
    }
    void wgs84RoundTripThroughOgr()
    {
        QFETCH(double, northRotationDeg);
        const Park park = samplePark(northRotationDeg);
        const geo::GeoJsonExport out = geo::exportGeoJson(park, nullptr, geo::ExportCoordinates::Wgs84);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("park.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(out.bytes);
        file.close();
        geo::ImportOptions options;
        options.kind = geo::ImportKind::GreenSpace;  // any kind keeps the outline as it is
        const geo::ImportResult back = geo::importFile(path, options, park.site, geo::SitePlacement::KeepSite);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(int(back.objects.size()), park.count());
        for (int i = 0; i < park.count(); ++i) {
            const Outline original = footprintOf(park.objects()[size_t(i)]);
            const Outline again = footprintOf(back.objects[size_t(i)]);
            QCOMPARE(again.size(), original.size());
            QVERIFY(std::abs(areaM2(again) - areaM2(original)) < 1e-4 * areaM2(original));
            const Point2 a = centroid(original), b = centroid(again);
            QVERIFY2(std::hypot(a.x() - b.x(), a.y() - b.y()) < 0.01,
                     qPrintable(QStringLiteral("object %1 moved by %2 m").arg(i).arg(std::hypot(a.x() - b.x(), a.y() - b.y()))));
        }
    }

    void unprojectableSiteIsRefused()
    {
        Park park = samplePark();
        park.site.latitudeDeg = 95;  // beyond the pole
        const geo::GeoJsonExport out = geo::exportGeoJson(park, nullptr, geo::ExportCoordinates::Wgs84);
        QVERIFY(!out.ok());
        QVERIFY(out.bytes.isEmpty());
        QVERIFY(geo::exportGeoJson(park, nullptr, geo::ExportCoordinates::Plan).ok());
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonExport)
#include "tst_geojsonexport.moc"
