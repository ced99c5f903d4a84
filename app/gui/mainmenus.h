// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window's actions, menus and tool bar: the file, history, preferences and about
// actions (wired to the window's slots) and the File, Edit, View, Tools and Help menus and the
// main tool bar, which also gather the edit actions, the map's view actions, the PV colouring and
// the site-plan tools.

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace pz {

class MainWindow;

class MainMenus : public QObject
{
    Q_OBJECT
public:
    // Builds them in window (after its map, tools, edit actions and live results exist);
    // panelDocks get a toggle in View › Panels.
    MainMenus(MainWindow *window, const QList<QDockWidget *> &panelDocks);

    // View › Panels (docks added later add their toggle here).
    QMenu *panelsMenu() const { return m_docksMenu; }

private:
    void createActions();
    void createMenus(const QList<QDockWidget *> &panelDocks);

    MainWindow *m_window;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_docksMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportMapAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportGeoJsonAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace pz
