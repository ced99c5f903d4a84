// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: one ParkDocument with its site plan in the centre (a MapScene shown by a
// MapView, the editing tools of its ToolManager), the Objects, Properties, Site and Undo history
// docks around it, menus and a tool bar (MainMenus). It handles the file life cycle (new, open,
// save, recent files, drag and drop, asking before unsaved work is dropped) and keeps a recovery
// copy of unsaved changes (RecoveryManager).

#include "geo/geojsonexport.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QUndoView;

namespace pz {

class EditActions;
class LiveResults;
class ResultsPanel;
class SunStudyPanel;
class MainMenus;
class OptimizerPanel;
class MapScene;
class MapToolContext;
class MapView;
class ObjectsPanel;
class ParkDocument;
class PropertiesPanel;
class RecoveryManager;
class SelectionModel;
class ComparisonPanel;
class BackgroundsPanel;
class CostsPanel;
class ScenariosPanel;
class SitePanel;
class SupplyPanel;
class ToolManager;
class TurbineToolBar;
struct RecoveryFile;
class Park;
class Project;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // recoveryDirectory: where recovery copies go (empty: RecoveryManager::defaultDirectory()).
    explicit MainWindow(QWidget *parent = nullptr, const QString &recoveryDirectory = {});
    ~MainWindow() override;

    ParkDocument *document() const { return m_document.get(); }
    SelectionModel *selection() const { return m_selection; }
    MapScene *mapScene() const { return m_scene; }
    MapView *mapView() const { return m_map; }
    ToolManager *toolManager() const { return m_tools; }
    TurbineToolBar *turbineToolBar() const { return m_turbineBar; }
    EditActions *editActions() const { return m_editActions; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    ObjectsPanel *objectsPanel() const { return m_objects; }
    SitePanel *sitePanel() const { return m_site; }
    SupplyPanel *supplyPanel() const { return m_supply; }
    CostsPanel *costsPanel() const { return m_costs; }
    ScenariosPanel *scenariosPanel() const { return m_scenarios; }
    BackgroundsPanel *backgroundsPanel() const { return m_backgrounds; }
    RecoveryManager *recovery() const { return m_recovery; }
    ResultsPanel *resultsPanel() const { return m_resultsPanel; }
    LiveResults *liveResults() const { return m_live; }
    SunStudyPanel *sunStudyPanel() const { return m_sunStudy; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    OptimizerPanel *optimizerPanel() const { return m_optimizer; }

    // Adds a panel as a dock at the bottom (tabbed with docks already there) and a toggle for it
    // in the View menu. For the simulation results panel and later panels.
    QDockWidget *addResultsDock(QWidget *panel, const QString &title = {});

    // The name shown in the title: the file name, or the name of an unsaved park.
    QString documentName() const;

    // --- Files. Every step that could drop unsaved work asks first (maybeSave).
    // Reads a project into this window; on failure shows the full message and keeps the
    // current park. Does not ask about unsaved changes (callers do).
    bool loadFile(const QString &path);
    // Shows the bundled demo park as an unsaved park (":/examples/ordos-demo.parkzero").
    bool openExample();
    // Writes the park to path (atomically) and makes it the document's file.
    bool saveFile(const QString &path);
    // Asks whether to save unsaved changes: true when it is fine to go on (saved or discarded).
    bool maybeSave();
    // Puts a recovered park into this window as unsaved changes to its original file.
    bool restoreRecovery(const RecoveryFile &file);
    // Offers the recovery files left by sessions that crashed; true when one was restored.
    bool offerRecovery();

    // Renders the window into a PNG (for the documentation and tests).
    bool saveScreenshot(const QString &path);

    static bool isProjectFile(const QString &path);

public Q_SLOTS:
    void newFile();
    void open();
    // Asks about unsaved changes, then loads path.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    // Asks for a file (PNG or SVG) and a PNG scale and saves the site plan as shown.
    void exportMap();
    // Asks for a GIS or CAD file and imports its layers through the import dialog (one undo step).
    void importPlan();
    // Asks for a file and the coordinates (WGS84 or plan metres) and saves every object with its
    // properties and latest results as GeoJSON.
    void exportGeoJson();
    bool exportGeoJsonTo(const QString &path, geo::ExportCoordinates coordinates, QString *error);
    // The import dialog for path; returns false (after saying why) when the file cannot be read.
    bool importPlanFrom(const QString &path);
    // File › Import Background…: asks for an image and puts it under the plan (one undo step): a
    // GeoTIFF by its georeference, any other picture calibrated by two points.
    void importBackground();
    bool importBackgroundFrom(const QString &path);
    // File › Export Report…: asks for the report's options and file and writes the client report
    // (simulated off the UI thread, rendered in steps under a progress dialog).
    void exportReport();
    void newWindow();
    // Tools › Optimise…: shows and raises the optimizer panel.
    void showOptimizer();
    void showPreferences();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMap();
    void createToolOptions();
    void createDocks();
    void createResults();
    void updateTitle();
    void readWindowState();
    void writeWindowState();
    void resetDocument(Project project, const QString &filePath, const QString &untitledName);
    // Says in the status bar which background images cannot be shown (once the change settled).
    void reportBackgroundProblems();

    std::unique_ptr<ParkDocument> m_document;
    SelectionModel *m_selection = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_map = nullptr;
    std::unique_ptr<MapToolContext> m_toolContext;
    ToolManager *m_tools = nullptr;
    TurbineToolBar *m_turbineBar = nullptr;
    MainMenus *m_menus = nullptr;
    EditActions *m_editActions = nullptr;
    PropertiesPanel *m_properties = nullptr;
    ObjectsPanel *m_objects = nullptr;
    SitePanel *m_site = nullptr;
    SupplyPanel *m_supply = nullptr;
    CostsPanel *m_costs = nullptr;
    ScenariosPanel *m_scenarios = nullptr;
    QUndoView *m_undoView = nullptr;
    ResultsPanel *m_resultsPanel = nullptr;
    LiveResults *m_live = nullptr;
    SunStudyPanel *m_sunStudy = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    QDockWidget *m_sunStudyDock = nullptr;
    OptimizerPanel *m_optimizer = nullptr;
    QDockWidget *m_optimizerDock = nullptr;
    RecoveryManager *m_recovery = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_objectsDock = nullptr;
    QDockWidget *m_siteDock = nullptr;
    QDockWidget *m_supplyDock = nullptr;
    QDockWidget *m_costsDock = nullptr;
    QDockWidget *m_scenariosDock = nullptr;
    BackgroundsPanel *m_backgrounds = nullptr;
    QDockWidget *m_backgroundsDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QList<QDockWidget *> m_resultDocks;
    QString m_untitledName;

};

} // namespace pz
