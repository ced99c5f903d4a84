// SPDX-License-Identifier: GPL-3.0-or-later
// The ParkZero desktop application.
//   parkzero [FILE]                      opens FILE (a *.parkzero project)
//   parkzero --version                   prints "ParkZero <version>" and exits (no window)
//   parkzero [FILE] --screenshot OUT.png [--size WxH] [--select NAME]... [--sun-study DATETIME] [--show NAME]...
//                                        renders the main window after loading to OUT.png and exits
//   parkzero [FILE] --export-map OUT.png|OUT.svg [--scale N] [--size WxH] [--select NAME]... [--sun-study DATETIME]
//                                        saves the site plan as the map view shows it and exits

#include "comparison/comparisonpanel.h"
#include "document/parkdocument.h"
#include "map/mapexporter.h"
#include "map/mapview.h"
#include "engine/computeengine.h"
#include "live/liveresults.h"
#include "live/sunstudypanel.h"
#include "mainwindow.h"
#include "selectionmodel.h"
#include "settings/appsettings.h"
#include "settings/uifont.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Translations: parkzero_<lang>.qm from the installed data folder (<prefix>/share/parkzero/
// translations, next to <prefix>/bin), else the copy in the resources (":/i18n", also in the build
// tree), and Qt's own, for the language chosen in the preferences (read once: a change applies at
// the next start).
void installTranslations(QApplication &app)
{
    const QString language = pz::AppSettings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    pz::useFontForLanguage(locale);
    auto *own = new QTranslator(&app);
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/parkzero/translations");
    if (own->load(locale, QStringLiteral("parkzero"), QStringLiteral("_"), installed)
        || own->load(locale, QStringLiteral("parkzero"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Brings a widget of the window to the front by its object name: raises the dock it is in and
// selects the tabs that hold it. False when there is no such widget.
bool showWidget(QWidget *window, const QString &name)
{
    auto *target = window->findChild<QWidget *>(name);
    QWidgetList chain;
    for (QWidget *w = target; w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (QWidget *page : chain)
                if (tabs->indexOf(page) >= 0)
                    tabs->setCurrentWidget(page);
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
        chain << w;
    }
    return target != nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    // The resources (example park, translations) live in the static GUI library.
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParkZero"));
    QCoreApplication::setApplicationName(QStringLiteral("ParkZero"));
    QCoreApplication::setApplicationVersion(QLatin1String(pz::kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral("parkzero"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/parkzero.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design zero-carbon industrial parks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "Project to open (*.parkzero)."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the main window to a PNG file and exit."),
                                        QStringLiteral("out.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot (default 1600x1000)."),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QCoreApplication::translate("main", "Select the objects with this name (for --screenshot)."),
                                    QStringLiteral("name"));
    const QCommandLineOption sunStudy(QStringLiteral("sun-study"),
                                      QCoreApplication::translate("main", "Show the sun study's shadows at this local time, e.g. 2023-12-21T10:00 (for --screenshot)."),
                                      QStringLiteral("DATETIME"));
    const QCommandLineOption exportMap(QStringLiteral("export-map"),
                                       QCoreApplication::translate("main", "Save the site plan as shown to a PNG or SVG file (by suffix) and exit."),
                                       QStringLiteral("out.png|out.svg"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QCoreApplication::translate("main", "Scale of the PNG written by --export-map (default 2)."),
                                   QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QCoreApplication::translate("main", "Bring this panel or result tab to the front, by object name, e.g. CostsDock or cashFlowChart (for --screenshot)."),
                                  QStringLiteral("name"));
    parser.addOption(show);
    parser.addOption(exportMap);
    parser.addOption(scale);
    parser.addOption(sunStudy);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(select);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const bool exportMode = parser.isSet(exportMap);
    const bool screenshotMode = parser.isSet(screenshot) || exportMode;

    // Screenshots use their own recovery folder so that they never touch a running session's.
    auto *window = new pz::MainWindow(nullptr, screenshotMode ? QDir::temp().filePath(QStringLiteral("parkzero-shot"))
                                                              : QString());
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        window->loadFile(files.front());
    else if (pz::AppSettings::isFirstStart() || screenshotMode)
        window->openExample();
    if (!screenshotMode)
        pz::AppSettings::setStarted();

    if (screenshotMode) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        window->resize(w > 200 ? w : 1600, h > 200 ? h : 1000);
        pz::ObjectIds ids;
        for (const pz::ParkObject &object : window->document()->park().objects())
            if (parser.values(select).contains(pz::nameOf(object)))
                ids << pz::idOf(object);
        window->selection()->setSelection(ids);
        if (parser.isSet(sunStudy)) {
            window->sunStudyPanel()->setMoment(QDateTime::fromString(parser.value(sunStudy), Qt::ISODate));
            window->sunStudyPanel()->setShadowsShown(true);
        }
        window->show();
        for (const QString &name : parser.values(show))
            if (!showWidget(window, name))
                std::fprintf(stderr, "parkzero: no panel or tab named %s\n", qPrintable(name));
        QApplication::processEvents();
        window->liveResults()->engine()->waitForResult(120000);
        if (window->comparisonPanel()->isVisible())
            window->comparisonPanel()->waitForResults(300000);
        window->mapView()->zoomToFitSite();
        QApplication::processEvents();
        bool ok = true;
        if (parser.isSet(screenshot)) {
            ok = window->saveScreenshot(parser.value(screenshot));
            if (!ok)
                std::fprintf(stderr, "parkzero: cannot write %s\n", qPrintable(parser.value(screenshot)));
        }
        if (exportMode) {
            QString error;
            bool scaleOk = false;
            const double factor = parser.value(scale).toDouble(&scaleOk);
            if (!pz::MapExporter::exportMap(window->mapView(), parser.value(exportMap), scaleOk ? factor : 2.0, &error)) {
                std::fprintf(stderr, "parkzero: %s\n", qPrintable(error));
                ok = false;
            }
        }
        delete window;
        return ok ? 0 : 1;
    }

    window->show();
    QTimer::singleShot(0, window, [window] { window->offerRecovery(); });
    return app.exec();
}
