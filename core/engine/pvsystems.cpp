// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/pvsystems.h"

#include <cmath>
#include <numbers>

namespace pz {

namespace {

Outline largestOutline(const MultiPolygon &area)
{
    const Polygon *best = nullptr;
    double bestArea = 0.0;
    for (const auto &polygon : area) {
        const double a = std::abs(bg::area(polygon));
        if (a > bestArea) {
            bestArea = a;
            best = &polygon;
        }
    }
    return best ? toOutline(*best) : Outline{};
}

MultiPolygon areaOf(const Building &b, RoofAreaCache *roofAreas)
{
    return roofAreas ? roofAreas->areaOf(b) : roofArea(b.footprint, b.rooftop.setbackM);
}

double coverage(const PvSystem &pv)
{
    return pv.hasRows() ? pv.gcr : 1.0;
}

} // namespace

double surfaceHeightM(const PvSystem &pv, double baseHeightM)
{
    // The middle of the module plane: half-way up the rows from their clearance.
    const double rise = pv.rowDepthM * std::sin(radiansTwiceRounded(pv.tiltDeg));
    return baseHeightM + pv.rowTopHeightM() - rise / 2.0;
}

std::vector<PvSystemInstance> pvSystemsOf(const Park &park, RoofAreaCache *roofAreas)
{
    std::vector<PvSystemInstance> systems;
    for (const ParkObject &object : park.objects()) {
        if (const auto *field = std::get_if<PvArray>(&object)) {
            PvSystemInstance s;
            s.id = field->id;
            s.name = field->name;
            s.kind = PvKind::Ground;
            s.pv = field->pv;
            s.area.push_back(toPolygon(field->outline));
            s.kwp = field->kwp();
            s.moduleAreaM2 = s.kwp * 1000.0 / field->pv.moduleWPerM2;
            s.surface = shading::Surface{field->id, field->id, field->outline, surfaceHeightM(field->pv, 0.0),
                                         field->pv.tiltDeg,
                                         planAzimuthDeg(field->pv.azimuthDeg, park.site.northRotationDeg), {}};
            systems.push_back(std::move(s));
        } else if (const auto *b = std::get_if<Building>(&object)) {
            if (!b->rooftop.enabled || b->rooftop.usableFraction <= 0.0)
                continue;
            PvSystemInstance s;
            s.id = b->id;
            s.name = b->name;
            s.kind = PvKind::Rooftop;
            s.pv = b->rooftop.pv;
            s.area = areaOf(*b, roofAreas);
            const double usableM2 = std::abs(bg::area(s.area)) * b->rooftop.usableFraction;
            s.moduleAreaM2 = usableM2 * coverage(s.pv);
            s.kwp = s.moduleAreaM2 * s.pv.moduleWPerM2 / 1000.0;
            if (s.kwp <= 0.0)
                continue;
            s.surface = shading::Surface{b->id, b->id, largestOutline(s.area), surfaceHeightM(s.pv, b->heightM),
                                         s.pv.tiltDeg, planAzimuthDeg(s.pv.azimuthDeg, park.site.northRotationDeg),
                                         {rooftopObstacleId(b->id)}};
            systems.push_back(std::move(s));
        }
    }
    return systems;
}

std::vector<shading::Obstacle> obstaclesOf(const Park &park, RoofAreaCache *roofAreas)
{
    std::vector<shading::Obstacle> obstacles;
    for (const ParkObject &object : park.objects()) {
        switch (kindOf(object)) {
        case ObjectKind::Building: {
            const auto &b = std::get<Building>(object);
            obstacles.push_back({b.id, b.footprint, 0.0, b.heightM});
            if (b.rooftop.enabled && b.rooftop.usableFraction > 0.0) {
                const Outline rows = largestOutline(areaOf(b, roofAreas));
                if (rows.size() >= 3)
                    obstacles.push_back({rooftopObstacleId(b.id), rows, b.heightM, b.heightM + b.rooftop.pv.rowTopHeightM()});
            }
            break;
        }
        case ObjectKind::PvArray:
        case ObjectKind::Storage:
        case ObjectKind::WindTurbine:   // its tower up to the hub; the rotor is no obstacle (docs/wind.md)
            obstacles.push_back({idOf(object), footprintOf(object), 0.0, topHeightOf(object)});
            break;
        case ObjectKind::GreenSpace:
            break;
        }
    }
    return obstacles;
}

double totalKwp(const std::vector<PvSystemInstance> &systems)
{
    double kwp = 0.0;
    for (const PvSystemInstance &system : systems)
        kwp += system.kwp;
    return kwp;
}

solar::PvChainParams pvChainParams(const PvSystem &pv, double kwp)
{
    solar::PvChainParams p;
    p.tiltDeg = pv.tiltDeg;
    p.azimuthDeg = pv.azimuthDeg;
    p.kwp = kwp;
    p.gcr = pv.gcr;
    p.lossesPct = pv.lossesPct;
    p.dcAcRatio = pv.dcAcRatio;
    p.etaNom = pv.inverterEtaNom;
    p.gammaPdcPerC = pv.gammaPdcPerC;
    p.albedo = pv.albedo;
    solar::CellTemperatureModel model = solar::CellTemperatureModel::Faiman;
    if (pv.temperatureModel == TemperatureModel::Sapm)
        model = pv.mounting == Mounting::OpenRack ? solar::CellTemperatureModel::SapmOpenRack
                                                  : solar::CellTemperatureModel::SapmCloseRoof;
    p = solar::withMountingDefaults(p, model);
    p.faimanU0 = pv.faimanU0;
    p.faimanU1 = pv.faimanU1;
    return p;
}

} // namespace pz
