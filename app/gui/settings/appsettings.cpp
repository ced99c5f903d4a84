// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace pz {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kAutosave = QStringLiteral("files/autosaveIntervalSec");
const QString kStarted = QStringLiteral("general/started");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kMapExportFilter = QStringLiteral("export/mapFilter");
const QString kMapExportScale = QStringLiteral("export/mapScale");
constexpr int kDefaultMapExportScale = 2;
const QString kReportCompany = QStringLiteral("report/company");
const QString kReportLogo = QStringLiteral("report/logo");
const QString kReportLanguage = QStringLiteral("report/language");
const QString kReportSectionsOff = QStringLiteral("report/sectionsOff");
const QString kReportPvOrder = QStringLiteral("report/pvOrder");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
} // namespace

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &language) { QSettings().setValue(kLanguage, language); }

int AppSettings::autosaveIntervalSec()
{
    const int seconds = QSettings().value(kAutosave, 60).toInt();
    return seconds >= 5 ? seconds : 60;
}
void AppSettings::setAutosaveIntervalSec(int seconds) { QSettings().setValue(kAutosave, seconds); }

bool AppSettings::isFirstStart() { return !QSettings().value(kStarted, false).toBool(); }
void AppSettings::setStarted() { QSettings().setValue(kStarted, true); }

QString AppSettings::lastDirectory() { return QSettings().value(kLastDirectory, QDir::homePath()).toString(); }
void AppSettings::setLastDirectory(const QString &directory) { QSettings().setValue(kLastDirectory, directory); }

QString AppSettings::reportCompany() { return QSettings().value(kReportCompany).toString(); }
void AppSettings::setReportCompany(const QString &company) { QSettings().setValue(kReportCompany, company); }
QString AppSettings::reportLogoPath() { return QSettings().value(kReportLogo).toString(); }
void AppSettings::setReportLogoPath(const QString &path) { QSettings().setValue(kReportLogo, path); }
QString AppSettings::reportLanguage() { return QSettings().value(kReportLanguage).toString(); }
void AppSettings::setReportLanguage(const QString &language) { QSettings().setValue(kReportLanguage, language); }
QStringList AppSettings::reportSectionsOff() { return QSettings().value(kReportSectionsOff).toStringList(); }
void AppSettings::setReportSectionsOff(const QStringList &keys) { QSettings().setValue(kReportSectionsOff, keys); }
int AppSettings::reportPvOrder() { return QSettings().value(kReportPvOrder, 0).toInt(); }
void AppSettings::setReportPvOrder(int order) { QSettings().setValue(kReportPvOrder, order); }

QStringList AppSettings::recentFiles() { return QSettings().value(kRecentFiles).toStringList(); }
void AppSettings::setRecentFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        QSettings().remove(kRecentFiles);
    else
        QSettings().setValue(kRecentFiles, paths);
}

QString AppSettings::mapExportFilter() { return QSettings().value(kMapExportFilter).toString(); }
void AppSettings::setMapExportFilter(const QString &filter) { QSettings().setValue(kMapExportFilter, filter); }

int AppSettings::mapExportScale()
{
    bool ok = false;
    const int scale = QSettings().value(kMapExportScale, kDefaultMapExportScale).toInt(&ok);
    return ok ? std::clamp(scale, 1, 3) : kDefaultMapExportScale;
}
void AppSettings::setMapExportScale(int scale) { QSettings().setValue(kMapExportScale, std::clamp(scale, 1, 3)); }

QByteArray AppSettings::mainWindowGeometry() { return QSettings().value(kWindowGeometry).toByteArray(); }
void AppSettings::setMainWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kWindowGeometry, geometry); }

QByteArray AppSettings::mainWindowState() { return QSettings().value(kWindowState).toByteArray(); }
void AppSettings::setMainWindowState(const QByteArray &state) { QSettings().setValue(kWindowState, state); }

} // namespace pz
