// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Import Background…: turns an image file into a Background of the site. A georeferenced
// GeoTIFF is placed by its own geotransform and CRS through the site's plan projection; any
// other picture goes through the two-point CalibrationDialog. The background is added to the
// site in one undo step; its path is stored relative to the project file where possible.

#include "model/background.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace pz {

class ParkDocument;
namespace geo {
struct GeoPlacement;
}

class BackgroundImport
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundImport)
public:
    struct Outcome {
        std::optional<Background> background;  // none: cancelled or refused
        QString error;     // why it was refused (empty when cancelled)
        QString warning;   // placed, but with a caveat (a bent GeoTIFF)
    };

    // A georeferenced file placed without asking; otherwise the calibration dialog (parent).
    static Outcome place(const ParkDocument &document, const QString &path, QWidget *parent);
    // The georeferenced placement alone (no dialog): an error for a file without one.
    static Outcome placeGeoreferenced(const ParkDocument &document, const QString &path);
    // A background for path with the given transform: name from the file, path as stored.
    static Background make(const ParkDocument &document, const QString &path, QSize sizePx, const PixelToPlan &t);
    // Appends it to the site (one undo step); false with the reasons when refused.
    static bool add(ParkDocument &document, const Background &background, QStringList *problems = nullptr);
    // Replaces the transform of site.backgrounds[index] (one undo step).
    static bool recalibrate(ParkDocument &document, int index, QWidget *parent);

private:
    // The outcome of a georeferenced placement already made.
    static Outcome fromPlacement(const ParkDocument &document, const QString &path, const geo::GeoPlacement &placed);
};

} // namespace pz
