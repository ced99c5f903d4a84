// SPDX-License-Identifier: GPL-3.0-or-later
// PlanProjection: the plan is a local transverse Mercator centred on the site; lon/lat and any
// CRS (latitude-first EPSG:4326/4490, northing-first EPSG:4547, UTM) land on the same plan point.

#include "geo/planprojection.h"

#include <QtTest>

#include <cmath>

using namespace pz;
using namespace pz::geo;

class TestPlanProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void originIsZero()
    {
        const PlanProjection projection(39.83, 109.98);
        QVERIFY2(projection.isValid(), qPrintable(projection.error()));
        const auto p = projection.toPlan({109.98, 39.83});
        QVERIFY(p);
        QVERIFY(std::abs(p->x()) < 1e-9 && std::abs(p->y()) < 1e-9);
    }

    // On the equator at the central meridian, a degree of longitude is a·π/180 (GRS80 a).
    void scaleOnTheEquator()
    {
        const PlanProjection projection(0.0, 0.0);
        const auto p = projection.toPlan({0.001, 0.0});
        QVERIFY(p);
        QCOMPARE_LE(std::abs(p->x() - 6378137.0 * 0.001 * M_PI / 180.0), 1e-6);
        QCOMPARE_LE(std::abs(p->y()), 1e-9);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("ordos") << 39.83 << 109.98 << 0.0 << 1234.5 << -987.25;
        QTest::newRow("rotated") << 39.83 << 109.98 << 30.0 << -400.0 << 2500.0;
        QTest::newRow("south") << -33.9 << 18.4 << -15.0 << 5000.0 << 5000.0;
    }
    void roundTrip()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, rotation);
        QFETCH(double, x);
        QFETCH(double, y);
        const PlanProjection projection(lat, lon, rotation);
        const auto ll = projection.toLonLat({x, y});
        QVERIFY(ll);
        QVERIFY(std::abs(ll->lonDeg - lon) > 1e-6 || std::abs(ll->latDeg - lat) > 1e-6);
        const auto back = projection.toPlan(*ll);
        QVERIFY(back);
        QCOMPARE_LE(std::hypot(back->x() - x, back->y() - y), 1e-6);
    }

    // Plan north 90° clockwise of true north: a point true east of the origin is plan north.
    void northRotation()
    {
        const PlanProjection projection(39.83, 109.98, 90.0);
        const PlanProjection unrotated(39.83, 109.98);
        const auto east = unrotated.toLonLat({100.0, 0.0});
        QVERIFY(east);
        const auto p = projection.toPlan(*east);
        QVERIFY(p);
        QCOMPARE_LE(std::hypot(p->x() - 0.0, p->y() - 100.0), 1e-6);
    }

    // A point given in each CRS (made from its lon/lat with PROJ) lands where its lon/lat does.
    void sourceCrs_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("EPSG:4326 (lat first)") << QStringLiteral("EPSG:4326");
        QTest::newRow("EPSG:4490 (CGCS2000, lat first)") << QStringLiteral("EPSG:4490");
        QTest::newRow("EPSG:4547 (CGCS2000 GK 114E, northing first)") << QStringLiteral("EPSG:4547");
        QTest::newRow("EPSG:32649 (UTM 49N)") << QStringLiteral("EPSG:32649");
        QTest::newRow("EPSG:3857") << QStringLiteral("EPSG:3857");
    }
    void sourceCrs()
    {
        QFETCH(QString, crs);
        const PlanProjection projection(39.83, 109.98, 12.0);
        const LonLat lonLat{110.0123, 39.8011};
        QString error;
        auto toSource = CrsTransform::create(QString::fromLatin1(kPlanGeographicCrs), crs, &error);
        QVERIFY2(toSource, qPrintable(error));
        const auto source = toSource->forward({lonLat.lonDeg, lonLat.latDeg});
        QVERIFY(source);
        const auto transform = projection.transformFrom(crs, &error);
        QVERIFY2(transform, qPrintable(error));
        const auto viaCrs = transform->toPlan(source->x, source->y);
        const auto direct = projection.toPlan(lonLat);
        QVERIFY(viaCrs && direct);
        QVERIFY(std::hypot(direct->x(), direct->y()) > 1000.0);
        QCOMPARE_LE(std::hypot(viaCrs->x() - direct->x(), viaCrs->y() - direct->y()), 1e-3);
    }

    void lonLatOrderOfGeographicSources()
    {
        // EPSG:4326 is defined latitude first; the import hands it longitude first (GIS order).
        const PlanProjection projection(39.83, 109.98);
        QString error;
        const auto transform = projection.transformFrom(QStringLiteral("EPSG:4326"), &error);
        QVERIFY2(transform, qPrintable(error));
        const auto p = transform->toPlan(109.99, 39.83);
        QVERIFY(p);
        QVERIFY2(p->x() > 800.0 && p->x() < 900.0 && std::abs(p->y()) < 1.0,
                 qPrintable(QStringLiteral("%1 %2").arg(p->x()).arg(p->y())));
    }

    // Independent of the plan: EPSG:4547 comes out easting first, false easting 500 km on 114°E.
    void gaussKruegerIsEastingFirst()
    {
        QString error;
        auto toGk = CrsTransform::create(QString::fromLatin1(kPlanGeographicCrs), QStringLiteral("EPSG:4547"), &error);
        QVERIFY2(toGk, qPrintable(error));
        const auto p = toGk->forward({114.0, 39.83});
        QVERIFY(p);
        QCOMPARE_LE(std::abs(p->x - 500000.0), 1e-6);
        QVERIFY2(p->y > 4.40e6 && p->y < 4.42e6, qPrintable(QString::number(p->y)));
    }

    void badInput()
    {
        QVERIFY(!PlanProjection(95.0, 10.0).isValid());
        QVERIFY(!PlanProjection(qQNaN(), 10.0).isValid());
        QVERIFY(!PlanProjection(95.0, 10.0).error().isEmpty());
        QString error;
        QVERIFY(!PlanProjection(39.0, 110.0).transformFrom(QStringLiteral("EPSG:99999999"), &error));
        QVERIFY2(error.contains(QLatin1String("EPSG:99999999")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPlanProjection)
#include "tst_planprojection.moc"
