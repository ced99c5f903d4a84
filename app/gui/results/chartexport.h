// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves a QCustomPlot as PNG, PDF or SVG at a chosen size, for the charts' export menu.

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace pz {

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Png, Pdf, Svg };

    static QString suffix(Format format);
    static QString fileFilter(Format format);  // translated, for QFileDialog
    // The format a file name's suffix asks for, or fallback.
    static Format formatForPath(const QString &path, Format fallback);

    // Renders plot laid out at size (PDF and SVG use it as their page size). A PNG has
    // size × pngScale pixels: a scale of 2 keeps the layout and doubles the sharpness.
    static bool save(QCustomPlot *plot, const QString &path, Format format, QSize size,
                     QString *error = nullptr, double pngScale = 1.0);
};

} // namespace pz
