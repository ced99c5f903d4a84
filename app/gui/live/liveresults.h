// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the results on screen in step with the document: every change starts a computation on
// the compute engine (off the UI thread, newest wins), and each result updates the results
// panel, the map's colouring of PV objects (by specific yield or by shading loss, with a legend)
// and the map's hover tooltips. While a tool previews a change (a drag under way), the previewed
// park is computed too, so the figures follow the drag; preview results are shown at most every
// kPreviewIntervalMs so that the drag stays smooth. Shadows of the sun study are drawn in the same
// overlay.

#include "engine/simulationresult.h"
#include "map/mapoverlay.h"
#include "model/parkobject.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QObject>
#include <QPolygonF>
#include <optional>

class QAction;
class QActionGroup;
class QTimer;

namespace pz {

class ComputeEngine;
class MapScene;
class ParkDocument;
class ResultsPanel;

class LiveResults : public QObject
{
    Q_OBJECT
public:
    enum class Colouring { None, SpecificYield, ShadingLoss, HeatIntensity };
    static constexpr int kPreviewIntervalMs = 100;

    LiveResults(ParkDocument *document, MapScene *map, ResultsPanel *panel, QObject *parent = nullptr);
    ~LiveResults() override;

    ComputeEngine *engine() const { return m_engine; }
    const SimulationResult &result() const;

    Colouring colouring() const { return m_colouring; }
    void setColouring(Colouring colouring);
    // The map colouring of r's PV objects with its legend (no shadows); empty for None or a
    // failed result. The client report draws the plan with the same colouring.
    static MapOverlay colouringOverlay(const SimulationResult &r, Colouring colouring, const QLocale &locale);
    // Checkable actions choosing the map colouring (for the View menu).
    QList<QAction *> colouringActions() const;

    // Ground shadows of the sun study (plan metres); empty to hide them.
    void setShadows(const QVector<QPolygonF> &shadows);

    // The tooltip text for an object with the live numbers of the latest result.
    QString toolTipFor(ObjectId id) const;

Q_SIGNALS:
    void resultApplied(const pz::SimulationResult &result);

private:
    void onResult(const SimulationResult &result);
    void apply(const SimulationResult &result);
    void onPreviewChanged(const std::vector<ParkObject> &values);
    void onPreviewEnded();
    void updateOverlay();
    static void addTurbineColours(const SimulationResult &r, MapOverlay &overlay, const QLocale &locale);
    static void addHeatColouring(const SimulationResult &r, MapOverlay &overlay, const QLocale &locale);

    ParkDocument *m_document;
    MapScene *m_map;
    ResultsPanel *m_panel;
    ComputeEngine *m_engine;
    Colouring m_colouring = Colouring::None;
    QActionGroup *m_colouringGroup;
    QVector<QPolygonF> m_shadows;
    QElapsedTimer m_sincePreviewApplied;
    std::optional<SimulationResult> m_heldPreview;  // waits for the interval to pass
    QTimer *m_previewTimer;
};

} // namespace pz
