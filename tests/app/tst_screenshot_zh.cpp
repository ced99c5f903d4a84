// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in Simplified Chinese: with the zh_CN translation installed, the menus, docks
// and panels show Chinese text; with nothing, a building, a PV field, a battery or a green space
// selected and each dock brought to the front in turn, no visible label, button or drop-down
// choice is left in English and no single-line text is cut off. A screenshot of the demo park
// with a building selected is written (also into $PARKZERO_SCREENSHOT_DIR when set;
// docs/images/main-window-zh_CN.png is made that way). The Comparison dock, closed at first, is
// checked the same way on the demo with a second scenario.

#include "comparison/comparisonpanel.h"
#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "live/liveresults.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "model/parkobject.h"
#include "panels/propertiespanel.h"
#include "panels/sitepanel.h"
#include "settings/uifont.h"
#include "tools/placeturbinetool.h"
#include "tools/selecttool.h"
#include "tools/toolmanager.h"
#include "tools/turbinetoolbar.h"
#include "selectionmodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>

#include <map>

using namespace pz;

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// A text that should have been translated: an English word of three or more letters and no Chinese.
// Units, abbreviations and names that stay in Latin letters in Chinese are allowed.
bool looksEnglish(const QString &text)
{
    if (hasChinese(text))
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QStringList allowed = {
        QStringLiteral("ParkZero"), QStringLiteral("kWh"), QStringLiteral("MWh"), QStringLiteral("GWh"),
        QStringLiteral("kWp"), QStringLiteral("MWp"), QStringLiteral("CO"), QStringLiteral("tce"),
        QStringLiteral("kgce"), QStringLiteral("EPW"), QStringLiteral("TMY"), QStringLiteral("GCR"),
        QStringLiteral("STC"), QStringLiteral("SAPM"), QStringLiteral("Faiman"), QStringLiteral("LFP"),
        QStringLiteral("NMC"), QStringLiteral("CFE"), QStringLiteral("PVWatts"), QStringLiteral("UTC"),
        QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("PDF"), QStringLiteral("SVG"),
        QStringLiteral("English"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Esc"),
        QStringLiteral("IEA"), QStringLiteral("EEA"), QStringLiteral("Ember"), QStringLiteral("eGRID"),
        QStringLiteral("kgCO"), QStringLiteral("tCO"), QStringLiteral("JSON")};
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        bool ok = false;
        for (const QString &a : allowed)
            ok = ok || a.contains(w) || w.startsWith(a);
        if (!ok)
            return true;
    }
    return false;
}

// Shown, or shown after scrolling its panel: tabbed-away docks and closed pages are hidden.
bool reallyVisible(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QStringList englishTexts(const QWidget *window)
{
    QStringList english;
    auto check = [&english](const QWidget *w, const QString &text) {
        const QString t = plain(text);
        if (!t.trimmed().isEmpty() && looksEnglish(t))
            english << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), t);
    };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (reallyVisible(label))
            check(label, label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (reallyVisible(button) && !qobject_cast<const QToolButton *>(button))
            check(button, button->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (reallyVisible(box))
            check(box, box->title());
    }
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!reallyVisible(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            check(bar, bar->tabText(i));
    }
    // Choices offered in drop-down lists are user-visible text as well, except where they list
    // the user's own data (scenario names), marked with the property pzUserData.
    for (const QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!reallyVisible(combo) || combo->isEditable() || combo->property("pzUserData").toBool())
            continue;
        for (int i = 0; i < combo->count(); ++i)
            check(combo, combo->itemText(i));
    }
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->text().isEmpty())
                check(menu, action->text());
        }
    }
    return english;
}

