// SPDX-License-Identifier: GPL-3.0-or-later
// The one shadow-reach rule (shadowReachM) and the two queries built on it: the obstacles the
// scene counts as able to shade a surface, and the surfaces the surface index says an obstacle
// can reach. Incremental shading is exact only if the index never misses a surface the scene
// would count, so the two are compared over many random layouts.

#include "shading/shadingscene.h"
#include "shading/surfaceindex.h"
#include "shadingtesthelpers.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace pz;
using namespace pz::shading;
using shadingtest::box;

class TestShadowReach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reach_data();
    void reach();
    void sceneAndIndexAgree();
};

void TestShadowReach::reach_data()
{
    QTest::addColumn<double>("minElevationDeg");
    QTest::addColumn<double>("topM");
    QTest::addColumn<double>("fromM");
    QTest::addColumn<double>("expectedM");

    const double tan2 = std::tan(2.0 * shadingtest::kDegToRad);
    QTest::newRow("10 m over the ground, 2°") << 2.0 << 10.0 << 0.0 << 10.0 / tan2;
    QTest::newRow("10 m over a 4 m roof") << 2.0 << 10.0 << 4.0 << 6.0 / tan2;
    QTest::newRow("lower than the point") << 2.0 << 3.0 << 4.0 << 0.0;
    QTest::newRow("level with the point") << 2.0 << 4.0 << 4.0 << 0.0;
    QTest::newRow("45° sun") << 45.0 << 10.0 << 0.0 << 10.0;
    // The minimum elevation is clamped to 0.1°, so that the reach stays finite.
    QTest::newRow("0° clamped to 0.1°") << 0.0 << 1.0 << 0.0 << 1.0 / std::tan(0.1 * shadingtest::kDegToRad);
    QTest::newRow("negative clamped") << -5.0 << 1.0 << 0.0 << 1.0 / std::tan(0.1 * shadingtest::kDegToRad);
    QTest::newRow("not a number") << 2.0 << std::nan("") << 0.0 << 0.0;
}

void TestShadowReach::reach()
{
    QFETCH(double, minElevationDeg);
    QFETCH(double, topM);
    QFETCH(double, fromM);
    QFETCH(double, expectedM);
    Options options;
    options.minSunElevationDeg = minElevationDeg;
    const double reach = shadowReachM(options, topM, fromM);
    QVERIFY2(std::abs(reach - expectedM) <= 1e-9 * std::max(1.0, expectedM),
             qPrintable(QStringLiteral("%1 m, expected %2 m").arg(reach, 0, 'g', 17).arg(expectedM, 0, 'g', 17)));
    QCOMPARE(ShadingScene({}, options).reachM(topM, fromM), reach);
}

// Random obstacles and surfaces, with a high minimum elevation so that reaches are short and
// many pairs lie near the edge of each other's reach.
void TestShadowReach::sceneAndIndexAgree()
{
    std::mt19937 rng(20261202);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    Options options;
    options.minSunElevationDeg = 30.0;
    int pairsWithinReach = 0;
    for (int round = 0; round < 20; ++round) {
        std::vector<Obstacle> obstacles;
        std::vector<Surface> surfaces;
        for (std::uint32_t i = 1; i <= 30; ++i) {
            const double x = uniform(0, 200), y = uniform(0, 200), w = uniform(1, 20), d = uniform(1, 20);
            obstacles.push_back({i, box(x, y, x + w, y + d), 0.0, uniform(1, 30)});
            Surface s;
            s.id = i;
            const double sx = uniform(0, 200), sy = uniform(0, 200);
            s.outline = box(sx, sy, sx + uniform(1, 15), sy + uniform(1, 15));
            s.heightM = uniform(0, 15);
            surfaces.push_back(s);
        }
        const ShadingScene scene(obstacles, options);
        const SurfaceIndex index(surfaces, options);
        for (const Obstacle &obstacle : obstacles) {
            const std::vector<std::uint32_t> affected = index.affectedBy(obstacle);
            for (const Surface &surface : surfaces) {
                const std::vector<std::uint32_t> candidates = scene.candidatesFor(surface);
                if (std::find(candidates.begin(), candidates.end(), obstacle.id) == candidates.end())
                    continue;
                ++pairsWithinReach;
                QVERIFY2(std::find(affected.begin(), affected.end(), surface.id) != affected.end(),
                         qPrintable(QStringLiteral("round %1: obstacle %2 shades surface %3, the index misses it")
                                        .arg(round)
                                        .arg(obstacle.id)
                                        .arg(surface.id)));
            }
        }
    }
    QVERIFY(pairsWithinReach > 100);
}

QTEST_APPLESS_MAIN(TestShadowReach)
#include "tst_shadowreach.moc"
