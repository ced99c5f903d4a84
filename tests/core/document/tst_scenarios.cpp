// SPDX-License-Identifier: GPL-3.0-or-later
// The scenarios of a ParkDocument: new (a copy of the active one), rename and note, delete,
// reorder and switch are each one undo step that emits exactly one changed() per redo and undo;
// edits change only the active scenario's park; names are refused when empty or taken.

#include "document/parkdocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pz;

namespace {

Building building(double x)
{
    Building b;
    b.name = QStringLiteral("B");
    b.footprint = {{x, 0}, {x + 10, 0}, {x + 10, 10}, {x, 10}};
    return b;
}

ChangeEvent::Type lastType(const QSignalSpy &spy)
{
    return spy.last().at(0).value<ChangeEvent>().type;
}

QStringList names(const ParkDocument &doc)
{
    QStringList out;
    for (const Scenario &s : doc.project().scenarios())
        out << s.name;
    return out;
}

// A document with scenarios "Base" (s1, one building), "A" (s2) and "B" (s3), s1 active, no
// undo history.
void threeScenarios(ParkDocument &doc)
{
    doc.addObject(building(0));
    doc.addScenario(QStringLiteral("A"));
    doc.addScenario(QStringLiteral("B"));
    doc.switchScenario(QStringLiteral("s1"));
    Project project = doc.project();
    doc.resetProject(project);
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newScenarioCopiesTheActiveOneAndActivatesIt()
    {
        ParkDocument doc;
        doc.addObject(building(0));
        QSignalSpy spy(&doc, &ParkDocument::changed);
        const Park before = doc.park();
        const QString id = doc.addScenario();
        QCOMPARE(id, QStringLiteral("s2"));
        QCOMPARE(doc.activeScenarioId(), id);
        QCOMPARE(names(doc), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy")}));
        QVERIFY(doc.park() == before);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ScenarioSwitched);

        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ScenarioSwitched);
        QCOMPARE(doc.project().count(), 1);
        QCOMPARE(doc.activeScenarioId(), QStringLiteral("s1"));
        doc.undoStack()->redo();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(doc.activeScenarioId(), id);
        // A second copy gets the next free name.
        doc.switchScenario(QStringLiteral("s1"));
        QVERIFY(!doc.addScenario().isEmpty());
        QCOMPARE(names(doc).at(1), QStringLiteral("Base copy 2"));
    }

