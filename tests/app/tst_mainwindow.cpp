// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's file life cycle: title and modified mark, save → reopen → save gives the same
// bytes, load errors keep the open park, unsaved changes are asked about, recent files, drag and
// drop, docks and a screenshot.

#include "document/parkdocument.h"
#include "files/recentfiles.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "panels/propertiespanel.h"
#include "selectionmodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace pz;

namespace {

Park samplePark()
{
    Park park;
    park.site.name = QStringLiteral("Window test park");
    Building b;
    b.id = park.takeNextId();
    b.name = QStringLiteral("Hall A");
    b.footprint = rectangle(Point2(0.0, 0.0), 60.0, 30.0, 0.0);
    park.append(b);
    PvArray a;
    a.id = park.takeNextId();
    a.name = QStringLiteral("Field 1");
    a.outline = rectangle(Point2(0.0, 100.0), 80.0, 40.0, 0.0);
    park.append(a);
    Storage s;
    s.id = park.takeNextId();
    s.name = QStringLiteral("BESS 1");
    s.position = Point2(60.0, 40.0);
    park.append(s);
    return park;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Clicks the button with this text in the next modal message box and records its texts.
void answerNextMessageBox(const QString &buttonText, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenText)
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                button->click();
                return;
            }
        box->reject();
    });
}

void editHeight(ParkDocument *document, double heightM)
{
    Building b = std::get<Building>(document->park().objects().front());
    b.heightM = heightM;
    QVERIFY(document->changeObject(b, QStringLiteral("Height")));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void titleShowsModifiedMark();
    void saveReopenIsByteIdentical();
    void loadErrorKeepsOpenPark();
    void unsavedChangesAreAskedAbout();
    void saveAnswerSavesBeforeOpening();
    void recentFiles();
    void dropOpensProjectFile();
    void dropIgnoresOtherFiles();
    void propertiesEditUndoInWindow();
    void resultsDockCanBeAdded();
    void menusAreComplete();
    void screenshotOfDemoPark();

private:
    QTemporaryDir m_dir;
    QString m_recoveryDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ParkZeroTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    m_recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::titleShowsModifiedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.parkzero"));
    QString error;
    QVERIFY2(io::saveProject(samplePark(), path, &error), qPrintable(error));
    MainWindow window(nullptr, m_recoveryDir);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Untitled")));
    QVERIFY(window.loadFile(path));
    QCOMPARE(window.windowTitle(), QStringLiteral("title.parkzero[*] — ParkZero"));
    QVERIFY(!window.isWindowModified());
    editHeight(window.document(), 30.0);
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
    window.document()->undoStack()->redo();
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveFile(path));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::saveReopenIsByteIdentical()
{
    const QString first = m_dir.filePath(QStringLiteral("first.parkzero"));
    const QString second = m_dir.filePath(QStringLiteral("second.parkzero"));
    {
        MainWindow window(nullptr, m_recoveryDir);
        window.document()->resetPark(samplePark());
        editHeight(window.document(), 17.25);
        QVERIFY(window.saveFile(first));
        QCOMPARE(window.document()->filePath(), first);
        QVERIFY(!window.document()->isModified());
    }
    MainWindow window(nullptr, m_recoveryDir);
    QVERIFY(window.loadFile(first));
    QCOMPARE(std::get<Building>(window.document()->park().objects().front()).heightM, 17.25);
    QCOMPARE(window.document()->park().count(), 3);
    QVERIFY(window.saveFile(second));
    const QByteArray a = readAll(first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(readAll(second), a);
}

void TestMainWindow::loadErrorKeepsOpenPark()
{
    // A file with one invalid value: scenarios[0].objects[0].height = -5.
    QJsonObject root = QJsonDocument::fromJson(io::serializeProject(samplePark())).object();
    QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
    QJsonObject scenario = scenarios.at(0).toObject();
    QJsonArray objects = scenario.value(QStringLiteral("objects")).toArray();
    QJsonObject building = objects.at(0).toObject();
    building.insert(QStringLiteral("height"), -5);
    objects.replace(0, building);
    scenario.insert(QStringLiteral("objects"), objects);
    scenarios.replace(0, scenario);
    root.insert(QStringLiteral("scenarios"), scenarios);
    const QString bad = m_dir.filePath(QStringLiteral("broken.parkzero"));
    QVERIFY(writeAll(bad, QJsonDocument(root).toJson()));

    MainWindow window(nullptr, m_recoveryDir);
    window.document()->resetPark(samplePark());
    editHeight(window.document(), 44.0);
    const Park before = window.document()->park();

    QString message;
    answerNextMessageBox(QStringLiteral("OK"), &message);
    QVERIFY(!window.loadFile(bad));
    // The full message: the file, the JSON path and the reason.
    QVERIFY2(message.contains(QStringLiteral("broken.parkzero")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("scenarios[0].objects[0].height")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("-5")), qPrintable(message));
    // Nothing the user made is lost.
    QCOMPARE(window.document()->park(), before);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestMainWindow::unsavedChangesAreAskedAbout()
{
    const QString path = m_dir.filePath(QStringLiteral("other.parkzero"));
    QString error;
    QVERIFY(io::saveProject(Park{}, path, &error));
    MainWindow window(nullptr, m_recoveryDir);
    window.show();
    window.document()->resetPark(samplePark());
    editHeight(window.document(), 30.0);

    // Cancel keeps everything: no open, no close.
    answerNextMessageBox(QStringLiteral("Cancel"));
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.document()->park().count(), 3);
    answerNextMessageBox(QStringLiteral("Cancel"));
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(window.document()->isModified());

    // Discard goes on.
    QString question;
    answerNextMessageBox(QStringLiteral("Discard"), &question);
    QVERIFY(window.openFile(path));
    QVERIFY(question.contains(QStringLiteral("Untitled")));
    QCOMPARE(window.document()->park().count(), 0);
    QVERIFY(!window.document()->isModified());
    // Without changes nothing is asked.
    QVERIFY(window.close());
}

void TestMainWindow::saveAnswerSavesBeforeOpening()
{
    const QString own = m_dir.filePath(QStringLiteral("own.parkzero"));
    const QString other = m_dir.filePath(QStringLiteral("other2.parkzero"));
    QString error;
    QVERIFY(io::saveProject(samplePark(), own, &error));
    QVERIFY(io::saveProject(Park{}, other, &error));
    MainWindow window(nullptr, m_recoveryDir);
    QVERIFY(window.loadFile(own));
    editHeight(window.document(), 31.0);
    answerNextMessageBox(QStringLiteral("Save"));
    QVERIFY(window.openFile(other));
    QCOMPARE(window.document()->filePath(), other);
    io::LoadResult saved = io::loadProject(own);
    QVERIFY(saved.ok());
    QCOMPARE(std::get<Building>(saved.park->objects().front()).heightM, 31.0);
}

void TestMainWindow::recentFiles()
{
    const QString a = m_dir.filePath(QStringLiteral("recent-a.parkzero"));
    const QString b = m_dir.filePath(QStringLiteral("recent-b.parkzero"));
    QString error;
    QVERIFY(io::saveProject(samplePark(), a, &error));
    QVERIFY(io::saveProject(samplePark(), b, &error));
    MainWindow window(nullptr, m_recoveryDir);
    QVERIFY(window.loadFile(a));
    QVERIFY(window.loadFile(b));
    QCOMPARE(RecentFiles::files(), (QStringList{b, a}));
    QVERIFY(window.loadFile(a));
    QCOMPARE(RecentFiles::files(), (QStringList{a, b}));
    for (int i = 0; i < RecentFiles::kMaxCount + 3; ++i)
        RecentFiles::add(m_dir.filePath(QStringLiteral("x%1.parkzero").arg(i)));
    QCOMPARE(RecentFiles::files().size(), RecentFiles::kMaxCount);
}

void TestMainWindow::dropOpensProjectFile()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.parkzero"));
    QString error;
    QVERIFY(io::saveProject(samplePark(), path, &error));
    MainWindow window(nullptr, m_recoveryDir);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(window.document()->filePath(), path);
    QCOMPARE(window.document()->park(), samplePark());
}

