// SPDX-License-Identifier: GPL-3.0-or-later
// A surface's horizon state brought up to date after edits equals one computed afresh on the
// edited scene, bit for bit: profile, envelope, sky view per sample and in all, candidate list
// and the hourly hidden shares.

#include "shadingtesthelpers.h"
#include "shading/horizonstate.h"
#include "shading/surfaceindex.h"

#include <QtTest>

#include <cstring>
#include <map>
#include <random>

using namespace pz::shading;
using namespace shadingtest;

namespace {

template<typename T>
bool sameBits(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

// The first difference between two states, or "".
QString difference(const HorizonState &a, const HorizonState &b)
{
    const SurfaceHorizon &x = a.horizon(), &y = b.horizon();
    if (x.obstacleIds != y.obstacleIds)
        return QStringLiteral("candidates");
    if (!sameBits(x.horizonTan, y.horizonTan))
        return QStringLiteral("profile");
    if (!sameBits(x.envelopeTan, y.envelopeTan))
        return QStringLiteral("envelope");
    if (!sameBits(x.sampleSkyViewShare, y.sampleSkyViewShare))
        return QStringLiteral("sample sky view");
    if (std::memcmp(&x.skyViewShare, &y.skyViewShare, sizeof(double)) != 0)
        return QStringLiteral("sky view");
    if (!sameBits(a.hiddenShare(), b.hiddenShare()))
        return QStringLiteral("hidden share");
    return {};
}

// A year of hour-midpoint suns at 40° N (declination from the day of the year).
SunTable yearTable()
{
    std::vector<double> zenith, azimuth;
    for (int h = 0; h < 8760; ++h) {
        const int day = h / 24;
        const double declination = 23.44 * std::sin(2.0 * std::numbers::pi * (284 + day + 1) / 365.0);
        const SunPosition sun = sunAt(40.0, declination, h % 24 + 0.5);
        zenith.push_back(90.0 - sun.elevationDeg);
        azimuth.push_back(sun.azimuthDeg);
    }
    return makeSunTable(zenith, azimuth, Options().azimuthBins);
}

Obstacle randomBuilding(std::uint32_t id, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> at(-150.0, 150.0), size(5.0, 40.0), height(3.0, 45.0);
    const double x = at(rng), y = at(rng);
    return {id, box(x, y, x + size(rng), y + size(rng)), 0.0, height(rng)};
}

std::vector<Surface> testSurfaces()
{
    std::vector<Surface> surfaces;
    const auto add = [&](double x0, double y0, double x1, double y1, double heightM, double tiltDeg, double azimuthDeg) {
        Surface s;
        s.id = std::uint32_t(surfaces.size() + 1);
        s.outline = box(x0, y0, x1, y1);
        s.heightM = heightM;
        s.tiltDeg = tiltDeg;
        s.azimuthDeg = azimuthDeg;
        surfaces.push_back(s);
    };
    add(-20, -20, 20, 20, 0.8, 25.0, 180.0);      // a ground field in the middle
    add(-120, 60, -60, 100, 6.0, 10.0, 180.0);     // a low roof
    add(80, -110, 130, -60, 12.0, 0.0, 180.0);     // a flat roof
    add(40, 40, 44, 44, 1.5, 30.0, 135.0);         // a small field facing south-east
    add(-140, -140, -40, -100, 1.0, 35.0, 200.0);  // a long field
    return surfaces;
}

} // namespace

class TestHorizonState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomEditsMatchCompute_data();
    void randomEditsMatchCompute();
    void obstacleOntoASampleAndAway();
    void distantMoveChangesFewBins();
    void removedObstacleNotListedIsStillCorrect();
    void computeHorizonMatchesState();
    void moreObstaclesThanOwnerIndices();
    void manyObstaclesComingAndGoing();
};

void TestHorizonState::randomEditsMatchCompute_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<bool>("onlyAffected");  // as the engine: only surfaces the R-tree finds
    QTest::newRow("seed 1, affected") << 1u << true;
    QTest::newRow("seed 2, affected") << 2u << true;
    QTest::newRow("seed 3, all surfaces") << 3u << false;
}

