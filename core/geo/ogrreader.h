// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a file through OGR into polygons in source coordinates, with the attribute values
// the import maps to object fields. Internal to the import (geoimport.h is the interface):
// it picks the layers, applies the attribute filter, finds each layer's CRS or drawing units,
// turns every feature into polygon parts or a skip reason, and fails as a whole when GDAL
// reports an error while reading (a damaged or truncated file imports nothing).

#include "geo/crstransform.h"
#include "geo/geoimport.h"

#include <optional>
#include <vector>

namespace pz::geo::detail {

struct FeatureValues {
    QString name;
    std::optional<double> heightM;
    std::optional<int> floors;
    std::optional<UseType> useType;
    QStringList problems;  // attribute values that could not be used (a default took their place)
};

struct SourcePolygon {
    QString layer;          // for messages: the OGR layer, or for DXF the drawing layer
    qint64 fid = -1;
    QString partLabel;      // "part 2 of 3: " for a part of a multi-part feature, else empty
    std::vector<XY> outer;  // exterior ring in source coordinates
    int holes = 0;
    QStringList repairs;    // made while reading (e.g. a closed line taken as a polygon)
    FeatureValues values;
};

struct SourceLayer {
    QString name;
    QString crs;                 // WKT of the layer's CRS (or the user's); empty: drawing units
    double metresPerUnit = 1.0;  // drawing units, when crs is empty
    std::vector<SourcePolygon> polygons;
    std::vector<FeatureNote> skipped;  // features without any polygon, with the reason
};

std::optional<DatasetInfo> inspect(const QString &path, QString *error, const QString &dxfEncoding);

// report receives the notes on the file as a whole; *error the fatal problem.
std::optional<std::vector<SourceLayer>> readLayers(const QString &path, const ImportOptions &options,
                                                   ImportReport &report, QString *error);

} // namespace pz::geo::detail