QStringList clippedTexts(const QWidget *window)
{
    QStringList clipped;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!reallyVisible(label) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()
            || Qt::mightBeRichText(label->text()) || label->text().contains(QLatin1Char('\n')))
            continue;
        // sizeHint() is the text's extent plus margins, with the & of a mnemonic left out.
        const int needed = label->sizeHint().width();
        if (needed > label->width() + 1)
            clipped << QStringLiteral("QLabel \"%1\" needs %2 px, has %3 px")
                           .arg(label->text()).arg(needed).arg(label->width());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        // A wrapped label must get the height its lines take at its width.
        if (!reallyVisible(label) || !label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text()))
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            clipped << QStringLiteral("wrapped QLabel \"%1\" needs %2 px high, has %3 px")
                           .arg(label->text().left(40)).arg(needed).arg(label->height());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!reallyVisible(button) || button->text().isEmpty() || qobject_cast<const QToolButton *>(button))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            clipped << QStringLiteral("%1 \"%2\" needs %3 px, has %4 px")
                           .arg(QString::fromLatin1(button->metaObject()->className()), button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width());
    }
    return clipped;
}

} // namespace

class TestScreenshotZh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menusAndDocksAreChinese();
    void views_data();
    void views();
    void screenshot();
    void comparisonDock();
    void cleanupTestCase();

private:
    void showView(const QString &view);
    void save(const QString &fileName, bool publish);

    QTemporaryDir m_dir;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    MainWindow *m_window = nullptr;
};

void TestScreenshotZh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ParkZeroTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshot_zh"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    const QLocale zh(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(zh);
    // Loaded the way the application loads it: by locale from the resources.
    QVERIFY(m_translator.load(zh, QStringLiteral("parkzero"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    if (m_qtTranslator.load(zh, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // The interface font covers Chinese, as the application sets it, so that wrapped labels are
    // laid out with the lines they are drawn with.
    useFontForLanguage(zh);
    QVERIFY2(QFontDatabase::writingSystems(QApplication::font().family()).contains(QFontDatabase::SimplifiedChinese),
             qPrintable(QApplication::font().family()));

    m_window = new MainWindow(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    QVERIFY(m_window->loadFile(pztest::demoParkPath()));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The results panel shows figures once the live simulation has run.
    QVERIFY(m_window->liveResults()->engine()->waitForResult(120000));
    QApplication::processEvents();
    m_window->mapView()->zoomToFitSite();
    QApplication::processEvents();
}

void TestScreenshotZh::menusAndDocksAreChinese()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QVERIFY2(menus.front()->text().contains(QStringLiteral("文件")), qPrintable(menus.front()->text()));
    // Chinese mnemonics are written after the text: 文件(&F).
    QCOMPARE(menus.front()->text(), QStringLiteral("文件(&F)"));
    for (QAction *menu : menus) {
        if (menu->isVisible())
            QVERIFY2(hasChinese(menu->text()), qPrintable(menu->text()));
    }
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    for (QDockWidget *dock : docks)
        QVERIFY2(hasChinese(dock->windowTitle()), qPrintable(dock->windowTitle()));
    QVERIFY2(hasChinese(m_window->windowTitle()) || m_window->windowTitle().contains(QStringLiteral("ParkZero")),
             qPrintable(m_window->windowTitle()));
}

// Shows one of the views the checks run on: "none" (nothing selected), the first object of a
// kind, or "turbine tool" (the Wind turbine tool active, with its options bar).
void TestScreenshotZh::showView(const QString &view)
{
    SelectionModel *selection = m_window->selection();
    selection->clear();
    ToolManager *tools = m_window->toolManager();
    tools->activate(view == QLatin1String("turbine tool") ? static_cast<AbstractTool *>(tools->turbineTool())
                                                          : tools->selectTool());
    QVERIFY(m_window->turbineToolBar()->isVisible() == (view == QLatin1String("turbine tool")));
    const std::map<QString, ObjectKind> kinds = {{QStringLiteral("building"), ObjectKind::Building},
                                                 {QStringLiteral("pv"), ObjectKind::PvArray},
                                                 {QStringLiteral("storage"), ObjectKind::Storage},
                                                 {QStringLiteral("green"), ObjectKind::GreenSpace}};
    if (const auto kind = kinds.find(view); kind != kinds.end()) {
        for (const ParkObject &object : m_window->document()->park().objects()) {
            if (kindOf(object) == kind->second) {
                selection->select(idOf(object));
                break;
            }
        }
        QVERIFY(!selection->isEmpty());
    }
    QApplication::processEvents();
}

void TestScreenshotZh::views_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view : {"none", "building", "pv", "storage", "green", "turbine tool"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestScreenshotZh::views()
{
    QFETCH(QString, view);
    showView(view);
    QStringList english, clipped;
    // Every dock in front once: tabbed docks hide each other.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isHidden())
            continue;
        dock->raise();
        QApplication::processEvents();
        english << englishTexts(m_window);
        clipped << clippedTexts(m_window);
    }
    english.removeDuplicates();
    clipped.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("left in English:\n") + english.join(QLatin1Char('\n'))));
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("cut off:\n") + clipped.join(QLatin1Char('\n'))));
}

