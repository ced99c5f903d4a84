// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "document/parkdocument.h"
#include "comparison/comparisonpanel.h"
#include "edit/editactions.h"
#include "files/backgroundimport.h"
#include "files/importdialog.h"
#include "files/recentfiles.h"
#include "files/recoverymanager.h"
#include "io/atomicfile.h"
#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "live/liveresults.h"
#include "live/sunstudypanel.h"
#include "mainmenus.h"
#include "map/mapexporter.h"
#include "map/mapscene.h"
#include "optimize/optimizerpanel.h"
#include "map/maptoolcontext.h"
#include "map/mapview.h"
#include "panels/backgroundspanel.h"
#include "panels/costspanel.h"
#include "panels/objectspanel.h"
#include "panels/propertiespanel.h"
#include "panels/scenariospanel.h"
#include "panels/sitepanel.h"
#include "panels/supplypanel.h"
#include "report/reportexporter.h"
#include "results/resultspanel.h"
#include "selectionmodel.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "statusindicators.h"
#include "tools/placeturbinetool.h"
#include "tools/toolmanager.h"
#include "tools/turbinetoolbar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
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
    createMap();
    m_editActions = new EditActions(m_document.get(), m_selection, this);
    m_recovery = new RecoveryManager(m_document.get(), recoveryDirectory, this);
    m_recovery->setIntervalMs(AppSettings::autosaveIntervalSec() * 1000);

    createDocks();
    createResults();
    const QList<QDockWidget *> panels{m_objectsDock,   m_propertiesDock, m_siteDock,    m_supplyDock,
                                      m_costsDock,     m_backgroundsDock, m_scenariosDock, m_undoDock,
                                      m_sunStudyDock};
    m_menus = new MainMenus(this, panels + m_resultDocks);
    createToolOptions();
    new StatusIndicators(statusBar(), m_map, m_selection, m_document.get());
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(m_document.get(), &ParkDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document.get(), &ParkDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_map, &MapView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_editActions, &EditActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_objects, &ObjectsPanel::objectActivated, this, [this] { m_map->zoomToSelection(); });
    // Queued: a project being opened resolves its pictures only once its file path is set.
    connect(m_scene, &MapScene::backgroundProblemsChanged, this, &MainWindow::reportBackgroundProblems,
            Qt::QueuedConnection);
    connect(m_backgrounds, &BackgroundsPanel::importRequested, this, &MainWindow::importBackground);

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
    // The tools own preview items of the scene and use the view: they go first.
    delete m_tools;
    delete m_map;
    delete m_scene;
    delete m_editActions;
    delete m_selection;
}

void MainWindow::createMap()
{
    m_scene = new MapScene(m_document.get(), m_selection, this);
    m_map = new MapView(m_scene, this);
    setCentralWidget(m_map);
    m_toolContext = std::make_unique<MapToolContext>(m_scene, m_map);
    m_tools = new ToolManager(m_toolContext.get(), this);
    m_map->setToolManager(m_tools);
}

