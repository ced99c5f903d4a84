// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/selecttool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/measureformat.h"
#include "tools/toolcontext.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <cmath>
#include <numbers>
#include <optional>
#include <utility>

namespace pz {

namespace {
// A press turns into a drag after the cursor moved this far (pixels).
constexpr int kDragThresholdPx = 4;
constexpr double kRotateHitPx = 9.0;
} // namespace

SelectTool::SelectTool(ToolContext *context) : AbstractTool(context), m_band(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Select"), this);
    action->setShortcuts({QKeySequence(tr("V")), QKeySequence(tr("S"))});
    action->setToolTip(tr("Select, move and rotate objects (V)"));
    setAction(action);
    m_band->setMarkersVisible(false);
    m_band->setDashed(true);
    m_band->setVisible(false);
    context->addPreviewItem(m_band);
}

SelectTool::~SelectTool()
{
    delete m_band;
}

QString SelectTool::hint() const
{
    return tr("Click to select, drag to move, Shift-click to add; arrows nudge, R rotates; "
              "Alt-drag moves a background");
}

void SelectTool::deactivate()
{
    cancelGesture();
    stopTypingAngle();
    AbstractTool::deactivate();
}

ObjectIds SelectTool::movableSelection() const
{
    ObjectIds ids;
    for (ObjectId id : selection()->selectedIds())
        if (const ParkObject *o = document()->park().find(id); o && isVisible(*o) && !isLocked(*o))
            ids << id;
    return ids;
}

Point2 SelectTool::centreOf(const ObjectIds &ids) const
{
    Outline all;
    for (ObjectId id : ids)
        if (const ParkObject *o = document()->park().find(id)) {
            const Outline f = footprintOf(*o);
            all.insert(all.end(), f.begin(), f.end());
        }
    if (all.empty())
        return {};
    const Box box = envelope(all);
    return {(box.min_corner().x() + box.max_corner().x()) / 2, (box.min_corner().y() + box.max_corner().y()) / 2};
}

double SelectTool::angleDeg(const Point2 &centre, const Point2 &p)
{
    return std::atan2(p.y() - centre.y(), p.x() - centre.x()) * 180.0 / std::numbers::pi;
}

bool SelectTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    m_nudgeKey.clear();
    if (m_typingAngle)
        stopTypingAngle();
    m_pressView = e.viewPos;
    m_pressPlan = e.rawPlan;
    m_pressModifier = e.modifiers & (Qt::ShiftModifier | Qt::ControlModifier);

    // The rotate handle above the selection.
    if (const std::optional<QPointF> hv = context()->rotateHandleViewPos()) {
        if (QLineF(*hv, QPointF(e.viewPos)).length() <= kRotateHitPx) {
            const ObjectIds ids = movableSelection();
            if (!ids.isEmpty()) {
                m_state = State::Rotating;
                m_dragIds = ids;
                m_rotateCentre = centreOf(ids);
                m_rotateStartDeg = angleDeg(m_rotateCentre, e.rawPlan);
                m_rotateDeg = 0.0;
                m_rotateOriginals.clear();
                for (ObjectId id : ids)
                    m_rotateOriginals.push_back(*document()->park().find(id));
                return true;
            }
        }
    }

    // Alt+drag moves the unlocked background image under the mouse.
    if (e.modifiers & Qt::AltModifier) {
        m_backgroundIndex = context()->movableBackgroundAt(e.viewPos);
        if (m_backgroundIndex >= 0) {
            m_state = State::MovingBackground;
            m_dxM = m_dyM = 0.0;
            return true;
        }
    }

    m_pressedId = context()->objectAt(e.viewPos);
    if (m_pressedId != 0) {
        if (m_pressModifier) {
            selection()->toggle(m_pressedId);
            m_state = State::Idle;
            return true;
        }
        if (!selection()->isSelected(m_pressedId))
            selection()->select(m_pressedId);
        m_state = State::Pressed;
        return true;
    }
    if (!m_pressModifier)
        selection()->clear();
    m_state = State::RubberBand;
    m_band->setPixelSizeM(context()->metresPerPixel());
    m_band->setShape({}, true);
    m_band->setVisible(true);
    return true;
}

