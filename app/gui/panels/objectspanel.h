// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Objects panel: the park's objects as a tree by kind, with a search filter and visibility
// and lock toggles (applied through the document, so they can be undone). Its selection follows
// the shared SelectionModel and drives it.

#include "model/objectid.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pz {

class ParkDocument;
class SelectionModel;
struct ChangeEvent;

class ObjectsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, VisibleColumn, LockedColumn };

    ObjectsPanel(ParkDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The tree item of an object, or nullptr.
    QTreeWidgetItem *itemFor(ObjectId id) const;

Q_SIGNALS:
    // An object was double-clicked (the window zooms to it).
    void objectActivated(pz::ObjectId id);

private:
    void rebuild();
    void updateItems(const ObjectIds &ids);
    void updateItem(QTreeWidgetItem *item);
    void applyFilter();
    void onDocumentChanged(const pz::ChangeEvent &event);
    void onTreeSelectionChanged();
    void onSelectionChanged();
    void onItemChanged(QTreeWidgetItem *item, int column);

    ParkDocument *m_document;
    SelectionModel *m_selection;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    bool m_syncing = false;
};

} // namespace pz
