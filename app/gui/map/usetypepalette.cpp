#include "map/usetypepalette.h"

namespace pz::usetypepalette {

QColor buildingColor(UseType type)
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

QColor pvColor() { return QColor(0x1f, 0x3a, 0x68); }
QColor pvFieldGround() { return QColor(0xe4, 0xe8, 0xd8); }
QColor greenSpaceColor() { return QColor(0x8c, 0xc0, 0x6e); }
QColor storageColor() { return QColor(0x3d, 0x4f, 0x45); }
QColor boundaryColor() { return QColor(0xc0, 0x39, 0x2b); }
QColor selectionColor() { return QColor(0x1e, 0x88, 0xe5); }

} // namespace pz::usetypepalette
