// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The generic value-change command: replaces whole object values (move, rotate, reshape,
// property edits alike). Consecutive commands with the same non-empty merge key merge into one
// undo step, keeping the first "before" values; a merged step whose values are back at those
// "before" values is obsolete, and QUndoStack drops it.

#include "model/parkobject.h"

#include <QUndoCommand>
#include <vector>

namespace pz {

class ParkDocument;

class ChangeObjectsCommand : public QUndoCommand
{
public:
    ChangeObjectsCommand(ParkDocument *document, std::vector<ParkObject> before, std::vector<ParkObject> after,
                         const QString &text, const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ParkDocument *m_document;
    std::vector<ParkObject> m_before;
    std::vector<ParkObject> m_after;
    QString m_mergeKey;
};

} // namespace pz
