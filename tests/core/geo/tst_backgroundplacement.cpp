// SPDX-License-Identifier: GPL-3.0-or-later
// Background images on the plan (core/geo/backgroundplacement.h): GeoTIFF fixtures written with
// GDAL in a UTM zone and in EPSG:4326 land with their corners where the plan projection puts
// them; a picture without a georeference is left to calibration; two-point calibrations give
// the expected scale, rotation and translation, and refuse points too close together.

#include "geo/backgroundplacement.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <array>
#include <cmath>

using namespace pz;
using namespace pz::geo;

namespace {

Site testSite()
{
    Site site;
    site.latitudeDeg = 39.83;
    site.longitudeDeg = 109.98;
    return site;
}

// Plan metres of testSite() → coordinates of crs (GIS order), through longitude/latitude.
XY planToCrs(const Point2 &plan, const QString &crs)
{
    const PlanProjection projection(testSite());
    QString error;
    const auto toSource = CrsTransform::create(QString::fromLatin1(kPlanGeographicCrs), crs, &error);
    const auto ll = projection.toLonLat(plan);
    return *toSource->forward({ll->lonDeg, ll->latDeg});
}

// Coordinates of crs → plan metres, the other way round than the placement does it.
Point2 crsToPlan(XY p, const QString &crs)
{
    QString error;
    const auto toLonLat = CrsTransform::create(crs, QString::fromLatin1(kPlanGeographicCrs), &error);
    const auto ll = toLonLat->forward(p);
    return *PlanProjection(testSite()).toPlan({ll->x, ll->y});
}

// A w × h RGB GeoTIFF (pixels 200, 100, 50) with geotransform gt in EPSG:epsg (0: no CRS).
bool writeGeoTiff(const QString &path, int w, int h, const std::array<double, 6> &gt, int epsg)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), w, h, 3, GDT_Byte, nullptr));
    if (!ds)
        return false;
    std::array<double, 6> t = gt;
    ds->SetGeoTransform(t.data());
    if (epsg > 0) {
        OGRSpatialReference srs;
        srs.importFromEPSG(epsg);
        ds->SetSpatialRef(&srs);
    }
    const int values[3] = {200, 100, 50};
    for (int b = 0; b < 3; ++b)
        ds->GetRasterBand(b + 1)->Fill(values[b]);
    return true;
}

// The geotransform of a grid whose top-left corner is the plan point topLeft, with pixel steps
// of stepX east and stepY north in crs units.
std::array<double, 6> geoTransform(const Point2 &topLeft, const QString &crs, double stepX, double stepY)
{
    const XY origin = planToCrs(topLeft, crs);
    return {origin.x, stepX, 0.0, origin.y, 0.0, -stepY};
}

} // namespace

class TestBackgroundPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void geoTiffCornersLandOnThePlan_data();
    void geoTiffCornersLandOnThePlan();
    void geoTiffPixelsAreRead();
    void pictureWithoutGeoreferenceIsLeftToCalibration();
    void missingFileIsAnError();
    void calibration_data();
    void calibration();
};

void TestBackgroundPlacement::geoTiffCornersLandOnThePlan_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<double>("stepX");   // crs units per pixel
    QTest::addColumn<double>("stepY");
    QTest::addColumn<bool>("warns");     // the fourth corner is off by more than the tolerance

    // 100 × 50 pixels of 1 m in UTM zone 49N, the zone of the site (its meridian is 1° east).
    QTest::newRow("UTM 49N, 1 m pixels") << 32649 << 1.0 << 1.0 << false;
    // The same ground in degrees (about 1 m per pixel at 39.8° N).
    QTest::newRow("EPSG:4326, ~1 m pixels") << 4326 << 1.0 / 85500.0 << 1.0 / 111000.0 << false;
    // 0.05° per pixel: 5° × 2.5° of the earth cannot lie flat on a local plan.
    QTest::newRow("EPSG:4326, 0.05° pixels") << 4326 << 0.05 << 0.05 << true;
}

