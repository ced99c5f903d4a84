// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Removes objects; undo puts them back at their old indices with their old ids.

#include "model/parkobject.h"

#include <QUndoCommand>
#include <vector>

namespace pz {

class ParkDocument;

class RemoveObjectsCommand : public QUndoCommand
{
public:
    RemoveObjectsCommand(ParkDocument *document, ObjectIds ids, const QString &text);
    void redo() override;
    void undo() override;

private:
    ParkDocument *m_document;
    ObjectIds m_ids;
    std::vector<std::pair<int, ParkObject>> m_removed;
};

} // namespace pz
