// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Places wind turbines (spec wind.md §12): a click places one of the default type; Shift+click
// places a row of rowCount() turbines from the click at spacingDiameters() rotor diameters
// along rowAngleDeg() (counter-clockwise from east; R turns it by 90°), as one undo step. The
// ghost shows the rotor disc to scale and a dashed ring at the spacing, so that the next turbine
// can be placed at a safe distance (checkLayout warns below 3 D).

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

    int rowCount() const { return m_rowCount; }
    void setRowCount(int count);
    double spacingDiameters() const { return m_spacingDiameters; }
    void setSpacingDiameters(double diameters);
    double rowAngleDeg() const { return m_rowAngleDeg; }
    void setRowAngleDeg(double angleDeg);
    // The rotor diameter of the type placed (the default built-in type).
    static double rotorDiameterM();

    // Adds one turbine at position; returns its id (0 when refused).
    ObjectId placeAt(const Point2 &position);
    // Adds a row from start; returns the ids (empty when refused).
    ObjectIds placeRow(const Point2 &start);

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

private:
    void updateGhost();

    ShapePreviewItem *m_disc;
    ShapePreviewItem *m_ring;
    Point2 m_cursor;
    bool m_hasCursor = false;
    int m_rowCount = 5;
    double m_spacingDiameters = 5.0;
    double m_rowAngleDeg = 0.0;
};

} // namespace pz
