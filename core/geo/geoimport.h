// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Import of site plans from GIS and CAD files (GeoJSON, Shapefile, DXF, KML, GeoPackage,
// FlatGeobuf, OSM XML: whatever OGR reads) as park objects on the plan (docs/import.md).
//
// A layer, optionally narrowed by an attribute filter, becomes one kind of object (building, PV
// field, green space, or the site boundary). Georeferenced data is projected onto the site's
// plan (PlanProjection); data without a CRS (DXF, a Shapefile without .prj) is taken as plan
// coordinates in drawing units, scaled, rotated and offset. Nothing is dropped silently: every
// feature is imported, imported after a repair, or skipped, and the report names each repaired
// or skipped feature by layer and FID with the reason. A file that cannot be read completely
// (malformed, truncated) imports nothing.

#include "geo/planprojection.h"
#include "model/park.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pz::geo {

enum class ImportKind { Building, PvField, GreenSpace, Boundary };
// "building", "pv_field", "green_space", "boundary".
QString toKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(const QString &key);

// Drawing units for data without a CRS when the file does not name them.
enum class LengthUnit { Millimetre, Centimetre, Metre };
double metresPerUnit(LengthUnit unit);
// "mm", "cm", "m".
std::optional<LengthUnit> lengthUnitFromKey(const QString &key);

// What the import dialog lists.
struct LayerInfo {
    QString name;                // OGR layer, or for DXF the drawing layer
    qint64 featureCount = -1;    // -1: unknown
    QString geometryType;        // OGR's name, e.g. "Polygon", "Line String"
    QStringList fieldNames;
    QString crsName;             // empty: no CRS (drawing units)
};

struct DatasetInfo {
    QString driver;                          // OGR's short name: "GeoJSON", "DXF", "OSM", …
    std::vector<LayerInfo> layers;
    std::optional<double> metresPerDrawingUnit;  // DXF $INSUNITS, when it names a length unit
    QString dxfCodePage;                     // DXF $DWGCODEPAGE, e.g. "ANSI_936"
};

struct ImportOptions {
    QString layer;                  // OGR layer or DXF drawing layer; empty: all (OSM: multipolygons)
    QString where;                  // OGR SQL attribute filter, as ogr2ogr -where
    ImportKind kind = ImportKind::Building;
    QString heightAttribute = QStringLiteral("height");            // metres
    QString levelsAttribute = QStringLiteral("building:levels");   // × storeyHeightM
    double storeyHeightM = 3.5;
    QString nameAttribute = QStringLiteral("name");
    QString useTypeAttribute;       // empty: buildings keep the default use type
    QHash<QString, UseType> useTypeValues;  // attribute value → use type, on top of defaultUseTypeValues()
    // Data without a CRS: drawing units (used when the file does not name them), then a
    // counter-clockwise rotation about the drawing origin and an offset, in plan metres.
    std::optional<LengthUnit> units;
    double rotationDeg = 0.0;
    double offsetEastM = 0.0;
    double offsetNorthM = 0.0;
    QString sourceCrs;              // assigns a CRS (EPSG code, WKT, PROJ string); overrides the file's
    QString dxfEncoding;            // DXF text encoding (e.g. "CP936"); empty: from $DWGCODEPAGE
};

// The use-type keys of the file format and common OpenStreetMap building values.
QHash<QString, UseType> defaultUseTypeValues();

struct FeatureNote {
    QString layer;
    qint64 fid = -1;
    QString reason;
};

struct ImportReport {
    int imported = 0;                     // objects made (a multipolygon gives one per part)
    int repaired = 0;                     // of them, objects that needed a repair
    int skipped = 0;                      // features or parts not imported
    std::vector<FeatureNote> repairs;     // each repair, with what was done
    std::vector<FeatureNote> skippedFeatures;
    QStringList notes;                    // remarks on the whole file (units, code page, …)
};

// Where the data goes: onto the plan of the given site, or onto a plan centred on the data
// (a new project: the site takes the centre of the imported features' longitude/latitude extent).
enum class SitePlacement { KeepSite, CentreOnData };

struct ImportResult {
    QString error;                        // fatal: nothing imported; names the file and reason
    std::vector<ParkObject> objects;      // validated; ids are 0 until added to a park
    std::optional<Outline> boundary;      // from ImportKind::Boundary
    std::optional<LonLat> siteLocation;   // set with CentreOnData for georeferenced data
    ImportReport report;
    bool ok() const { return error.isEmpty(); }
};

// Layers, feature counts and fields of a file; nullopt with *error when it cannot be read.
// dxfEncoding: as ImportOptions::dxfEncoding (DXF layer names are texts too).
std::optional<DatasetInfo> inspectDataset(const QString &path, QString *error, const QString &dxfEncoding = {});

ImportResult importFile(const QString &path, const ImportOptions &options, const Site &site,
                        SitePlacement placement);

// Adds a successful result to a park: the site location (when centred on the data), the
// boundary and the objects with new ids.
void addToPark(const ImportResult &result, Park &park);

// One line per skipped feature, "FILE: layer L, feature F: reason" (and the same for repairs).
QStringList describeSkipped(const QString &fileName, const ImportReport &report);
QStringList describeRepairs(const QString &fileName, const ImportReport &report);

} // namespace pz::geo
