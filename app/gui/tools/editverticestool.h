// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reshapes an outline: the selected object's or, once picked with a click on it, the site
// boundary's. Drag a vertex (one undo step), double-click an edge to insert a vertex, Delete
// removes the picked vertex (never below 3). Esc during a drag restores.

#include "model/parkobject.h"
#include "tools/abstracttool.h"

namespace pz {

class ShapePreviewItem;

class EditVerticesTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit EditVerticesTool(ToolContext *context);
    ~EditVerticesTool() override;

    // The object being edited (the single selected object with an editable outline), or 0
    // (also while the site boundary is edited).
    ObjectId targetId() const;
    // Edits the site boundary (when it has at least 3 vertices) instead of an object; selecting
    // an object ends it.
    bool editSiteBoundary();
    bool isEditingSite() const { return m_editingSite && hasTarget(); }
    int currentVertex() const { return m_current; }
    // Edits by index (used by the mouse handlers; public for scripting and tests).
    bool moveVertex(int index, const Point2 &to);
    bool insertVertex(int edgeIndex, const Point2 &at);  // after vertex edgeIndex
    bool removeVertex(int index);

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
    const ParkObject *targetObject() const;
    bool hasTarget() const;
    // The outline being edited (the site boundary or the object's footprint); empty: none.
    Outline targetOutline() const;
    bool targetLocked() const;
    int vertexAt(const QPoint &viewPos) const;
    // The edge within reach of viewPos and the nearest point on it.
    int edgeAt(const QPoint &viewPos, Point2 *at) const;
    int vertexIn(const Outline &outline, const QPoint &viewPos) const;
    int edgeIn(const Outline &outline, const QPoint &viewPos, Point2 *at) const;
    bool commitOutline(const Outline &outline, const QString &text);
    void startDrag(int vertex);
    void refresh();
    void cancelDrag();

    ShapePreviewItem *m_markers;
    bool m_editingSite = false;
    int m_current = -1;
    int m_dragIndex = -1;
    bool m_dragged = false;
    bool m_dragSite = false;
    ObjectId m_dragTarget = 0;
    Outline m_dragOutline;
};

} // namespace pz
