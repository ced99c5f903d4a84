// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The select tool: click and Shift/Ctrl-click to select, rubber-band selection, drag to move
// (one undo step per drag; Esc during the drag puts everything back), arrow keys to nudge,
// the rotate handle or R + a typed angle to rotate around the selection's centre, Alt+drag on an
// unlocked background image to move it (one undo step of the site).

#include "model/parkobject.h"
#include "tools/abstracttool.h"
#include "tools/typedvalue.h"

#include <vector>

namespace pz {

class ShapePreviewItem;

class SelectTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit SelectTool(ToolContext *context);
    ~SelectTool() override;

    bool showsRotateHandle() const override { return true; }
    void deactivate() override;
    QString hint() const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool mouseRelease(const MapMouseEvent &e) override;
    bool mouseDoubleClick(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

    // Moves the movable selection; consecutive nudges merge into one undo step.
    bool nudgeSelection(double dxM, double dyM);
    // Rotates the movable selection counter-clockwise around its centre.
    bool rotateSelection(double angleDeg);
    bool isBusy() const { return m_state != State::Idle || m_typingAngle; }

private:
    enum class State { Idle, Pressed, Moving, RubberBand, Rotating, MovingBackground };

    // Selected objects that are visible and not locked.
    ObjectIds movableSelection() const;
    Point2 centreOf(const ObjectIds &ids) const;
    void cancelGesture();
    void finishMove();
    void finishRotate();
    void finishBackgroundMove();
    void updateRotatePreview(const Point2 &at, Qt::KeyboardModifiers modifiers);
    void stopTypingAngle();
    static double angleDeg(const Point2 &centre, const Point2 &p);

    State m_state = State::Idle;
    QPoint m_pressView;
    Point2 m_pressPlan;
    ObjectId m_pressedId = 0;
    bool m_pressModifier = false;
    ObjectIds m_dragIds;
    double m_dxM = 0.0;
    double m_dyM = 0.0;
    ShapePreviewItem *m_band = nullptr;
    int m_backgroundIndex = -1;   // the background an Alt+drag moves

    Point2 m_rotateCentre;
    double m_rotateStartDeg = 0.0;
    double m_rotateDeg = 0.0;
    std::vector<ParkObject> m_rotateOriginals;

    QString m_nudgeKey;
    int m_nudgeIndex = -1;

    bool m_typingAngle = false;
    TypedValue m_typed;
};

} // namespace pz
