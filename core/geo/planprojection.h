// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site plan as a map projection. The plan's metres east (x) and north (y) of the site
// origin are a local transverse Mercator projection centred on the site's latitude and
// longitude (GRS80, scale 1, false easting and northing 0), turned by the site's north
// rotation (plan north is northRotationDeg clockwise of true north). Any CRS PROJ knows maps
// into it exactly; CGCS2000 and WGS84 are treated as equal.
//
// Used by the import (any source CRS → plan), by a new project that takes its location from
// imported data, and by the editor's status bar (plan → longitude/latitude).

#include "geo/crstransform.h"
#include "geometry/geometry.h"
#include "model/site.h"

#include <optional>

namespace pz::geo {

struct LonLat {
    double lonDeg = 0.0;
    double latDeg = 0.0;
};

class PlanTransform;

class PlanProjection
{
public:
    // Fails (isValid() false) only for an origin PROJ cannot centre a projection on
    // (latitude beyond ±90°, non-finite values).
    PlanProjection(double latitudeDeg, double longitudeDeg, double northRotationDeg = 0.0);
    explicit PlanProjection(const Site &site);
    PlanProjection(const PlanProjection &other);
    PlanProjection &operator=(const PlanProjection &other);
    PlanProjection(PlanProjection &&) noexcept = default;
    PlanProjection &operator=(PlanProjection &&) noexcept = default;
    ~PlanProjection() = default;

    bool isValid() const { return m_lonLat.has_value(); }
    QString error() const { return m_error; }

    double latitudeDeg() const { return m_latitudeDeg; }
    double longitudeDeg() const { return m_longitudeDeg; }
    double northRotationDeg() const { return m_northRotationDeg; }

    // The projected CRS of the plan before the north rotation, as a PROJ string.
    QString planCrsDefinition() const;

    // Longitude/latitude (°, CGCS2000/WGS84) → plan metres; nullopt outside the projection.
    std::optional<Point2> toPlan(const LonLat &lonLat) const;
    // Plan metres → longitude/latitude (the status bar's read-out).
    std::optional<LonLat> toLonLat(const Point2 &plan) const;

    // A transformation from sourceCrs (EPSG code, WKT, PROJJSON or PROJ string) into this plan.
    std::optional<PlanTransform> transformFrom(const QString &sourceCrs, QString *error) const;

    // Projected (true east/north) metres → plan metres and back: the north rotation alone.
    Point2 rotateIntoPlan(XY eastNorth) const;
    XY rotateOutOfPlan(const Point2 &plan) const;

private:
    double m_latitudeDeg = 0.0;
    double m_longitudeDeg = 0.0;
    double m_northRotationDeg = 0.0;
    std::optional<CrsTransform> m_lonLat;  // plan geographic CRS → projected CRS
    QString m_error;
};

// Source CRS → plan metres, made by PlanProjection::transformFrom().
class PlanTransform
{
public:
    std::optional<Point2> toPlan(double x, double y) const;

private:
    friend class PlanProjection;
    PlanTransform(CrsTransform transform, const PlanProjection &projection);
    CrsTransform m_transform;
    double m_cos = 1.0;
    double m_sin = 0.0;
};

} // namespace pz::geo
