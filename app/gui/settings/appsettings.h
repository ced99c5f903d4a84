#pragma once
// The application's preferences as stored in QSettings, in one place so that the keys and their
// defaults are not spread over the code.

#include <QString>

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
};

} // namespace pz
