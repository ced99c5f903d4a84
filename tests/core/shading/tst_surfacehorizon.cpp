// SPDX-License-Identifier: GPL-3.0-or-later
// Horizon profiles, hidden share and sky view share of PV surfaces (spec §9 exactness checks).

#include "common/units.h"
#include "shadingtesthelpers.h"
#include "shading/surfacehorizon.h"

#include <QtTest>

#include <algorithm>
#include <random>

using pz::kDegToRad;

using namespace pz::shading;
using namespace shadingtest;

namespace {

// Independent brute force: is the sun hidden from (x, y, z) by the prism, marching along the
// ray in 1 cm steps?
bool rayHitsPrism(const Obstacle &obstacle, double x, double y, double z, const SunPosition &sun)
{
    const pz::Polygon polygon = pz::toPolygon(obstacle.footprint);
    const double tanE = std::tan(sun.elevationDeg * kDegToRad);
    const double ux = std::sin(sun.azimuthDeg * kDegToRad), uy = std::cos(sun.azimuthDeg * kDegToRad);
    for (double s = 0.01; s < 600.0; s += 0.01) {
        const double height = z + s * tanE;
        if (height >= obstacle.topHeightM)
            return false;
        if (boost::geometry::within(Point2(x + s * ux, y + s * uy), polygon))
            return true;
    }
    return false;
}

std::vector<SunPosition> winterDay(double latitudeDeg)
{
    // Hour midpoints of the winter solstice (declination −23.44° north, +23.44° south).
    const double declination = latitudeDeg >= 0.0 ? -23.44 : 23.44;
    std::vector<SunPosition> suns;
    for (int hour = 0; hour < 24; ++hour)
        suns.push_back(sunAt(latitudeDeg, declination, hour + 0.5));
    return suns;
}

void toArrays(const std::vector<SunPosition> &suns, std::vector<double> &zenith, std::vector<double> &azimuth)
{
    zenith.clear();
    azimuth.clear();
    for (const auto &sun : suns) {
        zenith.push_back(90.0 - sun.elevationDeg);
        azimuth.push_back(sun.azimuthDeg);
    }
}

} // namespace

class TestSurfaceHorizon : public QObject
{
    Q_OBJECT
private slots:
    void wallProfileAngle_data();
    void wallProfileAngle();
    void lowerObstacleNeverShades_data();
    void lowerObstacleNeverShades();
    void beyondReachNeverShades();
    void northObstacleAtNoon_data();
    void northObstacleAtNoon();
    void skyViewBesideWall_data();
    void skyViewBesideWall();
    void skyViewOfTiltedSurface_data();
    void skyViewOfTiltedSurface();
    void roofBesideTallerBuilding_data();
    void roofBesideTallerBuilding();
    void lossGrowsWithBuildingHeight();
    void southernHemisphereMirror();
    void obstacleOrderDoesNotMatter();
    void sunDownGivesZero();
};

void TestSurfaceHorizon::wallProfileAngle_data()
{
    QTest::addColumn<double>("heightM");
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<double>("sunAzimuthDeg");
    QTest::addColumn<double>("profileOffsetDeg");  // sun profile angle − atan(h/d)

    const double heights[] = {10.0, 4.0};
    const double distances[] = {10.0, 25.0};
    const double azimuths[] = {180.0, 150.0, 212.7, 120.4, 241.0};
    const double offsets[] = {-3.0, -0.2, 0.2, 3.0};
    for (double h : heights)
        for (double d : distances)
            for (double az : azimuths)
                for (double off : offsets)
                    QTest::addRow("h%g d%g az%g off%g", h, d, az, off) << h << d << az << off;
}

