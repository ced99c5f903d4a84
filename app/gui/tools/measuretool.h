// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Measures distances and areas on the plan, click by click; nothing is stored in the model.
// Enter or a double-click ends a measurement, Backspace removes the last point, Esc clears.

#include "tools/abstracttool.h"

namespace pz {

class ShapePreviewItem;

class MeasureTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit MeasureTool(ToolContext *context);
    ~MeasureTool() override;

    const Outline &points() const { return m_points; }
    // Length along the points (m) and, with 3 points or more, the enclosed area (m²).
    double totalLengthM() const;
    double areaM2() const;
    void clear();

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool mouseDoubleClick(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

private:
    void updatePreview();

    ShapePreviewItem *m_preview;
    Outline m_points;
    Point2 m_cursor;
    bool m_hasCursor = false;
    bool m_finished = false;
};

} // namespace pz
