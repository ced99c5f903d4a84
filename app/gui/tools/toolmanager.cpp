#include "tools/toolmanager.h"

#include "map/mapview.h"
#include "tools/abstracttool.h"

#include <QAction>
#include <QActionGroup>

namespace pz {

ToolManager::ToolManager(MapView *view) : QObject(view), m_view(view), m_group(new QActionGroup(this))
{
}

ToolManager::~ToolManager() = default;

QList<QAction *> ToolManager::actions() const
{
    return m_group->actions();
}

void ToolManager::activate(AbstractTool *tool)
{
    m_active = tool;
    Q_EMIT activeToolChanged(tool);
}

} // namespace pz