void TestSurfaceHorizon::wallProfileAngle()
{
    QFETCH(double, heightM);
    QFETCH(double, distanceM);
    QFETCH(double, sunAzimuthDeg);
    QFETCH(double, profileOffsetDeg);

    // Point at the origin on the ground, wall face at y = −d (due south).
    const ShadingScene scene({eastWestWall(7, -distanceM, heightM)});
    const SurfaceHorizon horizon = computeHorizon(scene, pointSurface(0.0, 0.0, 0.0));
    QCOMPARE(horizon.sampleCount(), 1);

    // Sun whose profile angle in the wall-normal plane (north–south) is atan(h/d) + offset:
    // tan(profile) = tan(elevation) / cos(azimuth − 180°).
    const double wallAngle = std::atan(heightM / distanceM) / kDegToRad;
    const double profile = wallAngle + profileOffsetDeg;
    const double cosOff = std::cos((sunAzimuthDeg - 180.0) * kDegToRad);
    const double elevation = std::atan(std::tan(profile * kDegToRad) * cosOff) / kDegToRad;
    const bool expectHidden = profileOffsetDeg < 0.0;

    QCOMPARE(isSunHidden(horizon, 0, elevation, sunAzimuthDeg), expectHidden);
    const std::vector<float> share = beamHiddenShare(horizon, {90.0 - elevation}, {sunAzimuthDeg});
    QCOMPARE(share.at(0), expectHidden ? 1.0f : 0.0f);
    // The horizon itself matches the wall's elevation along the sun's azimuth to 0.05°.
    const double exact = std::atan(heightM / distanceM * cosOff) / kDegToRad;
    QVERIFY2(std::abs(horizon.horizonElevationDeg(0, sunAzimuthDeg) - exact) < 0.05,
             qPrintable(QString::number(horizon.horizonElevationDeg(0, sunAzimuthDeg) - exact)));
}

void TestSurfaceHorizon::lowerObstacleNeverShades_data()
{
    QTest::addColumn<double>("obstacleTopM");
    QTest::addColumn<double>("surfaceHeightM");
    QTest::newRow("lower") << 8.0 << 10.0;
    QTest::newRow("same height") << 10.0 << 10.0;
    QTest::newRow("ground field beside roof") << 2.5 << 6.0;
}

void TestSurfaceHorizon::lowerObstacleNeverShades()
{
    QFETCH(double, obstacleTopM);
    QFETCH(double, surfaceHeightM);
    // The obstacle stands right next to the surface on its south side.
    Surface roof{1, 0, box(0, 0, 20, 20), surfaceHeightM, 10.0, 180.0, {}};
    const ShadingScene scene({Obstacle{5, box(0, -21, 20, -1), 0.0, obstacleTopM}});
    QVERIFY(scene.candidatesFor(roof).empty());
    const SurfaceHorizon horizon = computeHorizon(scene, roof);
    QCOMPARE(horizon.skyViewShare, 1.0);
    std::vector<double> zenith, azimuth;
    toArrays(winterDay(40.0), zenith, azimuth);
    for (float s : beamHiddenShare(horizon, zenith, azimuth))
        QCOMPARE(s, 0.0f);
}

void TestSurfaceHorizon::beyondReachNeverShades()
{
    // Reach of a 10 m obstacle at the 2° cut-off: 10 / tan 2° = 286.4 m. Placed 300 m south.
    const Options options;
    const Surface surface = pointSurface(0, 0, 0);
    const ShadingScene far({Obstacle{3, box(-50, -310, 50, -300), 0.0, 10.0}}, options);
    QVERIFY(far.candidatesFor(surface).empty());
    const SurfaceHorizon horizon = computeHorizon(far, surface);
    QVERIFY(!isSunHidden(horizon, 0, 0.5, 180.0));
    QCOMPARE(horizon.skyViewShare, 1.0);
    // Within reach (280 m) it is a candidate and hides a sun just above the ground.
    const ShadingScene near({Obstacle{3, box(-50, -290, 50, -280), 0.0, 10.0}}, options);
    QCOMPARE(near.candidatesFor(surface), std::vector<std::uint32_t>{3});
    QVERIFY(isSunHidden(computeHorizon(near, surface), 0, 1.0, 180.0));
}

void TestSurfaceHorizon::northObstacleAtNoon_data()
{
    QTest::addColumn<double>("heightM");
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<double>("latitudeDeg");
    for (double latitude : {40.0, -40.0}) {
        QTest::addRow("low and far %g", latitude) << 5.0 << 20.0 << latitude;
        QTest::addRow("tall and close %g", latitude) << 30.0 << 5.0 << latitude;
        QTest::addRow("45 degrees %g", latitude) << 10.0 << 10.0 << latitude;
    }
}

