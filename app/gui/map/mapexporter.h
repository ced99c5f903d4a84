// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves the site plan as the map view shows it (objects, PV colouring and its legend, sun-study
// shadows, scale bar, north arrow; without selection handles and tool previews) to a PNG at a
// chosen scale, for crisp slides, or to an SVG whose shapes stay vector paths.

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace pz {

class MapView;

class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(pz::MapExporter)
public:
    enum class Format { Unknown, Png, Svg };

    // The format named by the file suffix (case-insensitive .png / .svg).
    static Format formatForPath(const QString &path);
    // The file dialog filters, PNG first.
    static QString pngFilter();
    static QString svgFilter();
    // path with the suffix of the chosen filter appended when it has no known suffix.
    static QString withSuffixForFilter(const QString &path, const QString &filter);

    // The view's plan rendered at scale × its size (device pixel ratio = scale).
    static QImage renderImage(MapView *view, double scale);
    // The view's plan as an SVG document (viewBox = the view's size in pixels).
    static QByteArray renderSvg(MapView *view);

    // Writes the view to path (PNG or SVG by suffix; scale applies to PNG). Atomic: an existing
    // file stays intact on failure. On failure returns false and sets *error to a message naming
    // the file and the reason.
    static bool exportMap(MapView *view, const QString &path, double scale = 2.0, QString *error = nullptr);
};

} // namespace pz
