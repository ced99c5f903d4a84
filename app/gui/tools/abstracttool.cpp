#include "tools/abstracttool.h"

#include "map/mapview.h"

namespace pz {

AbstractTool::AbstractTool(MapView *view) : QObject(view), m_view(view) {}

AbstractTool::~AbstractTool() = default;

ParkDocument *AbstractTool::document() const
{
    return m_view->document();
}

SelectionModel *AbstractTool::selection() const
{
    return m_view->selection();
}

void AbstractTool::activate()
{
    m_view->viewport()->setCursor(cursor());
    if (!hint().isEmpty())
        showStatus(hint());
}

void AbstractTool::deactivate()
{
    m_view->setInputText({});
}

void AbstractTool::showStatus(const QString &text) const
{
    m_view->showStatus(text);
}

} // namespace pz
