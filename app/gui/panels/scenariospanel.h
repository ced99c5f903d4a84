// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Scenarios panel: the project's scenarios (variants of the park) in a list with a combo box
// of the active one. Clicking a scenario (or choosing it in the combo box) switches to it; New
// copies the active scenario and switches to the copy; Rename edits its name in place; the note
// field below edits its note; Delete (not the last one) and Move up/down act on the active
// scenario. Every action is one undoable document edit; the panel only mirrors the document.

#include <QString>
#include <QWidget>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QToolButton;

namespace pz {

class ParkDocument;
struct ChangeEvent;

class ScenariosPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenariosPanel(ParkDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QComboBox *activeCombo() const { return m_combo; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QToolButton *newButton() const { return m_new; }
    QToolButton *renameButton() const { return m_rename; }
    QToolButton *deleteButton() const { return m_delete; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }

private:
    void createWidgets();
    void refresh();
    void onDocumentChanged(const pz::ChangeEvent &event);
    void onItemChanged(QListWidgetItem *item);
    void onNoteEdited();
    void switchTo(int index);
    void moveActive(int step);
    QString activeId() const;

    ParkDocument *m_document;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    bool m_syncing = false;
    QString m_noteMergeKey;  // one undo step per stretch of typing in the note
};

} // namespace pz
