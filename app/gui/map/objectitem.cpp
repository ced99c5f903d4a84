// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/objectitem.h"

#include "map/buildingitem.h"
#include "map/greenspaceitem.h"
#include "map/maplabelitem.h"
#include "map/mapcoords.h"
#include "map/pvarrayitem.h"
#include "map/storageitem.h"
#include "map/turbineitem.h"

namespace pz {

ObjectItem::ObjectItem(ObjectId id) : m_id(id), m_label(new MapLabelItem(this))
{
    // Painting PV rows is the expensive part: keep the rendering until the value or zoom changes.
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(false);
}

ObjectItem::~ObjectItem() = default;

ObjectItem *ObjectItem::create(const ParkObject &object)
{
    ObjectItem *item = nullptr;
    switch (kindOf(object)) {
    case ObjectKind::Building: item = new BuildingItem(idOf(object)); break;
    case ObjectKind::PvArray: item = new PvArrayItem(idOf(object)); break;
    case ObjectKind::Storage: item = new StorageItem(idOf(object)); break;
    case ObjectKind::GreenSpace: item = new GreenSpaceItem(idOf(object)); break;
    case ObjectKind::WindTurbine: item = new TurbineItem(idOf(object)); break;
    }
    item->syncWithObject(object);
    return item;
}

void ObjectItem::syncWithObject(const ParkObject &object)
{
    prepareGeometryChange();
    setPos(0, 0);
    rebuild(object);
    m_shape = QPainterPath();
    m_shape.addPolygon(m_outline);
    m_shape.closeSubpath();
    m_bounds = m_outline.boundingRect();
    setZValue(kindZ());
    setVisible(pz::isVisible(object));
    m_label->setText(labelText(object));
    m_label->setCompactText(compactLabelText(object));
    m_label->setPos(mapcoords::toScene(centroid(footprintOf(object))));
    m_label->setFitSizeM(m_bounds.width(), m_bounds.height());
    update();
}

void ObjectItem::setOverlayBody(const QColor &color)
{
    if (color == m_overlayBody)
        return;
    m_overlayBody = color;
    update();
}

void ObjectItem::setOverlayFill(const QColor &color)
{
    if (color == m_overlayFill)
        return;
    m_overlayFill = color;
    update();
}

QString ObjectItem::labelText(const ParkObject &object) const
{
    return nameOf(object);
}

QRectF ObjectItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ObjectItem::shape() const
{
    return m_shape;
}

void ObjectItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    paintObject(painter);
}

} // namespace pz
