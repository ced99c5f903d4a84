// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/calibrationdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGraphicsEllipseItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

namespace pz {

namespace {

// The picture, fitted into the view; a left click reports the image point under the mouse.
class PickView : public QGraphicsView
{
public:
    PickView(QGraphicsScene *scene, std::function<void(QPointF)> picked)
        : QGraphicsView(scene), m_picked(std::move(picked))
    {
        setCursor(Qt::CrossCursor);
        setRenderHint(QPainter::SmoothPixmapTransform);
        setMinimumSize(480, 360);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_picked(mapToScene(event->position().toPoint()));
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        fitInView(sceneRect(), Qt::KeepAspectRatio);
    }

private:
    std::function<void(QPointF)> m_picked;
};

QDoubleSpinBox *spinBox(double minimum, double maximum, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    spin->setKeyboardTracking(false);
    return spin;
}

QWidget *pair(QWidget *a, QWidget *b)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a);
    layout->addWidget(b);
    return row;
}

} // namespace

CalibrationDialog::CalibrationDialog(const QImage &image, QSize fullSizePx, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_sizePx(fullSizePx)
{
    setWindowTitle(tr("Calibrate %1").arg(fileName));
    m_imageScale = fullSizePx.width() > 0 ? double(image.width()) / fullSizePx.width() : 1.0;
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(makeImageView(image), 1);
    layout->addWidget(makeForm());
    setPixelPoints(QPointF(0.25 * fullSizePx.width(), 0.5 * fullSizePx.height()),
                   QPointF(0.75 * fullSizePx.width(), 0.5 * fullSizePx.height()));
    setDistance(100.0, Point2(0.0, 0.0));
    resize(1000, 620);
}

QWidget *CalibrationDialog::makeImageView(const QImage &image)
{
    m_scene = new QGraphicsScene(this);
    m_scene->addPixmap(QPixmap::fromImage(image));
    m_scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(image.size())));
    const double radius = std::max(4.0, std::max(image.width(), image.height()) / 120.0);
    const QColor colours[2] = {QColor(220, 40, 40), QColor(40, 90, 220)};
    for (int i = 0; i < 2; ++i) {
        QPen pen(colours[i], 2.0);
        pen.setCosmetic(true);
        m_markers[i] = m_scene->addEllipse(-radius, -radius, 2 * radius, 2 * radius, pen);
        m_markers[i]->setZValue(1.0);
    }
    auto *view = new PickView(m_scene, [this](QPointF p) { pickAt(p); });
    view->setObjectName(QStringLiteral("calibration.image"));
    view->setToolTip(tr("Click the first point, then the second; clicking again moves them in turn"));
    return view;
}

QWidget *CalibrationDialog::makeForm()
{
    auto *panel = new QWidget;
    auto *page = new QVBoxLayout(panel);
    auto *picked = new QGroupBox(tr("Points on the image"));
    auto *pickedForm = new QFormLayout(picked);
    for (int i = 0; i < 4; ++i) {
        m_pixel[i] = spinBox(0.0, 1e6, 1, tr(" px"));
        connect(m_pixel[i], &QDoubleSpinBox::valueChanged, this, &CalibrationDialog::updateResult);
    }
    pickedForm->addRow(tr("Point 1 (red):"), pair(m_pixel[0], m_pixel[1]));
    pickedForm->addRow(tr("Point 2 (blue):"), pair(m_pixel[2], m_pixel[3]));
    page->addWidget(picked);

    auto *place = new QGroupBox(tr("On the plan"));
    auto *placeForm = new QFormLayout(place);
    m_byPoints = new QRadioButton(tr("Both points' plan coordinates"));
    m_byDistance = new QRadioButton(tr("Their distance (the image stays unrotated)"));
    m_byDistance->setChecked(true);
    placeForm->addRow(m_byPoints);
    placeForm->addRow(m_byDistance);
    for (int i = 0; i < 4; ++i) {
        m_plan[i] = spinBox(-1e6, 1e6, 2, tr(" m"));
        connect(m_plan[i], &QDoubleSpinBox::valueChanged, this, &CalibrationDialog::updateResult);
    }
    m_distance = spinBox(0.0, 1e6, 2, tr(" m"));
    connect(m_distance, &QDoubleSpinBox::valueChanged, this, &CalibrationDialog::updateResult);
    placeForm->addRow(tr("Point 1 east, north:"), pair(m_plan[0], m_plan[1]));
    placeForm->addRow(tr("Point 2 east, north:"), pair(m_plan[2], m_plan[3]));
    placeForm->addRow(tr("Distance:"), m_distance);
    connect(m_byPoints, &QRadioButton::toggled, this, &CalibrationDialog::updateResult);
    page->addWidget(place);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("calibration.status"));
    page->addWidget(m_status);
    page->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    page->addWidget(m_buttons);
    return panel;
}

