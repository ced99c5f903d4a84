// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds objects (with ids already assigned) at given indices; undo removes them.

#include "model/parkobject.h"

#include <QUndoCommand>
#include <vector>

namespace pz {

class ParkDocument;

class AddObjectsCommand : public QUndoCommand
{
public:
    AddObjectsCommand(ParkDocument *document, std::vector<std::pair<int, ParkObject>> indexed,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    ParkDocument *m_document;
    std::vector<std::pair<int, ParkObject>> m_indexed;
};

} // namespace pz
