// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/objectfactory.h"

#include <QSet>
#include <algorithm>

namespace pz {

QString ObjectFactory::defaultName(const Park &park, ObjectKind kind)
{
    QString pattern;
    switch (kind) {
    case ObjectKind::Building: pattern = tr("Building %1"); break;
    case ObjectKind::PvArray: pattern = tr("PV field %1"); break;
    case ObjectKind::Storage: pattern = tr("Storage %1"); break;
    case ObjectKind::GreenSpace: pattern = tr("Green space %1"); break;
    case ObjectKind::WindTurbine: pattern = tr("Turbine %1"); break;
    }
    int count = 0;
    QSet<QString> names;
    for (const auto &o : park.objects()) {
        if (kindOf(o) == kind)
            ++count;
        names.insert(nameOf(o));
    }
    int n = count + 1;
    while (names.contains(pattern.arg(n)))
        ++n;
    return pattern.arg(n);
}

Outline ObjectFactory::counterClockwise(Outline outline)
{
    double twiceArea = 0.0;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        const Point2 &a = outline[i], &b = outline[(i + 1) % outline.size()];
        twiceArea += a.x() * b.y() - b.x() * a.y();
    }
    if (twiceArea < 0.0)
        std::reverse(outline.begin(), outline.end());
    return outline;
}

Building ObjectFactory::building(const Park &park, const Outline &footprint)
{
    Building b;
    b.name = defaultName(park, ObjectKind::Building);
    b.footprint = counterClockwise(footprint);
    b.heat = heat::BuildingHeat();   // new buildings: district heat (spec §14.7); the model's default is none
    return b;
}

PvArray ObjectFactory::pvField(const Park &park, const Outline &outline)
{
    PvArray a;
    a.name = defaultName(park, ObjectKind::PvArray);
    a.outline = counterClockwise(outline);
    return a;
}

GreenSpace ObjectFactory::greenSpace(const Park &park, const Outline &outline)
{
    GreenSpace g;
    g.name = defaultName(park, ObjectKind::GreenSpace);
    g.outline = counterClockwise(outline);
    return g;
}

Storage ObjectFactory::storage(const Park &park, const Point2 &position, double rotationDeg)
{
    Storage s;
    s.name = defaultName(park, ObjectKind::Storage);
    s.position = position;
    s.rotationDeg = rotationDeg;
    return s;
}

WindTurbine ObjectFactory::turbine(const Park &park, const Point2 &position)
{
    WindTurbine t;
    t.name = defaultName(park, ObjectKind::WindTurbine);
    t.position = position;
    return t;
}

} // namespace pz
