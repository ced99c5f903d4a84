// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Export › GeoJSON: every object of the park as a GeoJSON feature (RFC 7946) with its
// kind, its properties and, when a result is given, its results, so that a park opens in QGIS
// beside the cadastre it was drawn on (docs/import.md#export).
//
// Coordinates are WGS84 longitude/latitude through the site's plan projection (CGCS2000 and WGS84
// are treated as equal, as on import), or the plan's own metres east/north of the site origin
// (then, when plan north is true north, the file names the plan's projection by its PROJ
// definition in a "crs" member, which RFC 7946 no longer defines but GDAL and QGIS read; a
// rotated plan has no such definition and the file has no "crs").

#include "engine/simulationresult.h"
#include "model/park.h"

#include <QByteArray>
#include <QString>

namespace pz::geo {

enum class ExportCoordinates { Wgs84, Plan };

struct GeoJsonExport {
    QByteArray bytes;    // the file, UTF-8; empty on failure
    QString error;       // why it failed (the site's position has no projection)
    bool ok() const { return error.isEmpty(); }
};

// result: the park's simulation result for per-object results (PV energy, specific yield,
// performance ratio, shading loss); nullptr leaves them out. projectFilePath resolves
// the buildings' load profiles for their annual load.
GeoJsonExport exportGeoJson(const Park &park, const SimulationResult *result, ExportCoordinates coordinates,
                            const QString &projectFilePath = {});

} // namespace pz::geo