void TestHorizonState::randomEditsMatchCompute()
{
    QFETCH(unsigned, seed);
    QFETCH(bool, onlyAffected);
    std::mt19937 rng(seed);
    std::map<std::uint32_t, Obstacle> obstacles;
    std::uint32_t nextId = 1;
    for (int i = 0; i < 40; ++i, ++nextId)
        obstacles.emplace(nextId, randomBuilding(nextId, rng));
    const auto sceneOf = [&] {
        std::vector<Obstacle> list;
        for (const auto &[id, o] : obstacles)
            list.push_back(o);
        return ShadingScene(list);
    };
    const SunTable sun = yearTable();
    const std::vector<Surface> surfaces = testSurfaces();
    const SurfaceIndex index(surfaces);
    ShadingScene scene = sceneOf();
    std::vector<HorizonState> states;
    for (const Surface &s : surfaces)
        states.push_back(HorizonState::compute(scene, s, &sun));

    std::uniform_int_distribution<int> kind(0, 9), count(1, 3);
    std::uniform_real_distribution<double> shift(-12.0, 12.0), height(2.0, 50.0);
    int changedBins = 0;
    for (int step = 0; step < 120; ++step) {
        // One to three edits, then one update, as after a multi-object edit or cancelled runs.
        std::map<std::uint32_t, std::pair<std::optional<Obstacle>, std::optional<Obstacle>>> changes;
        const int edits = count(rng);
        for (int e = 0; e < edits; ++e) {
            const int what = kind(rng);
            auto it = std::next(obstacles.begin(), std::uniform_int_distribution<int>(0, int(obstacles.size()) - 1)(rng));
            const Obstacle before = it->second;
            std::optional<Obstacle> after;
            if (what < 6) {  // move
                after = before;
                after->footprint = pz::translated(before.footprint, shift(rng), shift(rng));
            } else if (what < 8) {  // taller or lower
                after = before;
                after->topHeightM = height(rng);
            } else if (what == 8 && obstacles.size() > 10) {  // remove
                obstacles.erase(it);
                scene.removeObstacle(before.id);
                changes[before.id] = {changes.contains(before.id) ? changes[before.id].first : before, std::nullopt};
                continue;
            } else {  // add
                const Obstacle added = randomBuilding(nextId++, rng);
                obstacles.emplace(added.id, added);
                scene.upsertObstacle(added);
                changes[added.id] = {std::nullopt, added};
                continue;
            }
            it->second = *after;
            scene.upsertObstacle(*after);
            auto &entry = changes[before.id];
            if (!entry.first && !entry.second)
                entry.first = before;
            entry.second = after;
        }
        std::map<std::size_t, std::vector<std::uint32_t>> pending;
        for (const auto &[id, change] : changes) {
            const Obstacle *before = change.first ? &*change.first : nullptr;
            const Obstacle *after = change.second ? &*change.second : nullptr;
            for (std::size_t i = 0; i < surfaces.size(); ++i) {
                const std::vector<std::uint32_t> hit = index.affectedByChange(before, after);
                if (!onlyAffected || std::find(hit.begin(), hit.end(), surfaces[i].id) != hit.end())
                    pending[i].push_back(id);
            }
        }
        for (const auto &[i, ids] : pending) {
            states[i].update(scene, surfaces[i], &sun, ids);
            changedBins += states[i].lastChangedBins();
        }
        const ShadingScene fresh = sceneOf();
        for (std::size_t i = 0; i < surfaces.size(); ++i) {
            const QString diff = difference(states[i], HorizonState::compute(fresh, surfaces[i], &sun));
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("step %1, surface %2: %3").arg(step).arg(i).arg(diff)));
        }
    }
    QVERIFY(changedBins > 0);  // the edits did reach the surfaces
}

void TestHorizonState::obstacleOntoASampleAndAway()
{
    const SunTable sun = yearTable();
    const Surface field = testSurfaces().front();
    Obstacle tower{7, box(60, 0, 70, 10), 0.0, 30.0};
    ShadingScene scene({tower, Obstacle{8, box(-60, -40, -50, 40), 0.0, 12.0}});
    HorizonState state = HorizonState::compute(scene, field, &sun);
    for (const Outline &footprint : {box(-5, -5, 5, 5), box(-5, -4, 5, 6), box(60, 0, 70, 10)}) {
        tower.footprint = footprint;
        scene.upsertObstacle(tower);
        state.update(scene, field, &sun, {tower.id});
        QCOMPARE(difference(state, HorizonState::compute(scene, field, &sun)), QString());
    }
}