void TestBackgroundPlacement::geoTiffCornersLandOnThePlan()
{
    QFETCH(int, epsg);
    QFETCH(double, stepX);
    QFETCH(double, stepY);
    QFETCH(bool, warns);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ortho.tif"));
    const QString crs = QStringLiteral("EPSG:%1").arg(epsg);
    const std::array<double, 6> gt = geoTransform(Point2(200, 300), crs, stepX, stepY);
    QVERIFY(writeGeoTiff(path, 100, 50, gt, epsg));

    const GeoPlacement placed = placeGeoreferenced(path, PlanProjection(testSite()));
    QVERIFY(placed.georeferenced);
    QVERIFY2(placed.pixelToPlan.has_value(), qPrintable(placed.problem));
    QCOMPARE(placed.sizePx, QSize(100, 50));
    QCOMPARE(!placed.warning.isEmpty(), warns);
    if (warns)
        return;
    const PixelToPlan &t = *placed.pixelToPlan;
    // Every corner where the CRS → longitude/latitude → plan route puts it, within 2 cm.
    for (const auto &[col, row] : {std::pair{0, 0}, {100, 0}, {0, 50}, {100, 50}}) {
        const Point2 expected = crsToPlan({gt[0] + col * gt[1], gt[3] + row * gt[5]}, crs);
        QVERIFY2(std::abs(t.mapX(col, row) - expected.x()) < 0.02 && std::abs(t.mapY(col, row) - expected.y()) < 0.02,
                 qPrintable(QStringLiteral("corner %1,%2: %3,%4 instead of %5,%6")
                                .arg(col).arg(row).arg(t.mapX(col, row)).arg(t.mapY(col, row))
                                .arg(expected.x()).arg(expected.y())));
    }
    // The top-left corner is the plan point the grid was made from; about 1 m per pixel.
    QVERIFY(std::abs(t.mapX(0, 0) - 200.0) < 0.02 && std::abs(t.mapY(0, 0) - 300.0) < 0.02);
    QVERIFY(std::abs(std::sqrt(std::abs(t.determinant())) - 1.0) < 0.05);
}

void TestBackgroundPlacement::geoTiffPixelsAreRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ortho.tif"));
    QVERIFY(writeGeoTiff(path, 100, 50, geoTransform(Point2(0, 0), QStringLiteral("EPSG:32649"), 1, 1), 32649));
    QString error;
    QCOMPARE(backgroundImageSize(path, &error), QSize(100, 50));
    const QImage full = readBackgroundImage(path, &error);
    QVERIFY2(!full.isNull(), qPrintable(error));
    QCOMPARE(full.size(), QSize(100, 50));
    QCOMPARE(full.pixelColor(10, 10), QColor(200, 100, 50));
    // A large image is read reduced; its aspect stays.
    const QImage reduced = readBackgroundImage(path, &error, 20);
    QCOMPARE(reduced.size(), QSize(20, 10));
}

void TestBackgroundPlacement::pictureWithoutGeoreferenceIsLeftToCalibration()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("scan.png"));
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::green);
    QVERIFY(image.save(png));
    GeoPlacement placed = placeGeoreferenced(png, PlanProjection(testSite()));
    QVERIFY(!placed.georeferenced);
    QVERIFY(!placed.pixelToPlan);
    QCOMPARE(backgroundImageSize(png, nullptr), QSize(64, 32));

    // A TIFF with a geotransform but no CRS is not placed either.
    const QString tif = dir.filePath(QStringLiteral("nocrs.tif"));
    QVERIFY(writeGeoTiff(tif, 40, 30, {0, 1, 0, 0, 0, -1}, 0));
    placed = placeGeoreferenced(tif, PlanProjection(testSite()));
    QVERIFY(!placed.georeferenced);
}

void TestBackgroundPlacement::missingFileIsAnError()
{
    QString error;
    QVERIFY(readBackgroundImage(QStringLiteral("/nonexistent/plan.png"), &error).isNull());
    QVERIFY2(error.contains(QLatin1String("plan.png")), qPrintable(error));
    const GeoPlacement placed = placeGeoreferenced(QStringLiteral("/nonexistent/plan.tif"), PlanProjection(testSite()));
    QVERIFY(!placed.georeferenced);
    QVERIFY(placed.problem.contains(QLatin1String("plan.tif")));
}

