// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The undo commands of a project's scenarios: add or delete one (one class, either direction),
// rename and annotate, reorder, switch the active one. Each redo/undo ends with one changed()
// event: ScenarioSwitched when the active scenario changes, else ScenariosChanged.

#include "model/project.h"

#include <QUndoCommand>

namespace pz {

class ParkDocument;

// Adds a scenario at an index (Direction::Add) or deletes the one there (Direction::Remove);
// undo does the other. activeWhenPresent / activeWhenAbsent: the active scenario's id after
// the scenario came in or went.
class AddRemoveScenarioCommand : public QUndoCommand
{
public:
    enum class Direction { Add, Remove };
    AddRemoveScenarioCommand(ParkDocument *document, Direction direction, int index, Scenario scenario,
                             QString activeWhenPresent, QString activeWhenAbsent, const QString &text);
    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();

    ParkDocument *m_document;
    Direction m_direction;
    int m_index;
    Scenario m_scenario;
    QString m_activeWhenPresent;
    QString m_activeWhenAbsent;
};

// A scenario's name and note; consecutive edits with one merge key are one step.
class ChangeScenarioCommand : public QUndoCommand
{
public:
    struct Info {
        QString name;
        QString note;
        bool operator==(const Info &other) const = default;
    };
    ChangeScenarioCommand(ParkDocument *document, QString id, Info before, Info after, const QString &text,
                          const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ParkDocument *m_document;
    QString m_id;
    Info m_before;
    Info m_after;
    QString m_mergeKey;
};

// Moves a scenario from one place in the list to another.
class MoveScenarioCommand : public QUndoCommand
{
public:
    MoveScenarioCommand(ParkDocument *document, int from, int to, const QString &text);
    void redo() override;
    void undo() override;

private:
    ParkDocument *m_document;
    int m_from;
    int m_to;
};

// Makes another scenario active. Consecutive switches merge into one step; a step that ends
// where it began is dropped.
class SwitchScenarioCommand : public QUndoCommand
{
public:
    SwitchScenarioCommand(ParkDocument *document, QString fromId, QString toId, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ParkDocument *m_document;
    QString m_fromId;
    QString m_toId;
};

} // namespace pz
