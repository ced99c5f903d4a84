// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ogrreader.h"

#include "geo/dxfheader.h"
#include "geo/gdalsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace pz::geo::detail {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pz::geo::detail", text, disambiguation, n);
}

const char *const kDxfLayerField = "Layer";

// ---- attributes -----------------------------------------------------------------------------

// An OSM "other_tags" hstore entry: "key"=>"value","key2"=>"value2".
std::optional<QString> hstoreValue(const QString &tags, const QString &key)
{
    static const QRegularExpression entry(QStringLiteral(R"re("((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)")re"));
    for (auto it = entry.globalMatch(tags); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == key)
            return m.captured(2);
    }
    return std::nullopt;
}

// The value of attribute `name`: its field, the field a Shapefile truncated and laundered the
// name to (10 characters, "building:levels" → "building_l"), or an entry of OSM's "other_tags";
// nullopt when unset.
std::optional<QString> attribute(const OGRFeature &feature, const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const OGRFeatureDefn *defn = feature.GetDefnRef();
    int index = defn->GetFieldIndex(name.toUtf8().constData());
    if (index < 0 && name.size() > 10)
        index = defn->GetFieldIndex(name.left(10).toUtf8().constData());
    if (index < 0) {  // the Shapefile driver also launders ':' and the like to '_'
        static const QRegularExpression notWord(QStringLiteral("[^A-Za-z0-9_]"));
        index = defn->GetFieldIndex(QString(name).replace(notWord, QStringLiteral("_")).left(10).toUtf8().constData());
    }
    if (index >= 0) {
        if (!feature.IsFieldSetAndNotNull(index))
            return std::nullopt;
        return QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
    }
    const int tags = defn->GetFieldIndex("other_tags");
    if (tags >= 0 && feature.IsFieldSetAndNotNull(tags))
        return hstoreValue(QString::fromUtf8(feature.GetFieldAsString(tags)), name);
    return std::nullopt;
}

// A positive number, optionally followed by "m" (OSM writes "12 m").
std::optional<double> positiveNumber(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('m')))
        text = text.chopped(1).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0.0)
        return std::nullopt;
    return value;
}

void readBuildingValues(const OGRFeature &feature, const ImportOptions &options, FeatureValues &values)
{
    std::optional<double> levels;
    if (const auto text = attribute(feature, options.levelsAttribute); text && !text->isEmpty()) {
        levels = positiveNumber(*text);
        if (!levels)
            values.problems << tr("%1 \"%2\" is not a positive number; ignored").arg(options.levelsAttribute, *text);
    }
    if (const auto text = attribute(feature, options.heightAttribute); text && !text->isEmpty()) {
        values.heightM = positiveNumber(*text);
        if (!values.heightM)
            values.problems << tr("%1 \"%2\" is not a height in metres; ignored").arg(options.heightAttribute, *text);
    }
    if (!values.heightM && levels)
        values.heightM = *levels * options.storeyHeightM;
    if (levels)
        values.floors = std::max(1, int(std::lround(*levels)));
    else if (values.heightM)
        values.floors = std::max(1, int(std::lround(*values.heightM / options.storeyHeightM)));

    const auto use = attribute(feature, options.useTypeAttribute);
    if (!use || use->isEmpty())
        return;
    const QString key = use->toLower();
    if (options.useTypeValues.contains(*use))
        values.useType = options.useTypeValues.value(*use);
    else if (const QHash<QString, UseType> defaults = defaultUseTypeValues(); defaults.contains(key))
        values.useType = defaults.value(key);
    else
        values.problems << tr("%1 \"%2\" maps to no use type; the default is kept").arg(options.useTypeAttribute, *use);
}

FeatureValues readValues(const OGRFeature &feature, const ImportOptions &options)
{
    FeatureValues values;
    if (const auto name = attribute(feature, options.nameAttribute)) {
        values.name = *name;
        if (values.name.size() > 200) {
            values.name.truncate(200);
            values.problems << tr("name shortened to 200 characters");
        }
    }
    if (options.kind == ImportKind::Building)
        readBuildingValues(feature, options, values);
    return values;
}

// ---- geometry -------------------------------------------------------------------------------

struct Part {
    std::vector<XY> outer;
    int holes = 0;
    bool fromClosedLine = false;
};

std::vector<XY> points(const OGRSimpleCurve &curve)
{
    std::vector<XY> out;
    out.reserve(std::size_t(curve.getNumPoints()));
    for (int i = 0; i < curve.getNumPoints(); ++i)
        out.push_back({curve.getX(i), curve.getY(i)});
    return out;
}

