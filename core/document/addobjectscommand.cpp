// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/addobjectscommand.h"

#include "document/parkdocument.h"

namespace pz {

AddObjectsCommand::AddObjectsCommand(ParkDocument *document, std::vector<std::pair<int, ParkObject>> indexed,
                                     const QString &text)
    : QUndoCommand(text), m_document(document), m_indexed(std::move(indexed))
{
}

void AddObjectsCommand::redo()
{
    m_document->insertObjects(m_indexed);
}

void AddObjectsCommand::undo()
{
    ObjectIds ids;
    for (const auto &entry : m_indexed)
        ids << idOf(entry.second);
    m_document->takeObjects(ids);
}

} // namespace pz
