// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns the site-plan tools and their checkable, mutually exclusive QActions (with shortcuts);
// exactly one tool is active at a time. The main window owns it; the map view forwards input to
// its active tool. Tools hand over to each other through signals it connects.

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace pz {

class AbstractTool;
class ToolContext;
class SelectTool;
class DrawShapeTool;
class PlaceStorageTool;
class PlaceTurbineTool;
class EditVerticesTool;
class MeasureTool;

class ToolManager : public QObject
{
    Q_OBJECT
public:
    explicit ToolManager(ToolContext *context, QObject *parent = nullptr);
    ~ToolManager() override;

    QList<QAction *> actions() const;
    QList<AbstractTool *> tools() const { return m_tools; }
    AbstractTool *activeTool() const { return m_active; }
    void activate(AbstractTool *tool);

    SelectTool *selectTool() const { return m_select; }
    DrawShapeTool *buildingTool() const { return m_building; }
    DrawShapeTool *pvFieldTool() const { return m_pvField; }
    DrawShapeTool *greenSpaceTool() const { return m_greenSpace; }
    DrawShapeTool *siteBoundaryTool() const { return m_siteBoundary; }
    PlaceStorageTool *storageTool() const { return m_storage; }
    PlaceTurbineTool *turbineTool() const { return m_turbine; }
    EditVerticesTool *editVerticesTool() const { return m_editVertices; }
    MeasureTool *measureTool() const { return m_measure; }

Q_SIGNALS:
    void activeToolChanged(pz::AbstractTool *tool);

private:
    void add(AbstractTool *tool);

    ToolContext *m_context;
    QActionGroup *m_group;
    QList<AbstractTool *> m_tools;
    AbstractTool *m_active = nullptr;
    SelectTool *m_select = nullptr;
    DrawShapeTool *m_building = nullptr;
    DrawShapeTool *m_pvField = nullptr;
    DrawShapeTool *m_greenSpace = nullptr;
    DrawShapeTool *m_siteBoundary = nullptr;
    PlaceStorageTool *m_storage = nullptr;
    PlaceTurbineTool *m_turbine = nullptr;
    EditVerticesTool *m_editVertices = nullptr;
    MeasureTool *m_measure = nullptr;
};

} // namespace pz