void TestMainWindow::dropIgnoresOtherFiles()
{
    MainWindow window(nullptr, m_recoveryDir);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("weather.epw")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestMainWindow::propertiesEditUndoInWindow()
{
    MainWindow window(nullptr, m_recoveryDir);
    window.document()->resetPark(samplePark());
    const ObjectId id = idOf(window.document()->park().objects().front());
    window.selection()->select(id);
    auto *height = window.propertiesPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("building.height"));
    QVERIFY(height);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(height, Qt::Key_Up);
    QCOMPARE(std::get<Building>(*window.document()->park().find(id)).heightM, 14.5);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->undo();
    QCOMPARE(std::get<Building>(*window.document()->park().find(id)).heightM, 12.0);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::resultsDockCanBeAdded()
{
    MainWindow window(nullptr, m_recoveryDir);
    auto *label = new QLabel(QStringLiteral("results"));
    QDockWidget *dock = window.addResultsDock(label, QStringLiteral("Results"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), label);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    bool inViewMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->menu() && action->menu()->actions().contains(dock->toggleViewAction()))
                    inViewMenu = true;
    QVERIFY(inViewMenu);
}

void TestMainWindow::menusAreComplete()
{
    MainWindow window(nullptr, m_recoveryDir);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                 QStringLiteral("Tools"), QStringLiteral("Help")}));
    // Undo's text follows the stack.
    QAction *undo = window.menuBar()->actions().at(1)->menu()->actions().front();
    QVERIFY(!undo->isEnabled());
    window.document()->resetPark(samplePark());
    editHeight(window.document(), 20.0);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Height"));
    // File › Export Report… closes the exports (Export Map…, Export GeoJSON…) with its shortcut.
    const QList<QAction *> file = window.menuBar()->actions().at(0)->menu()->actions();
    auto *report = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
    QVERIFY(report);
    QVERIFY(file.indexOf(report) > 0);
    QCOMPARE(file.at(file.indexOf(report) - 1)->text(), QStringLiteral("Export &GeoJSON…"));
    QCOMPARE(file.at(file.indexOf(report) - 2)->text(), QStringLiteral("&Export Map…"));
    QCOMPARE(report->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

void TestMainWindow::screenshotOfDemoPark()
{
    MainWindow window(nullptr, m_recoveryDir);
    if (!window.loadFile(pztest::demoParkPath()))
        QSKIP("the demo park does not load yet");
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.mapView()->zoomToFitSite();
    const QString png = m_dir.filePath(QStringLiteral("editor.png"));
    QVERIFY(window.saveScreenshot(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(window.document()->park().count() > 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
