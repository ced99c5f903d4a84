// SPDX-License-Identifier: GPL-3.0-or-later
// The Scenarios panel in the main window, driven by clicks and keys: New copies the active
// scenario, Rename edits in place, the note field types into one undo step, clicking a scenario
// or choosing it in the combo box switches; switching back shows the scenario's numbers again
// without a new engine run; undo takes every step back; Delete and Up/Down act on the active one.

#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "live/liveresults.h"
#include "mainwindow.h"
#include "panels/scenariospanel.h"
#include "results/kpicard.h"
#include "results/resultspanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace pz;

namespace {

PvArray field(ObjectId id, const QString &name, double x)
{
    PvArray a;
    a.id = id;
    a.name = name;
    a.outline = {{x, 100}, {x + 120, 100}, {x + 120, 180}, {x, 180}};
    return a;
}

Park smallPark()
{
    Park park;
    Building hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{0, 0}, {80, 0}, {80, 40}, {0, 40}};
    park.append(hall);
    park.append(field(2, QStringLiteral("West field"), 0));
    park.append(field(3, QStringLiteral("East field"), 200));
    return park;
}

QStringList listed(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    return names;
}

void clickItem(QListWidget *list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

} // namespace

class TestScenariosPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createRenameSwitchUndo();
    void deleteAndReorder();

private:
    QString pvValue() const { return m_window->resultsPanel()->card(ResultsPanel::Kpi::PvGeneration)->value(); }
    bool waitForResult() const { return m_window->liveResults()->engine()->waitForResult(120000); }

    QTemporaryDir m_recovery;
    MainWindow *m_window = nullptr;
    ParkDocument *m_document = nullptr;
    ScenariosPanel *m_panel = nullptr;
};

void TestScenariosPanel::init()
{
    m_window = new MainWindow(nullptr, m_recovery.path());
    m_document = m_window->document();
    m_document->resetPark(smallPark());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_panel = m_window->scenariosPanel();
    m_panel->parentWidget()->raise();
    QVERIFY(m_panel->isVisible());
    QVERIFY(waitForResult());
}

void TestScenariosPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestScenariosPanel::createRenameSwitchUndo()
{
    QListWidget *list = m_panel->list();
    QCOMPARE(listed(list), QStringList{QStringLiteral("Base")});
    const QString basePv = pvValue();
    QVERIFY(!basePv.isEmpty());

    // New: a copy, active, in the list and the combo box.
    QTest::mouseClick(m_panel->newButton(), Qt::LeftButton);
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy")}));
    QCOMPARE(m_panel->activeCombo()->currentText(), QStringLiteral("Base copy"));
    QVERIFY(list->item(1)->font().bold());
    QVERIFY(waitForResult());

    // Rename in place.
    QTest::mouseClick(m_panel->renameButton(), Qt::LeftButton);
    auto *editor = list->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Less PV"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the edit from the event loop.
    QTRY_COMPARE(m_document->project().at(1).name, QStringLiteral("Less PV"));
    QCOMPARE(m_panel->activeCombo()->itemText(1), QStringLiteral("Less PV"));

    // The note: typing is one step.
    const int before = m_document->undoStack()->count();
    m_panel->noteEdit()->setFocus();
    QTest::keyClicks(m_panel->noteEdit(), QStringLiteral("no east field"));
    QCOMPARE(m_document->project().at(1).note, QStringLiteral("no east field"));
    QCOMPARE(m_document->undoStack()->count(), before + 1);

    // The copy loses a field: fewer kWh than the base.
    ObjectId east = 0;
    for (const ParkObject &o : m_document->park().objects())
        if (nameOf(o) == QLatin1String("East field"))
            east = idOf(o);
    QVERIFY(m_document->removeObjects({east}));
    QVERIFY(waitForResult());
    const QString copyPv = pvValue();
    QVERIFY(copyPv != basePv);
    const int stepsBeforeSwitching = m_document->undoStack()->count();

    // Switching back and forth shows each one's numbers at once, without a run.
    ComputeEngine *engine = m_window->liveResults()->engine();
    QSignalSpy started(engine, &ComputeEngine::started);
    clickItem(list, 0);
    QCOMPARE(m_document->activeScenarioId(), QStringLiteral("s1"));
    QCOMPARE(m_panel->activeCombo()->currentIndex(), 0);
    QCOMPARE(m_document->park().count(), 3);
    QCOMPARE(pvValue(), basePv);
    QCOMPARE(m_window->resultsPanel()->state(), ResultState::UpToDate);
    QCOMPARE(m_window->resultsPanel()->result()->revision, m_document->revision());
    m_panel->activeCombo()->setFocus();
    QTest::keyClick(m_panel->activeCombo(), Qt::Key_Down);
    QCOMPARE(m_document->activeScenarioId(), QStringLiteral("s2"));
    QCOMPARE(pvValue(), copyPv);
    QCOMPARE(m_window->resultsPanel()->state(), ResultState::UpToDate);
    QTest::qWait(50);
    QCOMPARE(started.count(), 0);
    // There and back again is no step.
    QCOMPARE(m_document->undoStack()->count(), stepsBeforeSwitching);

    // Undo: the field comes back, then the note, the name and the copy go.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->park().count(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->noteEdit()->toPlainText(), QString());
    m_document->undoStack()->undo();
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy")}));
    m_document->undoStack()->undo();
    QCOMPARE(listed(list), QStringList{QStringLiteral("Base")});
    QCOMPARE(m_panel->activeCombo()->count(), 1);
    QVERIFY(!m_panel->deleteButton()->isEnabled());
    QVERIFY(waitForResult());
    QCOMPARE(pvValue(), basePv);
}

void TestScenariosPanel::deleteAndReorder()
{
    QListWidget *list = m_panel->list();
    QTest::mouseClick(m_panel->newButton(), Qt::LeftButton);
    QTest::mouseClick(m_panel->newButton(), Qt::LeftButton);
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy"), QStringLiteral("Base copy copy")}));
    QVERIFY(!m_panel->downButton()->isEnabled());

    QTest::mouseClick(m_panel->upButton(), Qt::LeftButton);
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy copy"), QStringLiteral("Base copy")}));
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(m_document->activeScenarioId(), QStringLiteral("s3"));

    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy")}));
    QCOMPARE(m_document->activeScenarioId(), QStringLiteral("s2"));
    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(listed(list), QStringList{QStringLiteral("Base")});
    QVERIFY(!m_panel->deleteButton()->isEnabled());
    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(m_document->project().count(), 1);

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(listed(list), (QStringList{QStringLiteral("Base"), QStringLiteral("Base copy copy"), QStringLiteral("Base copy")}));
    QCOMPARE(m_document->activeScenarioId(), QStringLiteral("s3"));
    QVERIFY(list->item(1)->font().bold());
    QVERIFY(waitForResult());
}

QTEST_MAIN(TestScenariosPanel)
#include "tst_scenariospanel.moc"