void TestHorizonState::distantMoveChangesFewBins()
{
    const SunTable sun = yearTable();
    const Surface field = testSurfaces().front();
    Obstacle far{3, box(400, 0, 420, 20), 0.0, 40.0};
    ShadingScene scene({far, Obstacle{4, box(-40, 30, 40, 40), 0.0, 8.0}});
    HorizonState state = HorizonState::compute(scene, field, &sun);
    const int samples = state.horizon().sampleCount();
    far.footprint = pz::translated(far.footprint, 0.0, 1.0);
    scene.upsertObstacle(far);
    state.update(scene, field, &sun, {far.id});
    // 20 m wide at 400 m spans about 3° of azimuth: a few bins per sample changed, not 360.
    QVERIFY(state.lastChangedBins() > 0);
    QVERIFY2(state.lastChangedBins() <= 6 * samples, qPrintable(QString::number(state.lastChangedBins())));
    QCOMPARE(difference(state, HorizonState::compute(scene, field, &sun)), QString());
}

void TestHorizonState::removedObstacleNotListedIsStillCorrect()
{
    const SunTable sun = yearTable();
    const Surface field = testSurfaces().front();
    ShadingScene scene({Obstacle{1, box(30, 0, 40, 10), 0.0, 20.0}, Obstacle{2, box(-40, 0, -30, 10), 0.0, 20.0}});
    HorizonState state = HorizonState::compute(scene, field, &sun);
    scene.removeObstacle(1);
    state.update(scene, field, &sun, {2});  // 1 is missing from the list: recomputed in full
    QCOMPARE(difference(state, HorizonState::compute(scene, field, &sun)), QString());
}

void TestHorizonState::computeHorizonMatchesState()
{
    std::mt19937 rng(9);
    std::vector<Obstacle> obstacles;
    for (std::uint32_t id = 1; id <= 30; ++id)
        obstacles.push_back(randomBuilding(id, rng));
    const ShadingScene scene(obstacles);
    const SunTable sun = yearTable();
    for (const Surface &surface : testSurfaces()) {
        const SurfaceHorizon horizon = computeHorizon(scene, surface);
        const HorizonState state = HorizonState::compute(scene, surface, &sun);
        QVERIFY(sameBits(horizon.horizonTan, state.horizon().horizonTan));
        QVERIFY(sameBits(beamHiddenShare(horizon, sun), state.hiddenShare()));
    }
}

void TestHorizonState::moreObstaclesThanOwnerIndices()
{
    // 300-odd obstacles within reach of the field, more than a one-byte owner index can tell
    // apart: the state is computed afresh, and still equals a fresh computation.
    const SunTable sun = yearTable();
    const Surface field = testSurfaces().front();
    std::vector<Obstacle> obstacles;
    for (int i = 0; i < 18; ++i)
        for (int j = 0; j < 18; ++j) {
            const double x = -150.0 + 17.0 * i, y = -150.0 + 17.0 * j;
            if (std::abs(x) < 30.0 && std::abs(y) < 30.0)
                continue;
            const auto id = std::uint32_t(obstacles.size() + 1);
            obstacles.push_back({id, box(x, y, x + 5.0, y + 5.0), 0.0, 8.0 + (i * 7 + j * 3) % 11});
        }
    QVERIFY(obstacles.size() > 300);
    ShadingScene scene(obstacles);
    HorizonState state = HorizonState::compute(scene, field, &sun);
    QVERIFY(state.horizon().obstacleIds.size() > 300);
    for (const std::size_t at : {std::size_t(0), std::size_t(120), obstacles.size() - 1}) {
        Obstacle &o = obstacles[at];
        o.footprint = pz::translated(o.footprint, 3.0, -2.0);
        scene.upsertObstacle(o);
        state.update(scene, field, &sun, {o.id});
        QCOMPARE(difference(state, HorizonState::compute(scene, field, &sun)), QString());
    }
}

void TestHorizonState::manyObstaclesComingAndGoing()
{
    // Obstacles added and removed one after the other fill the owner table with ones long gone
    // until the state starts afresh: every step equals a fresh computation.
    const SunTable sun = yearTable();
    const Surface field = testSurfaces().front();
    ShadingScene scene({Obstacle{1, box(40, 0, 50, 10), 0.0, 15.0}});
    HorizonState state = HorizonState::compute(scene, field, &sun);
    for (std::uint32_t id = 2; id < 400; ++id) {
        const double x = -60.0 + double(id % 13) * 9.0;
        scene.upsertObstacle(Obstacle{id, box(x, 35, x + 6, 41), 0.0, 5.0 + double(id % 7)});
        std::vector<std::uint32_t> changed{id};
        if (id > 2) {
            scene.removeObstacle(id - 1);
            changed.push_back(id - 1);
        }
        state.update(scene, field, &sun, changed);
        if (id % 37 == 0 || id > 390)
            QCOMPARE(difference(state, HorizonState::compute(scene, field, &sun)), QString());
    }
}

QTEST_GUILESS_MAIN(TestHorizonState)
#include "tst_horizonstate.moc"
