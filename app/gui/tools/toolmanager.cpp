#include "tools/toolmanager.h"

#include "map/mapview.h"
#include "tools/drawshapetool.h"
#include "tools/editverticestool.h"
#include "tools/measuretool.h"
#include "tools/placestoragetool.h"
#include "tools/selecttool.h"

#include <QAction>
#include <QActionGroup>

namespace pz {

ToolManager::ToolManager(MapView *view) : QObject(view), m_view(view), m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    add(m_select = new SelectTool(view));
    add(m_building = new DrawShapeTool(view, DrawShapeTool::Target::Building));
    add(m_pvField = new DrawShapeTool(view, DrawShapeTool::Target::PvField));
    add(m_greenSpace = new DrawShapeTool(view, DrawShapeTool::Target::GreenSpace));
    add(m_siteBoundary = new DrawShapeTool(view, DrawShapeTool::Target::SiteBoundary));
    add(m_storage = new PlaceStorageTool(view));
    add(m_editVertices = new EditVerticesTool(view));
    add(m_measure = new MeasureTool(view));
    activate(m_select);
}

ToolManager::~ToolManager()
{
    if (m_active)
        m_active->deactivate();
    m_active = nullptr;
    qDeleteAll(m_tools);
}

void ToolManager::add(AbstractTool *tool)
{
    m_tools << tool;
    QAction *action = tool->action();
    action->setCheckable(true);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, tool] { activate(tool); });
}

QList<QAction *> ToolManager::actions() const
{
    return m_group->actions();
}

void ToolManager::activate(AbstractTool *tool)
{
    if (!tool || tool == m_active)
        return;
    if (m_active)
        m_active->deactivate();
    m_active = tool;
    tool->action()->setChecked(true);
    tool->activate();
    m_view->updateHandles();
    Q_EMIT activeToolChanged(tool);
}

} // namespace pz
