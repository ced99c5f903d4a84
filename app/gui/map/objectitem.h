// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The drawing of one park object on the plan. Holds no model state of its own: it shows the
// value last given to syncWithObject() (the document's value, or a tool's preview value).
// Subclasses draw one object kind.

#include "model/parkobject.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <memory>

namespace pz {

class MapLabelItem;

class ObjectItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit ObjectItem(ObjectId id);
    ~ObjectItem() override;
    // An item of the right kind for the object, already synced with it.
    static ObjectItem *create(const ParkObject &object);

    ObjectId id() const { return m_id; }
    void syncWithObject(const ParkObject &object);
    // The analysis colour of the object's PV (invalid: none).
    void setOverlayFill(const QColor &color);
    // The colour of the whole object (buildings by heat demand); invalid: its own colour.
    void setOverlayBody(const QColor &color);
    // The outline as drawn, in scene coordinates (without the item's position offset).
    const QPolygonF &sceneOutline() const { return m_outline; }
    MapLabelItem *label() const { return m_label; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    // Caches what paintObject() needs from the value; sets m_outline.
    virtual void rebuild(const ParkObject &object) = 0;
    virtual void paintObject(QPainter *painter) = 0;
    virtual QString labelText(const ParkObject &object) const;
    // The short label shown when the full one does not fit (empty: none).
    virtual QString compactLabelText(const ParkObject &) const { return {}; }
    // Stacking of the kinds: green space below PV fields below storage below buildings.
    virtual double kindZ() const = 0;

    QPolygonF m_outline;
    QColor m_overlayFill;
    QColor m_overlayBody;

private:
    ObjectId m_id;
    QRectF m_bounds;
    QPainterPath m_shape;
    MapLabelItem *m_label;
};

} // namespace pz