void TestSurfaceHorizon::northObstacleAtNoon()
{
    QFETCH(double, heightM);
    QFETCH(double, distanceM);
    QFETCH(double, latitudeDeg);
    // Wall on the polar side of a horizontal point: due north at 40 N, due south at 40 S.
    const bool north = latitudeDeg > 0.0;
    const ShadingScene scene({eastWestWall(9, north ? distanceM : -distanceM, heightM, !north)});
    const SurfaceHorizon horizon = computeHorizon(scene, pointSurface(0, 0, 0));
    // The same wall on the equator side does hide the winter noon sun when it is tall enough.
    const ShadingScene opposite({eastWestWall(9, north ? -distanceM : distanceM, heightM, north)});
    const SunPosition winterNoon = sunAt(latitudeDeg, north ? -23.44 : 23.44, 12.0);
    QCOMPARE(isSunHidden(computeHorizon(opposite, pointSurface(0, 0, 0)), 0, winterNoon.elevationDeg,
                         winterNoon.azimuthDeg),
             winterNoon.elevationDeg < std::atan(heightM / distanceM) / kDegToRad);
    std::vector<double> zenith, azimuth;
    for (double declination : {-23.44, -10.0, 0.0, 10.0, 23.44}) {
        const SunPosition noon = sunAt(latitudeDeg, declination, 12.0);
        QVERIFY(std::abs(noon.azimuthDeg - (north ? 180.0 : 0.0)) < 1e-6);
        zenith.push_back(90.0 - noon.elevationDeg);
        azimuth.push_back(noon.azimuthDeg);
    }
    for (float s : beamHiddenShare(horizon, zenith, azimuth))
        QCOMPARE(s, 0.0f);
    // It still hides sky: diffuse loss as the infinite-wall formula.
    const double phi = std::atan(heightM / distanceM);
    QVERIFY2(std::abs(horizon.skyViewShare - (1.0 + std::cos(phi)) / 2.0) < 1e-3,
             qPrintable(QString::number(horizon.skyViewShare)));
    QVERIFY(horizon.skyViewShare < 0.99);
}

void TestSurfaceHorizon::skyViewBesideWall_data()
{
    QTest::addColumn<double>("heightM");
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<double>("wallAzimuthDeg");
    for (double az : {0.0, 90.0, 180.0, 233.0})
        for (auto [h, d] : {std::pair{3.0, 30.0}, {10.0, 10.0}, {20.0, 4.0}, {40.0, 2.0}})
            QTest::addRow("h%g d%g az%g", h, d, az) << h << d << az;
}

void TestSurfaceHorizon::skyViewBesideWall()
{
    QFETCH(double, heightM);
    QFETCH(double, distanceM);
    QFETCH(double, wallAzimuthDeg);
    // Build the wall due north, then rotate the plan so that the wall lies at wallAzimuthDeg.
    Obstacle wall = eastWestWall(4, distanceM, heightM, false);
    wall.footprint = pz::rotated(wall.footprint, Point2(0, 0), -wallAzimuthDeg);
    const ShadingScene scene({wall});
    const SurfaceHorizon horizon = computeHorizon(scene, pointSurface(0, 0, 0));
    const double phi = std::atan(heightM / distanceM);
    const double expected = (1.0 + std::cos(phi)) / 2.0;
    QVERIFY2(std::abs(horizon.skyViewShare - expected) < 1e-3,
             qPrintable(QStringLiteral("v %1 expected %2").arg(horizon.skyViewShare).arg(expected)));
}

void TestSurfaceHorizon::skyViewOfTiltedSurface_data()
{
    QTest::addColumn<double>("tiltDeg");
    QTest::addColumn<double>("surfaceAzimuthDeg");
    QTest::addColumn<double>("wallAzimuthDeg");
    QTest::addColumn<double>("expected");  // < 0: only check that v < 1
    // A vertical surface facing south does not see the northern sky at all.
    QTest::newRow("vertical facing away") << 90.0 << 180.0 << 0.0 << 1.0;
    QTest::newRow("vertical facing the wall") << 90.0 << 0.0 << 0.0 << -1.0;
    QTest::newRow("tilted facing away") << 35.0 << 180.0 << 0.0 << -1.0;
}

void TestSurfaceHorizon::skyViewOfTiltedSurface()
{
    QFETCH(double, tiltDeg);
    QFETCH(double, surfaceAzimuthDeg);
    QFETCH(double, wallAzimuthDeg);
    QFETCH(double, expected);
    Obstacle wall = eastWestWall(4, 10.0, 10.0, false);
    wall.footprint = pz::rotated(wall.footprint, Point2(0, 0), -wallAzimuthDeg);
    const ShadingScene scene({wall});
    const SurfaceHorizon open = computeHorizon(ShadingScene(), pointSurface(0, 0, 0, tiltDeg, surfaceAzimuthDeg));
    QCOMPARE(open.skyViewShare, 1.0);
    const SurfaceHorizon horizon = computeHorizon(scene, pointSurface(0, 0, 0, tiltDeg, surfaceAzimuthDeg));
    if (expected >= 0.0) {
        QVERIFY(std::abs(horizon.skyViewShare - expected) < 1e-9);
    } else {
        QVERIFY(horizon.skyViewShare < 1.0);
        // Facing the wall loses more sky than facing away from it; facing it at 90° tilt, the
        // wall (45° high) hides half of the visible cos-weighted sky... at least a third.
        if (tiltDeg == 90.0)
            QVERIFY(horizon.skyViewShare < 0.7);
    }
}

