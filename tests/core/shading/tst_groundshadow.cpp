// SPDX-License-Identifier: GPL-3.0-or-later
// Ground shadow polygons of obstacles for the map's sun study.

#include "common/units.h"
#include "shadingtesthelpers.h"
#include "shading/groundshadow.h"

#include <QtTest>

using pz::kDegToRad;

using namespace pz::shading;
using namespace shadingtest;

class TestGroundShadow : public QObject
{
    Q_OBJECT
private slots:
    void cube_data();
    void cube();
    void elevatedObstacle();
    void sunDown();
    void oneEntryPerObstacle();
};

void TestGroundShadow::cube_data()
{
    QTest::addColumn<double>("elevationDeg");
    QTest::addColumn<double>("azimuthDeg");
    QTest::addColumn<double>("areaM2");
    QTest::addColumn<double>("minX");
    QTest::addColumn<double>("maxX");
    QTest::addColumn<double>("minY");
    QTest::addColumn<double>("maxY");
    const double s = 10.0 / std::sqrt(2.0);  // shadow offset components at 135°/225°
    // 10 m cube on [0,10]², shadow length 10 / tan(elevation).
    QTest::newRow("45 from south") << 45.0 << 180.0 << 200.0 << 0.0 << 10.0 << 0.0 << 20.0;
    QTest::newRow("45 from east") << 45.0 << 90.0 << 200.0 << -10.0 << 10.0 << 0.0 << 10.0;
    QTest::newRow("45 from south-east") << 45.0 << 135.0 << 100.0 + 10.0 * 2.0 * s << -s << 10.0 << 0.0 << 10.0 + s;
    QTest::newRow("45 from south-west") << 45.0 << 225.0 << 100.0 + 10.0 * 2.0 * s << 0.0 << 10.0 + s << 0.0 << 10.0 + s;
    const double l30 = 10.0 / std::tan(30.0 * kDegToRad);
    QTest::newRow("30 from north") << 30.0 << 0.0 << 100.0 + 10.0 * l30 << 0.0 << 10.0 << -l30 << 10.0;
}

void TestGroundShadow::cube()
{
    QFETCH(double, elevationDeg);
    QFETCH(double, azimuthDeg);
    QFETCH(double, areaM2);
    QFETCH(double, minX);
    QFETCH(double, maxX);
    QFETCH(double, minY);
    QFETCH(double, maxY);
    const Obstacle cube{1, box(0, 0, 10, 10), 0.0, 10.0};
    const pz::MultiPolygon shadow = groundShadow(cube, elevationDeg, azimuthDeg);
    QCOMPARE(int(shadow.size()), 1);
    QVERIFY(boost::geometry::is_valid(shadow));
    QVERIFY2(std::abs(boost::geometry::area(shadow) - areaM2) < 1e-6,
             qPrintable(QString::number(boost::geometry::area(shadow))));
    pz::Box b;
    boost::geometry::envelope(shadow, b);
    QVERIFY(std::abs(b.min_corner().x() - minX) < 1e-9);
    QVERIFY(std::abs(b.max_corner().x() - maxX) < 1e-9);
    QVERIFY(std::abs(b.min_corner().y() - minY) < 1e-9);
    QVERIFY(std::abs(b.max_corner().y() - maxY) < 1e-9);
    // The footprint itself is in shade.
    QVERIFY(boost::geometry::covered_by(pz::toPolygon(cube.footprint), shadow));
}

void TestGroundShadow::elevatedObstacle()
{
    // A canopy from 5 to 10 m over [0,10]², sun at 45° from the south: its shadow spans
    // y = 5 .. 20 and leaves the ground under its southern half lit.
    const Obstacle canopy{1, box(0, 0, 10, 10), 5.0, 10.0};
    const pz::MultiPolygon shadow = groundShadow(canopy, 45.0, 180.0);
    QVERIFY(std::abs(boost::geometry::area(shadow) - 150.0) < 1e-6);
    QVERIFY(!boost::geometry::within(Point2(5, 2), shadow));
    QVERIFY(boost::geometry::within(Point2(5, 17), shadow));
}

void TestGroundShadow::sunDown()
{
    const std::vector<Obstacle> obstacles{{1, box(0, 0, 10, 10), 0.0, 10.0}};
    QVERIFY(groundShadows(obstacles, 0.0, 180.0).empty());
    QVERIFY(groundShadows(obstacles, -5.0, 180.0).empty());
    QVERIFY(groundShadow(obstacles[0], -1.0, 90.0).empty());
}

void TestGroundShadow::oneEntryPerObstacle()
{
    // An L-shaped (non-convex) building and a small box: one valid multipolygon each, in order.
    const std::vector<Obstacle> obstacles{
        {7, {Point2(0, 0), Point2(30, 0), Point2(30, 10), Point2(10, 10), Point2(10, 30), Point2(0, 30)}, 0.0, 12.0},
        {3, box(50, 50, 52, 56), 0.0, 2.9}};
    const std::vector<ObstacleShadow> shadows = groundShadows(obstacles, 25.0, 160.0);
    QCOMPARE(int(shadows.size()), 2);
    QCOMPARE(shadows[0].id, 7u);
    QCOMPARE(shadows[1].id, 3u);
    for (std::size_t i = 0; i < shadows.size(); ++i) {
        QVERIFY(boost::geometry::is_valid(shadows[i].shadow));
        QVERIFY(boost::geometry::area(shadows[i].shadow) > pz::areaM2(obstacles[i].footprint));
        QVERIFY(boost::geometry::covered_by(pz::toPolygon(obstacles[i].footprint), shadows[i].shadow));
    }
    // The top of the L lands 12 / tan 25° away from the sun (towards azimuth 340°).
    const double length = 12.0 / std::tan(25.0 * kDegToRad);
    const Point2 tip(0 + std::sin(340.0 * kDegToRad) * length, 30 + std::cos(340.0 * kDegToRad) * length);
    QVERIFY(boost::geometry::distance(tip, shadows[0].shadow) < 1e-9);
    const Point2 beyond(tip.x() + std::sin(340.0 * kDegToRad) * 0.5, tip.y() + std::cos(340.0 * kDegToRad) * 0.5);
    QVERIFY(!boost::geometry::covered_by(beyond, shadows[0].shadow));
}

QTEST_GUILESS_MAIN(TestGroundShadow)
#include "tst_groundshadow.moc"

