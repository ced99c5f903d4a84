// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `parkzero-cli import INPUT -o OUT.parkzero [--project IN.parkzero] [options]`: imports the
// polygons of a GIS or CAD file (GeoJSON, Shapefile, DXF, KML, GeoPackage, FlatGeobuf, OSM XML)
// as buildings, PV fields, green spaces or the site boundary into a copy of a project, or into
// a new project located at the data, and writes it (docs/import.md).

#include <QStringList>

namespace pz::cli {

// args: the command line after "import". Returns an ExitCode (exitcodes.h).
int runImport(const QStringList &args);

} // namespace pz::cli
