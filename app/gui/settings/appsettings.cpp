#include "settings/appsettings.h"

#include <QDir>
#include <QSettings>

namespace pz {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kAutosave = QStringLiteral("files/autosaveIntervalSec");
const QString kStarted = QStringLiteral("general/started");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
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

} // namespace pz