// Polygon parts of a (linear) geometry. Returns why there is none, or an empty string.
QString collectParts(const OGRGeometry *geometry, std::vector<Part> &parts)
{
    if (!geometry || geometry->IsEmpty())
        return tr("no geometry");
    if (const auto *polygon = dynamic_cast<const OGRPolygon *>(geometry)) {
        const auto *ring = dynamic_cast<const OGRSimpleCurve *>(polygon->getExteriorRing());
        if (!ring)
            return tr("a polygon without an exterior ring");
        parts.push_back({points(*ring), polygon->getNumInteriorRings(), false});
        return {};
    }
    if (const auto *line = dynamic_cast<const OGRSimpleCurve *>(geometry)) {
        if (line->getNumPoints() >= 4 && line->get_IsClosed()) {
            parts.push_back({points(*line), 0, true});
            return {};
        }
        return tr("an open line, not a closed outline");
    }
    if (const auto *collection = dynamic_cast<const OGRGeometryCollection *>(geometry)) {
        QString reason = tr("no geometry");
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            if (const QString r = collectParts(collection->getGeometryRef(i), parts); !r.isEmpty())
                reason = r;
        return reason;
    }
    if (dynamic_cast<const OGRPoint *>(geometry))
        return tr("a point, not an outline");
    return tr("unsupported geometry type %1").arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType())));
}

// Appends the feature's polygons to the layer, or a skip note when it has none.
void readFeature(const OGRFeature &feature, const QString &layerName, const ImportOptions &options,
                 SourceLayer &layer)
{
    std::vector<Part> parts;
    const OGRGeometry *geometry = feature.GetGeometryRef();
    std::unique_ptr<OGRGeometry> linear;
    if (geometry && geometry->hasCurveGeometry()) {
        linear.reset(geometry->getLinearGeometry());
        geometry = linear.get();
    }
    const QString reason = collectParts(geometry, parts);
    if (parts.empty()) {
        layer.skipped.push_back({layerName, feature.GetFID(), reason});
        return;
    }
    const FeatureValues values = readValues(feature, options);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        SourcePolygon polygon;
        polygon.layer = layerName;
        polygon.fid = feature.GetFID();
        if (parts.size() > 1)
            polygon.partLabel = tr("part %1 of %2: ").arg(i + 1).arg(parts.size());
        polygon.outer = std::move(parts[i].outer);
        polygon.holes = parts[i].holes;
        polygon.values = values;
        layer.polygons.push_back(std::move(polygon));
    }
}

// ---- datasets and layers --------------------------------------------------------------------

struct OpenDataset {
    GDALDatasetUniquePtr dataset;
    QString driver;
    DxfHeader dxf;
};

std::vector<std::pair<QByteArray, QByteArray>> configFor(const ImportOptions &options)
{
    std::vector<std::pair<QByteArray, QByteArray>> config{
        {"DXF_INLINE_BLOCKS", "TRUE"},           // explode block references
        {"DXF_MERGE_BLOCK_GEOMETRIES", "FALSE"},  // one feature per entity of a block
        {"OGR_ARC_STEPSIZE", "4"},                // degrees per segment of arcs and bulges
    };
    if (!options.dxfEncoding.isEmpty())
        config.emplace_back("DXF_ENCODING", options.dxfEncoding.toUtf8());
    return config;
}

// What GDAL's DXF driver would take: the .dxf extension, or a file that starts with a section.
bool looksLikeDxf(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("dxf"), Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(256).simplified().startsWith("0 SECTION");
}

std::optional<OpenDataset> open(const QString &path, GdalErrorCapture &capture, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) {
        *error = tr("%1: no such file").arg(fileName);
        return std::nullopt;
    }
    // Before GDAL sees it: a damaged DXF can make GDAL 3.6's reader loop for ever, even in Open.
    if (const qint64 nul = looksLikeDxf(path) ? firstNulByteOfTextDxf(path) : -1; nul >= 0) {
        *error = tr("%1: not a text DXF: a NUL byte at byte %2; the file is damaged (a binary DXF starts with "
                    "\"AutoCAD Binary DXF\")").arg(fileName).arg(nul);
        return std::nullopt;
    }
    ensureGdalRegistered();
    OpenDataset result;
    result.dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!result.dataset) {
        const QString reason = capture.failures.isEmpty() ? tr("not a file format GDAL can read")
                                                          : capture.failures.join(QStringLiteral("; "));
        *error = tr("%1: cannot be read as GIS or CAD data: %2").arg(fileName, reason);
        return std::nullopt;
    }
    capture.failures.clear();
    result.driver = QString::fromUtf8(result.dataset->GetDriver()->GetDescription());
    if (result.driver == QLatin1String("DXF"))
        result.dxf = readDxfHeader(path);
    return result;
}

