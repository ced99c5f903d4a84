// SPDX-License-Identifier: GPL-3.0-or-later
// The compute engine: revision stamps, newest request wins, stale results dropped, cancellation.

#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pz;

class TestComputeEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resultCarriesRevision();
    void newestRequestWins();
    void cancelledRunStopsEarly();
    void watchesDocument();

private:
    Park m_demo;
};

void TestComputeEngine::initTestCase()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    QVERIFY2(loaded.park, qPrintable(loaded.error));
    m_demo = *loaded.park;
}

void TestComputeEngine::resultCarriesRevision()
{
    ComputeEngine engine;
    QSignalSpy spy(&engine, &ComputeEngine::resultReady);
    engine.request(m_demo, 42);
    QVERIFY(engine.isBusy());
    QVERIFY(spy.wait(120000));
    QCOMPARE(spy.count(), 1);
    const auto result = spy.at(0).at(0).value<SimulationResult>();
    QCOMPARE(result.revision, quint64(42));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!engine.isBusy());
}

void TestComputeEngine::newestRequestWins()
{
    ComputeEngine engine;
    QSignalSpy results(&engine, &ComputeEngine::resultReady);
    QSignalSpy started(&engine, &ComputeEngine::started);
    Park moved = m_demo;
    engine.request(m_demo, 1);
    engine.request(moved, 2);
    engine.request(moved, 3);
    QVERIFY(engine.waitForResult(120000));
    QTest::qWait(50);
    // Revision 2 was superseded while waiting and never started; revision 1 was cancelled.
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.at(0).at(0).value<SimulationResult>().revision, quint64(3));
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.at(0).at(0).toULongLong(), 1ull);
    QCOMPARE(started.at(1).at(0).toULongLong(), 3ull);
    QCOMPARE(engine.lastResult().revision, quint64(3));
}

void TestComputeEngine::cancelledRunStopsEarly()
{
    std::atomic<bool> cancelled{true};
    const SimulationResult r = simulatePark(m_demo, {}, nullptr, &cancelled);
    QVERIFY(!r.ok);
    QVERIFY(r.objects.size() < 2);
}

void TestComputeEngine::watchesDocument()
{
    ParkDocument document(m_demo);
    ComputeEngine engine;
    QSignalSpy results(&engine, &ComputeEngine::resultReady);
    engine.watch(&document);
    QVERIFY(engine.waitForResult(120000));
    const double before = engine.lastResult().park.pvKwp;

    // Remove the first PV field: the next result belongs to the new revision and has less PV.
    ObjectId field = 0;
    for (const ParkObject &o : document.park().objects())
        if (kindOf(o) == ObjectKind::PvArray) {
            field = idOf(o);
            break;
        }
    QVERIFY(field != 0);
    QVERIFY(document.removeObjects({field}));
    QVERIFY(engine.waitForResult(120000));
    QCOMPARE(engine.lastResult().revision, document.revision());
    QVERIFY(engine.lastResult().park.pvKwp < before);
}

QTEST_GUILESS_MAIN(TestComputeEngine)
#include "tst_computeengine.moc"
