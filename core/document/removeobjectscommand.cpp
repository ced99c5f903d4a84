// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/removeobjectscommand.h"

#include "document/parkdocument.h"

namespace pz {

RemoveObjectsCommand::RemoveObjectsCommand(ParkDocument *document, ObjectIds ids, const QString &text)
    : QUndoCommand(text), m_document(document), m_ids(std::move(ids))
{
}

void RemoveObjectsCommand::redo()
{
    m_removed = m_document->takeObjects(m_ids);
}

void RemoveObjectsCommand::undo()
{
    m_document->insertObjects(m_removed);
}

} // namespace pz