// The Turbine tool's options show while it is active, on a line of their own under the main
// tool bar.
void MainWindow::createToolOptions()
{
    addToolBarBreak();
    m_turbineBar = new TurbineToolBar(m_tools->turbineTool(), this);
    addToolBar(m_turbineBar);
    m_turbineBar->hide();
    connect(m_tools, &ToolManager::activeToolChanged, m_turbineBar,
            [this](AbstractTool *tool) { m_turbineBar->setVisible(tool == m_tools->turbineTool()); });
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
    m_supply = new SupplyPanel(m_document.get());
    m_supplyDock = makeDock(m_supply, tr("Supply"), "SupplyDock");
    m_costs = new CostsPanel(m_document.get());
    m_costsDock = makeDock(m_costs, tr("Costs"), "CostsDock");
    m_scenarios = new ScenariosPanel(m_document.get());
    m_scenariosDock = makeDock(m_scenarios, tr("Scenarios"), "ScenariosDock");
    m_backgrounds = new BackgroundsPanel(m_document.get());
    m_backgroundsDock = makeDock(m_backgrounds, tr("Backgrounds"), "BackgroundsDock");

    addDockWidget(Qt::LeftDockWidgetArea, m_objectsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    splitDockWidget(m_objectsDock, m_undoDock, Qt::Vertical);
    tabifyDockWidget(m_objectsDock, m_scenariosDock);
    m_objectsDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_siteDock);
    tabifyDockWidget(m_propertiesDock, m_siteDock);
    addDockWidget(Qt::RightDockWidgetArea, m_supplyDock);
    tabifyDockWidget(m_siteDock, m_supplyDock);
    addDockWidget(Qt::RightDockWidgetArea, m_costsDock);
    tabifyDockWidget(m_siteDock, m_costsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_backgroundsDock);
    tabifyDockWidget(m_siteDock, m_backgroundsDock);
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
    m_live = new LiveResults(m_document.get(), m_scene, m_resultsPanel, this);
    connect(m_live, &LiveResults::resultApplied, m_site,
            [this](const SimulationResult &result) {
                m_site->setWeatherWarnings(result.warnings);
                m_site->setWindRose(result.windRose);
                m_tools->turbineTool()->setPrevailingWindDeg(result.windRose.prevailingDirectionDeg);
            });
    connect(m_live, &LiveResults::resultApplied, m_supply,
            [this](const SimulationResult &result) { m_supply->setResult(result); });
    connect(m_resultsPanel, &ResultsPanel::objectActivated, this, [this] { m_map->zoomToSelection(); });
    // Tabbed with the results, closed until opened from the Panels menu (it computes only while
    // shown, and a second tab would make the bottom docks taller).
    m_comparison = new ComparisonPanel(m_document.get(), m_live->engine());
    addResultsDock(m_comparison, tr("Comparison"))->hide();
    m_resultDocks.front()->raise();

    m_sunStudy = new SunStudyPanel(m_document.get(), m_live);
    m_sunStudyDock = new QDockWidget(tr("Sun Study"), this);
    m_sunStudyDock->setObjectName(QStringLiteral("SunStudyDock"));
    m_sunStudyDock->setWidget(m_sunStudy);
    addDockWidget(Qt::RightDockWidgetArea, m_sunStudyDock);
    tabifyDockWidget(m_siteDock, m_sunStudyDock);
    m_propertiesDock->raise();

    m_optimizer = new OptimizerPanel(m_document.get(), m_selection, m_live);
    m_optimizer->setObjectName(QStringLiteral("Optimizer"));
    m_optimizerDock = addResultsDock(m_optimizer, tr("Optimizer"));
    connect(m_optimizer, &OptimizerPanel::costsRequested, this, [this] {
        m_costsDock->show();
        m_costsDock->raise();
    });
    // Closed until Tools › Optimise… opens it: the bottom docks keep their height (no tab bar).
    m_optimizerDock->hide();
    m_resultDocks.front()->raise();
}

void MainWindow::showOptimizer()
{
    m_optimizerDock->show();
    m_optimizerDock->raise();
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
    if (m_menus)
        m_menus->panelsMenu()->addAction(dock->toggleViewAction());
    return dock;
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

void MainWindow::resetDocument(Project project, const QString &filePath, const QString &untitledName)
{
    m_untitledName = untitledName.isEmpty() ? tr("Untitled") : untitledName;
    m_selection->clear();
    m_document->resetProject(std::move(project));
    m_document->setFilePath(filePath);
    updateTitle();
    m_map->zoomToFitSite();
}

// --- Files -------------------------------------------------------------------------------------

void MainWindow::importPlan()
{
    const QString filter =
        tr("Site plans (*.geojson *.json *.shp *.dxf *.kml *.gpkg *.fgb *.osm);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Site Plan"), AppSettings::lastDirectory(), filter);
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    importPlanFrom(path);
}