void TestBackgroundPlacement::calibration_data()
{
    QTest::addColumn<bool>("byDistance");
    QTest::addColumn<QPointF>("pixel1");
    QTest::addColumn<QPointF>("pixel2");
    QTest::addColumn<QPointF>("plan1");
    QTest::addColumn<QPointF>("plan2");      // by points
    QTest::addColumn<double>("distanceM");   // by distance
    QTest::addColumn<double>("scaleMPerPx");
    QTest::addColumn<double>("rotationDeg");
    QTest::addColumn<QPointF>("topLeft");    // where pixel (0, 0) lands
    QTest::addColumn<QString>("problem");    // a part of the refusal; empty: accepted

    QTest::newRow("1 m per pixel, north up") << false << QPointF(0, 0) << QPointF(100, 0) << QPointF(0, 0)
                                             << QPointF(100, 0) << 0.0 << 1.0 << 0.0 << QPointF(0, 0) << QString();
    QTest::newRow("half a metre, shifted") << false << QPointF(100, 200) << QPointF(300, 200) << QPointF(1000, 2000)
                                           << QPointF(1100, 2000) << 0.0 << 0.5 << 0.0 << QPointF(950, 2100) << QString();
    QTest::newRow("turned a quarter") << false << QPointF(0, 0) << QPointF(100, 0) << QPointF(0, 0) << QPointF(0, 100)
                                      << 0.0 << 1.0 << 90.0 << QPointF(0, 0) << QString();
    QTest::newRow("points one above the other") << false << QPointF(50, 0) << QPointF(50, 200) << QPointF(10, 100)
                                                << QPointF(10, 0) << 0.0 << 0.5 << 0.0 << QPointF(-15, 100) << QString();
    QTest::newRow("turned 30° clockwise, 2 m per pixel")
        << false << QPointF(0, 0) << QPointF(50, 0) << QPointF(0, 0)
        << QPointF(100 * std::cos(-M_PI / 6), 100 * std::sin(-M_PI / 6)) << 0.0 << 2.0 << -30.0 << QPointF(0, 0)
        << QString();
    QTest::newRow("distance only") << true << QPointF(10, 10) << QPointF(40, 50) << QPointF(5, 5) << QPointF()
                                   << 25.0 << 0.5 << 0.0 << QPointF(0, 10) << QString();
    QTest::newRow("too close") << false << QPointF(0, 0) << QPointF(10, 10) << QPointF(0, 0) << QPointF(100, 0)
                               << 0.0 << 0.0 << 0.0 << QPointF() << QStringLiteral("14.1 px apart");
    QTest::newRow("too close by distance") << true << QPointF(5, 5) << QPointF(5, 24) << QPointF(0, 0) << QPointF()
                                           << 10.0 << 0.0 << 0.0 << QPointF() << QStringLiteral("19.0 px apart");
    QTest::newRow("plan points coincide") << false << QPointF(0, 0) << QPointF(100, 0) << QPointF(7, 7)
                                          << QPointF(7, 7) << 0.0 << 0.0 << 0.0 << QPointF()
                                          << QStringLiteral("coincide");
    QTest::newRow("no distance") << true << QPointF(0, 0) << QPointF(100, 0) << QPointF(0, 0) << QPointF() << 0.0
                                 << 0.0 << 0.0 << QPointF() << QStringLiteral("distance");
}

void TestBackgroundPlacement::calibration()
{
    QFETCH(bool, byDistance);
    QFETCH(QPointF, pixel1);
    QFETCH(QPointF, pixel2);
    QFETCH(QPointF, plan1);
    QFETCH(QPointF, plan2);
    QFETCH(double, distanceM);
    QFETCH(double, scaleMPerPx);
    QFETCH(double, rotationDeg);
    QFETCH(QPointF, topLeft);
    QFETCH(QString, problem);
    const Point2 p1(plan1.x(), plan1.y());
    const Calibration c = byDistance ? calibrateByDistance(pixel1, pixel2, distanceM, p1)
                                     : calibrateByPlanPoints(pixel1, pixel2, p1, Point2(plan2.x(), plan2.y()));
    if (!problem.isEmpty()) {
        QVERIFY(!c.pixelToPlan);
        QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
        return;
    }
    QVERIFY2(c.pixelToPlan, qPrintable(c.problem));
    const PixelToPlan &t = *c.pixelToPlan;
    QVERIFY(std::abs(c.scaleMPerPx - scaleMPerPx) < 1e-9);
    QVERIFY2(std::abs(c.rotationDeg - rotationDeg) < 1e-9, qPrintable(QString::number(c.rotationDeg)));
    QVERIFY(std::abs(t.c - topLeft.x()) < 1e-9 && std::abs(t.f - topLeft.y()) < 1e-9);
    // The first point lands where it was told to; so does the second when it was given.
    QVERIFY(std::abs(t.mapX(pixel1.x(), pixel1.y()) - plan1.x()) < 1e-9);
    QVERIFY(std::abs(t.mapY(pixel1.x(), pixel1.y()) - plan1.y()) < 1e-9);
    if (!byDistance) {
        QVERIFY(std::abs(t.mapX(pixel2.x(), pixel2.y()) - plan2.x()) < 1e-9);
        QVERIFY(std::abs(t.mapY(pixel2.x(), pixel2.y()) - plan2.y()) < 1e-9);
    }
    // A similarity that keeps the picture's handedness: a pixel step down is a step to the right
    // of a step along the row, on the plan as on screen.
    QVERIFY(t.determinant() < 0);
    QVERIFY(std::abs(std::abs(t.determinant()) - scaleMPerPx * scaleMPerPx) < 1e-9);
}

QTEST_GUILESS_MAIN(TestBackgroundPlacement)
#include "tst_backgroundplacement.moc"