void TestSurfaceHorizon::roofBesideTallerBuilding_data()
{
    QTest::addColumn<double>("latitudeDeg");
    QTest::addColumn<double>("tallHeightM");
    QTest::newRow("40N 20m") << 40.0 << 20.0;
    QTest::newRow("40N 35m") << 40.0 << 35.0;
    QTest::newRow("25N 25m") << 25.0 << 25.0;
}

void TestSurfaceHorizon::roofBesideTallerBuilding()
{
    QFETCH(double, latitudeDeg);
    QFETCH(double, tallHeightM);
    // A 6 m roof (20 × 20 m) with a taller building 10 m to its east-south-east.
    Surface roof{1, 100, box(-10, -10, 10, 10), 6.0, 10.0, 180.0, {}};
    const Obstacle own{100, box(-10, -10, 10, 10), 0.0, 6.0};
    const Obstacle tall{200, box(20, -25, 40, 5), 0.0, tallHeightM};
    const ShadingScene scene({own, tall});
    QCOMPARE(scene.candidatesFor(roof), std::vector<std::uint32_t>{200});
    const SurfaceHorizon horizon = computeHorizon(scene, roof);
    QVERIFY(horizon.sampleCount() >= 16 && horizon.sampleCount() <= 64);

    const std::vector<SunPosition> suns = winterDay(latitudeDeg);
    std::vector<double> zenith, azimuth;
    toArrays(suns, zenith, azimuth);
    const std::vector<float> share = beamHiddenShare(horizon, zenith, azimuth);
    double morning = 0.0;
    for (int hour = 0; hour < 24; ++hour) {
        const SunPosition &sun = suns[hour];
        if (sun.elevationDeg <= 0.0) {
            QCOMPARE(share[hour], 0.0f);
            continue;
        }
        // Same samples, independent ray marching.
        int hidden = 0;
        for (const Point2 &p : horizon.samples)
            hidden += rayHitsPrism(tall, p.x(), p.y(), 6.0, sun);
        const double expected = double(hidden) / horizon.sampleCount();
        QVERIFY2(std::abs(share[hour] - expected) <= 1.0 / horizon.sampleCount() + 1e-6,
                 qPrintable(QStringLiteral("hour %1: %2 vs %3").arg(hour).arg(share[hour]).arg(expected)));
        if (hour >= 12)
            QCOMPARE(share[hour], 0.0f);  // the afternoon sun is west: no loss
        else
            morning += share[hour];
    }
    QVERIFY(morning > 0.0);
}

void TestSurfaceHorizon::lossGrowsWithBuildingHeight()
{
    Surface roof{1, 100, box(-10, -10, 10, 10), 6.0, 10.0, 180.0, {}};
    std::vector<double> zenith, azimuth;
    // Winter and equinox days at 40 N.
    for (double declination : {-23.44, -15.0, 0.0})
        for (int hour = 0; hour < 24; ++hour) {
            const SunPosition sun = sunAt(40.0, declination, hour + 0.5);
            zenith.push_back(90.0 - sun.elevationDeg);
            azimuth.push_back(sun.azimuthDeg);
        }
    auto totalLoss = [&](double heightM) {
        std::vector<Obstacle> obstacles{{100, box(-10, -10, 10, 10), 0.0, 6.0}};
        if (heightM > 0.0)
            obstacles.push_back({200, box(20, -25, 40, 5), 0.0, heightM});
        const SurfaceHorizon horizon = computeHorizon(ShadingScene(obstacles), roof);
        double sum = 0.0;
        for (float s : beamHiddenShare(horizon, zenith, azimuth))
            sum += s;
        return std::pair{sum, horizon.skyViewShare};
    };
    QCOMPARE(totalLoss(0.0).first, 0.0);
    QCOMPARE(totalLoss(0.0).second, 1.0);
    double previousLoss = 0.0, previousView = 1.0;
    for (double h : {8.0, 12.0, 20.0, 30.0, 50.0}) {
        const auto [loss, view] = totalLoss(h);
        QVERIFY2(loss > previousLoss, qPrintable(QStringLiteral("h %1: %2 <= %3").arg(h).arg(loss).arg(previousLoss)));
        QVERIFY(view < previousView);
        previousLoss = loss;
        previousView = view;
    }
}

