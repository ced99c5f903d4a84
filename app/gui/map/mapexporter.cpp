// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapexporter.h"

#include "map/mapview.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

namespace pz {

MapExporter::Format MapExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return Format::Unknown;
}

QString MapExporter::pngFilter()
{
    return tr("PNG image (*.png)");
}

QString MapExporter::svgFilter()
{
    return tr("SVG drawing (*.svg)");
}

QString MapExporter::withSuffixForFilter(const QString &path, const QString &filter)
{
    if (path.isEmpty() || formatForPath(path) != Format::Unknown)
        return path;
    return path + (filter == svgFilter() ? QStringLiteral(".svg") : QStringLiteral(".png"));
}

QImage MapExporter::renderImage(MapView *view, double scale)
{
    scale = std::clamp(scale, 0.25, 8.0);
    const QSize logical = view->viewport()->size();
    QImage image(QSize(qRound(logical.width() * scale), qRound(logical.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    // Painting in logical pixels on a high-resolution image keeps text and lines crisp.
    image.setDevicePixelRatio(scale);
    image.fill(view->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view->renderPlan(&painter, QRectF(QPointF(0, 0), QSizeF(logical)));
    painter.end();
    return image;
}

QByteArray MapExporter::renderSvg(MapView *view)
{
    const QSize size = view->viewport()->size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // Fonts come out at the size they have on screen.
    generator.setResolution(view->logicalDpiX());
    generator.setTitle(tr("Site plan"));
    generator.setDescription(tr("Site plan exported from ParkZero"));
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    view->renderPlan(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return buffer.data();
}

bool MapExporter::exportMap(MapView *view, const QString &path, double scale, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot export the map to “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const Format format = formatForPath(path);
    if (format == Format::Unknown)
        return fail(tr("unknown file type (use .png or .svg)"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (format == Format::Svg) {
        const QByteArray svg = renderSvg(view);
        if (file.write(svg) != svg.size())
            return fail(file.errorString());
    } else {
        const QImage image = renderImage(view, scale);
        if (image.isNull())
            return fail(tr("the image is too large"));
        if (!image.save(&file, "PNG"))
            return fail(file.error() != QFileDevice::NoError ? file.errorString() : tr("the PNG could not be encoded"));
    }
    if (!file.commit())
        return fail(file.errorString());
    if (error)
        error->clear();
    return true;
}

} // namespace pz
