// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Edit menu's object actions on the current selection: Delete, Duplicate, Copy, Cut, Paste
// and Select all. Copy puts the objects on the system clipboard as JSON under a ParkZero MIME
// type, so pasting works between windows and between running instances.

#include <QObject>

class QAction;

namespace pz {

class ParkDocument;
class SelectionModel;

class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(ParkDocument *document, SelectionModel *selection, QObject *parent = nullptr);

    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *copyAction() const { return m_copy; }
    QAction *cutAction() const { return m_cut; }
    QAction *pasteAction() const { return m_paste; }
    QAction *selectAllAction() const { return m_selectAll; }
    QList<QAction *> actions() const;

    // The operations behind the actions (also callable directly).
    void deleteSelection();
    void duplicateSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void selectAll();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateEnabled();

    ParkDocument *m_document;
    SelectionModel *m_selection;
    QAction *m_delete;
    QAction *m_duplicate;
    QAction *m_copy;
    QAction *m_cut;
    QAction *m_paste;
    QAction *m_selectAll;
};

} // namespace pz
