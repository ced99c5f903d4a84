// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolmanager.h"

#include "resourceinit.h"
#include "tools/drawshapetool.h"
#include "tools/editverticestool.h"
#include "tools/measuretool.h"
#include "tools/placestoragetool.h"
#include "tools/placeturbinetool.h"
#include "tools/selecttool.h"
#include "tools/toolcontext.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>

namespace pz {

ToolManager::ToolManager(ToolContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_group(new QActionGroup(this))
{
    ensureResources();
    m_group->setExclusive(true);
    add(m_select = new SelectTool(context));
    add(m_building = new DrawShapeTool(context, DrawShapeTool::Target::Building));
    add(m_pvField = new DrawShapeTool(context, DrawShapeTool::Target::PvField));
    add(m_greenSpace = new DrawShapeTool(context, DrawShapeTool::Target::GreenSpace));
    add(m_siteBoundary = new DrawShapeTool(context, DrawShapeTool::Target::SiteBoundary));
    add(m_storage = new PlaceStorageTool(context));
    add(m_turbine = new PlaceTurbineTool(context));
    add(m_editVertices = new EditVerticesTool(context));
    add(m_measure = new MeasureTool(context));
    const auto icon = [](AbstractTool *tool, const char *name) {
        tool->action()->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    };
    icon(m_select, "select");
    icon(m_building, "building");
    icon(m_pvField, "pvfield");
    icon(m_greenSpace, "greenspace");
    icon(m_siteBoundary, "siteboundary");
    icon(m_storage, "storage");
    icon(m_turbine, "turbine");
    icon(m_editVertices, "editvertices");
    icon(m_measure, "measure");
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
    connect(tool, &AbstractTool::editVerticesRequested, this, [this] { activate(m_editVertices); });
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
    m_context->setRotateHandleShown(tool->showsRotateHandle());
    Q_EMIT activeToolChanged(tool);
}

} // namespace pz
