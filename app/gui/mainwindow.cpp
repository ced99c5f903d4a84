#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "document/parkdocument.h"
#include "edit/editactions.h"
#include "files/recentfiles.h"
#include "files/recoverymanager.h"
#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "live/liveresults.h"
#include "live/sunstudypanel.h"
#include "map/mapexporter.h"
#include "map/mapview.h"
#include "panels/objectspanel.h"
#include "panels/propertiespanel.h"
#include "panels/sitepanel.h"
#include "results/resultspanel.h"
#include "selectionmodel.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "tools/toolmanager.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

namespace pz {

namespace {
const QString kExamplePath = QStringLiteral(":/examples/ordos-demo.parkzero");
const QString kProjectSuffix = QStringLiteral("parkzero");
} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &recoveryDirectory)
    : QMainWindow(parent), m_document(std::make_unique<ParkDocument>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDocumentMode(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_untitledName = tr("Untitled");

    m_selection = new SelectionModel(m_document.get(), this);
    m_map = new MapView(m_document.get(), m_selection, this);
    setCentralWidget(m_map);
    m_editActions = new EditActions(m_document.get(), m_selection, this);
    m_recovery = new RecoveryManager(m_document.get(), recoveryDirectory, this);
    m_recovery->setIntervalMs(AppSettings::autosaveIntervalSec() * 1000);

    createDocks();
    createResults();
    createActions();
    createMenus();
    createStatusBar();

    connect(m_document.get(), &ParkDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document.get(), &ParkDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_map, &MapView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_editActions, &EditActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_objects, &ObjectsPanel::objectActivated, this, [this] { m_map->zoomToSelection(); });

    resize(1440, 900);
    readWindowState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The panels, the map and the recovery manager refer to the document: remove them first.
    // The live results go before the map and the panels they feed.
    delete m_live;
    m_live = nullptr;
    delete m_recovery;
    for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete dock;
    delete m_map;
    delete m_editActions;
    delete m_selection;
}

void MainWindow::createDocks()
{
    auto makeDock = [this](QWidget *content, const QString &title, const char *name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(content);
        return dock;
    };
    m_objects = new ObjectsPanel(m_document.get(), m_selection);
    m_objectsDock = makeDock(m_objects, tr("Objects"), "ObjectsDock");
    m_undoView = new QUndoView(m_document->undoStack());
    m_undoView->setEmptyLabel(tr("<opened project>"));
    m_undoDock = makeDock(m_undoView, tr("Undo History"), "UndoDock");
    m_properties = new PropertiesPanel(m_document.get(), m_selection);
    m_propertiesDock = makeDock(m_properties, tr("Properties"), "PropertiesDock");
    m_site = new SitePanel(m_document.get());
    m_siteDock = makeDock(m_site, tr("Site"), "SiteDock");

    addDockWidget(Qt::LeftDockWidgetArea, m_objectsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    splitDockWidget(m_objectsDock, m_undoDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_siteDock);
    tabifyDockWidget(m_propertiesDock, m_siteDock);
    m_propertiesDock->raise();
    resizeDocks({m_objectsDock, m_propertiesDock}, {300, 370}, Qt::Horizontal);
    resizeDocks({m_objectsDock, m_undoDock}, {560, 200}, Qt::Vertical);
}

void MainWindow::createResults()
{
    m_resultsPanel = new ResultsPanel(m_selection);
    m_resultsPanel->setObjectName(QStringLiteral("ResultsPanel"));
    // Room for the cards and a readable chart below them.
    m_resultsPanel->setMinimumHeight(380);
    addResultsDock(m_resultsPanel, tr("Results"));
    m_live = new LiveResults(m_document.get(), m_map, m_resultsPanel, this);
    connect(m_live, &LiveResults::resultApplied, m_site,
            [this](const SimulationResult &result) { m_site->setWeatherWarnings(result.warnings); });
    connect(m_resultsPanel, &ResultsPanel::objectActivated, this, [this] { m_map->zoomToSelection(); });

    m_sunStudy = new SunStudyPanel(m_document.get(), m_live);
    m_sunStudyDock = new QDockWidget(tr("Sun Study"), this);
    m_sunStudyDock->setObjectName(QStringLiteral("SunStudyDock"));
    m_sunStudyDock->setWidget(m_sunStudy);
    addDockWidget(Qt::RightDockWidgetArea, m_sunStudyDock);
    tabifyDockWidget(m_siteDock, m_sunStudyDock);
    m_propertiesDock->raise();
}

QDockWidget *MainWindow::addResultsDock(QWidget *panel, const QString &title)
{
    auto *dock = new QDockWidget(title.isEmpty() ? tr("Results") : title, this);
    dock->setObjectName(panel->objectName().isEmpty() ? QStringLiteral("ResultsDock%1").arg(m_resultDocks.size())
                                                      : panel->objectName() + QStringLiteral("Dock"));
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_resultDocks.isEmpty())
        tabifyDockWidget(m_resultDocks.last(), dock);
    m_resultDocks << dock;
    if (m_docksMenu)
        m_docksMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new, empty park"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_newWindowAction = new QAction(tr("New &Window"), this);
    m_newWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newWindowAction->setStatusTip(tr("Open another window with a new, empty park"));
    connect(m_newWindowAction, &QAction::triggered, this, &MainWindow::newWindow);

    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a ParkZero project"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_saveAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the project"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the project under a new name"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_exportMapAction = new QAction(QIcon(QStringLiteral(":/icons/exportmap.svg")), tr("&Export Map…"), this);
    m_exportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMapAction->setStatusTip(tr("Save the site plan as shown, with its colouring and legend, as a PNG or SVG"));
    connect(m_exportMapAction, &QAction::triggered, this, &MainWindow::exportMap);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close all windows and quit"));
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About ParkZero"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newWindowAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { RecentFiles::populate(m_recentMenu, [this](const QString &path) { openFile(path); }); });
    RecentFiles::populate(m_recentMenu, [this](const QString &path) { openFile(path); });
    file->addAction(tr("Open &Example Park"), this, [this] {
        if (maybeSave())
            openExample();
    });
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportMapAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editActions->cutAction());
    edit->addAction(m_editActions->copyAction());
    edit->addAction(m_editActions->pasteAction());
    edit->addAction(m_editActions->duplicateAction());
    edit->addAction(m_editActions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_editActions->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_map->viewActions());
    m_viewMenu->addSeparator();
    QMenu *colouring = m_viewMenu->addMenu(tr("PV &Colouring"));
    colouring->addActions(m_live->colouringActions());
    m_viewMenu->addSeparator();
    m_docksMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_docksMenu->addAction(m_objectsDock->toggleViewAction());
    m_docksMenu->addAction(m_propertiesDock->toggleViewAction());
    m_docksMenu->addAction(m_siteDock->toggleViewAction());
    m_docksMenu->addAction(m_undoDock->toggleViewAction());
    m_docksMenu->addAction(m_sunStudyDock->toggleViewAction());
    for (QDockWidget *dock : std::as_const(m_resultDocks))
        m_docksMenu->addAction(dock->toggleViewAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_map->toolManager()->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main Tool Bar"));
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
    bar->addActions(m_map->toolManager()->actions());
    bar->addSeparator();
    bar->addActions(m_map->viewActions());
    bar->addAction(m_exportMapAction);
    // The editing tools carry their names; file, history and view buttons are icons only (with
    // tooltips) so that the bar fits a laptop screen.
    QList<QAction *> iconOnly{m_newAction, m_openAction, m_saveAction, m_undoAction, m_redoAction, m_exportMapAction};
    iconOnly << m_map->viewActions();
    for (QAction *action : std::as_const(iconOnly))
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_docksMenu->addSeparator();
    m_docksMenu->addAction(bar->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_selectionLabel = new QLabel;
    m_selectionLabel->setContentsMargins(8, 0, 8, 0);
    m_cursorLabel = new QLabel;
    m_cursorLabel->setContentsMargins(8, 0, 8, 0);
    m_cursorLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("E -00000.0 m   N -00000.0 m")) + 16);
    m_cursorLabel->setToolTip(tr("Cursor position: metres east (E) and north (N) of the site origin"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    connect(m_map, &MapView::cursorMoved, this, [this](const QPointF &planM) {
        const QLocale locale;
        m_cursorLabel->setText(tr("E %1 m   N %2 m")
                                   .arg(locale.toString(planM.x(), 'f', 1), locale.toString(planM.y(), 'f', 1)));
    });
    auto showSelection = [this] {
        const int n = int(m_selection->selectedIds().size());
        m_selectionLabel->setText(n == 0 ? QString() : tr("%n selected", nullptr, n));
    };
    connect(m_selection, &SelectionModel::selectionChanged, this, showSelection);
    statusBar()->showMessage(tr("Ready"), 3000);
}

QString MainWindow::documentName() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? m_untitledName : QFileInfo(path).fileName();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(tr("%1[*] — ParkZero").arg(documentName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
    m_recovery->setTitle(documentName());
}

void MainWindow::resetDocument(Park park, const QString &filePath, const QString &untitledName)
{
    m_untitledName = untitledName.isEmpty() ? tr("Untitled") : untitledName;
    m_selection->clear();
    m_document->resetPark(std::move(park));
    m_document->setFilePath(filePath);
    updateTitle();
    m_map->zoomToFitSite();
}

// --- Files -------------------------------------------------------------------------------------

void MainWindow::exportMap()
{
    QSettings settings;
    const QString pngFilter = MapExporter::pngFilter(), svgFilter = MapExporter::svgFilter();
    QString filter = settings.value(QStringLiteral("export/mapFilter")).toString() == svgFilter ? svgFilter : pngFilter;
    const QString base = QFileInfo(documentName()).completeBaseName();
    const QString suggested = QDir(AppSettings::lastDirectory())
                                  .filePath(tr("%1 site plan").arg(base) +
                                            (filter == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png")));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested,
                                                pngFilter + QStringLiteral(";;") + svgFilter, &filter);
    if (path.isEmpty())
        return;
    path = MapExporter::withSuffixForFilter(path, filter);
    settings.setValue(QStringLiteral("export/mapFilter"), filter);

    double scale = 1.0;
    if (MapExporter::formatForPath(path) == MapExporter::Format::Png) {
        const QSize size = m_map->viewport()->size();
        QStringList items;
        for (int s = 1; s <= 3; ++s)
            //: Export scale choice: factor, then the image size in pixels
            items << tr("%1× (%2 × %3 px)").arg(s).arg(size.width() * s).arg(size.height() * s);
        const int last = std::clamp(settings.value(QStringLiteral("export/mapScale"), 2).toInt(), 1, 3);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Export Map"),
                                                     tr("Image scale (2× or 3× stays crisp on slides and print):"),
                                                     items, last - 1, false, &ok);
        if (!ok)
            return;
        scale = double(items.indexOf(chosen) + 1);
        settings.setValue(QStringLiteral("export/mapScale"), int(scale));
    }
    QString error;
    if (!MapExporter::exportMap(m_map, path, scale, &error)) {
        QMessageBox::warning(this, tr("Export Map"), error);
        return;
    }
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported the map to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(kProjectSuffix, Qt::CaseInsensitive) == 0;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    resetDocument(Park{}, QString(), tr("Untitled"));
    statusBar()->showMessage(tr("New park"), 3000);
}

void MainWindow::newWindow()
{
    auto *window = new MainWindow(nullptr, m_recovery->directory());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? AppSettings::lastDirectory()
                                                         : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                                      tr("ParkZero projects (*.parkzero);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return loadFile(path);
}

bool MainWindow::loadFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    io::LoadResult result = io::loadProject(absolute);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        if (!QFileInfo::exists(absolute))
            RecentFiles::remove(absolute);
        QMessageBox box(QMessageBox::Critical, tr("Cannot Open Project"),
                        tr("“%1” could not be opened. The park open in this window is unchanged.")
                            .arg(QDir::toNativeSeparators(absolute)),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.error);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        return false;
    }
    resetDocument(std::move(*result.park), absolute, QString());
    RecentFiles::add(absolute);
    AppSettings::setLastDirectory(QFileInfo(absolute).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool MainWindow::openExample()
{
    io::LoadResult result = io::loadProject(kExamplePath);
    if (!result.ok()) {
        statusBar()->showMessage(tr("The example park could not be read: %1").arg(result.error), 10000);
        return false;
    }
    resetDocument(std::move(*result.park), QString(), tr("Ordos demo park"));
    statusBar()->showMessage(tr("This is an example park. Use File › Save As… to keep your changes."), 10000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':')))
        return saveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(AppSettings::lastDirectory()).filePath(m_untitledName + QStringLiteral(".parkzero"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested,
                                                tr("ParkZero projects (*.parkzero)"));
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += QStringLiteral(".parkzero");
    return saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString previous = m_document->filePath();
    Park park = m_document->park();
    // Relative paths (weather file, load profiles) keep pointing at the same files from the new
    // folder. The document then holds the rebased paths; as this is a plain replacement of the
    // park, its undo history starts again from the saved state.
    if (!previous.isEmpty() && QFileInfo(previous).absolutePath() != QFileInfo(absolute).absolutePath()) {
        Park rebased = io::withPathsRebased(park, previous, absolute);
        if (!(rebased == park)) {
            park = rebased;
            m_document->resetPark(rebased);
        }
    }
    QString error;
    if (!io::saveProject(park, absolute, &error)) {
        QMessageBox::critical(this, tr("Cannot Save Project"),
                              tr("The project could not be saved:\n%1\n\nYour changes are still open in this window.")
                                  .arg(error));
        return false;
    }
    m_document->setFilePath(absolute);
    m_document->markSaved();
    updateTitle();
    m_recovery->discard();
    RecentFiles::add(absolute);
    AppSettings::setLastDirectory(QFileInfo(absolute).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("“%1” has changes that are not saved.").arg(documentName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::restoreRecovery(const RecoveryFile &file)
{
    io::LoadResult result = RecoveryManager::load(file);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot Restore"), tr("The recovered work could not be read."),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.error);
        box.exec();
        return false;
    }
    resetDocument(std::move(*result.park), file.originalPath,
                  file.title.isEmpty() ? tr("Recovered park") : file.title);
    // Recovered changes are not saved anywhere yet: the document shows them as modified.
    m_document->undoStack()->resetClean();
    updateTitle();
    // Our own recovery copy first, then the orphan can go.
    m_recovery->writeNow();
    RecoveryManager::remove(file);
    statusBar()->showMessage(tr("Restored unsaved work from %1").arg(QLocale().toString(file.savedAt, QLocale::ShortFormat)),
                             10000);
    return true;
}

bool MainWindow::offerRecovery()
{
    bool restored = false;
    for (const RecoveryFile &file : RecoveryManager::orphans(m_recovery->directory())) {
        const QString name = file.title.isEmpty() ? QFileInfo(file.originalPath).fileName() : file.title;
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                        tr("ParkZero did not close normally. Unsaved changes to “%1” from %2 were kept.")
                            .arg(name.isEmpty() ? tr("Untitled") : name,
                                 QLocale().toString(file.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Restore them? If you discard them, they are deleted."));
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Ask Again Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore) {
            MainWindow *target = this;
            if (restored || m_document->isModified()) {
                target = new MainWindow(nullptr, m_recovery->directory());
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            restored = target->restoreRecovery(file) || restored;
        } else if (box.clickedButton() == discard) {
            RecoveryManager::remove(file);
        }
    }
    return restored;
}

// --- Window events -----------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeWindowState();
    m_recovery->discard();  // a clean close leaves nothing to recover
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && isProjectFile(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && isProjectFile(url.toLocalFile())) {
            event->acceptProposedAction();
            // After the drop has finished: opening may ask about unsaved changes.
            const QString path = url.toLocalFile();
            QTimer::singleShot(0, this, [this, path] { openFile(path); });
            return;
        }
}

void MainWindow::readWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        return;
    // First start: the results get room for the cards and a chart beside the object table. Dock
    // sizes take effect once the window is laid out, hence after the constructor.
    QTimer::singleShot(0, this, [this] { resizeDocks({m_resultDocks.first()}, {height() * 9 / 20}, Qt::Vertical); });
}

void MainWindow::writeWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_recovery->setIntervalMs(AppSettings::autosaveIntervalSec() * 1000);
}

void MainWindow::about()
{
    AboutDialog(this).exec();
}

bool MainWindow::saveScreenshot(const QString &path)
{
    if (!isVisible())
        show();
    QApplication::processEvents();
    return grab().save(path, "PNG");
}

} // namespace pz
