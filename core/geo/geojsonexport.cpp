// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojsonexport.h"

#include "energy/loadprofiles.h"
#include "energy/profilecsv.h"
#include "geo/planprojection.h"
#include "io/projectpaths.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace pz::geo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::geo", text);
}

// Plan point → the file's coordinates; nullopt outside the projection.
class Coordinates
{
public:
    Coordinates(const Site &site, ExportCoordinates mode) : m_projection(site), m_mode(mode) {}
    bool isValid() const { return m_mode == ExportCoordinates::Plan || m_projection.isValid(); }
    QString planDefinition() const { return m_projection.planCrsDefinition(); }

    std::optional<QJsonArray> point(const Point2 &p) const
    {
        if (m_mode == ExportCoordinates::Plan)
            return QJsonArray{p.x(), p.y()};
        const std::optional<LonLat> ll = m_projection.toLonLat(p);
        if (!ll)
            return std::nullopt;
        return QJsonArray{ll->lonDeg, ll->latDeg};
    }

    // A polygon's exterior ring, closed and counter-clockwise (RFC 7946 §3.1.6).
    std::optional<QJsonObject> polygon(const Outline &outline) const
    {
        QJsonArray points;
        for (const Point2 &p : toOutline(toPolygon(outline))) {
            const auto c = point(p);
            if (!c)
                return std::nullopt;
            points.append(*c);
        }
        if (!points.isEmpty())
            points.append(points.first());
        // The rings by append: QJsonArray{points} is points itself with clang (the copy
        // constructor) and [points] with gcc (the initializer list).
        QJsonArray rings;
        rings.append(points);
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                           {QStringLiteral("coordinates"), rings}};
    }

private:
    PlanProjection m_projection;
    ExportCoordinates m_mode;
};

// Annual electricity of a building's own use (kWh): its profile file, its override, or its use
// type's intensity × floor area, as the load stage takes it; process loads are separate.
std::optional<double> annualLoadKWh(const Building &b, const QString &projectFilePath)
{
    if (!b.loadProfilePath.isEmpty()) {
        const auto read = energy::readProfileCsv(io::resolveProjectPath(projectFilePath, b.loadProfilePath));
        if (!read.error.isEmpty())
            return std::nullopt;
        return std::accumulate(read.valuesKWh.begin(), read.valuesKWh.end(), 0.0);
    }
    return energy::annualBuildingLoadKWh(b.useType, b.floorAreaM2(), b.annualLoadKWhOverride);
}

void addPvResult(QJsonObject &p, const PvObjectResult &r)
{
    p.insert(QStringLiteral("pv_kWp"), r.kwp);
    p.insert(QStringLiteral("annual_ac_kWh"), r.annualAcKWh);
    p.insert(QStringLiteral("specific_yield_kWh_per_kWp"), r.specificYieldKWhPerKWp);
    p.insert(QStringLiteral("performance_ratio"), r.performanceRatio);
    p.insert(QStringLiteral("shading_loss_pct"), r.shadingLossPct);
}

void addPvSystem(QJsonObject &p, const PvSystem &pv)
{
    p.insert(QStringLiteral("tilt_deg"), pv.tiltDeg);
    p.insert(QStringLiteral("azimuth_deg"), pv.azimuthDeg);
    p.insert(QStringLiteral("gcr"), pv.gcr);
}

QJsonObject properties(const ParkObject &object, const PvObjectResult *pv, const QString &projectFilePath)
{
    QJsonObject p{{QStringLiteral("id"), qint64(idOf(object))},
                  {QStringLiteral("name"), nameOf(object)},
                  {QStringLiteral("kind"), toKey(kindOf(object))}};
    if (const auto *b = std::get_if<Building>(&object)) {
        p.insert(QStringLiteral("height_m"), b->heightM);
        p.insert(QStringLiteral("floors"), b->floors);
        p.insert(QStringLiteral("use_type"), toKey(b->useType));
        p.insert(QStringLiteral("structure"), toKey(b->structure));
        p.insert(QStringLiteral("floor_area_m2"), b->floorAreaM2());
        if (const auto load = annualLoadKWh(*b, projectFilePath))
            p.insert(QStringLiteral("annual_load_kWh"), *load);
        p.insert(QStringLiteral("rooftop_pv"), b->rooftop.enabled);
        if (b->rooftop.enabled)
            addPvSystem(p, b->rooftop.pv);
    } else if (const auto *a = std::get_if<PvArray>(&object)) {
        addPvSystem(p, a->pv);
        p.insert(QStringLiteral("area_m2"), areaM2(a->outline));
    } else if (const auto *s = std::get_if<Storage>(&object)) {
        p.insert(QStringLiteral("energy_kWh"), s->energyKWh);
        p.insert(QStringLiteral("power_kW"), s->powerKW);
        p.insert(QStringLiteral("chemistry"), toKey(s->chemistry));
    } else if (const auto *g = std::get_if<GreenSpace>(&object)) {
        p.insert(QStringLiteral("area_m2"), areaM2(g->outline));
    }
    if (pv)
        addPvResult(p, *pv);
    return p;
}

} // namespace

GeoJsonExport exportGeoJson(const Park &park, const SimulationResult *result, ExportCoordinates coordinates,
                            const QString &projectFilePath)
{
    const Coordinates to(park.site, coordinates);
    GeoJsonExport out;
    if (!to.isValid()) {
        out.error = tr("the site's position cannot be projected; export in plan coordinates instead");
        return out;
    }
    QHash<ObjectId, const PvObjectResult *> pvById;
    if (result && result->ok)
        for (const PvObjectResult &r : result->objects)
            pvById.insert(r.id, &r);
    QJsonArray features;
    for (const ParkObject &object : park.objects()) {
        const std::optional<QJsonObject> geometry = to.polygon(footprintOf(object));
        if (!geometry) {
            out.error = tr("object %1 (%2) lies outside the site's projection").arg(idOf(object)).arg(nameOf(object));
            return out;
        }
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("id"), qint64(idOf(object))},
                                    {QStringLiteral("geometry"), *geometry},
                                    {QStringLiteral("properties"),
                                     properties(object, pvById.value(idOf(object)), projectFilePath)}});
    }
    QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                           {QStringLiteral("name"), park.site.name},
                           {QStringLiteral("features"), features}};
    if (coordinates == ExportCoordinates::Plan && park.site.northRotationDeg == 0.0) {
        // Not an EPSG code: the plan is the site's own projection, named by its PROJ definition.
        collection.insert(QStringLiteral("crs"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("name")},
                                      {QStringLiteral("properties"),
                                       QJsonObject{{QStringLiteral("name"), to.planDefinition()}}}});
    }
    out.bytes = QJsonDocument(collection).toJson(QJsonDocument::Indented);
    return out;
}

} // namespace pz::geo