bool SelectTool::mouseMove(const MapMouseEvent &e)
{
    if (!(e.buttons & Qt::LeftButton))
        return false;
    switch (m_state) {
    case State::Idle:
        return false;
    case State::Pressed:
        if ((e.viewPos - m_pressView).manhattanLength() < kDragThresholdPx)
            return true;
        m_dragIds = movableSelection();
        if (m_dragIds.isEmpty()) {
            showStatus(tr("Locked objects cannot be moved"));
            m_state = State::Idle;
            return true;
        }
        m_state = State::Moving;
        [[fallthrough]];
    case State::Moving: {
        // The offset, not the objects, snaps to the grid: shapes keep their relative positions.
        const Point2 d = context()->snapped(Point2(e.rawPlan.x() - m_pressPlan.x(), e.rawPlan.y() - m_pressPlan.y()));
        m_dxM = d.x();
        m_dyM = d.y();
        context()->previewOffset(m_dragIds, m_dxM, m_dyM);
        showStatus(tr("Move by %1 east, %2 north (Esc cancels)")
                       .arg(measureformat::length(m_dxM), measureformat::length(m_dyM)));
        return true;
    }
    case State::RubberBand: {
        const QPointF a = mapcoords::toScene(m_pressPlan), b = mapcoords::toScene(e.rawPlan);
        m_band->setPixelSizeM(context()->metresPerPixel());
        m_band->setShape(QPolygonF{a, QPointF(b.x(), a.y()), b, QPointF(a.x(), b.y())}, true);
        return true;
    }
    case State::Rotating:
        updateRotatePreview(e.rawPlan, e.modifiers);
        return true;
    case State::MovingBackground: {
        const Point2 d = context()->snapped(Point2(e.rawPlan.x() - m_pressPlan.x(), e.rawPlan.y() - m_pressPlan.y()));
        m_dxM = d.x();
        m_dyM = d.y();
        context()->previewBackgroundOffset(m_backgroundIndex, m_dxM, m_dyM);
        showStatus(tr("Move the background by %1 east, %2 north (Esc cancels)")
                       .arg(measureformat::length(m_dxM), measureformat::length(m_dyM)));
        return true;
    }
    }
    return false;
}

bool SelectTool::mouseRelease(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    switch (m_state) {
    case State::Idle:
        return false;
    case State::Pressed:
        // A plain click on an object of a multiple selection keeps only that one.
        if (m_pressedId != 0)
            selection()->select(m_pressedId);
        break;
    case State::Moving:
        finishMove();
        break;
    case State::RubberBand: {
        m_band->setVisible(false);
        if ((e.viewPos - m_pressView).manhattanLength() >= kDragThresholdPx) {
            const ObjectIds ids = context()->objectsInRect(m_pressPlan, e.rawPlan);
            if (m_pressModifier)
                selection()->add(ids);
            else
                selection()->setSelection(ids);
        }
        break;
    }
    case State::Rotating:
        finishRotate();
        break;
    case State::MovingBackground:
        finishBackgroundMove();
        break;
    }
    m_state = State::Idle;
    return true;
}

bool SelectTool::mouseDoubleClick(const MapMouseEvent &e)
{
    const ObjectId id = context()->objectAt(e.viewPos);
    const ParkObject *o = id ? document()->park().find(id) : nullptr;
    if (!o || !hasEditableOutline(*o) || isLocked(*o))
        return false;
    selection()->select(id);
    Q_EMIT editVerticesRequested();
    return true;
}

void SelectTool::finishMove()
{
    const ObjectIds ids = m_dragIds;
    m_dragIds.clear();
    if (m_dxM == 0.0 && m_dyM == 0.0) {
        context()->restoreFromDocument(ids);
        return;
    }
    std::vector<ParkObject> moved;
    for (ObjectId id : ids)
        if (const ParkObject *o = document()->park().find(id))
            moved.push_back(translatedObject(*o, m_dxM, m_dyM));
    QStringList problems;
    const QString key = document()->newMergeKey(QStringLiteral("move"));
    if (!document()->changeObjects(moved, tr("Move %n object(s)", nullptr, int(moved.size())), key, &problems)) {
        context()->restoreFromDocument(ids);
        showStatus(tr("Cannot move: %1").arg(problems.join(QLatin1String("; "))));
        return;
    }
    // The document's change event has re-synced the moved items.
    m_dxM = m_dyM = 0.0;
}

void SelectTool::finishBackgroundMove()
{
    Site site = document()->park().site;
    const int index = std::exchange(m_backgroundIndex, -1);
    if ((m_dxM == 0.0 && m_dyM == 0.0) || index < 0 || index >= int(site.backgrounds.size())) {
        context()->restoreSiteFromDocument();
        return;
    }
    Background &g = site.backgrounds[std::size_t(index)];
    g.pixelToPlan.c += m_dxM;
    g.pixelToPlan.f += m_dyM;
    m_dxM = m_dyM = 0.0;
    QStringList problems;
    if (!document()->changeSite(site, tr("Move background %1").arg(g.name),
                                document()->newMergeKey(QStringLiteral("move-background")), &problems)) {
        context()->restoreSiteFromDocument();
        showStatus(tr("Cannot move: %1").arg(problems.join(QLatin1String("; "))));
    }
}

void SelectTool::updateRotatePreview(const Point2 &at, Qt::KeyboardModifiers modifiers)
{
    double delta = angleDeg(m_rotateCentre, at) - m_rotateStartDeg;
    delta = std::remainder(delta, 360.0);
    if (modifiers & Qt::ShiftModifier)
        delta = std::round(delta / 15.0) * 15.0;
    m_rotateDeg = delta;
    std::vector<ParkObject> preview;
    preview.reserve(m_rotateOriginals.size());
    for (const auto &o : m_rotateOriginals)
        preview.push_back(rotatedObject(o, m_rotateCentre, delta));
    context()->previewObjects(preview);
    showStatus(tr("Rotate by %1 (Shift: 15° steps, Esc cancels)").arg(measureformat::angle(delta)));
}

