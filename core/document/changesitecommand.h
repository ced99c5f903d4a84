// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Replaces the site settings; merges like ChangeObjectsCommand (a merged step back at the
// first "before" site is obsolete and dropped).

#include "model/site.h"

#include <QUndoCommand>

namespace pz {

class ParkDocument;

class ChangeSiteCommand : public QUndoCommand
{
public:
    ChangeSiteCommand(ParkDocument *document, Site before, Site after, const QString &text,
                      const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ParkDocument *m_document;
    Site m_before;
    Site m_after;
    QString m_mergeKey;
};

} // namespace pz
