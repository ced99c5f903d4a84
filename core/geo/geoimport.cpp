// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "geo/geoimport.h"

#include "geo/dxfheader.h"
#include "geo/gdalsupport.h"
#include "geo/ogrreader.h"
#include "geo/outlinerepair.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <numbers>

namespace pz::geo {

using detail::SourceLayer;
using detail::SourcePolygon;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pz::geo", text, disambiguation, n);
}

// Drawing units → plan metres: scale, rotate counter-clockwise, offset.
struct LocalTransform {
    double scale = 1.0;
    double cosR = 1.0;
    double sinR = 0.0;
    double dx = 0.0;
    double dy = 0.0;
    Point2 toPlan(XY p) const
    {
        const double x = p.x * scale, y = p.y * scale;
        return {x * cosR - y * sinR + dx, x * sinR + y * cosR + dy};
    }
};

// One source layer's way onto the plan.
struct LayerPlacement {
    std::optional<PlanTransform> projected;  // georeferenced
    LocalTransform local;                    // otherwise
};

std::optional<LonLat> centreOfData(const std::vector<SourceLayer> &layers, QString *error)
{
    double minLon = 1e9, maxLon = -1e9, minLat = 1e9, maxLat = -1e9;
    for (const SourceLayer &layer : layers) {
        if (layer.crs.isEmpty() || layer.polygons.empty())
            continue;
        std::optional<CrsTransform> toLonLat =
            CrsTransform::create(layer.crs, QString::fromLatin1(kPlanGeographicCrs), error);
        if (!toLonLat)
            return std::nullopt;
        for (const SourcePolygon &polygon : layer.polygons)
            for (const XY &p : polygon.outer)
                if (const std::optional<XY> ll = toLonLat->forward(p)) {
                    minLon = std::min(minLon, ll->x);
                    maxLon = std::max(maxLon, ll->x);
                    minLat = std::min(minLat, ll->y);
                    maxLat = std::max(maxLat, ll->y);
                }
    }
    if (minLon > maxLon)
        return std::nullopt;
    return LonLat{(minLon + maxLon) / 2.0, (minLat + maxLat) / 2.0};
}

std::optional<LayerPlacement> placementOf(const SourceLayer &layer, const PlanProjection &projection,
                                          const ImportOptions &options, QString *error)
{
    LayerPlacement placement;
    if (!layer.crs.isEmpty()) {
        placement.projected = projection.transformFrom(layer.crs, error);
        if (!placement.projected)
            return std::nullopt;
        return placement;
    }
    const double r = options.rotationDeg * kDegToRad;
    placement.local = {layer.metresPerUnit, std::cos(r), std::sin(r), options.offsetEastM, options.offsetNorthM};
    return placement;
}

std::optional<Outline> toPlan(const std::vector<XY> &ring, const LayerPlacement &placement)
{
    Outline outline;
    outline.reserve(ring.size());
    for (const XY &p : ring) {
        if (!placement.projected) {
            outline.push_back(placement.local.toPlan(p));
            continue;
        }
        const std::optional<Point2> q = placement.projected->toPlan(p.x, p.y);
        if (!q)
            return std::nullopt;
        outline.push_back(*q);
    }
    return outline;
}

// The object a polygon becomes, before validation.
ParkObject makeObject(ImportKind kind, const Outline &outline, const detail::FeatureValues &values)
{
    switch (kind) {
    case ImportKind::PvField: {
        PvArray field;
        field.name = values.name;
        field.outline = outline;
        return field;
    }
    case ImportKind::GreenSpace: {
        GreenSpace green;
        green.name = values.name;
        green.outline = outline;
        return green;
    }
    case ImportKind::Building:
    case ImportKind::Boundary:
        break;
    }
    Building building;
    building.name = values.name;
    building.footprint = outline;
    if (values.heightM)
        building.heightM = *values.heightM;
    if (values.floors)
        building.floors = *values.floors;
    if (values.useType)
        building.useType = *values.useType;
    return building;
}

// Adds one polygon to the result as an object (or the boundary), or lists it as skipped.
void place(const SourcePolygon &polygon, const LayerPlacement &placement, const ImportOptions &options,
           ImportResult &result)
{
    ImportReport &report = result.report;
    const auto skip = [&](const QString &reason) {
        ++report.skipped;
        report.skippedFeatures.push_back({polygon.layer, polygon.fid, polygon.partLabel + reason});
    };
    const std::optional<Outline> ring = toPlan(polygon.outer, placement);
    if (!ring)
        return skip(tr("a vertex cannot be projected onto the plan"));
    detail::RepairedOutline repaired = detail::repairOutline(*ring);
    QStringList repairs = polygon.repairs + repaired.repairs + polygon.values.problems;
    if (polygon.holes > 0)
        repairs << tr("holes filled (plan outlines have none): %n", nullptr, polygon.holes);

    QStringList problems;
    if (options.kind == ImportKind::Boundary) {
        if (result.boundary)
            return skip(tr("the site has one boundary, already taken from an earlier feature"));
        if (const QString p = Validation::outlineProblem(repaired.outline, QStringLiteral("boundary")); !p.isEmpty())
            return skip(p);
        result.boundary = repaired.outline;
    } else {
        ParkObject object = makeObject(options.kind, repaired.outline, polygon.values);
        problems = Validation::problems(object);
        if (!problems.isEmpty())
            return skip(problems.join(QStringLiteral("; ")));
        result.objects.push_back(std::move(object));
    }
    ++report.imported;
    if (!repairs.isEmpty()) {
        ++report.repaired;
        report.repairs.push_back({polygon.layer, polygon.fid, polygon.partLabel + repairs.join(QStringLiteral("; "))});
    }
}

} // namespace

