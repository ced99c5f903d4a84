// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Built-in grid emission factors (park-defaults §1a-1c, 1e), each with its year and source,
// and the default factor for a site location (provincial, else regional, else national).

#include <QString>
#include <vector>

namespace pz::energy {

struct GridFactor {
    const char *key;     // stable file-format key, e.g. "cn-inner-mongolia-2022"
    const char *name;    // QT_TRANSLATE_NOOP("pz::GridFactor", ...); see displayName()
    const char *scope;   // national | regional | provincial | international | ets
    int year;            // year of the data
    double kgPerKWh;
    const char *source;
};

const std::vector<GridFactor> &gridFactors();
const GridFactor *findGridFactor(const QString &key);
QString displayName(const GridFactor &factor);   // translated name with the year

// Default location-based factor for a site (park-defaults §1 "How the tool should use these"):
// the province of the nearest anchor city (provincial capitals plus cities spread over the
// large provinces), its latest provincial factor; else its grid region's latest factor; else
// the latest national average. Sites farther than 300 km from every anchor are taken to be
// outside mainland China and get the IEA world average.
QString defaultGridFactorKey(double latitudeDeg, double longitudeDeg);

// Province key ("inner-mongolia", ...) of the nearest anchor, or empty outside mainland China.
QString provinceKeyAt(double latitudeDeg, double longitudeDeg);
// Grid region key ("north", "northeast", ...) of a location in mainland China, or empty.
QString gridRegionKeyAt(double latitudeDeg, double longitudeDeg);

} // namespace pz::energy