QString crsOf(const OGRLayer &layer, const ImportOptions &options)
{
    if (!options.sourceCrs.isEmpty())
        return options.sourceCrs;
    return detail::wktOf(const_cast<OGRLayer &>(layer).GetSpatialRef());
}

// Drawing units of a layer without a CRS: $INSUNITS, else the user's choice; notes which.
std::optional<double> drawingUnits(const OpenDataset &ds, const ImportOptions &options, ImportReport &report)
{
    const std::optional<double> header = ds.dxf.insUnits ? metresPerInsUnit(*ds.dxf.insUnits) : std::nullopt;
    if (header) {
        QString note = tr("drawing units from $INSUNITS %1: %2 m per unit").arg(*ds.dxf.insUnits).arg(*header);
        if (options.units && metresPerUnit(*options.units) != *header)
            note += tr(" (the chosen units are not used)");
        report.notes << note;
        return header;
    }
    if (options.units) {
        report.notes << tr("drawing units as chosen: %1 m per unit").arg(metresPerUnit(*options.units));
        return metresPerUnit(*options.units);
    }
    return std::nullopt;
}

QString quotedSqlString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

struct Selection {
    std::vector<OGRLayer *> layers;
    QString dxfLayerFilter;  // "Layer" = '…' for a DXF drawing layer
};

std::optional<Selection> selectLayers(const OpenDataset &ds, const ImportOptions &options,
                                      const QString &fileName, QString *error)
{
    Selection selection;
    GDALDataset &dataset = *ds.dataset;
    QString wanted = options.layer;
    if (wanted.isEmpty() && ds.driver == QLatin1String("OSM"))
        wanted = QStringLiteral("multipolygons");
    if (wanted.isEmpty()) {
        for (OGRLayer *layer : dataset.GetLayers())
            selection.layers.push_back(layer);
        return selection;
    }
    if (OGRLayer *layer = dataset.GetLayerByName(wanted.toUtf8().constData())) {
        selection.layers.push_back(layer);
        return selection;
    }
    if (ds.driver == QLatin1String("DXF") && dataset.GetLayerCount() > 0) {
        selection.layers.push_back(dataset.GetLayer(0));
        selection.dxfLayerFilter = QStringLiteral("\"%1\" = %2").arg(QLatin1String(kDxfLayerField), quotedSqlString(wanted));
        return selection;
    }
    QStringList names;
    for (OGRLayer *layer : dataset.GetLayers())
        names << QString::fromUtf8(layer->GetName());
    *error = tr("%1: no layer \"%2\" (layers: %3)").arg(fileName, wanted, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

// Reads one OGR layer; false with *error on a bad filter, a missing unit or a read error.
bool readLayer(OGRLayer &ogrLayer, const OpenDataset &ds, const Selection &selection, const ImportOptions &options,
               GdalErrorCapture &capture, std::vector<SourceLayer> &out, ImportReport &report, QString *error)
{
    const QString layerName = QString::fromUtf8(ogrLayer.GetName());
    const bool dxf = ds.driver == QLatin1String("DXF");
    QStringList filters;
    if (!selection.dxfLayerFilter.isEmpty())
        filters << selection.dxfLayerFilter;
    if (!options.where.isEmpty())
        filters << QStringLiteral("(%1)").arg(options.where);
    if (!filters.isEmpty() && ogrLayer.SetAttributeFilter(filters.join(QStringLiteral(" AND ")).toUtf8().constData()) != OGRERR_NONE) {
        *error = tr("layer %1: invalid attribute filter \"%2\": %3")
                     .arg(layerName, options.where, capture.failures.join(QStringLiteral("; ")));
        return false;
    }
    SourceLayer layer;
    layer.name = layerName;
    layer.crs = crsOf(ogrLayer, options);
    if (layer.crs.isEmpty()) {
        const std::optional<double> units = drawingUnits(ds, options, report);
        if (!units) {
            *error = tr("layer %1 has no coordinate reference system and its drawing units are unknown: "
                        "choose mm, cm or m").arg(layerName);
            return false;
        }
        layer.metresPerUnit = *units;
    }
    ogrLayer.ResetReading();
    for (OGRFeatureUniquePtr feature(ogrLayer.GetNextFeature()); feature; feature.reset(ogrLayer.GetNextFeature())) {
        const QString name = dxf ? QString::fromUtf8(feature->GetFieldAsString(kDxfLayerField)) : layerName;
        readFeature(*feature, name, options, layer);
        if (capture.failed())
            break;
    }
    if (capture.failed()) {
        *error = tr("layer %1: the file is damaged or truncated: %2")
                     .arg(layerName, capture.failures.join(QStringLiteral("; ")));
        return false;
    }
    out.push_back(std::move(layer));
    return true;
}

} // namespace

std::optional<std::vector<SourceLayer>> readLayers(const QString &path, const ImportOptions &options,
                                                   ImportReport &report, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    GdalErrorCapture capture;
    const ScopedConfigOptions config(configFor(options));
    std::optional<OpenDataset> ds = open(path, capture, error);
    if (!ds)
        return std::nullopt;
    if (!ds->dxf.codePage.isEmpty())
        report.notes << (options.dxfEncoding.isEmpty() ? tr("text encoding from $DWGCODEPAGE: %1").arg(ds->dxf.codePage)
                                                       : tr("text encoding as chosen: %1").arg(options.dxfEncoding));
    const std::optional<Selection> selection = selectLayers(*ds, options, fileName, error);
    if (!selection)
        return std::nullopt;
    std::vector<SourceLayer> layers;
    for (OGRLayer *layer : selection->layers) {
        QString reason;
        if (!readLayer(*layer, *ds, *selection, options, capture, layers, report, &reason)) {
            *error = tr("%1: %2").arg(fileName, reason);
            return std::nullopt;
        }
    }
    for (const QString &warning : capture.warnings)
        report.notes << tr("GDAL: %1").arg(warning);
    return layers;
}

// ---- inspection ------------------------------------------------------------------------------

namespace {

LayerInfo describeLayer(OGRLayer &layer)
{
    LayerInfo info;
    info.name = QString::fromUtf8(layer.GetName());
    info.featureCount = layer.GetFeatureCount(TRUE);
    info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer.GetGeomType()));
    const OGRFeatureDefn *defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        info.fieldNames << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    if (const OGRSpatialReference *srs = layer.GetSpatialRef())
        info.crsName = QString::fromUtf8(srs->GetName());
    return info;
}

