// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/backgroundplacement.h"

#include "geo/gdalsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <array>
#include <cmath>
#include <memory>
#include <numbers>

namespace pz::geo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::geo", text);
}

// The similarity that turns the pixel vector (du, dv) into the plan vector (dx, dy) and puts
// pixel1 on plan1. Rows grow downwards, so a row step is a step south before the rotation.
Calibration similarity(QPointF pixel1, double scale, double theta, Point2 plan1)
{
    Calibration c;
    c.scaleMPerPx = scale;
    c.rotationDeg = std::remainder(theta * 180.0 / std::numbers::pi, 360.0);
    PixelToPlan t;
    t.a = scale * std::cos(theta);
    t.b = scale * std::sin(theta);
    t.d = scale * std::sin(theta);
    t.e = -scale * std::cos(theta);
    t.c = plan1.x() - (t.a * pixel1.x() + t.b * pixel1.y());
    t.f = plan1.y() - (t.d * pixel1.x() + t.e * pixel1.y());
    c.pixelToPlan = t;
    return c;
}

Calibration refused(const QString &problem)
{
    Calibration c;
    c.problem = problem;
    return c;
}

// The pixel span between the two points, or a refusal when they are too close.
std::optional<QString> spanProblem(QPointF pixel1, QPointF pixel2)
{
    const double spanPx = std::hypot(pixel2.x() - pixel1.x(), pixel2.y() - pixel1.y());
    if (!std::isfinite(spanPx))
        return tr("the picked points are not numbers");
    if (spanPx < kMinCalibrationSpanPx)
        return tr("the two points are %1 px apart; pick points at least %2 px apart, as far apart as the image allows")
            .arg(spanPx, 0, 'f', 1)
            .arg(kMinCalibrationSpanPx, 0, 'f', 0);
    return std::nullopt;
}

using DatasetPtr = GDALDatasetUniquePtr;

DatasetPtr openRaster(const QString &path, QString *error)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture capture;
    DatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset && error) {
        const QString reason = capture.failures.isEmpty() ? tr("not an image GDAL can read")
                                                          : capture.failures.join(QStringLiteral("; "));
        *error = tr("%1: cannot be read as an image: %2").arg(QFileInfo(path).fileName(), reason);
    }
    return dataset;
}

// The affine map through three plan corners (top-left, top-right, bottom-left) of a w × h grid.
PixelToPlan throughCorners(const Point2 &topLeft, const Point2 &topRight, const Point2 &bottomLeft, QSize size)
{
    PixelToPlan t;
    t.a = (topRight.x() - topLeft.x()) / size.width();
    t.d = (topRight.y() - topLeft.y()) / size.width();
    t.b = (bottomLeft.x() - topLeft.x()) / size.height();
    t.e = (bottomLeft.y() - topLeft.y()) / size.height();
    t.c = topLeft.x();
    t.f = topLeft.y();
    return t;
}

// Pixels read by GDAL: RGB(A) from the first three (four) bands, else grey from the first.
QImage readWithGdal(const QString &path, int maxSidePx, QString *error)
{
    DatasetPtr dataset = openRaster(path, error);
    if (!dataset)
        return {};
    const int w = dataset->GetRasterXSize();
    const int h = dataset->GetRasterYSize();
    const int bands = dataset->GetRasterCount();
    if (w <= 0 || h <= 0 || bands <= 0) {
        if (error)
            *error = tr("%1: the image has no pixels").arg(QFileInfo(path).fileName());
        return {};
    }
    const double reduce = std::min(1.0, double(maxSidePx) / std::max(w, h));
    const int bw = std::max(1, int(std::lround(w * reduce)));
    const int bh = std::max(1, int(std::lround(h * reduce)));
    const bool colour = bands >= 3;
    QImage image(bw, bh, colour ? QImage::Format_RGBA8888 : QImage::Format_Grayscale8);
    image.fill(Qt::white);
    std::array<int, 4> bandMap{1, 2, 3, 4};
    const int read = colour ? std::min(bands, 4) : 1;
    const int pixelSpace = colour ? 4 : 1;
    detail::GdalErrorCapture capture;
    const CPLErr status = dataset->RasterIO(GF_Read, 0, 0, w, h, image.bits(), bw, bh, GDT_Byte, read,
                                            bandMap.data(), pixelSpace, image.bytesPerLine(), colour ? 1 : 0, nullptr);
    if (status != CE_None) {
        if (error)
            *error = tr("%1: the pixels cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), capture.failures.join(QStringLiteral("; ")));
        return {};
    }
    return image;
}

} // namespace

