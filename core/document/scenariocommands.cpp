// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/scenariocommands.h"

#include "document/commandid.h"
#include "document/parkdocument.h"

namespace pz {

AddRemoveScenarioCommand::AddRemoveScenarioCommand(ParkDocument *document, Direction direction, int index,
                                                   Scenario scenario, QString activeWhenPresent,
                                                   QString activeWhenAbsent, const QString &text)
    : QUndoCommand(text), m_document(document), m_direction(direction), m_index(index),
      m_scenario(std::move(scenario)), m_activeWhenPresent(std::move(activeWhenPresent)),
      m_activeWhenAbsent(std::move(activeWhenAbsent))
{
}

void AddRemoveScenarioCommand::redo()
{
    m_direction == Direction::Add ? insert() : remove();
}

void AddRemoveScenarioCommand::undo()
{
    m_direction == Direction::Add ? remove() : insert();
}

void AddRemoveScenarioCommand::insert()
{
    m_document->insertScenario(m_index, m_scenario, m_activeWhenPresent);
}

void AddRemoveScenarioCommand::remove()
{
    // The value taken is the one given (the history is linear), kept for a later insert.
    m_scenario = m_document->takeScenario(m_index, m_activeWhenAbsent);
}

ChangeScenarioCommand::ChangeScenarioCommand(ParkDocument *document, QString id, Info before, Info after,
                                             const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_id(std::move(id)), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(mergeKey)
{
}

void ChangeScenarioCommand::redo()
{
    m_document->setScenarioInfo(m_id, m_after.name, m_after.note);
}

void ChangeScenarioCommand::undo()
{
    m_document->setScenarioInfo(m_id, m_before.name, m_before.note);
}

int ChangeScenarioCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(CommandId::ChangeScenario);
}

bool ChangeScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeScenarioCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_id != m_id)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

MoveScenarioCommand::MoveScenarioCommand(ParkDocument *document, int from, int to, const QString &text)
    : QUndoCommand(text), m_document(document), m_from(from), m_to(to)
{
}

void MoveScenarioCommand::redo()
{
    m_document->placeScenario(m_from, m_to);
}

void MoveScenarioCommand::undo()
{
    m_document->placeScenario(m_to, m_from);
}

SwitchScenarioCommand::SwitchScenarioCommand(ParkDocument *document, QString fromId, QString toId,
                                             const QString &text)
    : QUndoCommand(text), m_document(document), m_fromId(std::move(fromId)), m_toId(std::move(toId))
{
}

void SwitchScenarioCommand::redo()
{
    m_document->activateScenario(m_toId);
}

void SwitchScenarioCommand::undo()
{
    m_document->activateScenario(m_fromId);
}

int SwitchScenarioCommand::id() const
{
    return int(CommandId::SwitchScenario);
}

bool SwitchScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SwitchScenarioCommand *>(other);
    m_toId = o->m_toId;
    setText(o->text());
    setObsolete(m_toId == m_fromId);
    return true;
}

} // namespace pz