// The Comparison dock (closed at first) opened on the demo with one more scenario: each of its
// tabs in Chinese, nothing cut off.
void TestScreenshotZh::comparisonDock()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ComparisonDock"));
    QVERIFY(dock);
    QVERIFY(!m_window->document()->addScenario().isEmpty());
    const int scenarios = m_window->document()->project().count();
    dock->show();
    dock->raise();
    auto *panel = m_window->comparisonPanel();
    QVERIFY(panel->waitForResults(300000));
    QCOMPARE(panel->comparison().scenarioNames.size(), scenarios);
    QStringList english, clipped;
    for (int tab = 0; tab < panel->tabs()->count(); ++tab) {
        panel->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        english << englishTexts(m_window);
        clipped << clippedTexts(m_window);
    }
    english.removeDuplicates();
    clipped.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("left in English:\n") + english.join(QLatin1Char('\n'))));
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("cut off:\n") + clipped.join(QLatin1Char('\n'))));
}

// Writes the window as a PNG into the temporary folder and, when publish is set, into
// $PARKZERO_SCREENSHOT_DIR (when that is set).
void TestScreenshotZh::save(const QString &fileName, bool publish)
{
    const QString png = m_dir.filePath(fileName);
    QVERIFY(m_window->saveScreenshot(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 1000));
    const QString outDir = qEnvironmentVariable("PARKZERO_SCREENSHOT_DIR");
    if (publish && !outDir.isEmpty()) {
        QVERIFY(QDir().mkpath(outDir));
        const QString target = QDir(outDir).filePath(fileName);
        QFile::remove(target);
        QVERIFY(QFile::copy(png, target));
    }
}

void TestScreenshotZh::screenshot()
{
    // The site settings too, for a look at the longest texts (grid factors, carbon accounting).
    showView(QStringLiteral("none"));
    if (auto *site = qobject_cast<QDockWidget *>(m_window->sitePanel()->parentWidget()))
        site->raise();
    QApplication::processEvents();
    save(QStringLiteral("main-window-zh_CN-site.png"), false);

    showView(QStringLiteral("building"));
    if (auto *properties = qobject_cast<QDockWidget *>(m_window->propertiesPanel()->parentWidget()))
        properties->raise();
    m_window->mapView()->zoomToFitSite();
    // The "opened <path>" message would show this machine's folders in the documentation.
    m_window->statusBar()->clearMessage();
    QApplication::processEvents();
    save(QStringLiteral("main-window-zh_CN.png"), true);
}

void TestScreenshotZh::cleanupTestCase()
{
    if (m_window)
        m_window->setWindowModified(false);
    delete m_window;
    m_window = nullptr;
    QCoreApplication::removeTranslator(&m_translator);
}

QTEST_MAIN(TestScreenshotZh)
#include "tst_screenshot_zh.moc"
