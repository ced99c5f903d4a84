// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A coordinate transformation between two CRSs through PROJ, with both ends in "GIS order"
// (longitude/easting first) whatever the CRS definition says: EPSG:4326 and EPSG:4490 are
// latitude-first and the CGCS2000 Gauss-Krüger zones (e.g. EPSG:4547) northing-first, which
// proj_normalize_for_visualization() undoes. Each object owns its PROJ context, so objects on
// different threads never share PROJ state; one object is not for concurrent use.

#include <QString>

#include <memory>
#include <optional>

namespace pz::geo {

// The geographic CRS of the plan: longitude/latitude in degrees on GRS80. CGCS2000 and WGS84
// are treated as equal (they differ by centimetres), so no datum shift is applied between them.
inline constexpr const char *kPlanGeographicCrs = "+proj=longlat +ellps=GRS80 +no_defs +type=crs";

struct XY {
    double x = 0.0;  // longitude (°) or easting (m)
    double y = 0.0;  // latitude (°) or northing (m)
};

class CrsTransform
{
public:
    // sourceCrs and targetCrs: anything proj_create() accepts: "EPSG:4547", WKT, PROJJSON,
    // a PROJ string with +type=crs. Returns nullopt with a reason in *error when PROJ refuses.
    static std::optional<CrsTransform> create(const QString &sourceCrs, const QString &targetCrs,
                                              QString *error);

    CrsTransform(CrsTransform &&) noexcept;
    CrsTransform &operator=(CrsTransform &&) noexcept;
    ~CrsTransform();

    // Source → target; nullopt when the point cannot be transformed (outside the CRS's domain).
    std::optional<XY> forward(XY p) const;
    // Target → source.
    std::optional<XY> inverse(XY p) const;

private:
    struct Impl;
    explicit CrsTransform(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace pz::geo
