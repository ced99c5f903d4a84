// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Places a battery container of default size with a click; a ghost follows the cursor. R turns
// it as the select tool does: R alone turns it by 90°, R followed by typed digits sets an exact
// angle (Enter applies, Esc cancels the typing and restores the angle from before R).

#include "model/objectid.h"
#include "tools/abstracttool.h"
#include "tools/typedvalue.h"

namespace pz {

class ShapePreviewItem;

class PlaceStorageTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit PlaceStorageTool(ToolContext *context);
    ~PlaceStorageTool() override;

    // The angle of the next container, counter-clockwise from east, 0 ≤ angle < 360.
    double rotationDeg() const { return m_rotationDeg; }
    void setRotationDeg(double angleDeg);
    bool isTypingAngle() const { return m_typingAngle; }
    // Adds a container centred at position; returns its id (0 when refused).
    ObjectId placeAt(const Point2 &position);

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

private:
    // The angle the ghost shows: the typed one while digits are being typed.
    double shownAngleDeg() const;
    void startTyping();
    // Applies the typed digits (if any) and leaves typing.
    void applyTyped();
    void stopTyping();
    void updateGhost();
    void updateInputText();

    ShapePreviewItem *m_ghost;
    Point2 m_cursor;
    bool m_hasCursor = false;
    double m_rotationDeg = 0.0;
    bool m_typingAngle = false;
    double m_angleBeforeTyping = 0.0;
    TypedValue m_typed;
};

} // namespace pz
