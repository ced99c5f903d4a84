// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mappalette.h"

namespace pz {

MapPalette::MapPalette(const QPalette &palette) : m_dark(palette.color(QPalette::Base).lightnessF() < 0.5) {}

QColor MapPalette::building(UseType type)
{
    switch (type) {
    case UseType::BatteryCellPlant: return QColor(0x4e, 0x79, 0xa7);
    case UseType::PvModulePlant: return QColor(0xf2, 0x8e, 0x2b);
    case UseType::HydrogenHall: return QColor(0x76, 0xb7, 0xb2);
    case UseType::Warehouse: return QColor(0x9c, 0x75, 0x5f);
    case UseType::Office: return QColor(0xed, 0xc9, 0x48);
    case UseType::DataCentre: return QColor(0xe1, 0x57, 0x59);
    case UseType::Canteen: return QColor(0xff, 0x9d, 0xa7);
    case UseType::LightManufacturing: return QColor(0xb0, 0x7a, 0xa1);
    }
    return QColor(0xba, 0xb0, 0xac);
}

QColor MapPalette::pv() { return QColor(0x1f, 0x3a, 0x68); }
QColor MapPalette::pvFieldGround() { return QColor(0xe4, 0xe8, 0xd8); }
QColor MapPalette::greenSpace() { return QColor(0x8c, 0xc0, 0x6e); }
QColor MapPalette::storage() { return QColor(0x3d, 0x4f, 0x45); }
QColor MapPalette::storageTerminal() { return QColor(0xb0, 0xb6, 0xb3); }
QColor MapPalette::storageCharge() { return QColor(0x7c, 0xd1, 0x7a); }
QColor MapPalette::turbineTower() { return QColor(0x45, 0x55, 0x66); }
QColor MapPalette::turbineRotor() { return QColor(0x6f, 0x9f, 0xd8, 60); }
QColor MapPalette::boundary() { return QColor(0xc0, 0x39, 0x2b); }
QColor MapPalette::selection() { return QColor(0x1e, 0x88, 0xe5); }
QColor MapPalette::previewInk() { return QColor(0xd3, 0x2f, 0x7f); }

QColor MapPalette::boundaryFill() const { return m_dark ? QColor(0, 0, 0, 40) : QColor(255, 255, 255, 60); }
QColor MapPalette::shadow() const { return m_dark ? QColor(0, 0, 0, 120) : QColor(20, 24, 40, 90); }

QColor MapPalette::background() const { return m_dark ? QColor(0x2a, 0x2c, 0x2e) : QColor(0xf6, 0xf5, 0xf0); }
QColor MapPalette::gridMinor() const { return m_dark ? QColor(0x36, 0x39, 0x3c) : QColor(0xe4, 0xe2, 0xda); }
QColor MapPalette::gridMajor() const { return m_dark ? QColor(0x48, 0x4c, 0x50) : QColor(0xd0, 0xcd, 0xc2); }
QColor MapPalette::handleFill() const { return m_dark ? QColor(0x2a, 0x2c, 0x2e) : QColor(Qt::white); }

QColor MapPalette::labelBackground() const
{
    return m_dark ? QColor(0x20, 0x22, 0x24, 200) : QColor(255, 255, 255, 200);
}

QColor MapPalette::labelText() const { return m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x22, 0x22, 0x22); }

QColor MapPalette::previewFill() const
{
    QColor fill = previewInk();
    fill.setAlpha(m_dark ? 60 : 40);
    return fill;
}

QColor MapPalette::previewLabelBackground() const
{
    return m_dark ? QColor(0x20, 0x22, 0x24, 220) : QColor(255, 255, 255, 220);
}

QColor MapPalette::ink() const { return m_dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x33, 0x33, 0x33); }
QColor MapPalette::paper() const { return m_dark ? QColor(0x2a, 0x2c, 0x2e) : QColor(Qt::white); }
QColor MapPalette::arrowDisc() const { return m_dark ? QColor(0x20, 0x22, 0x24, 200) : QColor(255, 255, 255, 200); }
QColor MapPalette::legendFrame() const { return m_dark ? QColor(0x55, 0x55, 0x55) : QColor(0xbb, 0xbb, 0xbb); }
QColor MapPalette::legendBackground() const
{
    return m_dark ? QColor(0x20, 0x22, 0x24, 225) : QColor(255, 255, 255, 225);
}

QColor MapPalette::legendText() const { return m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x22, 0x22, 0x22); }
QColor MapPalette::inputFrame() const { return m_dark ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x44, 0x44, 0x44); }
QColor MapPalette::inputBackground() const
{
    return m_dark ? QColor(0x30, 0x30, 0x28, 240) : QColor(255, 255, 240, 240);
}

} // namespace pz
