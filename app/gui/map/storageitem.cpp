// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/storageitem.h"

#include "map/mapcoords.h"
#include "map/mappalette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace pz {

void StorageItem::rebuild(const ParkObject &object)
{
    const auto &s = std::get<Storage>(object);
    m_outline = mapcoords::toScene(s.footprint());
    m_centre = mapcoords::toScene(s.position);
    m_lengthM = s.lengthM;
    m_widthM = s.widthM;
    m_rotationDeg = s.rotationDeg;
}

void StorageItem::paintObject(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->save();
    painter->translate(m_centre);
    painter->rotate(mapcoords::toSceneAngleDeg(m_rotationDeg));
    const double l = m_lengthM, w = m_widthM;
    const QColor body = MapPalette::storage();
    QPen edge(body.darker(150), 1.2);
    edge.setCosmetic(true);
    // Terminal nub at the +x end, then the body.
    const double nub = std::min(0.06 * l, 0.6);
    painter->setPen(edge);
    painter->setBrush(MapPalette::storageTerminal());
    painter->drawRect(QRectF(l / 2 - nub, -w * 0.2, nub * 2, w * 0.4));
    painter->setBrush(body);
    painter->drawRect(QRectF(-l / 2, -w / 2, l - nub, w));
    // Cell modules about every 1.2 m with a charge bar, so the container reads as a battery.
    const int modules = std::max(1, int(std::round((l - nub) / 1.2)));
    const double step = (l - nub) / modules;
    QPen divider(body.lighter(170), 1.0);
    divider.setCosmetic(true);
    painter->setPen(divider);
    for (int i = 1; i < modules; ++i)
        painter->drawLine(QPointF(-l / 2 + i * step, -w / 2), QPointF(-l / 2 + i * step, w / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapPalette::storageCharge());
    for (int i = 0; i < modules; ++i)
        painter->drawRect(QRectF(-l / 2 + i * step + step * 0.25, -w * 0.3, step * 0.5, w * 0.6));
    painter->restore();
}

QString StorageItem::labelText(const ParkObject &object) const
{
    const auto &s = std::get<Storage>(object);
    //: Storage label on the site plan: name · energy
    return QCoreApplication::translate("pz::StorageItem", "%1 · %2 MWh")
        .arg(s.name, QLocale().toString(s.energyKWh / 1000.0, 'f', 1));
}

QString StorageItem::compactLabelText(const ParkObject &object) const
{
    const auto &s = std::get<Storage>(object);
    //: Compact storage label on the site plan (when the name does not fit): energy
    return QCoreApplication::translate("pz::StorageItem", "%1 MWh").arg(QLocale().toString(s.energyKWh / 1000.0, 'f', 1));
}

} // namespace pz
