// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's preferences and remembered state as stored in QSettings, in one place so
// that the keys and their defaults are not spread over the code: nothing else in the application
// uses QSettings.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pz {

class AppSettings
{
public:
    // UI language: "" follows the system, otherwise a locale name ("en", "zh_CN"). Read once at
    // start-up (app/main.cpp): a change applies after a restart.
    static QString language();
    static void setLanguage(const QString &language);

    // Seconds between recovery writes while a project has unsaved changes.
    static int autosaveIntervalSec();
    static void setAutosaveIntervalSec(int seconds);

    // True until the first window has been shown once (the first start opens the demo park).
    static bool isFirstStart();
    static void setStarted();

    // Folder of the last file dialog.
    static QString lastDirectory();
    static void setLastDirectory(const QString &directory);

    // The recently opened project files as RecentFiles keeps them (most recent first); an empty
    // list removes the entry.
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &paths);

    // File > Export Map: the file dialog filter chosen last ("" before the first export) and
    // the scale of a PNG (1, 2 or 3; 2 before the first PNG export).
    static QString mapExportFilter();
    static void setMapExportFilter(const QString &filter);
    static int mapExportScale();
    static void setMapExportScale(int scale);

    // The client report (File › Export Report…): the preparer's company name and logo file
    // (Preferences), the report language ("en" or "zh_CN"; "" before the first report), the
    // sections left out and the order of the PV table (PvOrder as an int).
    static QString reportCompany();
    static void setReportCompany(const QString &company);
    static QString reportLogoPath();
    static void setReportLogoPath(const QString &path);
    static QString reportLanguage();
    static void setReportLanguage(const QString &language);
    static QStringList reportSectionsOff();
    static void setReportSectionsOff(const QStringList &keys);
    static int reportPvOrder();
    static void setReportPvOrder(int order);

    // The main window's geometry and dock layout (QMainWindow::saveGeometry() and saveState());
    // empty before the first window was closed.
    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &state);
};

} // namespace pz