void SelectTool::finishRotate()
{
    const ObjectIds ids = m_dragIds;
    m_dragIds.clear();
    m_rotateOriginals.clear();
    context()->restoreFromDocument(ids);
    if (m_rotateDeg != 0.0) {
        selection()->setSelection(ids);
        rotateSelection(m_rotateDeg);
    }
}

bool SelectTool::rotateSelection(double angle)
{
    const ObjectIds ids = movableSelection();
    if (ids.isEmpty())
        return false;
    const Point2 centre = centreOf(ids);
    std::vector<ParkObject> rotated;
    for (ObjectId id : ids)
        rotated.push_back(rotatedObject(*document()->park().find(id), centre, angle));
    QStringList problems;
    if (!document()->changeObjects(rotated, tr("Rotate %n object(s)", nullptr, int(rotated.size())), {}, &problems)) {
        context()->restoreFromDocument(ids);
        showStatus(tr("Cannot rotate: %1").arg(problems.join(QLatin1String("; "))));
        return false;
    }
    return true;
}

bool SelectTool::nudgeSelection(double dxM, double dyM)
{
    const ObjectIds ids = movableSelection();
    if (ids.isEmpty())
        return false;
    QUndoStack *stack = document()->undoStack();
    // Consecutive nudges (nothing else done in between) are one undo step.
    if (m_nudgeKey.isEmpty() || stack->index() != m_nudgeIndex)
        m_nudgeKey = document()->newMergeKey(QStringLiteral("nudge"));
    std::vector<ParkObject> moved;
    for (ObjectId id : ids)
        moved.push_back(translatedObject(*document()->park().find(id), dxM, dyM));
    QStringList problems;
    const bool ok =
        document()->changeObjects(moved, tr("Nudge %n object(s)", nullptr, int(moved.size())), m_nudgeKey, &problems);
    if (!ok)
        showStatus(tr("Cannot move: %1").arg(problems.join(QLatin1String("; "))));
    m_nudgeIndex = stack->index();
    return ok;
}

void SelectTool::cancelGesture()
{
    switch (m_state) {
    case State::Moving:
    case State::Rotating:
        context()->restoreFromDocument(m_dragIds);
        showStatus(tr("Cancelled"));
        break;
    case State::RubberBand:
        m_band->setVisible(false);
        break;
    case State::MovingBackground:
        context()->restoreSiteFromDocument();
        showStatus(tr("Cancelled"));
        break;
    default:
        break;
    }
    m_backgroundIndex = -1;
    m_dragIds.clear();
    m_rotateOriginals.clear();
    m_dxM = m_dyM = 0.0;
    m_state = State::Idle;
}

void SelectTool::stopTypingAngle()
{
    m_typingAngle = false;
    m_typed.clear();
    context()->setInputText({});
}

bool SelectTool::wantsKey(QKeyEvent *event) const
{
    if (m_typingAngle)
        return true;
    switch (event->key()) {
    case Qt::Key_Escape:
        return m_state != State::Idle || !selection()->isEmpty();
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return !selection()->isEmpty();
    default:
        return false;
    }
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (m_typingAngle) {
        switch (event->key()) {
        case Qt::Key_Escape:
            stopTypingAngle();
            showStatus(tr("Cancelled"));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            bool ok = false;
            const double angle = m_typed.value(&ok);
            stopTypingAngle();
            if (ok && angle != 0.0)
                rotateSelection(angle);
            return true;
        }
        default:
            if (m_typed.handleKey(event))
                context()->setInputText(tr("Rotate by: %1°").arg(m_typed.text()));
            return true;  // other keys do nothing while an angle is typed
        }
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_state != State::Idle) {
            cancelGesture();
            return true;
        }
        if (!selection()->isEmpty()) {
            selection()->clear();
            return true;
        }
        return false;
    }
    if (m_state != State::Idle)
        return false;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Left: return nudgeSelection(-step, 0.0) || true;
    case Qt::Key_Right: return nudgeSelection(step, 0.0) || true;
    case Qt::Key_Up: return nudgeSelection(0.0, step) || true;
    case Qt::Key_Down: return nudgeSelection(0.0, -step) || true;
    case Qt::Key_R:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        if (movableSelection().isEmpty())
            return false;
        m_typingAngle = true;
        m_typed.clear();
        context()->setInputText(tr("Rotate by: %1°").arg(QString()));
        showStatus(tr("Type an angle in degrees (counter-clockwise), Enter applies, Esc cancels"));
        return true;
    default:
        return false;
    }
}

} // namespace pz