void TestSurfaceHorizon::southernHemisphereMirror()
{
    // Mirror y → −y: the northern scene at 40 N in December equals the southern one at 40 S in
    // June, with sun azimuth α → 180° − α.
    auto mirrored = [](const Outline &o) {
        Outline out;
        for (const Point2 &p : o)
            out.emplace_back(p.x(), -p.y());
        return out;
    };
    const Outline roofOutline = box(-10, -10, 10, 10);
    const Outline tallOutline = box(20, -25, 40, 5);
    Surface north{1, 100, roofOutline, 6.0, 10.0, 180.0, {}};
    Surface south{1, 100, mirrored(roofOutline), 6.0, 10.0, 0.0, {}};
    const ShadingScene northScene({{100, roofOutline, 0.0, 6.0}, {200, tallOutline, 0.0, 25.0}});
    const ShadingScene southScene({{100, mirrored(roofOutline), 0.0, 6.0}, {200, mirrored(tallOutline), 0.0, 25.0}});
    const SurfaceHorizon hn = computeHorizon(northScene, north);
    const SurfaceHorizon hs = computeHorizon(southScene, south);
    QCOMPARE(hn.sampleCount(), hs.sampleCount());
    QVERIFY(std::abs(hn.skyViewShare - hs.skyViewShare) < 1e-9);

    std::vector<double> zn, an, zs, as;
    toArrays(winterDay(40.0), zn, an);
    toArrays(winterDay(-40.0), zs, as);
    for (std::size_t i = 0; i < zn.size(); ++i) {
        QVERIFY(std::abs(zn[i] - zs[i]) < 1e-9);
        if (zn[i] < 90.0)
            QVERIFY(std::abs(std::fmod(an[i] + as[i] + 360.0, 360.0) - 180.0) < 1e-6);
    }
    const std::vector<float> sn = beamHiddenShare(hn, zn, an);
    const std::vector<float> ss = beamHiddenShare(hs, zs, as);
    double total = 0.0;
    for (std::size_t i = 0; i < sn.size(); ++i) {
        QVERIFY2(std::abs(sn[i] - ss[i]) <= 1.0 / hn.sampleCount() + 1e-6, qPrintable(QString::number(i)));
        total += ss[i];
    }
    QVERIFY(total > 0.0);
}

void TestSurfaceHorizon::obstacleOrderDoesNotMatter()
{
    std::vector<Obstacle> obstacles;
    std::mt19937 rng(5);
    for (std::uint32_t i = 0; i < 40; ++i) {
        const double x = double(rng() % 400) - 200.0, y = double(rng() % 400) - 200.0;
        obstacles.push_back({i + 10, box(x, y, x + 15.0 + rng() % 20, y + 10.0 + rng() % 20), 0.0,
                             4.0 + rng() % 30});
    }
    Surface field{1, 0, box(-30, -20, 30, 20), 1.5, 30.0, 180.0, {}};
    const SurfaceHorizon a = computeHorizon(ShadingScene(obstacles), field);
    std::reverse(obstacles.begin(), obstacles.end());
    std::shuffle(obstacles.begin(), obstacles.end(), rng);
    const SurfaceHorizon b = computeHorizon(ShadingScene(obstacles), field);
    QVERIFY(!a.obstacleIds.empty());
    QCOMPARE(a.obstacleIds, b.obstacleIds);
    QCOMPARE(a.horizonTan, b.horizonTan);
    QCOMPARE(a.skyViewShare, b.skyViewShare);
}

void TestSurfaceHorizon::sunDownGivesZero()
{
    // Surface inside a tall box: everything hidden while the sun is up, 0 when it is down.
    const ShadingScene scene({Obstacle{2, box(-50, -50, 50, 50), 0.0, 30.0}});
    const SurfaceHorizon horizon = computeHorizon(scene, pointSurface(0, 0, 0));
    const std::vector<float> share = beamHiddenShare(horizon, {30.0, 89.9, 90.0, 120.0}, {180.0, 90.0, 90.0, 0.0});
    QCOMPARE(share, (std::vector<float>{1.0f, 1.0f, 0.0f, 0.0f}));
    QCOMPARE(horizon.skyViewShare, 0.0);
}

QTEST_GUILESS_MAIN(TestSurfaceHorizon)
#include "tst_surfacehorizon.moc"

