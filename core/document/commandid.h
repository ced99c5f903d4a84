// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QUndoCommand ids for commands that can merge (QUndoCommand::id()). One enum so ids never clash.

namespace pz {

enum class CommandId : int {
    ChangeObjects = 1,
    ChangeSite = 2,
    ChangeScenario = 3,
    SwitchScenario = 4,
};

} // namespace pz
