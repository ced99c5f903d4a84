// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Places wind turbines (spec wind.md §12): a click places one of the default type; Shift+click
// places a grid of rowCount() rows of turbinesPerRow() turbines from the click, spacingDiameters()
// rotor diameters apart along the row (at rowAngleDeg(), counter-clockwise from east; R turns it
// by 90°) and rowSpacingDiameters() apart between rows (to the row's left), as one undo step;
// placeAt() and placeGrid() take typed plan coordinates as well (the tool's options bar). The
// ghost shows the rotor disc to scale and a dashed ring at the recommended spacing: along the
// site's prevailing wind (from the latest result's wind rose) the row spacing, across it the
// spacing in the row, so that the next turbine can be placed at a safe distance (checkLayout
// warns below 3 D). alignRowToWind() turns the rows across the prevailing wind.

#include "model/objectid.h"
#include "tools/abstracttool.h"

namespace pz {

class ShapePreviewItem;

class PlaceTurbineTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit PlaceTurbineTool(ToolContext *context);
    ~PlaceTurbineTool() override;

    int turbinesPerRow() const { return m_perRow; }
    void setTurbinesPerRow(int count);
    int rowCount() const { return m_rows; }
    void setRowCount(int count);
    double spacingDiameters() const { return m_spacingDiameters; }
    void setSpacingDiameters(double diameters);
    double rowSpacingDiameters() const { return m_rowSpacingDiameters; }
    void setRowSpacingDiameters(double diameters);
    double rowAngleDeg() const { return m_rowAngleDeg; }
    void setRowAngleDeg(double angleDeg);
    // Where the site's prevailing wind comes from (degrees clockwise from plan north, as the
    // wake model reads directions); negative when the weather has no directions.
    double prevailingWindDeg() const { return m_prevailingWindDeg; }
    void setPrevailingWindDeg(double directionDeg);
    bool hasPrevailingWind() const { return m_prevailingWindDeg >= 0; }
    // Turns the rows across the prevailing wind (nothing without one); returns whether it did.
    bool alignRowToWind();
    // The rotor diameter of the type placed (the default built-in type).
    static double rotorDiameterM();

    // Adds one turbine at position; returns its id (0 when refused).
    ObjectId placeAt(const Point2 &position);
    // Adds the grid from its first turbine at start; returns the ids (empty when refused).
    ObjectIds placeGrid(const Point2 &start);
    // The positions placeGrid(start) would use, row by row.
    std::vector<Point2> gridPositions(const Point2 &start) const;

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

Q_SIGNALS:
    // The grid or spacing changed (from a key, alignRowToWind or a setter), for the options bar.
    void settingsChanged();

private:
    void updateGhost();
    void changed();

    ShapePreviewItem *m_disc;
    ShapePreviewItem *m_ring;
    ShapePreviewItem *m_windAxis;
    Point2 m_cursor;
    bool m_hasCursor = false;
    bool m_active = false;
    int m_perRow = 5;
    int m_rows = 1;
    double m_spacingDiameters = 4.0;
    double m_rowSpacingDiameters = 7.0;
    double m_rowAngleDeg = 0.0;
    double m_prevailingWindDeg = -1.0;
};

} // namespace pz