QString toKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Building: return QStringLiteral("building");
    case ImportKind::PvField: return QStringLiteral("pv_field");
    case ImportKind::GreenSpace: return QStringLiteral("green_space");
    case ImportKind::Boundary: return QStringLiteral("boundary");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    for (ImportKind kind : {ImportKind::Building, ImportKind::PvField, ImportKind::GreenSpace, ImportKind::Boundary})
        if (toKey(kind) == key)
            return kind;
    return std::nullopt;
}

double metresPerUnit(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Millimetre: return 0.001;
    case LengthUnit::Centimetre: return 0.01;
    case LengthUnit::Metre: return 1.0;
    }
    return 1.0;
}

std::optional<LengthUnit> lengthUnitFromKey(const QString &key)
{
    if (key == QLatin1String("mm"))
        return LengthUnit::Millimetre;
    if (key == QLatin1String("cm"))
        return LengthUnit::Centimetre;
    if (key == QLatin1String("m"))
        return LengthUnit::Metre;
    return std::nullopt;
}

QHash<QString, UseType> defaultUseTypeValues()
{
    QHash<QString, UseType> values;
    for (int i = 0; i < kUseTypeCount; ++i)
        values.insert(toKey(UseType(i)), UseType(i));
    values.insert(QStringLiteral("industrial"), UseType::LightManufacturing);
    values.insert(QStringLiteral("manufacture"), UseType::LightManufacturing);
    values.insert(QStringLiteral("factory"), UseType::LightManufacturing);
    values.insert(QStringLiteral("commercial"), UseType::Office);
    values.insert(QStringLiteral("data_center"), UseType::DataCentre);
    values.insert(QStringLiteral("storage_tank"), UseType::Warehouse);
    return values;
}

std::optional<DatasetInfo> inspectDataset(const QString &path, QString *error, const QString &dxfEncoding)
{
    return detail::inspect(path, error, dxfEncoding);
}

ImportResult importFile(const QString &path, const ImportOptions &options, const Site &site,
                        SitePlacement placement)
{
    ImportResult result;
    std::optional<std::vector<SourceLayer>> layers = detail::readLayers(path, options, result.report, &result.error);
    if (!layers)
        return result;
    const QString fileName = QFileInfo(path).fileName();

    Site located = site;
    if (placement == SitePlacement::CentreOnData) {
        QString error;
        result.siteLocation = centreOfData(*layers, &error);
        if (!error.isEmpty()) {
            result.error = tr("%1: %2").arg(fileName, error);
            return result;
        }
        if (result.siteLocation) {
            located.longitudeDeg = result.siteLocation->lonDeg;
            located.latitudeDeg = result.siteLocation->latDeg;
        } else {
            result.report.notes << tr("the data has no coordinate reference system: the site location is unchanged");
        }
    }
    const PlanProjection projection(located);
    for (const SourceLayer &layer : *layers) {
        QString error;
        const std::optional<LayerPlacement> layerPlacement = placementOf(layer, projection, options, &error);
        if (!layerPlacement) {
            result = ImportResult();
            result.error = tr("%1: layer %2: %3").arg(fileName, layer.name, error);
            return result;
        }
        for (const SourcePolygon &polygon : layer.polygons)
            place(polygon, *layerPlacement, options, result);
        for (const FeatureNote &skipped : layer.skipped) {
            ++result.report.skipped;
            result.report.skippedFeatures.push_back(skipped);
        }
    }
    return result;
}

void addToPark(const ImportResult &result, Park &park)
{
    if (!result.ok())
        return;
    if (result.siteLocation) {
        park.site.longitudeDeg = result.siteLocation->lonDeg;
        park.site.latitudeDeg = result.siteLocation->latDeg;
    }
    if (result.boundary)
        park.site.boundary = *result.boundary;
    for (ParkObject object : result.objects) {
        setId(object, park.takeNextId());
        park.append(std::move(object));
    }
}

namespace {

QStringList describe(const QString &fileName, const std::vector<FeatureNote> &notes)
{
    QStringList lines;
    for (const FeatureNote &note : notes)
        lines << tr("%1: layer %2, feature %3: %4").arg(fileName, note.layer).arg(note.fid).arg(note.reason);
    return lines;
}

} // namespace

QStringList describeSkipped(const QString &fileName, const ImportReport &report)
{
    return describe(fileName, report.skippedFeatures);
}

QStringList describeRepairs(const QString &fileName, const ImportReport &report)
{
    return describe(fileName, report.repairs);
}

} // namespace pz::geo
