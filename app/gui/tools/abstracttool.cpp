// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/abstracttool.h"

#include "tools/toolcontext.h"

namespace pz {

AbstractTool::AbstractTool(ToolContext *context, QObject *parent) : QObject(parent), m_context(context) {}

AbstractTool::~AbstractTool() = default;

ParkDocument *AbstractTool::document() const
{
    return m_context->document();
}

SelectionModel *AbstractTool::selection() const
{
    return m_context->selection();
}

void AbstractTool::activate()
{
    m_context->setCursor(cursor());
    if (!hint().isEmpty())
        showStatus(hint());
}

void AbstractTool::deactivate()
{
    m_context->setInputText({});
}

void AbstractTool::showStatus(const QString &text) const
{
    m_context->showStatus(text);
}

} // namespace pz
