// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/parkobject.h"

#include <cmath>

namespace pz {

namespace {
template<class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

ObjectKind kindOf(const ParkObject &object)
{
    return std::visit(Overloaded{[](const Building &) { return ObjectKind::Building; },
                                 [](const PvArray &) { return ObjectKind::PvArray; },
                                 [](const Storage &) { return ObjectKind::Storage; },
                                 [](const GreenSpace &) { return ObjectKind::GreenSpace; },
                                 [](const WindTurbine &) { return ObjectKind::WindTurbine; }},
                      object);
}

ObjectId idOf(const ParkObject &object) { return std::visit([](const auto &o) { return o.id; }, object); }
void setId(ParkObject &object, ObjectId id) { std::visit([id](auto &o) { o.id = id; }, object); }
QString nameOf(const ParkObject &object) { return std::visit([](const auto &o) { return o.name; }, object); }
void setName(ParkObject &object, const QString &name) { std::visit([&](auto &o) { o.name = name; }, object); }
bool isVisible(const ParkObject &object) { return std::visit([](const auto &o) { return o.visible; }, object); }
bool isLocked(const ParkObject &object) { return std::visit([](const auto &o) { return o.locked; }, object); }
void setVisible(ParkObject &object, bool visible) { std::visit([=](auto &o) { o.visible = visible; }, object); }
void setLocked(ParkObject &object, bool locked) { std::visit([=](auto &o) { o.locked = locked; }, object); }

Outline footprintOf(const ParkObject &object)
{
    return std::visit(Overloaded{[](const Building &b) { return b.footprint; },
                                 [](const PvArray &a) { return a.outline; },
                                 [](const Storage &s) { return s.footprint(); },
                                 [](const GreenSpace &g) { return g.outline; },
                                 [](const WindTurbine &t) { return t.footprint(); }},
                      object);
}

double topHeightOf(const ParkObject &object)
{
    return std::visit(Overloaded{[](const Building &b) { return b.heightM; },
                                 [](const PvArray &a) { return a.pv.rowTopHeightM(); },
                                 [](const Storage &s) { return s.heightM; },
                                 [](const GreenSpace &) { return 0.0; },
                                 [](const WindTurbine &t) { return t.hubHeightM; }},
                      object);
}

ParkObject translatedObject(const ParkObject &object, double dxM, double dyM)
{
    ParkObject out = object;
    std::visit(Overloaded{[&](Building &b) { b.footprint = translated(b.footprint, dxM, dyM); },
                          [&](PvArray &a) { a.outline = translated(a.outline, dxM, dyM); },
                          [&](Storage &s) { s.position = Point2(s.position.x() + dxM, s.position.y() + dyM); },
                          [&](GreenSpace &g) { g.outline = translated(g.outline, dxM, dyM); },
                          [&](WindTurbine &t) { t.position = Point2(t.position.x() + dxM, t.position.y() + dyM); }},
               out);
    return out;
}

ParkObject rotatedObject(const ParkObject &object, const Point2 &centre, double angleDeg)
{
    ParkObject out = object;
    std::visit(Overloaded{[&](Building &b) { b.footprint = rotated(b.footprint, centre, angleDeg); },
                          [&](PvArray &a) { a.outline = rotated(a.outline, centre, angleDeg); },
                          [&](Storage &s) {
                              s.position = rotated(Outline{s.position}, centre, angleDeg).front();
                              s.rotationDeg = std::fmod(s.rotationDeg + angleDeg + 360.0, 360.0);
                          },
                          [&](GreenSpace &g) { g.outline = rotated(g.outline, centre, angleDeg); },
                          [&](WindTurbine &t) { t.position = rotated(Outline{t.position}, centre, angleDeg).front(); }},
               out);
    return out;
}

ParkObject withOutline(const ParkObject &object, const Outline &outline)
{
    ParkObject out = object;
    std::visit(Overloaded{[&](Building &b) { b.footprint = outline; },
                          [&](PvArray &a) { a.outline = outline; },
                          [&](Storage &) {},
                          [&](GreenSpace &g) { g.outline = outline; },
                          [&](WindTurbine &) {}},
               out);
    return out;
}

bool hasEditableOutline(const ParkObject &object)
{
    const ObjectKind kind = kindOf(object);
    return kind != ObjectKind::Storage && kind != ObjectKind::WindTurbine;
}

} // namespace pz
