// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/chartexport.h"

#include <QFileInfo>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace pz {

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Svg: return QStringLiteral("svg");
    }
    return {};
}

QString ChartExport::fileFilter(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG image (*.png)");
    case Format::Pdf: return tr("PDF document (*.pdf)");
    case Format::Svg: return tr("SVG drawing (*.svg)");
    }
    return {};
}

ChartExport::Format ChartExport::formatForPath(const QString &path, Format fallback)
{
    const QString s = QFileInfo(path).suffix().toLower();
    for (Format f : {Format::Png, Format::Pdf, Format::Svg})
        if (s == suffix(f))
            return f;
    return fallback;
}

bool ChartExport::save(QCustomPlot *plot, const QString &path, Format format, QSize size, QString *error,
                       double pngScale)
{
    if (size.isEmpty())
        size = QSize(1000, 600);
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = plot->savePng(path, size.width(), size.height(), pngScale);
        break;
    case Format::Pdf:
        ok = plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic,
                           QStringLiteral("ParkZero"), plot->objectName());
        break;
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(plot->objectName());
        generator.setDescription(QStringLiteral("ParkZero"));
        QCPPainter painter;
        if (painter.begin(&generator)) {
            plot->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
        break;
    }
    }
    if (!ok && error)
        *error = tr("Cannot write %1.").arg(path);
    return ok;
}

} // namespace pz
