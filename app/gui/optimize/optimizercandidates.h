// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer's candidates as a tree (spec §16.1, §16.8): the PV fields and the roofs with
// PV (placed and largest kWp), the wind groups with their turbines, and the stores, each with
// its role (candidate, keep, fixed, excluded) editable in place; a group's role sets all its
// turbines. One edit is one undo step. The selection follows the map's and the map's follows it.

#include "model/objectid.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace pz {

class ParkDocument;
class SelectionModel;
struct SimulationResult;

class OptimizerCandidates : public QWidget
{
    Q_OBJECT
public:
    OptimizerCandidates(ParkDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The placed kWp of PV objects come from the latest result of the park.
    void setResult(const SimulationResult &result);
    // Rebuilds the rows from the document.
    void rebuild();

private:
    void addRoleCombo(QTreeWidgetItem *item, const ObjectIds &ids, int role);
    void setRole(const ObjectIds &ids, int role);
    void onTreeSelection();
    void onMapSelection();

    ParkDocument *m_document;
    SelectionModel *m_selection;
    QTreeWidget *m_tree;
    QHash<ObjectId, double> m_placedKWp;
    bool m_syncing = false;
};

} // namespace pz
