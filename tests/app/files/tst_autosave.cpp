// SPDX-License-Identifier: GPL-3.0-or-later
// Never losing work: recovery copies are written while a park has unsaved changes, removed on
// save and clean exit, and offered and restored after a session ended without cleaning up —
// including a process that was really killed (this test runs itself as that process).

#include "document/parkdocument.h"
#include "files/recoverymanager.h"
#include "io/projectfile.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace pz;

namespace {

const char *kChildEnv = "PZ_AUTOSAVE_CRASH_DIR";

Park samplePark()
{
    Park park;
    park.site.name = QStringLiteral("Recovery test park");
    Building b;
    b.id = park.takeNextId();
    b.name = QStringLiteral("Hall A");
    b.footprint = rectangle(Point2(0.0, 0.0), 60.0, 30.0, 0.0);
    park.append(b);
    return park;
}

// Makes an unsaved change: a building's height.
void editHeight(ParkDocument &document, double heightM)
{
    Building b = std::get<Building>(document.park().objects().front());
    b.heightM = heightM;
    document.changeObject(b, QStringLiteral("Height"));
}

// Clicks the button with this text in the next modal message box.
void answerNextMessageBox(const QString &buttonText, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenText)
            *seenText = box->text();
        for (QAbstractButton *button : box->buttons())
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        box->reject();
    });
}

// The child process: a session with unsaved changes, written to its recovery file, then killed.
[[noreturn]] void runCrashingSession(const QString &directory)
{
    ParkDocument document(samplePark());
    document.setFilePath(QDir(directory).filePath(QStringLiteral("original.parkzero")));
    editHeight(document, 33.0);
    RecoveryManager recovery(&document, directory);
    recovery.setTitle(QStringLiteral("original.parkzero"));
    if (!recovery.writeNow())
        ::_exit(3);
    ::kill(::getpid(), SIGKILL);
    ::_exit(4);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesWhileModified();
    void saveAndUndoRemoveCopy();
    void cleanExitRemovesCopy();
    void runningSessionIsNotOffered();
    void abandonedSessionIsRestored();
    void killedProcessIsOfferedAndRestored();
    void declinedRecoveryIsDeleted();
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ParkZeroTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
}

void TestAutosave::writesWhileModified()
{
    QTemporaryDir dir;
    ParkDocument document(samplePark());
    RecoveryManager recovery(&document, dir.path());
    recovery.setIntervalMs(20);
    QTest::qWait(100);
    QVERIFY(!QFile::exists(recovery.recoveryFilePath()));  // nothing to recover yet

    editHeight(document, 20.0);
    QTRY_VERIFY(QFile::exists(recovery.recoveryFilePath()));
    io::LoadResult copy = io::loadProject(recovery.recoveryFilePath());
    QVERIFY2(copy.ok(), qPrintable(copy.error));
    QCOMPARE(*copy.park, document.park());

    // Later changes reach the copy at the next interval.
    editHeight(document, 25.0);
    QTRY_COMPARE(io::loadProject(recovery.recoveryFilePath()).park.value_or(Park{}), document.park());
}

void TestAutosave::saveAndUndoRemoveCopy()
{
    QTemporaryDir dir;
    ParkDocument document(samplePark());
    RecoveryManager recovery(&document, dir.path());
    editHeight(document, 20.0);
    QVERIFY(recovery.writeNow());
    QVERIFY(QFile::exists(recovery.recoveryFilePath()));
    document.markSaved();  // what a save does
    QVERIFY(!QFile::exists(recovery.recoveryFilePath()));

    editHeight(document, 21.0);
    QVERIFY(recovery.writeNow());
    document.undoStack()->undo();  // back to the saved state: nothing to recover
    QVERIFY(!QFile::exists(recovery.recoveryFilePath()));
}

