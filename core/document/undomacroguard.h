// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII guard for multi-step edits: everything pushed while it lives is one undo step.
//   PZ_UNDO_MACRO(document, tr("Paste"));

#include <QUndoStack>

namespace pz {

class UndoMacroGuard
{
public:
    UndoMacroGuard(QUndoStack *stack, const QString &text) : m_stack(stack) { m_stack->beginMacro(text); }
    ~UndoMacroGuard() { m_stack->endMacro(); }
    UndoMacroGuard(const UndoMacroGuard &) = delete;
    UndoMacroGuard &operator=(const UndoMacroGuard &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace pz

#define PZ_UNDO_MACRO_CAT2(a, b) a##b
#define PZ_UNDO_MACRO_CAT(a, b) PZ_UNDO_MACRO_CAT2(a, b)
#define PZ_UNDO_MACRO(document, text) \
    ::pz::UndoMacroGuard PZ_UNDO_MACRO_CAT(pzUndoMacroGuard_, __LINE__)((document)->undoStack(), (text))