void MainWindow::importBackground()
{
    const QString filter = tr("Images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)");
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Background"), AppSettings::lastDirectory(), filter);
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    importBackgroundFrom(path);
}

bool MainWindow::importBackgroundFrom(const QString &path)
{
    const BackgroundImport::Outcome outcome = BackgroundImport::place(*m_document, path, this);
    if (!outcome.background) {
        if (!outcome.error.isEmpty())
            QMessageBox::warning(this, tr("Import Background"), outcome.error);
        return false;
    }
    QStringList problems;
    if (!BackgroundImport::add(*m_document, *outcome.background, &problems)) {
        QMessageBox::warning(this, tr("Import Background"), problems.join(QLatin1Char('\n')));
        return false;
    }
    m_backgrounds->selectBackground(int(m_document->park().site.backgrounds.size()) - 1);
    m_backgroundsDock->show();
    m_backgroundsDock->raise();
    statusBar()->showMessage(outcome.warning.isEmpty()
                                 ? tr("Imported the background %1").arg(QFileInfo(path).fileName())
                                 : outcome.warning,
                             outcome.warning.isEmpty() ? 5000 : 15000);
    return true;
}

void MainWindow::reportBackgroundProblems()
{
    const QStringList problems = m_scene->backgroundProblems();
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QLatin1String("; ")), 20000);
}

