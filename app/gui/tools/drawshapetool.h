// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a polygon object (building, PV field, green space) or the site boundary: click by click
// with live edge lengths and area, or as a rectangle by dragging from the first point. The
// shape stays a preview outside the model until Enter or a double-click commits it; Esc cancels,
// Backspace removes the last point, Shift keeps edges at 0/45/90°, and a typed number followed
// by Enter adds a point at that exact distance towards the cursor.

#include "tools/abstracttool.h"
#include "tools/typedvalue.h"

namespace pz {

class ShapePreviewItem;

class DrawShapeTool : public AbstractTool
{
    Q_OBJECT
public:
    enum class Target { Building, PvField, GreenSpace, SiteBoundary };

    DrawShapeTool(ToolContext *context, Target target);
    ~DrawShapeTool() override;

    Target target() const { return m_target; }
    const Outline &vertices() const { return m_vertices; }
    bool isDrawing() const;
    // Commits the polygon drawn so far (at least 3 points); false when refused.
    bool finish();
    void cancel();

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool mouseRelease(const MapMouseEvent &e) override;
    bool mouseDoubleClick(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

private:
    enum class Press { None, Pending, Rectangle };

    Point2 constrained(const Point2 &p, Qt::KeyboardModifiers modifiers) const;
    Outline rectangleTo(const Point2 &corner, Qt::KeyboardModifiers modifiers) const;
    bool commit(const Outline &outline);
    void addTypedPoint();
    void updatePreview();
    void showPreview(const Outline &shape, bool closed);
    QString targetName() const;

    Target m_target;
    Outline m_vertices;
    Point2 m_cursor;
    bool m_hasCursor = false;
    Press m_press = Press::None;
    Point2 m_rectStart;
    QPoint m_pressView;
    Qt::KeyboardModifiers m_modifiers;
    ShapePreviewItem *m_preview;
    TypedValue m_typed;
};

} // namespace pz
