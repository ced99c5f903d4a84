// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Calibrates a picture without a georeference (a scanned masterplan, an aerial photo) by two
// points: the user clicks them on the image (or types their pixel positions) and gives either
// both points' plan coordinates or only their distance (the image then stays unrotated with the
// first point at the given place). The result — scale, rotation, or the reason the points are
// refused (too close, coinciding places) — shows as the values change; OK stays disabled while
// the points are refused.

#include "geo/backgroundplacement.h"

#include <QDialog>
#include <QImage>

class QDialogButtonBox;
class QDoubleSpinBox;
class QGraphicsEllipseItem;
class QGraphicsScene;
class QLabel;
class QRadioButton;

namespace pz {

class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    // image: the picture as read (possibly reduced); fullSizePx: its real size, the grid of the
    // transform.
    CalibrationDialog(const QImage &image, QSize fullSizePx, const QString &fileName, QWidget *parent = nullptr);

    // The calibration of the values shown (refused ones carry their problem).
    geo::Calibration calibration() const;
    // The pixel positions, the plan coordinates of both points, or the distance with the first
    // point's place; also what a click on the image sets (tests drive the dialog through them).
    void setPixelPoints(QPointF first, QPointF second);
    void setPlanPoints(Point2 first, Point2 second);
    void setDistance(double distanceM, Point2 first);
    bool isAccepted() const;   // whether OK is enabled
    QString statusText() const;

private:
    QWidget *makeImageView(const QImage &image);
    QWidget *makeForm();
    void pickAt(QPointF imagePoint);
    void updateResult();

    QSize m_sizePx;
    double m_imageScale = 1.0;   // shown image pixels per real pixel
    QGraphicsScene *m_scene = nullptr;
    QGraphicsEllipseItem *m_markers[2] = {nullptr, nullptr};
    int m_nextPick = 0;
    QDoubleSpinBox *m_pixel[4] = {};   // column, row of point 1 then point 2
    QDoubleSpinBox *m_plan[4] = {};    // x, y of point 1 then point 2
    QDoubleSpinBox *m_distance = nullptr;
    QRadioButton *m_byPoints = nullptr;
    QRadioButton *m_byDistance = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pz