Calibration calibrateByPlanPoints(QPointF pixel1, QPointF pixel2, Point2 plan1, Point2 plan2)
{
    if (const auto problem = spanProblem(pixel1, pixel2))
        return refused(*problem);
    const double dx = plan2.x() - plan1.x();
    const double dy = plan2.y() - plan1.y();
    const double spanM = std::hypot(dx, dy);
    if (!std::isfinite(spanM))
        return refused(tr("the plan coordinates are not numbers"));
    if (spanM < 0.01)
        return refused(tr("the two plan points coincide; give two different places"));
    const double du = pixel2.x() - pixel1.x();
    const double dv = -(pixel2.y() - pixel1.y());   // rows grow downwards, plan y upwards
    const double spanPx = std::hypot(du, dv);
    const double theta = std::atan2(dy, dx) - std::atan2(dv, du);
    return similarity(pixel1, spanM / spanPx, theta, plan1);
}

Calibration calibrateByDistance(QPointF pixel1, QPointF pixel2, double distanceM, Point2 plan1)
{
    if (const auto problem = spanProblem(pixel1, pixel2))
        return refused(*problem);
    if (!std::isfinite(distanceM) || distanceM < 0.01)
        return refused(tr("the distance must be at least 0.01 m"));
    if (!std::isfinite(plan1.x()) || !std::isfinite(plan1.y()))
        return refused(tr("the plan coordinates are not numbers"));
    const double spanPx = std::hypot(pixel2.x() - pixel1.x(), pixel2.y() - pixel1.y());
    return similarity(pixel1, distanceM / spanPx, 0.0, plan1);
}

GeoPlacement placeGeoreferenced(const QString &path, const PlanProjection &plan)
{
    GeoPlacement out;
    DatasetPtr dataset = openRaster(path, &out.problem);
    if (!dataset)
        return out;
    out.sizePx = QSize(dataset->GetRasterXSize(), dataset->GetRasterYSize());
    std::array<double, 6> gt{};
    const QString crs = detail::wktOf(dataset->GetSpatialRef());
    if (dataset->GetGeoTransform(gt.data()) != CE_None || crs.isEmpty() || out.sizePx.isEmpty())
        return out;   // a picture without a place: calibrate it by hand
    out.georeferenced = true;
    const QString fileName = QFileInfo(path).fileName();
    QString reason;
    const std::optional<PlanTransform> toPlan = plan.transformFrom(crs, &reason);
    if (!toPlan) {
        out.problem = tr("%1: its CRS cannot be mapped into the plan: %2").arg(fileName, reason);
        return out;
    }
    const auto corner = [&](double col, double row) {
        return toPlan->toPlan(gt[0] + col * gt[1] + row * gt[2], gt[3] + col * gt[4] + row * gt[5]);
    };
    const double w = out.sizePx.width();
    const double h = out.sizePx.height();
    const auto topLeft = corner(0, 0), topRight = corner(w, 0), bottomLeft = corner(0, h), bottomRight = corner(w, h);
    if (!topLeft || !topRight || !bottomLeft || !bottomRight) {
        out.problem = tr("%1: its corners lie outside the plan's projection (is the site's location right?)").arg(fileName);
        return out;
    }
    const PixelToPlan t = throughCorners(*topLeft, *topRight, *bottomLeft, out.sizePx);
    const double missM = std::hypot(t.mapX(w, h) - bottomRight->x(), t.mapY(w, h) - bottomRight->y());
    if (missM > kCornerToleranceM)
        out.warning = tr("%1: the plan bends the image; its far corner is %2 m off where it is drawn")
                          .arg(fileName)
                          .arg(missM, 0, 'f', 1);
    out.pixelToPlan = t;
    return out;
}

QSize backgroundImageSize(const QString &path, QString *error)
{
    QImageReader reader(path);
    if (reader.canRead())
        if (const QSize size = reader.size(); size.isValid() && !size.isEmpty())
            return size;
    const DatasetPtr dataset = openRaster(path, error);
    if (!dataset)
        return {};
    return QSize(dataset->GetRasterXSize(), dataset->GetRasterYSize());
}

QImage readBackgroundImage(const QString &path, QString *error, int maxSidePx)
{
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1: no such file").arg(QFileInfo(path).fileName());
        return {};
    }
    QImageReader reader(path);
    if (reader.canRead()) {
        const QSize size = reader.size();
        if (size.isValid() && std::max(size.width(), size.height()) > maxSidePx)
            reader.setScaledSize(size.scaled(maxSidePx, maxSidePx, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (!image.isNull())
            return image;
    }
    return readWithGdal(path, maxSidePx, error);
}

} // namespace pz::geo
