// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/backgroundimport.h"

#include "document/parkdocument.h"
#include "files/calibrationdialog.h"
#include "geo/backgroundplacement.h"
#include "io/projectpaths.h"

#include <QFileInfo>
#include <QMessageBox>

namespace pz {

namespace {

// The opacity of a new background: the objects stay readable over a busy photo.
constexpr double kImportOpacity = 0.7;

// The calibration dialog for the file's pixels; a transform when the user accepts.
std::optional<PixelToPlan> calibrate(const QString &path, QSize *sizePx, QString *error, QWidget *parent)
{
    const QImage image = geo::readBackgroundImage(path, error, 2048);
    *sizePx = geo::backgroundImageSize(path, error);
    if (image.isNull() || sizePx->isEmpty())
        return std::nullopt;
    CalibrationDialog dialog(image, *sizePx, QFileInfo(path).fileName(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.calibration().pixelToPlan;
}

} // namespace

BackgroundImport::Outcome BackgroundImport::placeGeoreferenced(const ParkDocument &document, const QString &path)
{
    return fromPlacement(document, path, geo::placeGeoreferenced(path, geo::PlanProjection(document.park().site)));
}

BackgroundImport::Outcome BackgroundImport::fromPlacement(const ParkDocument &document, const QString &path,
                                                          const geo::GeoPlacement &placed)
{
    Outcome out;
    if (!placed.pixelToPlan) {
        out.error = !placed.problem.isEmpty() ? placed.problem
                                              : tr("%1: has no georeference (geotransform and CRS)")
                                                    .arg(QFileInfo(path).fileName());
        return out;
    }
    out.background = make(document, path, placed.sizePx, *placed.pixelToPlan);
    out.warning = placed.warning;
    return out;
}

BackgroundImport::Outcome BackgroundImport::place(const ParkDocument &document, const QString &path, QWidget *parent)
{
    // The file is opened and placed once: a georeferenced one needs nothing more.
    const geo::GeoPlacement placed = geo::placeGeoreferenced(path, geo::PlanProjection(document.park().site));
    if (placed.georeferenced)
        return fromPlacement(document, path, placed);
    Outcome out;
    QSize sizePx;
    if (const auto t = calibrate(path, &sizePx, &out.error, parent))
        out.background = make(document, path, sizePx, *t);
    return out;
}

Background BackgroundImport::make(const ParkDocument &document, const QString &path, QSize sizePx, const PixelToPlan &t)
{
    Background g;
    g.name = QFileInfo(path).completeBaseName().left(200);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    g.filePath = document.filePath().isEmpty() ? absolute : io::relativeProjectPath(document.filePath(), absolute);
    g.widthPx = sizePx.width();
    g.heightPx = sizePx.height();
    g.pixelToPlan = t;
    g.opacity = kImportOpacity;
    return g;
}

bool BackgroundImport::add(ParkDocument &document, const Background &background, QStringList *problems)
{
    Site site = document.park().site;
    site.backgrounds.push_back(background);
    return document.changeSite(site, tr("Import background %1").arg(background.name), QString(), problems);
}

bool BackgroundImport::recalibrate(ParkDocument &document, int index, QWidget *parent)
{
    Site site = document.park().site;
    if (index < 0 || index >= int(site.backgrounds.size()))
        return false;
    Background &g = site.backgrounds[std::size_t(index)];
    const QString path = io::resolveProjectPath(document.filePath(), g.filePath);
    QString error;
    QSize sizePx;
    const auto t = calibrate(path, &sizePx, &error, parent);
    if (!t) {
        if (!error.isEmpty())
            QMessageBox::warning(parent, tr("Recalibrate Background"), error);
        return false;
    }
    g.pixelToPlan = *t;
    g.widthPx = sizePx.width();
    g.heightPx = sizePx.height();
    return document.changeSite(site, tr("Recalibrate background %1").arg(g.name));
}

} // namespace pz
