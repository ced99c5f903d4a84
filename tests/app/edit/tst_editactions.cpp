// SPDX-License-Identifier: GPL-3.0-or-later
// Edit actions on the selection: delete, duplicate, copy, cut, paste (through the system
// clipboard with the ParkZero MIME type), select all; each one undo step.

#include "document/parkdocument.h"
#include "edit/editactions.h"
#include "edit/objectclipboard.h"
#include "selectionmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace pz;

namespace {

Building box(double x0, double y0, double w, double h, const QString &name)
{
    Building b;
    b.name = name;
    b.heightM = 18.0;
    b.useType = UseType::DataCentre;
    b.footprint = {{x0, y0}, {x0 + w, y0}, {x0 + w, y0 + h}, {x0, y0 + h}};
    return b;
}

struct Fixture {
    ParkDocument document;
    SelectionModel selection{&document};
    EditActions actions{&document, &selection};
    ObjectId hall = 0, field = 0, store = 0;
    Fixture()
    {
        hall = document.addObject(box(0, 0, 40, 20, QStringLiteral("Hall")));
        PvArray pv;
        pv.name = QStringLiteral("Field");
        pv.outline = {{100, 0}, {200, 0}, {200, 80}, {100, 80}};
        pv.pv.tiltDeg = 25.0;
        field = document.addObject(pv);
        Storage s;
        s.name = QStringLiteral("Store");
        s.position = {60, -20};
        s.rotationDeg = 30.0;
        store = document.addObject(s);
        document.undoStack()->clear();
    }
    int undoCount() { return document.undoStack()->count(); }
};

} // namespace

class TestEditActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enabledFollowsSelection()
    {
        Fixture f;
        QVERIFY(!f.actions.deleteAction()->isEnabled());
        QVERIFY(!f.actions.copyAction()->isEnabled());
        QVERIFY(f.actions.selectAllAction()->isEnabled());
        f.selection.select(f.hall);
        QVERIFY(f.actions.deleteAction()->isEnabled());
        QVERIFY(f.actions.duplicateAction()->isEnabled());
        QVERIFY(f.actions.cutAction()->isEnabled());
        QCOMPARE(f.actions.duplicateAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
    }

    void deleteSelection()
    {
        Fixture f;
        f.selection.setSelection({f.hall, f.store});
        f.actions.deleteAction()->trigger();
        QCOMPARE(f.document.park().count(), 1);
        QVERIFY(f.document.park().contains(f.field));
        QVERIFY(f.selection.isEmpty());
        QCOMPARE(f.undoCount(), 1);
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().count(), 3);
    }

    void lockedObjectsAreNotDeleted()
    {
        Fixture f;
        ParkObject locked = *f.document.park().find(f.hall);
        setLocked(locked, true);
        QVERIFY(f.document.changeObject(locked, QStringLiteral("lock")));
        QSignalSpy status(&f.actions, &EditActions::statusMessage);
        f.selection.setSelection({f.hall, f.store});
        f.actions.deleteSelection();
        QVERIFY(f.document.park().contains(f.hall));
        QVERIFY(!f.document.park().contains(f.store));
        QCOMPARE(status.count(), 1);
    }

    void duplicate()
    {
        Fixture f;
        f.selection.setSelection({f.hall, f.field});
        f.actions.duplicateAction()->trigger();
        QCOMPARE(f.document.park().count(), 5);
        QCOMPARE(f.undoCount(), 1);
        const ObjectIds copies = f.selection.selectedIds();
        QCOMPARE(copies.size(), 2);
        for (ObjectId id : copies)
            QVERIFY(id != f.hall && id != f.field && id != f.store);
        const auto &copy = std::get<Building>(*f.document.park().find(copies[0]));
        const auto &original = std::get<Building>(*f.document.park().find(f.hall));
        QCOMPARE(copy.footprint, translated(original.footprint, 5.0, -5.0));
        QCOMPARE(copy.heightM, original.heightM);
        QCOMPARE(copy.useType, original.useType);
        QCOMPARE(copy.name, QStringLiteral("Hall copy"));
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().count(), 3);
    }

    void copyPaste()
    {
        Fixture f;
        f.selection.setSelection({f.field, f.store});
        f.actions.copyAction()->trigger();
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasFormat(ObjectClipboard::mimeType()));
        QVERIFY(f.actions.pasteAction()->isEnabled());
        const int undo = f.undoCount();
        f.actions.pasteAction()->trigger();
        QCOMPARE(f.document.park().count(), 5);
        QCOMPARE(f.undoCount(), undo + 1);
        const ObjectIds pasted = f.selection.selectedIds();
        QCOMPARE(pasted.size(), 2);
        // New ids, identical values otherwise.
        for (int i = 0; i < 2; ++i) {
            const ObjectId originalId = i == 0 ? f.field : f.store;
            QVERIFY(pasted[i] != originalId);
            ParkObject copy = *f.document.park().find(pasted[i]);
            setId(copy, originalId);
            QVERIFY(copy == *f.document.park().find(originalId));
        }
    }

    void pasteIntoAnotherDocument()
    {
        Fixture source;
        source.selection.select(source.hall);
        source.actions.copySelection();
        // A second window: its own document, selection and actions.
        ParkDocument other;
        SelectionModel otherSelection(&other);
        EditActions otherActions(&other, &otherSelection);
        otherActions.paste();
        QCOMPARE(other.park().count(), 1);
        QCOMPARE(footprintOf(other.park().objects().front()), footprintOf(*source.document.park().find(source.hall)));
    }

    void clipboardFormatRoundTrip()
    {
        // What another process would find on the clipboard: bytes only.
        Fixture f;
        std::vector<ParkObject> objects(f.document.park().objects().begin(), f.document.park().objects().end());
        std::unique_ptr<QMimeData> written(ObjectClipboard::toMimeData(objects));
        QMimeData received;
        received.setData(ObjectClipboard::mimeType(), written->data(ObjectClipboard::mimeType()));
        QString error;
        const std::vector<ParkObject> read = ObjectClipboard::fromMimeData(&received, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), objects.size());
        for (std::size_t i = 0; i < read.size(); ++i)
            QVERIFY(read[i] == objects[i]);

        QMimeData garbage;
        garbage.setData(ObjectClipboard::mimeType(), "{ not json");
        QVERIFY(ObjectClipboard::fromMimeData(&garbage, &error).empty());
        QVERIFY(!error.isEmpty());
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!ObjectClipboard::canRead(&text));
    }

    void cut()
    {
        Fixture f;
        f.selection.select(f.store);
        f.actions.cutAction()->trigger();
        QVERIFY(!f.document.park().contains(f.store));
        QCOMPARE(f.undoCount(), 1);
        f.actions.paste();
        QCOMPARE(f.document.park().count(), 3);
        const ObjectId pasted = f.selection.selectedIds().front();
        QVERIFY(pasted != f.store);
        QCOMPARE(std::get<Storage>(*f.document.park().find(pasted)).rotationDeg, 30.0);
    }

    void selectAllSkipsHidden()
    {
        Fixture f;
        ParkObject hidden = *f.document.park().find(f.field);
        setVisible(hidden, false);
        QVERIFY(f.document.changeObject(hidden, QStringLiteral("hide")));
        f.actions.selectAllAction()->trigger();
        QCOMPARE(f.selection.selectedIds().size(), 2);
        QVERIFY(!f.selection.isSelected(f.field));
    }
};

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
