// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "geo/planprojection.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace pz::geo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::geo", text);
}

QString originError(double latitudeDeg, double longitudeDeg)
{
    return tr("the site origin (latitude %1°, longitude %2°) cannot centre a projection").arg(latitudeDeg).arg(longitudeDeg);
}

double radians(double deg)
{
    return deg * kDegToRad;
}

// Plan north is r clockwise of true north: plan x = e·cos r − n·sin r, plan y = e·sin r + n·cos r.
Point2 rotate(XY eastNorth, double cosR, double sinR)
{
    return {eastNorth.x * cosR - eastNorth.y * sinR, eastNorth.x * sinR + eastNorth.y * cosR};
}

} // namespace

PlanProjection::PlanProjection(double latitudeDeg, double longitudeDeg, double northRotationDeg)
    : m_latitudeDeg(latitudeDeg), m_longitudeDeg(longitudeDeg), m_northRotationDeg(northRotationDeg)
{
    if (!std::isfinite(latitudeDeg) || !std::isfinite(longitudeDeg) || !std::isfinite(northRotationDeg)
        || std::abs(latitudeDeg) >= 90.0 || std::abs(longitudeDeg) > 180.0) {
        m_error = originError(latitudeDeg, longitudeDeg);
        return;
    }
    m_lonLat = CrsTransform::create(QString::fromLatin1(kPlanGeographicCrs), planCrsDefinition(), &m_error);
}

PlanProjection::PlanProjection(const Site &site)
    : PlanProjection(site.latitudeDeg, site.longitudeDeg, site.northRotationDeg)
{
}

PlanProjection::PlanProjection(const PlanProjection &other)
    : PlanProjection(other.m_latitudeDeg, other.m_longitudeDeg, other.m_northRotationDeg)
{
}

PlanProjection &PlanProjection::operator=(const PlanProjection &other)
{
    if (this != &other)
        *this = PlanProjection(other.m_latitudeDeg, other.m_longitudeDeg, other.m_northRotationDeg);
    return *this;
}

QString PlanProjection::planCrsDefinition() const
{
    return QStringLiteral("+proj=tmerc +lat_0=%1 +lon_0=%2 +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m "
                          "+no_defs +type=crs")
        .arg(m_latitudeDeg, 0, 'g', 17)
        .arg(m_longitudeDeg, 0, 'g', 17);
}

Point2 PlanProjection::rotateIntoPlan(XY eastNorth) const
{
    const double r = radians(m_northRotationDeg);
    return rotate(eastNorth, std::cos(r), std::sin(r));
}

XY PlanProjection::rotateOutOfPlan(const Point2 &plan) const
{
    const double r = radians(m_northRotationDeg);
    const Point2 p = rotate({plan.x(), plan.y()}, std::cos(r), -std::sin(r));
    return {p.x(), p.y()};
}

std::optional<Point2> PlanProjection::toPlan(const LonLat &lonLat) const
{
    if (!m_lonLat)
        return std::nullopt;
    const std::optional<XY> en = m_lonLat->forward({lonLat.lonDeg, lonLat.latDeg});
    if (!en)
        return std::nullopt;
    return rotateIntoPlan(*en);
}

std::optional<LonLat> PlanProjection::toLonLat(const Point2 &plan) const
{
    if (!m_lonLat)
        return std::nullopt;
    const std::optional<XY> ll = m_lonLat->inverse(rotateOutOfPlan(plan));
    if (!ll)
        return std::nullopt;
    return LonLat{ll->x, ll->y};
}

std::optional<PlanTransform> PlanProjection::transformFrom(const QString &sourceCrs, QString *error) const
{
    if (!m_lonLat) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    std::optional<CrsTransform> transform = CrsTransform::create(sourceCrs, planCrsDefinition(), error);
    if (!transform)
        return std::nullopt;
    return PlanTransform(std::move(*transform), *this);
}

PlanTransform::PlanTransform(CrsTransform transform, const PlanProjection &projection)
    : m_transform(std::move(transform)),
      m_cos(std::cos(radians(projection.northRotationDeg()))),
      m_sin(std::sin(radians(projection.northRotationDeg())))
{
}

std::optional<Point2> PlanTransform::toPlan(double x, double y) const
{
    const std::optional<XY> en = m_transform.forward({x, y});
    if (!en)
        return std::nullopt;
    return rotate(*en, m_cos, m_sin);
}

} // namespace pz::geo
