// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/pvarrayitem.h"

#include "map/mapcoords.h"
#include "map/pvrows.h"
#include "map/mappalette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace pz {

void PvArrayItem::rebuild(const ParkObject &object)
{
    const auto &a = std::get<PvArray>(object);
    m_outline = mapcoords::toScene(a.outline);
    m_rows = a.outline.size() >= 3 ? pvrows::rowsPath(a.outline, a.pv) : QPainterPath();
    m_rowPitchM = pvrows::pitchM(a.pv);
    m_rowCoverage = a.pv.hasRows() ? a.pv.gcr : 1.0;
}

void PvArrayItem::paintObject(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ground = m_overlayFill.isValid() ? m_overlayFill.lighter(140) : MapPalette::pvFieldGround();
    QPen edge(MapPalette::pv(), 1.2);
    edge.setCosmetic(true);
    painter->setPen(edge);
    const QColor rows = m_overlayFill.isValid() ? m_overlayFill : MapPalette::pv();
    if (!pvrows::rowsResolved(m_rowPitchM, painter)) {
        painter->setBrush(pvrows::rowsTint(ground, rows, m_rowCoverage));
        painter->drawPolygon(m_outline);
        return;
    }
    painter->setBrush(ground);
    painter->drawPolygon(m_outline);
    painter->setPen(Qt::NoPen);
    painter->setBrush(rows);
    painter->drawPath(m_rows);
}

QString PvArrayItem::labelText(const ParkObject &object) const
{
    const auto &a = std::get<PvArray>(object);
    //: PV field label on the site plan: name · peak power
    return QCoreApplication::translate("pz::PvArrayItem", "%1 · %2 kWp")
        .arg(a.name, QLocale().toString(a.kwp(), 'f', 0));
}

QString PvArrayItem::compactLabelText(const ParkObject &object) const
{
    const auto &a = std::get<PvArray>(object);
    //: Compact PV field label on the site plan (when the name does not fit): peak power
    return QCoreApplication::translate("pz::PvArrayItem", "%1 kWp").arg(QLocale().toString(a.kwp(), 'f', 0));
}

} // namespace pz
