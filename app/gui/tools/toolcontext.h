// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a site-plan tool may use of the editor, and nothing more: the document and the selection,
// the plan ↔ viewport conversions and snapping it needs, hit testing, the preview channel (shows
// values that are not in the document), and feedback (typed input, status text, cursor). The map
// implements it (MapToolContext); tests may implement it as they like.

#include "geometry/geometry.h"
#include "model/objectid.h"
#include "model/parkobject.h"

#include <QPoint>
#include <QPointF>
#include <optional>
#include <vector>

class QCursor;
class QGraphicsItem;
class QString;

namespace pz {

class ParkDocument;
class SelectionModel;

class ToolContext
{
public:
    virtual ~ToolContext() = default;

    virtual ParkDocument *document() const = 0;
    virtual SelectionModel *selection() const = 0;

    // --- Coordinates
    // Metres per viewport pixel at the current zoom.
    virtual double metresPerPixel() const = 0;
    // A plan point snapped to the grid when snapping is on.
    virtual Point2 snapped(const Point2 &planM) const = 0;
    // Viewport pixel position of a plan point.
    virtual QPoint toView(const Point2 &planM) const = 0;

    // --- Hit testing
    // The topmost visible object under a viewport position, or 0.
    virtual ObjectId objectAt(const QPoint &viewPos) const = 0;
    // Objects whose footprint lies entirely within the plan rectangle spanned by a and b.
    virtual ObjectIds objectsInRect(const Point2 &a, const Point2 &b) const = 0;
    // Where the selection's rotate handle is (viewport pixels), if it shows one.
    virtual std::optional<QPointF> rotateHandleViewPos() const = 0;
    // Whether the selection shows its rotate handle.
    virtual void setRotateHandleShown(bool on) = 0;
    // The topmost visible, unlocked background image under a viewport position (its index in
    // site.backgrounds), or -1.
    virtual int movableBackgroundAt(const QPoint &viewPos) const
    {
        Q_UNUSED(viewPos);
        return -1;
    }

    // --- Preview channel (outside the model until a command commits it)
    // Puts a tool's own preview item on the plan; the tool keeps owning it.
    virtual void addPreviewItem(QGraphicsItem *item) = 0;
    virtual void previewObjects(const std::vector<ParkObject> &values) = 0;
    virtual void previewOffset(const ObjectIds &ids, double dxM, double dyM) = 0;
    virtual void restoreFromDocument(const ObjectIds &ids) = 0;
    virtual void previewSiteBoundary(const Outline &boundary) = 0;
    virtual void restoreSiteFromDocument() = 0;
    // Shows background image `index` moved by an offset; restoreSiteFromDocument() puts it back.
    virtual void previewBackgroundOffset(int index, double dxM, double dyM)
    {
        Q_UNUSED(index);
        Q_UNUSED(dxM);
        Q_UNUSED(dyM);
    }

    // --- Feedback
    // Text drawn near the cursor while typing a value (a length, an angle); empty hides it.
    virtual void setInputText(const QString &text) = 0;
    virtual void showStatus(const QString &text) = 0;
    virtual void setCursor(const QCursor &cursor) = 0;
};

} // namespace pz
