// SPDX-License-Identifier: GPL-3.0-or-later
// ParkDocument: every edit is one undoable step that emits exactly one changed() per redo and
// undo, merges by key, refuses invalid values, tracks the saved state and never reuses ids.

#include "document/parkdocument.h"
#include "document/removeobjectscommand.h"
#include "document/undomacroguard.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pz;

namespace {

Outline square(double x, double y, double size)
{
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
}

Building building(double x = 0)
{
    Building b;
    b.name = QStringLiteral("B");
    b.footprint = square(x, 0, 10);
    return b;
}

ChangeEvent eventAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<ChangeEvent>();
}

const Building &buildingIn(const ParkDocument &doc, ObjectId id)
{
    return std::get<Building>(*doc.park().find(id));
}

} // namespace

class TestParkDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUndoRedo()
    {
        ParkDocument doc;
        QSignalSpy spy(&doc, &ParkDocument::changed);
        const ObjectId id = doc.addObject(building());
        QCOMPARE(id, ObjectId(1));
        QCOMPARE(doc.park().count(), 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::ObjectsAdded);
        QCOMPARE(eventAt(spy, 0).ids, ObjectIds{id});
        QCOMPARE(eventAt(spy, 0).revision, doc.revision());

        doc.undoStack()->undo();
        QCOMPARE(doc.park().count(), 0);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(eventAt(spy, 1).type, ChangeEvent::Type::ObjectsRemoved);
        QCOMPARE(eventAt(spy, 1).ids, ObjectIds{id});

        doc.undoStack()->redo();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(eventAt(spy, 2).type, ChangeEvent::Type::ObjectsAdded);
        Building expected = building();
        expected.id = id;
        QVERIFY(buildingIn(doc, id) == expected);
        QCOMPARE(doc.revision(), quint64(3));
    }

    void addSeveralKeepsOrder()
    {
        ParkDocument doc;
        QSignalSpy spy(&doc, &ParkDocument::changed);
        const ObjectIds ids = doc.addObjects({building(0), GreenSpace{0, {}, true, false, square(50, 0, 5), -1}, building(20)},
                                             QStringLiteral("Paste"));
        QCOMPARE(ids, (ObjectIds{1, 2, 3}));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).ids, ids);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Paste"));
        QCOMPARE(kindOf(doc.park().objects()[1]), ObjectKind::GreenSpace);
    }

    void removeUndoRestoresPositionsAndIds()
    {
        ParkDocument doc;
        const ObjectIds ids = doc.addObjects({building(0), building(20), building(40), building(60)}, {});
        const Park before = doc.park();
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.removeObjects({ids[3], ids[1], 999}));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::ObjectsRemoved);
        QCOMPARE(eventAt(spy, 0).ids, (ObjectIds{ids[3], ids[1]}));
        QCOMPARE(doc.park().count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(eventAt(spy, 1).type, ChangeEvent::Type::ObjectsAdded);
        QVERIFY(doc.park() == before);
        doc.undoStack()->redo();
        QCOMPARE(doc.park().count(), 2);
        QCOMPARE(idOf(doc.park().objects()[1]), ids[2]);
        QVERIFY(!doc.removeObjects({999}));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void changeUndoRedo()
    {
        ParkDocument doc;
        const ObjectId id = doc.addObject(building());
        Building b = buildingIn(doc, id);
        const Building original = b;
        b.heightM = 24;
        b.useType = UseType::Office;
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.changeObject(b, QStringLiteral("Edit")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::ObjectsChanged);
        QCOMPARE(eventAt(spy, 0).ids, ObjectIds{id});
        QVERIFY(buildingIn(doc, id) == b);
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(eventAt(spy, 1).type, ChangeEvent::Type::ObjectsChanged);
        QVERIFY(buildingIn(doc, id) == original);
        doc.undoStack()->redo();
        QCOMPARE(spy.count(), 3);
        QVERIFY(buildingIn(doc, id) == b);
    }

    void unchangedValueIsNoStep()
    {
        ParkDocument doc;
        const ObjectId id = doc.addObject(building());
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.changeObject(*doc.park().find(id), QStringLiteral("Nothing")));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void siteUndoRedo()
    {
        ParkDocument doc;
        Site site = doc.park().site;
        site.name = QStringLiteral("Ordos");
        site.carbon.exportCredit = true;
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.changeSite(site, QStringLiteral("Site")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::SiteChanged);
        QVERIFY(eventAt(spy, 0).ids.isEmpty());
        QVERIFY(doc.park().site == site);
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QVERIFY(doc.park().site == Site{});
        doc.undoStack()->redo();
        QVERIFY(doc.park().site == site);
    }

    void sameMergeKeyMergesIntoOneStep()
    {
        ParkDocument doc;
        const ObjectId id = doc.addObject(building());
        const ParkObject start = *doc.park().find(id);
        const QString drag = doc.newMergeKey(QStringLiteral("move"));
        QSignalSpy spy(&doc, &ParkDocument::changed);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(doc.changeObject(translatedObject(start, i, 0), QStringLiteral("Move"), drag));
        QCOMPARE(spy.count(), 5);  // every step of the drag is shown
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(footprintOf(*doc.park().find(id)).front(), Point2(5, 0));
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 6);
        QVERIFY(*doc.park().find(id) == start);
        doc.undoStack()->redo();
        QCOMPARE(footprintOf(*doc.park().find(id)).front(), Point2(5, 0));
    }

    void differentMergeKeysStaySeparate()
    {
        ParkDocument doc;
        const ObjectId id = doc.addObject(building());
        const ParkObject start = *doc.park().find(id);
        const QString first = doc.newMergeKey(QStringLiteral("move"));
        const QString second = doc.newMergeKey(QStringLiteral("move"));
        QVERIFY(first != second);
        QVERIFY(doc.changeObject(translatedObject(start, 1, 0), QStringLiteral("Move"), first));
        QVERIFY(doc.changeObject(translatedObject(start, 2, 0), QStringLiteral("Move"), first));
        QVERIFY(doc.changeObject(translatedObject(start, 3, 0), QStringLiteral("Move"), second));
        QVERIFY(doc.changeObject(translatedObject(start, 4, 0), QStringLiteral("Move")));  // no key: never merges
        QVERIFY(doc.changeObject(translatedObject(start, 5, 0), QStringLiteral("Move")));
        QCOMPARE(doc.undoStack()->count(), 5);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(footprintOf(*doc.park().find(id)).front(), Point2(2, 0));
        doc.undoStack()->undo();
        QVERIFY(*doc.park().find(id) == start);
    }

    void siteEditsMergeByKey()
    {
        ParkDocument doc;
        const QString spin = doc.newMergeKey(QStringLiteral("latitude"));
        Site site = doc.park().site;
        for (double lat : {40.0, 40.5, 41.0}) {
            site.latitudeDeg = lat;
            QVERIFY(doc.changeSite(site, QStringLiteral("Latitude"), spin));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        site.longitudeDeg = 100;
        QVERIFY(doc.changeSite(site, QStringLiteral("Longitude"), doc.newMergeKey(QStringLiteral("longitude"))));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.park().site == Site{});
    }

    // A spin box turned up and back (one merge key) ends where it started: the merged step is
    // dropped instead of staying as an empty step. Start value 10, then each value in turn.
    void mergedStepBackToStart_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("steps");  // undo steps the gesture leaves
        QTest::newRow("up and back") << QList<double>{11, 10} << 0;
        QTest::newRow("up, up and back") << QList<double>{11, 12, 10} << 0;
        QTest::newRow("back, then away again") << QList<double>{11, 10, 12} << 1;
        QTest::newRow("up only") << QList<double>{11, 12} << 1;
    }

    void mergedObjectStepBackToStart_data() { mergedStepBackToStart_data(); }
    void mergedObjectStepBackToStart()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, steps);
        ParkDocument doc;
        Building start = building();
        start.heightM = 10;
        const ObjectId id = doc.addObject(start);
        start.id = id;
        doc.markSaved();
        const QString spin = doc.newMergeKey(QStringLiteral("height"));
        QSignalSpy spy(&doc, &ParkDocument::changed);
        for (double heightM : values) {
            Building b = start;
            b.heightM = heightM;
            QVERIFY(doc.changeObject(b, QStringLiteral("Height"), spin));
        }
        QCOMPARE(spy.count(), values.size());  // every value is shown, the last one included
        QCOMPARE(buildingIn(doc, id).heightM, values.last());
        QCOMPARE(doc.undoStack()->count(), 1 + steps);
        QCOMPARE(doc.isModified(), steps > 0);
        if (steps > 0) {
            doc.undoStack()->undo();
            QVERIFY(buildingIn(doc, id) == start);
        }
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add %1").arg(displayName(ObjectKind::Building)));
    }

    void mergedSiteStepBackToStart_data() { mergedStepBackToStart_data(); }
    void mergedSiteStepBackToStart()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, steps);
        ParkDocument doc;
        Site start = doc.park().site;
        start.latitudeDeg = 10;
        QVERIFY(doc.changeSite(start, QStringLiteral("Latitude")));
        doc.markSaved();
        const QString spin = doc.newMergeKey(QStringLiteral("latitude"));
        for (double latitudeDeg : values) {
            Site site = start;
            site.latitudeDeg = latitudeDeg;
            QVERIFY(doc.changeSite(site, QStringLiteral("Latitude"), spin));
        }
        QCOMPARE(doc.park().site.latitudeDeg, values.last());
        QCOMPARE(doc.undoStack()->count(), 1 + steps);
        QCOMPARE(doc.isModified(), steps > 0);
        if (steps > 0) {
            doc.undoStack()->undo();
            QVERIFY(doc.park().site == start);
        }
    }

    // A drag of two objects where only one comes back to its start is still a step.
    void mergedStepWithOneObjectMovedStays()
    {
        ParkDocument doc;
        const ObjectIds ids = doc.addObjects({building(0), building(20)}, {});
        const ParkObject a = *doc.park().find(ids[0]), b = *doc.park().find(ids[1]);
        const QString drag = doc.newMergeKey(QStringLiteral("move"));
        QVERIFY(doc.changeObjects({translatedObject(a, 1, 0), translatedObject(b, 1, 0)}, QStringLiteral("Move"), drag));
        QVERIFY(doc.changeObjects({a, translatedObject(b, 2, 0)}, QStringLiteral("Move"), drag));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QVERIFY(*doc.park().find(ids[0]) == a);
        QVERIFY(*doc.park().find(ids[1]) == b);
    }

    // Removing takes the ids that exist, each once, and the event names exactly those.
    void removeReportsTheIdsActuallyRemoved_data()
    {
        QTest::addColumn<QList<int>>("requested");  // indices into the four objects; -1: an id that does not exist
        QTest::addColumn<QList<int>>("removed");
        QTest::newRow("all exist") << QList<int>{3, 1} << QList<int>{3, 1};
        QTest::newRow("some missing") << QList<int>{-1, 2, -1} << QList<int>{2};
        QTest::newRow("none exist") << QList<int>{-1} << QList<int>{};
        QTest::newRow("twice") << QList<int>{1, 1, 0} << QList<int>{1, 0};
    }
    void removeReportsTheIdsActuallyRemoved()
    {
        QFETCH(QList<int>, requested);
        QFETCH(QList<int>, removed);
        ParkDocument doc;
        const ObjectIds ids = doc.addObjects({building(0), building(20), building(40), building(60)}, {});
        const Park before = doc.park();
        auto idsAt = [&ids](const QList<int> &indices) {
            ObjectIds out;
            for (int i : indices)
                out << (i >= 0 ? ids[i] : ObjectId(999));
            return out;
        };
        QSignalSpy spy(&doc, &ParkDocument::changed);
        // Pushed directly: ParkDocument::removeObjects() filters the ids itself.
        doc.undoStack()->push(new RemoveObjectsCommand(&doc, idsAt(requested), QStringLiteral("Delete")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::ObjectsRemoved);
        QCOMPARE(eventAt(spy, 0).ids, idsAt(removed));
        QCOMPARE(doc.park().count(), before.count() - int(removed.size()));
        for (ObjectId id : idsAt(removed))
            QVERIFY(!doc.park().contains(id));
        doc.undoStack()->undo();
        QCOMPARE(eventAt(spy, 1).type, ChangeEvent::Type::ObjectsAdded);
        QVERIFY(doc.park() == before);
    }

    void invalidValuesAreRefused()
    {
        ParkDocument doc;
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QStringList problems;
        Building bad = building();
        bad.heightM = -5;
        QCOMPARE(doc.addObject(bad, {}, &problems), ObjectId(0));
        QCOMPARE(problems, QStringList{QStringLiteral("height: must be > 0 (got -5)")});
        QCOMPARE(doc.park().count(), 0);

        const ObjectId id = doc.addObject(building());
        const Park before = doc.park();
        const int steps = doc.undoStack()->count();
        spy.clear();

        bad.id = id;
        bad.heightM = 0;
        QVERIFY(!doc.changeObject(bad, QStringLiteral("Edit"), {}, &problems));
        QCOMPARE(problems, QStringList{QStringLiteral("height: must be > 0 (got 0)")});

        Storage wrongKind;
        wrongKind.id = id;
        QVERIFY(!doc.changeObject(wrongKind, QStringLiteral("Edit"), {}, &problems));
        QCOMPARE(problems.size(), 1);

        Building missing = building();
        missing.id = 77;
        QVERIFY(!doc.changeObject(missing, QStringLiteral("Edit"), {}, &problems));

        // One bad value refuses the whole batch.
        Building good = buildingIn(doc, id);
        good.heightM = 30;
        QVERIFY(!doc.changeObjects({good, missing}, QStringLiteral("Edit"), {}, &problems));

        Site site;
        site.latitudeDeg = 120;
        QVERIFY(!doc.changeSite(site, QStringLiteral("Site"), {}, &problems));
        QCOMPARE(problems, QStringList{QStringLiteral("latitude: must be between -90 and 90 (got 120)")});

        QVERIFY(doc.addObjects({}, {}).isEmpty());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(doc.undoStack()->count(), steps);
        QVERIFY(doc.park() == before);
    }

    void modifiedFollowsCleanState()
    {
        ParkDocument doc;
        QSignalSpy modified(&doc, &ParkDocument::modifiedChanged);
        QVERIFY(!doc.isModified());
        const ObjectId id = doc.addObject(building());
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        doc.markSaved();
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);

        Building b = buildingIn(doc, id);
        b.heightM = 15;
        QVERIFY(doc.changeObject(b, QStringLiteral("Edit"), doc.newMergeKey(QStringLiteral("h"))));
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());  // back at the saved state
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());   // before the saved state
        doc.undoStack()->redo();
        QVERIFY(!doc.isModified());

        // A merge never folds an edit into the saved step.
        const QString key = doc.newMergeKey(QStringLiteral("h"));
        b.heightM = 16;
        QVERIFY(doc.changeObject(b, QStringLiteral("Edit"), key));
        doc.markSaved();
        b.heightM = 17;
        QVERIFY(doc.changeObject(b, QStringLiteral("Edit"), key));
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(buildingIn(doc, id).heightM, 16.0);
    }

    void resetParkClearsHistory()
    {
        ParkDocument doc;
        doc.addObject(building());
        Park park;
        Building b = building();
        b.id = 41;
        park.append(b);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        doc.resetPark(park);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(eventAt(spy, 0).type, ChangeEvent::Type::ParkReset);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.park() == park);
        QCOMPARE(doc.addObject(building()), ObjectId(42));
    }

    void macroGroupsSteps()
    {
        ParkDocument doc;
        const ObjectId id = doc.addObject(building());
        const Park before = doc.park();
        QSignalSpy spy(&doc, &ParkDocument::changed);
        {
            PZ_UNDO_MACRO(&doc, QStringLiteral("Duplicate and raise"));
            doc.addObject(building(30));
            Building b = buildingIn(doc, id);
            b.heightM = 40;
            doc.changeObject(b, QStringLiteral("Raise"));
            doc.removeObjects({id});
        }
        QCOMPARE(spy.count(), 3);  // one per applied step
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Duplicate and raise"));
        doc.undoStack()->undo();
        QVERIFY(doc.park().objects() == before.objects());
        QCOMPARE(doc.park().nextId(), ObjectId(3));  // id 2 stays used
        QCOMPARE(spy.count(), 6);
        doc.undoStack()->redo();
        QCOMPARE(doc.park().count(), 1);
        QCOMPARE(idOf(doc.park().objects()[0]), ObjectId(2));
    }

    void idsAreStableAndNeverReused()
    {
        ParkDocument doc;
        const ObjectId a = doc.addObject(building());
        const ObjectId b = doc.addObject(building(20));
        QCOMPARE(a, ObjectId(1));
        QCOMPARE(b, ObjectId(2));
        doc.undoStack()->undo();  // b is gone
        const ObjectId c = doc.addObject(building(40));
        QVERIFY(c != b);
        QCOMPARE(c, ObjectId(3));
        QVERIFY(doc.removeObjects({a}));
        const ObjectId d = doc.addObject(building(60));
        QCOMPARE(d, ObjectId(4));
        doc.undoStack()->undo();
        doc.undoStack()->undo();  // a is back, with its id
        QVERIFY(doc.park().contains(a));
        QCOMPARE(doc.park().indexOf(a), 0);
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.park().find(d) != nullptr, true);
        QCOMPARE(doc.addObject(building(80)), ObjectId(5));
        // Ids set by the caller are replaced by fresh ones.
        Building preset = building(100);
        preset.id = 1;
        QCOMPARE(doc.addObject(preset), ObjectId(6));
    }

    void filePath()
    {
        ParkDocument doc;
        QSignalSpy spy(&doc, &ParkDocument::filePathChanged);
        doc.setFilePath(QStringLiteral("/tmp/a.parkzero"));
        doc.setFilePath(QStringLiteral("/tmp/a.parkzero"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(doc.filePath(), QStringLiteral("/tmp/a.parkzero"));
    }
};

QTEST_GUILESS_MAIN(TestParkDocument)
#include "tst_parkdocument.moc"
