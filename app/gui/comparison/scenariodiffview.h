// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The map diff of the Comparison dock: two scenarios chosen in drop-downs, the list of objects
// added, removed and changed from the first to the second (diffParks), and a read-only site plan
// of the second scenario with those objects outlined: added green, changed amber, removed drawn
// dashed in red where they stood in the first, with a legend.

#include "model/parkdiff.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QGraphicsItem;
class QLabel;
class QListWidget;

namespace pz {

class MapScene;
class MapView;
class ParkDocument;
class SelectionModel;
struct ChangeEvent;

class ScenarioDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioDiffView(ParkDocument *document, QWidget *parent = nullptr);
    ~ScenarioDiffView() override;

    // Chooses the scenarios by index in the project (the combos follow).
    void setScenarios(int fromIndex, int toIndex);
    const ParkDiff &diff() const { return m_diff; }
    QListWidget *list() const { return m_list; }
    MapView *mapView() const { return m_view; }
    // The outlines drawn over the plan: how many of each kind (tests).
    int markerCount() const { return int(m_markers.size()); }

    static QColor addedColor();
    static QColor removedColor();
    static QColor changedColor();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillCombos();
    void refresh();
    void fillList(const Park &from, const Park &to);
    void drawMarkers(const Park &from, const Park &to);

    ParkDocument *m_document;
    std::unique_ptr<ParkDocument> m_shown;      // the second scenario's park, never edited
    std::unique_ptr<SelectionModel> m_selection;
    MapScene *m_scene;
    MapView *m_view;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QListWidget *m_list;
    ParkDiff m_diff;
    std::vector<QGraphicsItem *> m_markers;
    bool m_dirty = true;
    bool m_fitted = false;
};

} // namespace pz
