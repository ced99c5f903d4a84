// SPDX-License-Identifier: GPL-3.0-or-later
// Results per scenario: switching back to a scenario delivers its kept result at once (no run),
// stamped with the document's revision, and that result equals a cold simulatePark() of the
// scenario's park bit for bit; an edit after a switch runs and still equals a cold run.

#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "io/projectfile.h"
#include "io/resultjson.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>
#include <cstring>

using namespace pz;

namespace {

template<typename Series>
bool sameBits(const Series &a, const Series &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), sizeof(a[0]) * a.size()) == 0);
}

// The first difference between two results ("" when none): every printed number (JSON prints
// the shortest form that reads back exactly) and the hourly series.
QString difference(const SimulationResult &a, const SimulationResult &b)
{
    if (QJsonDocument(io::resultToJson(a)).toJson() != QJsonDocument(io::resultToJson(b)).toJson())
        return QStringLiteral("printed result");
    const HourlyBalance &h = a.hourly, &k = b.hourly;
    if (!sameBits(h.generationKWh, k.generationKWh) || !sameBits(h.consumptionKWh, k.consumptionKWh) ||
        !sameBits(h.batterySocKWh, k.batterySocKWh) || !sameBits(h.gridImportKWh, k.gridImportKWh) ||
        !sameBits(h.gridExportKWh, k.gridExportKWh) || !sameBits(h.emissionsKg, k.emissionsKg))
        return QStringLiteral("hourly balance");
    if (a.objects.size() != b.objects.size())
        return QStringLiteral("object count");
    for (std::size_t i = 0; i < a.objects.size(); ++i)
        if (!sameBits(a.objects[i].hourlyAcW, b.objects[i].hourlyAcW))
            return QStringLiteral("object %1").arg(a.objects[i].id);
    return {};
}

QString coldDifference(const ComputeEngine &engine, const Park &park)
{
    return difference(engine.lastResult(), simulatePark(park, SimulationOptions{}));
}

ObjectId firstPvField(const Park &park)
{
    for (const ParkObject &o : park.objects())
        if (kindOf(o) == ObjectKind::PvArray)
            return idOf(o);
    return 0;
}

} // namespace

class TestScenarioResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchingBackCostsNoRun();
};

void TestScenarioResults::switchingBackCostsNoRun()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    ParkDocument document;
    document.resetProject(*loaded.project);
    ComputeEngine engine;
    engine.watch(&document);
    QVERIFY(engine.waitForResult(300000));
    const SimulationResult base = engine.lastResult();
    QVERIFY2(base.ok, qPrintable(base.error));

    // A copy without its first PV field.
    const QString baseId = document.activeScenarioId();
    const QString lessId = document.addScenario(QStringLiteral("Less PV"));
    QVERIFY(!lessId.isEmpty());
    QVERIFY(engine.waitForResult(300000));
    QVERIFY(document.removeObjects({firstPvField(document.park())}));
    QVERIFY(engine.waitForResult(300000));
    const Park lessPv = document.park();
    QVERIFY(engine.lastResult().park.pvKwp < base.park.pvKwp);
    const int delivered = engine.keptResultsDelivered();

    QSignalSpy started(&engine, &ComputeEngine::started);
    QSignalSpy results(&engine, &ComputeEngine::resultReady);
    QVERIFY(document.switchScenario(baseId));
    // Delivered within the switch itself, before any event is processed.
    QCOMPARE(results.count(), 1);
    QVERIFY(engine.waitForResult(1000));
    QCOMPARE(started.count(), 0);
    QCOMPARE(engine.keptResultsDelivered(), delivered + 1);
    QCOMPARE(engine.lastResult().revision, document.revision());
    QVERIFY(!engine.lastResult().preview);
    QCOMPARE(coldDifference(engine, document.park()), QString());

    QVERIFY(document.switchScenario(lessId));
    QCOMPARE(started.count(), 0);
    QVERIFY(document.park() == lessPv);
    QCOMPARE(coldDifference(engine, lessPv), QString());
    // Renaming changes no park: the kept result again.
    QVERIFY(document.changeScenario(lessId, QStringLiteral("Fewer panels"), QString()));
    QCOMPARE(started.count(), 0);
    QCOMPARE(engine.lastResult().revision, document.revision());

    // An edit of the base after switching runs, on the cache last used for the copy.
    QVERIFY(document.switchScenario(baseId));
    QVERIFY(document.removeObjects({firstPvField(document.park())}));
    QVERIFY(engine.waitForResult(300000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(coldDifference(engine, document.park()), QString());
    // An undo brings back a park whose result is not the kept one: a run.
    document.undoStack()->undo();
    QVERIFY(engine.waitForResult(300000));
    QCOMPARE(started.count(), 2);
    QCOMPARE(coldDifference(engine, document.park()), QString());
}

QTEST_GUILESS_MAIN(TestScenarioResults)
#include "tst_scenarioresults.moc"
