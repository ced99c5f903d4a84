// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changesitecommand.h"

#include "document/commandid.h"
#include "document/parkdocument.h"

namespace pz {

ChangeSiteCommand::ChangeSiteCommand(ParkDocument *document, Site before, Site after, const QString &text,
                                     const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void ChangeSiteCommand::redo()
{
    m_document->replaceSite(m_after);
}

void ChangeSiteCommand::undo()
{
    m_document->replaceSite(m_before);
}

int ChangeSiteCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(CommandId::ChangeSite);
}

bool ChangeSiteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeSiteCommand *>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    // Back where the gesture started: no step is left.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace pz
