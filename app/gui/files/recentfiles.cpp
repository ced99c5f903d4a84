// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recentfiles.h"

#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace pz {

QStringList RecentFiles::files()
{
    return AppSettings::recentFiles();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxCount)
        list.removeLast();
    AppSettings::setRecentFiles(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    AppSettings::setRecentFiles(list);
}

void RecentFiles::clear()
{
    AppSettings::setRecentFiles({});
}

void RecentFiles::populate(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        // &1 … &9, then 1&0 as accelerator keys.
        const QString label = number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QStringLiteral("1&0  %1").arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(label, menu, [open, path] { open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        ++number;
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"), menu, [] { RecentFiles::clear(); });
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace pz
