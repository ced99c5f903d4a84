// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site's wind settings (spec wind.md §12.9), the off-site dedicated plants with their direct
// lines (§13, 绿电直连) and the options of the direct-supply checks (§13.6). Part of Site, so
// every edit goes through ChangeSiteCommand and undo needs nothing new.

#include "model/enums.h"
#include "model/pvsystem.h"

#include <QString>
#include <vector>

namespace pz {

// The air and losses of a wind plant or of the site's turbines (§12.2–§12.4, §12.7).
struct WindAir {
    WindShear shear = WindShear::PowerLaw;
    double shearExponent = 0.14;          // α of the power law
    double roughnessLengthM = 0.03;       // z0 of the logarithmic profile
    bool densityNormalisation = true;     // IEC 61400-12-1
    double availabilityPct = 97.0;
    double electricalLossPct = 2.0;
    double otherLossPct = 0.0;
    bool operator==(const WindAir &) const = default;
};

// §13.4: the plant's own line to the park.
struct DirectLineSettings {
    double capacityMW = 50.0;
    double lossPct = 2.0;                 // placeholder, not sourced
    double lengthKm = 0.0;                // for later costs; no effect on energy
    bool operator==(const DirectLineSettings &) const = default;
};

// §13.1–§13.3: a PV or wind plant outside the site plan feeding the park through its line.
struct OffSitePlant {
    QString name;
    PlantKind kind = PlantKind::Wind;
    QString weatherFilePath;              // empty: the site's weather; else relative to the project
    // Location for the sun (PV) and the pressure fallback; when not own, the plant's weather
    // file header, or the site when it uses the site's weather.
    bool ownLocation = false;
    double latitudeDeg = 0.0, longitudeDeg = 0.0, elevationM = 0.0;
    // PV plant (§13.2).
    double kwp = 10000.0;
    PvSystem pv;
    // Wind plant (§13.3).
    QString turbineType = QStringLiteral("NREL-5MW-RWT");   // built-in id or CSV path
    int turbineCount = 10;
    double hubHeightM = 0.0;              // ≤ 0: the type's default
    double internalWakeLossPct = 8.0;     // placeholder, not sourced
    bool ownAir = false;                  // false: shear and density normalisation of the site
    WindAir air;                          // losses always the plant's own; shear/density when ownAir
    DirectLineSettings line;
    bool operator==(const OffSitePlant &) const = default;
};

struct WindSettings {
    double anemometerHeightM = 10.0;      // h_ref
    WindAir air;
    double wakeDecay = 0.075;             // Jensen k, on-site turbines only
    // Pressure fallback elevation: the weather file header's unless set here.
    bool ownElevation = false;
    double elevationM = 0.0;
    // §13.6 embodied carbon of wind (on-site and off-site): no default, 0 = not entered.
    double embodiedKgPerKW = 0.0;
    double lifeYears = 20.0;
    // §13.6 direct-supply checks: the export cap is checked only when the province applies one.
    bool exportCapApplies = false;
    double maxExportSharePct = 20.0;
    std::vector<OffSitePlant> plants;
    bool operator==(const WindSettings &) const = default;
};

} // namespace pz
