// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Turbine tool's options bar, shown while the tool is active: the grid that Shift+click
// places (rows, turbines per row, spacing in the row and between rows in rotor diameters, the
// row's angle), a button that turns the rows across the site's prevailing wind, and typed plan
// coordinates at which to place one turbine or the grid. It edits the tool's settings and
// follows them when they change elsewhere (R on the map).

#include <QToolBar>

class QDoubleSpinBox;
class QSpinBox;
class QToolButton;

namespace pz {

class PlaceTurbineTool;

class TurbineToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TurbineToolBar(PlaceTurbineTool *tool, QWidget *parent = nullptr);

    QSpinBox *rowsBox() const { return m_rows; }
    QSpinBox *perRowBox() const { return m_perRow; }
    QDoubleSpinBox *spacingBox() const { return m_spacing; }
    QDoubleSpinBox *rowSpacingBox() const { return m_rowSpacing; }
    QDoubleSpinBox *angleBox() const { return m_angle; }
    QDoubleSpinBox *xBox() const { return m_x; }
    QDoubleSpinBox *yBox() const { return m_y; }
    QToolButton *alignButton() const { return m_align; }
    QToolButton *placeOneButton() const { return m_placeOne; }
    QToolButton *placeGridButton() const { return m_placeGrid; }

private:
    void addSpinBoxes();
    void addPlaceAt();
    void refresh();

    PlaceTurbineTool *m_tool;
    QSpinBox *m_rows = nullptr, *m_perRow = nullptr;
    QDoubleSpinBox *m_spacing = nullptr, *m_rowSpacing = nullptr, *m_angle = nullptr;
    QDoubleSpinBox *m_x = nullptr, *m_y = nullptr;
    QToolButton *m_align = nullptr, *m_placeOne = nullptr, *m_placeGrid = nullptr;
};

} // namespace pz
