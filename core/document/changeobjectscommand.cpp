// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changeobjectscommand.h"

#include "document/commandid.h"
#include "document/parkdocument.h"

namespace pz {

ChangeObjectsCommand::ChangeObjectsCommand(ParkDocument *document, std::vector<ParkObject> before,
                                           std::vector<ParkObject> after, const QString &text,
                                           const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void ChangeObjectsCommand::redo()
{
    m_document->replaceObjects(m_after);
}

void ChangeObjectsCommand::undo()
{
    m_document->replaceObjects(m_before);
}

int ChangeObjectsCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(CommandId::ChangeObjects);
}

bool ChangeObjectsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeObjectsCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_after.size() != m_after.size())
        return false;
    for (std::size_t i = 0; i < m_after.size(); ++i)
        if (idOf(o->m_after[i]) != idOf(m_after[i]))
            return false;
    m_after = o->m_after;
    // Back where the gesture started (a spin box turned up and back): no step is left.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace pz