void TestAutosave::cleanExitRemovesCopy()
{
    QTemporaryDir dir;
    QString path;
    {
        ParkDocument document(samplePark());
        RecoveryManager recovery(&document, dir.path());
        editHeight(document, 20.0);
        QVERIFY(recovery.writeNow());
        path = recovery.recoveryFilePath();
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(RecoveryManager::orphans(dir.path()).isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestAutosave::runningSessionIsNotOffered()
{
    QTemporaryDir dir;
    ParkDocument document(samplePark());
    RecoveryManager recovery(&document, dir.path());
    editHeight(document, 20.0);
    QVERIFY(recovery.writeNow());
    // The session still runs (holds its lock), even when its lock file is older than Qt's default
    // stale time: not offered.
    QVERIFY(RecoveryManager::orphans(dir.path()).isEmpty());
}

void TestAutosave::abandonedSessionIsRestored()
{
    QTemporaryDir dir;
    Park expected;
    {
        ParkDocument document(samplePark());
        document.setFilePath(dir.filePath(QStringLiteral("hall.parkzero")));
        RecoveryManager recovery(&document, dir.path());
        recovery.setTitle(QStringLiteral("hall.parkzero"));
        editHeight(document, 42.0);
        QVERIFY(recovery.writeNow());
        expected = document.park();
        recovery.abandon();  // as a crash leaves it
    }
    const QList<RecoveryFile> orphans = RecoveryManager::orphans(dir.path());
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.front().originalPath, dir.filePath(QStringLiteral("hall.parkzero")));
    QCOMPARE(orphans.front().title, QStringLiteral("hall.parkzero"));

    MainWindow window(nullptr, dir.path());
    QVERIFY(window.restoreRecovery(orphans.front()));
    QCOMPARE(window.document()->park(), expected);
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->filePath(), dir.filePath(QStringLiteral("hall.parkzero")));
    QVERIFY(!QFile::exists(orphans.front().path));
    // The restored work is protected by the new session's own copy.
    QVERIFY(QFile::exists(window.recovery()->recoveryFilePath()));
    QVERIFY(RecoveryManager::orphans(dir.path()).isEmpty());
}

void TestAutosave::killedProcessIsOfferedAndRestored()
{
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildEnv), dir.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);  // killed, not a normal exit

    const QList<RecoveryFile> orphans = RecoveryManager::orphans(dir.path());
    QCOMPARE(orphans.size(), 1);
    Park expected = samplePark();
    Building b = std::get<Building>(expected.objects().front());
    b.heightM = 33.0;
    expected.replace(b);

    // The next start offers the copy; Restore puts it into the window as unsaved changes.
    MainWindow window(nullptr, dir.path());
    QString question;
    answerNextMessageBox(QStringLiteral("Restore"), &question);
    QVERIFY(window.offerRecovery());
    QVERIFY2(question.contains(QStringLiteral("original.parkzero")), qPrintable(question));
    QCOMPARE(window.document()->park(), expected);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->filePath(), dir.filePath(QStringLiteral("original.parkzero")));
    QVERIFY(RecoveryManager::orphans(dir.path()).isEmpty());
}

void TestAutosave::declinedRecoveryIsDeleted()
{
    QTemporaryDir dir;
    {
        ParkDocument document(samplePark());
        RecoveryManager recovery(&document, dir.path());
        editHeight(document, 42.0);
        QVERIFY(recovery.writeNow());
        recovery.abandon();
    }
    QCOMPARE(RecoveryManager::orphans(dir.path()).size(), 1);
    MainWindow window(nullptr, dir.path());
    // "Ask Again Later" keeps it …
    answerNextMessageBox(QStringLiteral("Ask Again Later"));
    QVERIFY(!window.offerRecovery());
    QCOMPARE(RecoveryManager::orphans(dir.path()).size(), 1);
    // … "Discard" deletes it.
    answerNextMessageBox(QStringLiteral("Discard"));
    QVERIFY(!window.offerRecovery());
    QVERIFY(RecoveryManager::orphans(dir.path()).isEmpty());
    QVERIFY(!window.document()->isModified());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildEnv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
        runCrashingSession(qEnvironmentVariable(kChildEnv));
    }
    QApplication app(argc, argv);
    TestAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
