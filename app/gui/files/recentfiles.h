// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list of recently opened project files, kept in the settings (AppSettings) so that every
// window and the next start see the same list. Most recent first, at most kMaxCount entries.

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QMenu;

namespace pz {

class RecentFiles
{
    Q_DECLARE_TR_FUNCTIONS(RecentFiles)
public:
    static constexpr int kMaxCount = 10;

    static QStringList files();
    // Puts path at the front (absolute, without duplicates).
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

    // Fills menu with one action per file (calling open with its path) and "Clear Menu".
    static void populate(QMenu *menu, const std::function<void(const QString &)> &open);
};

} // namespace pz