bool MainWindow::importPlanFrom(const QString &path)
{
    QString error;
    std::optional<geo::DatasetInfo> dataset = geo::inspectDataset(path, &error);
    if (!dataset) {
        QMessageBox::warning(this, tr("Import Site Plan"), error);
        return false;
    }
    ImportDialog dialog(path, std::move(*dataset), m_document->park(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Import is enabled only for the preview of the settings shown: that is the import.
    const ImportOutcome &outcome = dialog.outcome();
    const int added = ImportDialog::apply(*m_document, outcome, QFileInfo(path).fileName());
    statusBar()->showMessage(tr("Imported %1 objects from %2 (%3 repaired, %4 skipped)")
                                 .arg(added)
                                 .arg(QFileInfo(path).fileName())
                                 .arg(outcome.repaired)
                                 .arg(outcome.skipped),
                             8000);
    m_map->zoomToFitSite();
    return true;
}

void MainWindow::exportGeoJson()
{
    const QString base = QFileInfo(documentName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export GeoJSON"),
                                                QDir(AppSettings::lastDirectory()).filePath(base + QStringLiteral(".geojson")),
                                                tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".geojson");
    const QStringList choices{tr("Longitude and latitude (WGS84, for GIS)"),
                              tr("Plan metres east and north of the site origin")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export GeoJSON"), tr("Coordinates:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const auto coordinates = chosen == choices[0] ? geo::ExportCoordinates::Wgs84 : geo::ExportCoordinates::Plan;
    QString error;
    if (!exportGeoJsonTo(path, coordinates, &error)) {
        QMessageBox::warning(this, tr("Export GeoJSON"), error);
        return;
    }
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::exportGeoJsonTo(const QString &path, geo::ExportCoordinates coordinates, QString *error)
{
    const SimulationResult &result = m_live->result();
    // Results only when they belong to the park as it is now.
    const bool current = result.ok && !result.preview && result.revision == m_document->revision();
    const geo::GeoJsonExport out =
        geo::exportGeoJson(m_document->park(), current ? &result : nullptr, coordinates, m_document->filePath());
    QString reason = out.error;
    if (out.ok() && io::writeFileAtomically(path, out.bytes, &reason))
        return true;
    *error = tr("%1: cannot be exported: %2").arg(QFileInfo(path).fileName(), reason);
    return false;
}

void MainWindow::exportMap()
{
    const QString pngFilter = MapExporter::pngFilter(), svgFilter = MapExporter::svgFilter();
    QString filter = AppSettings::mapExportFilter() == svgFilter ? svgFilter : pngFilter;
    const QString base = QFileInfo(documentName()).completeBaseName();
    const QString suggested = QDir(AppSettings::lastDirectory())
                                  .filePath(tr("%1 site plan").arg(base) +
                                            (filter == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png")));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested,
                                                pngFilter + QStringLiteral(";;") + svgFilter, &filter);
    if (path.isEmpty())
        return;
    path = MapExporter::withSuffixForFilter(path, filter);
    AppSettings::setMapExportFilter(filter);

    double scale = 1.0;
    if (MapExporter::formatForPath(path) == MapExporter::Format::Png) {
        const QSize size = m_map->viewport()->size();
        QStringList items;
        for (int s = 1; s <= 3; ++s)
            //: Export scale choice: factor, then the image size in pixels
            items << tr("%1× (%2 × %3 px)").arg(s).arg(size.width() * s).arg(size.height() * s);
        const int last = AppSettings::mapExportScale();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Export Map"),
                                                     tr("Image scale (2× or 3× stays crisp on slides and print):"),
                                                     items, last - 1, false, &ok);
        if (!ok)
            return;
        scale = double(items.indexOf(chosen) + 1);
        AppSettings::setMapExportScale(int(scale));
    }
    QString error;
    if (!MapExporter::exportMap(m_map, path, scale, &error)) {
        QMessageBox::warning(this, tr("Export Map"), error);
        return;
    }
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported the map to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportReport()
{
    ReportExporter *exporter = ReportExporter::exportWithDialog(*m_document, documentName(), this);
    if (!exporter)
        return;
    connect(exporter, &ReportExporter::finished, this, [this](bool ok, const QString &path, const QString &message) {
        if (ok)
            statusBar()->showMessage(tr("Exported the report to %1").arg(QDir::toNativeSeparators(path)), 5000);
        else if (!message.isEmpty())
            QMessageBox::warning(this, tr("Export Report"), message);
    });
}

bool MainWindow::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(kProjectSuffix, Qt::CaseInsensitive) == 0;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    resetDocument(Project(), QString(), tr("Untitled"));
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
    resetDocument(std::move(*result.project), absolute, QString());
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
    resetDocument(std::move(*result.project), QString(), tr("Ordos demo park"));
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
    Project project = m_document->project();
    // Relative paths (weather file, load profiles) keep pointing at the same files from the new
    // folder. The document then holds the rebased paths; as this is a plain replacement of the
    // project, its undo history starts again from the saved state.
    if (!previous.isEmpty() && QFileInfo(previous).absolutePath() != QFileInfo(absolute).absolutePath()) {
        Project rebased = project;
        for (int i = 0; i < rebased.count(); ++i)
            rebased.at(i).park = io::withPathsRebased(rebased.at(i).park, previous, absolute);
        if (!(rebased == project)) {
            project = rebased;
            m_document->resetProject(rebased);
        }
    }
    QString error;
    if (!io::saveProject(project, absolute, &error)) {
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
    resetDocument(std::move(*result.project), file.originalPath,
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
    restoreGeometry(AppSettings::mainWindowGeometry());
    if (restoreState(AppSettings::mainWindowState())) {
        // Tool options follow the active tool, not the saved state.
        m_turbineBar->setVisible(m_tools->activeTool() == m_tools->turbineTool());
        return;
    }
    // First start: the results get room for the cards and a chart beside the object table. Dock
    // sizes take effect once the window is laid out, hence after the constructor.
    QTimer::singleShot(0, this, [this] {
        resizeDocks({m_resultDocks.first()}, {height() * 9 / 20}, Qt::Vertical);
        // The forms of the right-hand docks need about 380 px to show their fields whole.
        resizeDocks({m_objectsDock, m_propertiesDock}, {300, 390}, Qt::Horizontal);
    });
}

void MainWindow::writeWindowState()
{
    AppSettings::setMainWindowGeometry(saveGeometry());
    AppSettings::setMainWindowState(saveState());
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
