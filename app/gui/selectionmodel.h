// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The set of selected objects, shared by the map, the object list, the properties panel and the
// results table. Kept in sync with the document: removed objects leave the selection.

#include "model/objectid.h"

#include <QObject>

namespace pz {

class ParkDocument;
struct ChangeEvent;

class SelectionModel : public QObject
{
    Q_OBJECT
public:
    explicit SelectionModel(ParkDocument *document, QObject *parent = nullptr);

    const ObjectIds &selectedIds() const { return m_ids; }
    bool isSelected(ObjectId id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    void setSelection(const ObjectIds &ids);
    void select(ObjectId id);        // replaces the selection with this one object
    void add(const ObjectIds &ids);
    void remove(const ObjectIds &ids);
    void toggle(ObjectId id);
    void clear();

Q_SIGNALS:
    void selectionChanged(const pz::ObjectIds &selected);

private:
    void onDocumentChanged(const pz::ChangeEvent &event);

    ParkDocument *m_document;
    ObjectIds m_ids;
};

} // namespace pz
