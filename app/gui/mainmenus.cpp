// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include "document/parkdocument.h"
#include "edit/editactions.h"
#include "files/recentfiles.h"
#include "live/liveresults.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "tools/toolmanager.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace pz {

// The texts are the main window's (MainWindow::tr): the menus are part of it.
MainMenus::MainMenus(MainWindow *window, const QList<QDockWidget *> &panelDocks) : QObject(window), m_window(window)
{
    createActions();
    createMenus(panelDocks);
}

void MainMenus::createActions()
{
    const QStyle *style = m_window->style();
    m_newAction = new QAction(style->standardIcon(QStyle::SP_FileIcon), MainWindow::tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(MainWindow::tr("Start a new, empty park"));
    connect(m_newAction, &QAction::triggered, m_window, &MainWindow::newFile);

    m_newWindowAction = new QAction(MainWindow::tr("New &Window"), this);
    m_newWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newWindowAction->setStatusTip(MainWindow::tr("Open another window with a new, empty park"));
    connect(m_newWindowAction, &QAction::triggered, m_window, &MainWindow::newWindow);

    m_openAction = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), MainWindow::tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(MainWindow::tr("Open a ParkZero project"));
    connect(m_openAction, &QAction::triggered, m_window, &MainWindow::open);

    m_saveAction = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), MainWindow::tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(MainWindow::tr("Save the project"));
    connect(m_saveAction, &QAction::triggered, m_window, &MainWindow::save);

    m_saveAsAction = new QAction(MainWindow::tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(MainWindow::tr("Save the project under a new name"));
    connect(m_saveAsAction, &QAction::triggered, m_window, &MainWindow::saveAs);

    m_exportMapAction = new QAction(QIcon(QStringLiteral(":/icons/exportmap.svg")), MainWindow::tr("&Export Map…"),
                                    this);
    m_exportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMapAction->setStatusTip(
        MainWindow::tr("Save the site plan as shown, with its colouring and legend, as a PNG or SVG"));
    connect(m_exportMapAction, &QAction::triggered, m_window, &MainWindow::exportMap);

    m_importAction = new QAction(MainWindow::tr("&Import Site Plan…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(MainWindow::tr(
        "Add buildings, PV fields, green space or the site boundary from a GeoJSON, Shapefile, DXF, KML, "
        "GeoPackage, FlatGeobuf or OpenStreetMap file"));
    connect(m_importAction, &QAction::triggered, m_window, &MainWindow::importPlan);

    m_exportGeoJsonAction = new QAction(MainWindow::tr("Export &GeoJSON…"), this);
    m_exportGeoJsonAction->setStatusTip(
        MainWindow::tr("Save every object with its properties and results as GeoJSON, for QGIS and other GIS"));
    connect(m_exportGeoJsonAction, &QAction::triggered, m_window, &MainWindow::exportGeoJson);
    m_exportReportAction = new QAction(MainWindow::tr("Export &Report…"), this);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReportAction->setStatusTip(
        MainWindow::tr("Write the client report (PDF): verdict, figures, plan, charts, assumptions"));
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    connect(m_exportReportAction, &QAction::triggered, m_window, &MainWindow::exportReport);

    m_quitAction = new QAction(MainWindow::tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(MainWindow::tr("Close all windows and quit"));
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    m_undoAction = m_window->document()->undoStack()->createUndoAction(this, MainWindow::tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_window->document()->undoStack()->createRedoAction(this, MainWindow::tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style->standardIcon(QStyle::SP_ArrowForward));

    m_preferencesAction = new QAction(MainWindow::tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, m_window, &MainWindow::showPreferences);

    m_aboutAction = new QAction(MainWindow::tr("&About ParkZero"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, m_window, &MainWindow::about);
}

void MainMenus::createMenus(const QList<QDockWidget *> &panelDocks)
{
    QMenu *file = m_window->menuBar()->addMenu(MainWindow::tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newWindowAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(MainWindow::tr("Open &Recent"));
    const auto openRecent = [this](const QString &path) { m_window->openFile(path); };
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this, openRecent] { RecentFiles::populate(m_recentMenu, openRecent); });
    RecentFiles::populate(m_recentMenu, openRecent);
    file->addAction(MainWindow::tr("Open &Example Park"), m_window, [this] {
        if (m_window->maybeSave())
            m_window->openExample();
    });
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(MainWindow::tr("Import &Background…"), m_window, &MainWindow::importBackground)
        ->setStatusTip(MainWindow::tr("Put a GeoTIFF, a scanned masterplan or an aerial photo under the site plan"));
    file->addAction(m_exportMapAction);
    file->addAction(m_exportGeoJsonAction);
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = m_window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_window->editActions()->cutAction());
    edit->addAction(m_window->editActions()->copyAction());
    edit->addAction(m_window->editActions()->pasteAction());
    edit->addAction(m_window->editActions()->duplicateAction());
    edit->addAction(m_window->editActions()->deleteAction());
    edit->addSeparator();
    edit->addAction(m_window->editActions()->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = m_window->menuBar()->addMenu(MainWindow::tr("&View"));
    m_viewMenu->addActions(m_window->mapView()->viewActions());
    m_viewMenu->addSeparator();
    QMenu *colouring = m_viewMenu->addMenu(MainWindow::tr("Map &Colouring"));
    colouring->addActions(m_window->liveResults()->colouringActions());
    m_viewMenu->addSeparator();
    m_docksMenu = m_viewMenu->addMenu(MainWindow::tr("&Panels"));
    for (QDockWidget *dock : panelDocks)
        m_docksMenu->addAction(dock->toggleViewAction());

    QMenu *tools = m_window->menuBar()->addMenu(MainWindow::tr("&Tools"));
    tools->addActions(m_window->toolManager()->actions());
    tools->addSeparator();
    QAction *optimise = tools->addAction(MainWindow::tr("&Optimise…"), m_window, &MainWindow::showOptimizer);
    optimise->setObjectName(QStringLiteral("optimiseAction"));
    optimise->setStatusTip(MainWindow::tr("Find the least-cost PV, wind, battery and green power that make the park "
                                          "zero-carbon"));

    QMenu *help = m_window->menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = m_window->addToolBar(MainWindow::tr("Main Tool Bar"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addActions(m_window->toolManager()->actions());
    bar->addSeparator();
    bar->addActions(m_window->mapView()->viewActions());
    bar->addAction(m_exportMapAction);
    // The editing tools carry their names; file, history and view buttons are icons only (with
    // tooltips) so that the bar fits a laptop screen.
    QList<QAction *> iconOnly{m_newAction, m_openAction, m_saveAction, m_undoAction, m_redoAction, m_exportMapAction};
    iconOnly << m_window->mapView()->viewActions();
    for (QAction *action : std::as_const(iconOnly))
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_docksMenu->addSeparator();
    m_docksMenu->addAction(bar->toggleViewAction());
}

} // namespace pz
