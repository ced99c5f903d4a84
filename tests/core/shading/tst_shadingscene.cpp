// SPDX-License-Identifier: GPL-3.0-or-later
// Spatial queries of the shading scene and the surface index, and surface sampling.

#include "shadingtesthelpers.h"
#include "shading/shadingscene.h"
#include "shading/surfacehorizon.h"
#include "shading/surfaceindex.h"
#include "shading/surfacesampling.h"

#include <QtTest>

using namespace pz::shading;
using namespace shadingtest;

class TestShadingScene : public QObject
{
    Q_OBJECT
private slots:
    void candidates_data();
    void candidates();
    void editInPlace();
    void affectedSurfaces();
    void sampling_data();
    void sampling();
};

void TestShadingScene::candidates_data()
{
    QTest::addColumn<double>("surfaceHeightM");
    QTest::addColumn<std::vector<std::uint32_t>>("expected");
    // Obstacles south of a surface at the origin: reach = (top − surface height) / tan 2°.
    QTest::newRow("ground") << 0.0 << std::vector<std::uint32_t>{2, 3, 4};
    QTest::newRow("roof 6 m") << 6.0 << std::vector<std::uint32_t>{3, 4};
    QTest::newRow("roof 25 m") << 25.0 << std::vector<std::uint32_t>{};
}

void TestShadingScene::candidates()
{
    QFETCH(double, surfaceHeightM);
    QFETCH(std::vector<std::uint32_t>, expected);
    const std::vector<Obstacle> obstacles{
        {1, box(-5, -5, 5, 5), 0.0, 20.0},          // the owner
        {2, box(-5, -100, 5, -90), 0.0, 4.0},       // reach 114.5 m from the ground, 0 from 6 m
        {3, box(-5, -400, 5, -390), 0.0, 20.0},     // reach 572.7 from the ground, 400.9 from 6 m
        {4, box(300, 0, 310, 10), 0.0, 20.0},       // 295 m east
        {5, box(-5, -2000, 5, -1990), 0.0, 30.0},   // far beyond any reach
    };
    const ShadingScene scene(obstacles);
    Surface surface{9, 1, box(-5, -5, 5, 5), surfaceHeightM, 10.0, 180.0, {}};
    QCOMPARE(scene.candidatesFor(surface), expected);
    // An ignored obstacle is never a candidate.
    surface.ignoredObstacleIds = {3};
    std::vector<std::uint32_t> withoutThree = expected;
    std::erase(withoutThree, 3u);
    QCOMPARE(scene.candidatesFor(surface), withoutThree);
}

void TestShadingScene::editInPlace()
{
    ShadingScene scene({{1, box(0, 0, 10, 10), 0.0, 10.0}});
    const Surface surface = pointSurface(5, -20, 0);
    QCOMPARE(scene.candidatesFor(surface), std::vector<std::uint32_t>{1});
    // Moved far away: no longer a candidate; the same id is replaced, not duplicated.
    scene.upsertObstacle({1, box(2000, 0, 2010, 10), 0.0, 10.0});
    QCOMPARE(scene.size(), 1);
    QVERIFY(scene.candidatesFor(surface).empty());
    scene.upsertObstacle({2, box(0, -30, 10, -25), 0.0, 5.0});
    QCOMPARE(scene.candidatesFor(surface), std::vector<std::uint32_t>{2});
    QVERIFY(scene.removeObstacle(2));
    QVERIFY(!scene.removeObstacle(2));
    QVERIFY(scene.candidatesFor(surface).empty());
    QCOMPARE(computeHorizon(scene, surface).skyViewShare, 1.0);
}

void TestShadingScene::affectedSurfaces()
{
    // A row of roofs 6 m high every 100 m along x, and a ground field far away.
    std::vector<Surface> surfaces;
    for (std::uint32_t i = 0; i < 20; ++i)
        surfaces.push_back({i + 1, 1000 + i, box(i * 100.0, 0, i * 100.0 + 20, 20), 6.0, 10.0, 180.0, {}});
    surfaces.push_back({50, 0, box(0, 5000, 100, 5100), 1.5, 30.0, 180.0, {}});
    const SurfaceIndex index(surfaces);
    QCOMPARE(index.size(), 21);

    // A 10 m building next to roof 1: reach over 6 m roofs = 4 / tan 2° = 114.5 m.
    const Obstacle before{777, box(30, 0, 50, 20), 0.0, 10.0};
    QCOMPARE(index.affectedBy(before), (std::vector<std::uint32_t>{1, 2}));
    // Moved next to roof 11 (roof 10 is 110 m away, roof 13 150 m).
    const Obstacle after{777, box(1030, 0, 1050, 20), 0.0, 10.0};
    QCOMPARE(index.affectedByChange(&before, &after), (std::vector<std::uint32_t>{1, 2, 10, 11, 12}));
    QCOMPARE(index.affectedByChange(nullptr, &after), (std::vector<std::uint32_t>{10, 11, 12}));
    // Lower than the roofs: shades none of them (only the ground field could see it, too far).
    const Obstacle low{778, box(30, 0, 50, 20), 0.0, 5.0};
    QVERIFY(index.affectedBy(low).empty());
    // A roof's own building is affected (the roof moves with it) even though it never shades it.
    const Obstacle own{1003, box(300, 0, 320, 20), 0.0, 6.0};
    QCOMPARE(index.affectedBy(own), std::vector<std::uint32_t>{4});

    // Agrees with the scene's candidate query: every surface that lists the obstacle as a
    // candidate is affected by it.
    const ShadingScene scene({before});
    const std::vector<std::uint32_t> affected = index.affectedBy(before);
    for (const Surface &s : surfaces) {
        const bool isCandidate = !scene.candidatesFor(s).empty();
        QCOMPARE(isCandidate, std::binary_search(affected.begin(), affected.end(), s.id));
    }
}

void TestShadingScene::sampling_data()
{
    QTest::addColumn<Outline>("outline");
    QTest::addColumn<int>("minCount");
    QTest::addColumn<int>("maxCount");
    QTest::newRow("small roof 12x12 (4 m grid)") << box(0, 0, 12, 12) << 9 << 9;
    QTest::newRow("large roof 200x100 (capped)") << box(0, 0, 200, 100) << 40 << 64;
    QTest::newRow("thin strip 100x0.5") << box(0, 0, 100, 0.5) << 1 << 64;
    QTest::newRow("kTiny") << box(0, 0, 0.1, 0.1) << 1 << 1;
    QTest::newRow("L shape")
        << Outline{Point2(0, 0), Point2(60, 0), Point2(60, 20), Point2(20, 20), Point2(20, 60), Point2(0, 60)} << 30
        << 64;
}

void TestShadingScene::sampling()
{
    QFETCH(Outline, outline);
    QFETCH(int, minCount);
    QFETCH(int, maxCount);
    const Options options;
    const std::vector<Point2> points = samplePoints(outline, options);
    QVERIFY2(int(points.size()) >= minCount && int(points.size()) <= maxCount,
             qPrintable(QString::number(points.size())));
    const pz::Polygon polygon = pz::toPolygon(outline);
    for (const Point2 &p : points)
        QVERIFY(boost::geometry::within(p, polygon));
}

QTEST_GUILESS_MAIN(TestShadingScene)
#include "tst_shadingscene.moc"