    void editsChangeOnlyTheActiveScenario()
    {
        ParkDocument doc;
        doc.addObject(building(0));
        doc.addScenario(QStringLiteral("Variant"));
        const ObjectId added = doc.addObject(building(20));
        QCOMPARE(doc.park().count(), 2);
        QCOMPARE(doc.project().at(0).park.count(), 1);
        QVERIFY(doc.switchScenario(QStringLiteral("s1")));
        QCOMPARE(doc.park().count(), 1);
        QVERIFY(!doc.park().contains(added));

        // Undo walks back through the switch before it reaches the variant's edit.
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QStringList undone;
        while (doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            undone << QString::number(int(lastType(spy)));
        }
        QCOMPARE(spy.count(), 4);  // switch, add object, new scenario, add object
        QCOMPARE(doc.project().count(), 1);
        QCOMPARE(doc.park().count(), 0);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ObjectsRemoved);
    }

    void renameAndNote()
    {
        ParkDocument doc;
        threeScenarios(doc);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        const QString key = doc.newMergeKey(QStringLiteral("note"));
        QVERIFY(doc.changeScenario(QStringLiteral("s2"), QStringLiteral("A"), QStringLiteral("n"), key));
        QVERIFY(doc.changeScenario(QStringLiteral("s2"), QStringLiteral("A"), QStringLiteral("no"), key));
        QVERIFY(doc.changeScenario(QStringLiteral("s2"), QStringLiteral("A"), QStringLiteral("note"), key));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ScenariosChanged);
        QVERIFY(doc.changeScenario(QStringLiteral("s2"), QStringLiteral("Wind"), QStringLiteral("note")));
        QCOMPARE(names(doc), (QStringList{QStringLiteral("Base"), QStringLiteral("Wind"), QStringLiteral("B")}));
        QCOMPARE(doc.project().at(1).note, QStringLiteral("note"));
        QCOMPARE(doc.activeScenarioId(), QStringLiteral("s1"));

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(names(doc).at(1), QStringLiteral("A"));
        QCOMPARE(doc.project().at(1).note, QString());
        QCOMPARE(spy.count(), 6);
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("A scenario needs a name.");
        QTest::newRow("spaces") << QStringLiteral("  ") << QStringLiteral("A scenario needs a name.");
        QTest::newRow("taken") << QStringLiteral("B")
                               << QStringLiteral("Another scenario is already called \"B\".");
        QTest::newRow("too long") << QString(201, QLatin1Char('x'))
                                  << QStringLiteral("A scenario name has at most 200 characters.");
    }

    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        ParkDocument doc;
        threeScenarios(doc);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QStringList problems;
        QVERIFY(!doc.changeScenario(QStringLiteral("s2"), name, QString(), {}, &problems));
        QCOMPARE(problems, QStringList{problem});
        QCOMPARE(spy.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        // Keeping its own name is no problem.
        QVERIFY(doc.changeScenario(QStringLiteral("s3"), QStringLiteral("B"), QStringLiteral("x")));
    }

    void deleteScenario_data()
    {
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("deleted");
        QTest::addColumn<QString>("activeAfter");
        QTest::addColumn<int>("eventType");
        QTest::newRow("another one") << "s1" << "s2" << "s1" << int(ChangeEvent::Type::ScenariosChanged);
        QTest::newRow("the active one: the next") << "s2" << "s2" << "s3" << int(ChangeEvent::Type::ScenarioSwitched);
        QTest::newRow("the active last: the previous") << "s3" << "s3" << "s2"
                                                       << int(ChangeEvent::Type::ScenarioSwitched);
    }

    void deleteScenario()
    {
        QFETCH(QString, active);
        QFETCH(QString, deleted);
        QFETCH(QString, activeAfter);
        QFETCH(int, eventType);
        ParkDocument doc;
        threeScenarios(doc);
        doc.switchScenario(active);
        const Project before = doc.project();
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.removeScenario(deleted));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(int(lastType(spy)), eventType);
        QCOMPARE(doc.project().count(), 2);
        QCOMPARE(doc.project().indexOf(deleted), -1);
        QCOMPARE(doc.activeScenarioId(), activeAfter);
        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(int(lastType(spy)), eventType);
        QVERIFY(doc.project() == before);
    }

    void theLastScenarioStays()
    {
        ParkDocument doc;
        QVERIFY(!doc.removeScenario(QStringLiteral("s1")));
        QVERIFY(!doc.removeScenario(QStringLiteral("nope")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.project().count(), 1);
    }

    void reorder()
    {
        ParkDocument doc;
        threeScenarios(doc);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.moveScenario(QStringLiteral("s1"), 2));
        QCOMPARE(names(doc), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Base")}));
        QCOMPARE(doc.activeScenarioId(), QStringLiteral("s1"));
        QCOMPARE(doc.project().activeIndex(), 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ScenariosChanged);
        QVERIFY(!doc.moveScenario(QStringLiteral("s1"), 3));
        doc.undoStack()->undo();
        QCOMPARE(names(doc), (QStringList{QStringLiteral("Base"), QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(doc.project().activeIndex(), 0);
        QCOMPARE(spy.count(), 2);
    }

    void switchesMergeIntoOneStep()
    {
        ParkDocument doc;
        threeScenarios(doc);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        QVERIFY(doc.switchScenario(QStringLiteral("s2")));
        QVERIFY(doc.switchScenario(QStringLiteral("s3")));
        QVERIFY(!doc.switchScenario(QStringLiteral("s3")));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ScenarioSwitched);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.activeScenarioId(), QStringLiteral("s1"));
        QCOMPARE(spy.count(), 3);
        QVERIFY(!doc.isModified());
        // Out and back: no step is left.
        doc.switchScenario(QStringLiteral("s2"));
        doc.switchScenario(QStringLiteral("s1"));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.park().count(), 1);
    }

    void resetClearsTheHistory()
    {
        ParkDocument doc;
        threeScenarios(doc);
        QCOMPARE(doc.project().count(), 3);
        QCOMPARE(doc.undoStack()->count(), 0);
        QSignalSpy spy(&doc, &ParkDocument::changed);
        doc.resetPark(Park{});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastType(spy), ChangeEvent::Type::ParkReset);
        QCOMPARE(doc.project().count(), 1);
        QCOMPARE(names(doc), QStringList{Project::defaultScenarioName()});
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