// A DXF's drawing layers with their entity counts (OGR shows one layer of all entities).
std::vector<LayerInfo> dxfDrawingLayers(OGRLayer &entities)
{
    const LayerInfo all = describeLayer(entities);
    QMap<QString, qint64> counts;
    entities.ResetReading();
    for (OGRFeatureUniquePtr f(entities.GetNextFeature()); f; f.reset(entities.GetNextFeature()))
        ++counts[QString::fromUtf8(f->GetFieldAsString(kDxfLayerField))];
    std::vector<LayerInfo> layers;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        LayerInfo info = all;
        info.name = it.key();
        info.featureCount = it.value();
        layers.push_back(info);
    }
    return layers;
}

} // namespace

std::optional<DatasetInfo> inspect(const QString &path, QString *error, const QString &dxfEncoding)
{
    GdalErrorCapture capture;
    ImportOptions options;
    options.dxfEncoding = dxfEncoding;
    const ScopedConfigOptions config(configFor(options));
    std::optional<OpenDataset> ds = open(path, capture, error);
    if (!ds)
        return std::nullopt;
    DatasetInfo info;
    info.driver = ds->driver;
    if (ds->dxf.insUnits)
        info.metresPerDrawingUnit = metresPerInsUnit(*ds->dxf.insUnits);
    info.dxfCodePage = ds->dxf.codePage;
    for (OGRLayer *layer : ds->dataset->GetLayers()) {
        if (info.driver == QLatin1String("DXF")) {
            const std::vector<LayerInfo> drawing = dxfDrawingLayers(*layer);
            info.layers.insert(info.layers.end(), drawing.begin(), drawing.end());
        } else {
            info.layers.push_back(describeLayer(*layer));
        }
    }
    if (capture.failed()) {
        *error = tr("%1: the file is damaged or truncated: %2")
                     .arg(QFileInfo(path).fileName(), capture.failures.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return info;
}

} // namespace pz::geo::detail
