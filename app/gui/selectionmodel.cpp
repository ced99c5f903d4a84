// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionmodel.h"

#include "document/parkdocument.h"

namespace pz {

SelectionModel::SelectionModel(ParkDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &ParkDocument::changed, this, &SelectionModel::onDocumentChanged);
}

void SelectionModel::setSelection(const ObjectIds &ids)
{
    ObjectIds unique;
    for (ObjectId id : ids)
        if (!unique.contains(id) && m_document->park().contains(id))
            unique << id;
    if (unique == m_ids)
        return;
    m_ids = unique;
    Q_EMIT selectionChanged(m_ids);
}

void SelectionModel::select(ObjectId id)
{
    setSelection({id});
}

void SelectionModel::add(const ObjectIds &ids)
{
    setSelection(m_ids + ids);
}

void SelectionModel::remove(const ObjectIds &ids)
{
    ObjectIds kept;
    for (ObjectId id : m_ids)
        if (!ids.contains(id))
            kept << id;
    setSelection(kept);
}

void SelectionModel::toggle(ObjectId id)
{
    if (isSelected(id))
        remove({id});
    else
        add({id});
}

void SelectionModel::clear()
{
    setSelection({});
}

void SelectionModel::onDocumentChanged(const ChangeEvent &event)
{
    // Another scenario keeps the ids of the objects it shares with this one: they stay selected.
    if (event.type == ChangeEvent::Type::ObjectsRemoved || event.type == ChangeEvent::Type::ParkReset ||
        event.type == ChangeEvent::Type::ScenarioSwitched)
        setSelection(m_ids);  // drops ids that are gone
}

} // namespace pz
