// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Import…: a site plan from a GIS or CAD file (core/geo, docs/import.md). The dialog lists
// the file's layers with their feature counts, geometry and CRS; the user says what each layer
// becomes (building, PV field, green space, the site boundary, or nothing) with an optional
// attribute filter, which attributes give height, storeys, name and use type (with a value
// mapping), and for data without a CRS (DXF) the drawing units, rotation and offset. A preview
// draws the result over the park and counts imported, repaired and skipped features, listing
// each repair and skip with its reason. The import runs off the UI thread; the newest settings win.
//
// apply() adds the accepted result to the document as one undo step.

#include "geo/geoimport.h"
#include "model/park.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QComboBox;
class QDoubleSpinBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pz {

class ParkDocument;

struct ImportOutcome {
    std::vector<geo::ImportResult> layers;   // one per layer imported, in table order
    QString error;                           // the first fatal problem; nothing is imported then
    int imported = 0, repaired = 0, skipped = 0;
    QStringList details;                     // describeRepairs / describeSkipped of every layer
};

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // dataset: what inspectDataset() found in path. park: the document's park (for the preview
    // and the placement: an empty park takes its location from the data).
    ImportDialog(const QString &path, geo::DatasetInfo dataset, const Park &park, QWidget *parent = nullptr);

    // The layers' rows: what each becomes (nullopt: not imported) and its filter.
    int layerCount() const;
    void setLayerKind(int row, std::optional<geo::ImportKind> kind);
    void setLayerFilter(int row, const QString &where);
    // The last preview's outcome; valid once previewReady() was emitted. Import is enabled only
    // while it is the outcome of the settings shown, so after accept() it is what to apply.
    const ImportOutcome &outcome() const { return m_outcome; }
    QString summaryText() const;

    // Adds outcome to the document as one undo step ("Import <file>"): the site's location (for an
    // empty park) and boundary, and the objects. Returns the number of objects added.
    static int apply(ParkDocument &document, const ImportOutcome &outcome, const QString &fileName);

Q_SIGNALS:
    void previewReady();

private:
    void buildLayerTable();
    QWidget *buildAttributeBox();
    QWidget *buildDrawingBox();
    geo::ImportOptions commonOptions() const;
    // The options of every layer to import, read from the widgets (UI thread only).
    std::vector<geo::ImportOptions> layerOptions() const;
    // The import itself; safe on any thread.
    static ImportOutcome runImport(const QString &path, const Park &park, const std::vector<geo::ImportOptions> &layers);
    void schedulePreview();
    void startPreview();
    void showPreview();
    void drawPreview();
    void updateImportButton();

    QString m_path;
    geo::DatasetInfo m_dataset;
    Park m_park;
    QTableWidget *m_layers = nullptr;
    QComboBox *m_height = nullptr, *m_levels = nullptr, *m_name = nullptr, *m_useType = nullptr;
    QDoubleSpinBox *m_storeyHeight = nullptr;
    QTableWidget *m_useTypeValues = nullptr;
    QComboBox *m_units = nullptr;
    QDoubleSpinBox *m_rotation = nullptr, *m_offsetEast = nullptr, *m_offsetNorth = nullptr;
    QLineEdit *m_encoding = nullptr, *m_crs = nullptr;
    QGraphicsScene *m_previewScene = nullptr;
    QGraphicsView *m_previewView = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_importButton = nullptr;
    QTimer m_debounce;
    QFutureWatcher<ImportOutcome> m_watcher;
    bool m_pending = false;
    ImportOutcome m_outcome;
};

} // namespace pz