void CalibrationDialog::pickAt(QPointF imagePoint)
{
    const QPointF real = imagePoint / m_imageScale;
    const int i = m_nextPick;
    m_nextPick = 1 - m_nextPick;
    const QSignalBlocker a(m_pixel[2 * i]), b(m_pixel[2 * i + 1]);
    m_pixel[2 * i]->setValue(std::clamp(real.x(), 0.0, double(m_sizePx.width())));
    m_pixel[2 * i + 1]->setValue(std::clamp(real.y(), 0.0, double(m_sizePx.height())));
    updateResult();
}

void CalibrationDialog::setPixelPoints(QPointF first, QPointF second)
{
    const QPointF points[2] = {first, second};
    for (int i = 0; i < 2; ++i) {
        const QSignalBlocker a(m_pixel[2 * i]), b(m_pixel[2 * i + 1]);
        m_pixel[2 * i]->setValue(points[i].x());
        m_pixel[2 * i + 1]->setValue(points[i].y());
    }
    updateResult();
}

void CalibrationDialog::setPlanPoints(Point2 first, Point2 second)
{
    const double values[4] = {first.x(), first.y(), second.x(), second.y()};
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker blocker(m_plan[i]);
        m_plan[i]->setValue(values[i]);
    }
    m_byPoints->setChecked(true);
    updateResult();
}

void CalibrationDialog::setDistance(double distanceM, Point2 first)
{
    {
        const QSignalBlocker a(m_distance), b(m_plan[0]), c(m_plan[1]);
        m_distance->setValue(distanceM);
        m_plan[0]->setValue(first.x());
        m_plan[1]->setValue(first.y());
    }
    m_byDistance->setChecked(true);
    updateResult();
}

geo::Calibration CalibrationDialog::calibration() const
{
    const QPointF p1(m_pixel[0]->value(), m_pixel[1]->value());
    const QPointF p2(m_pixel[2]->value(), m_pixel[3]->value());
    const Point2 plan1(m_plan[0]->value(), m_plan[1]->value());
    if (m_byPoints->isChecked())
        return geo::calibrateByPlanPoints(p1, p2, plan1, Point2(m_plan[2]->value(), m_plan[3]->value()));
    return geo::calibrateByDistance(p1, p2, m_distance->value(), plan1);
}

bool CalibrationDialog::isAccepted() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString CalibrationDialog::statusText() const
{
    return m_status->text();
}

void CalibrationDialog::updateResult()
{
    if (!m_status)
        return;
    const bool byPoints = m_byPoints->isChecked();
    m_plan[2]->setEnabled(byPoints);
    m_plan[3]->setEnabled(byPoints);
    m_distance->setEnabled(!byPoints);
    for (int i = 0; i < 2; ++i)
        m_markers[i]->setPos(QPointF(m_pixel[2 * i]->value(), m_pixel[2 * i + 1]->value()) * m_imageScale);
    const geo::Calibration c = calibration();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.pixelToPlan.has_value());
    if (!c.pixelToPlan)
        m_status->setText(tr("<b>Refused:</b> %1").arg(c.problem.toHtmlEscaped()));
    else
        m_status->setText(tr("Scale %1 m per pixel, rotated %2° counter-clockwise; the image covers %3 × %4 m")
                              .arg(c.scaleMPerPx, 0, 'g', 4)
                              .arg(c.rotationDeg, 0, 'f', 1)
                              .arg(c.scaleMPerPx * m_sizePx.width(), 0, 'f', 0)
                              .arg(c.scaleMPerPx * m_sizePx.height(), 0, 'f', 0));
}

} // namespace pz
