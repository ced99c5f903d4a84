// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/turbineitem.h"

#include "map/mapcoords.h"
#include "map/mappalette.h"
#include "wind/builtinturbines.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <cmath>
#include <numbers>

namespace pz {

namespace {

// Rotor radius of a built-in type; a CSV type is not read by the map, so it gets a typical one.
constexpr double kUnknownRotorRadiusM = 65.0;

double rotorRadiusOf(const WindTurbine &t)
{
    if (!t.typeIsFile())
        if (const auto type = wind::builtinTurbine(t.turbineType.toStdString()))
            return type->rotorRadiusM();
    return kUnknownRotorRadiusM;
}

} // namespace

void TurbineItem::rebuild(const ParkObject &object)
{
    const auto &t = std::get<WindTurbine>(object);
    m_centre = mapcoords::toScene(t.position);
    m_towerRadiusM = t.towerBaseDiameterM / 2.0;
    m_rotorRadiusM = std::max(rotorRadiusOf(t), m_towerRadiusM);
    WindTurbine disc = t;
    disc.towerBaseDiameterM = 2.0 * m_rotorRadiusM;
    m_outline = mapcoords::toScene(disc.footprint());
}

void TurbineItem::paintObject(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->save();
    painter->translate(m_centre);
    const QColor tower = MapPalette::turbineTower();
    QPen edge(tower, 1.0, Qt::DashLine);
    edge.setCosmetic(true);
    painter->setPen(edge);
    // Coloured by wake loss when the results colour the map.
    QColor disc = MapPalette::turbineRotor();
    if (m_overlayFill.isValid()) {
        disc = m_overlayFill;
        disc.setAlpha(150);
    }
    painter->setBrush(disc);
    painter->drawEllipse(QPointF(0, 0), m_rotorRadiusM, m_rotorRadiusM);
    QPen blade(tower, 2.0);
    blade.setCosmetic(true);
    painter->setPen(blade);
    for (int i = 0; i < 3; ++i) {
        const double a = -std::numbers::pi / 2 + i * 2.0 * std::numbers::pi / 3.0;
        painter->drawLine(QPointF(0, 0), QPointF(0.9 * m_rotorRadiusM * std::cos(a), 0.9 * m_rotorRadiusM * std::sin(a)));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(tower);
    painter->drawEllipse(QPointF(0, 0), m_towerRadiusM, m_towerRadiusM);
    painter->restore();
}

QString TurbineItem::labelText(const ParkObject &object) const
{
    const auto &t = std::get<WindTurbine>(object);
    //: Wind turbine label on the site plan: name · hub height
    return QCoreApplication::translate("pz::TurbineItem", "%1 · %2 m hub")
        .arg(t.name, QLocale().toString(t.hubHeightM, 'f', 0));
}

QString TurbineItem::compactLabelText(const ParkObject &object) const
{
    return std::get<WindTurbine>(object).name;
}

} // namespace pz
