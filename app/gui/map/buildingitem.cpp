// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/buildingitem.h"

#include "map/mapcoords.h"
#include "map/pvrows.h"
#include "map/mappalette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace pz {

void BuildingItem::rebuild(const ParkObject &object)
{
    const auto &b = std::get<Building>(object);
    m_outline = mapcoords::toScene(b.footprint);
    m_color = MapPalette::building(b.useType);
    m_roofArea = QPainterPath();
    m_roofRows = QPainterPath();
    if (b.rooftop.enabled && b.footprint.size() >= 3) {
        const MultiPolygon roof = insetPolygon(toPolygon(b.footprint), b.rooftop.setbackM);
        m_roofArea = pvrows::scenePath(roof);
        m_roofRows = pvrows::rowsPath(roof, b.rooftop.pv);
        m_roofRowPitchM = pvrows::pitchM(b.rooftop.pv);
        m_roofRowCoverage = b.rooftop.pv.hasRows() ? b.rooftop.pv.gcr : 1.0;
    }
}

void BuildingItem::paintObject(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor body = m_overlayBody.isValid() ? m_overlayBody : m_color;
    QPen edge(body.darker(160), 1.5);
    edge.setCosmetic(true);
    painter->setPen(edge);
    painter->setBrush(body);
    painter->drawPolygon(m_outline);
    if (!m_roofArea.isEmpty()) {
        painter->setPen(Qt::NoPen);
        if (m_overlayFill.isValid()) {
            painter->setBrush(m_overlayFill);
            painter->drawPath(m_roofArea);
        } else {
            painter->setBrush(m_color.lighter(125));
            painter->drawPath(m_roofArea);
        }
        const QColor rows(MapPalette::pv().red(), MapPalette::pv().green(),
                          MapPalette::pv().blue(), m_overlayFill.isValid() ? 110 : 200);
        if (pvrows::rowsResolved(m_roofRowPitchM, painter)) {
            painter->setBrush(rows);
            painter->drawPath(m_roofRows);
        } else {
            const QColor base = m_overlayFill.isValid() ? m_overlayFill : m_color.lighter(125);
            painter->setBrush(pvrows::rowsTint(base, rows, m_roofRowCoverage));
            painter->drawPath(m_roofArea);
        }
    }
}

QString BuildingItem::labelText(const ParkObject &object) const
{
    const auto &b = std::get<Building>(object);
    const QLocale locale;
    const int decimals = qFuzzyCompare(b.heightM, std::round(b.heightM)) ? 0 : 1;
    //: Building label on the site plan: name · height
    return QCoreApplication::translate("pz::BuildingItem", "%1 · %2 m")
        .arg(b.name, locale.toString(b.heightM, 'f', decimals));
}

QString BuildingItem::compactLabelText(const ParkObject &object) const
{
    const auto &b = std::get<Building>(object);
    const int decimals = qFuzzyCompare(b.heightM, std::round(b.heightM)) ? 0 : 1;
    //: Compact building label on the site plan (when the name does not fit): height
    return QCoreApplication::translate("pz::BuildingItem", "%1 m").arg(QLocale().toString(b.heightM, 'f', decimals));
}

} // namespace pz
