// SPDX-License-Identifier: GPL-3.0-or-later
#include "sunstudypanel.h"

#include "document/parkdocument.h"
#include "engine/sunstudy.h"
#include "liveresults.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pz {

namespace {
constexpr int kStepMinutes = 10;
// Presets: month and day (northern-hemisphere names; the dates are the same in the south).
constexpr int kPresetDates[][2] = {{3, 20}, {6, 21}, {9, 23}, {12, 21}};
} // namespace

SunStudyPanel::SunStudyPanel(ParkDocument *document, LiveResults *live, QWidget *parent)
    : QWidget(parent), m_document(document), m_live(live), m_show(new QCheckBox(tr("Show shadows"), this)),
      m_presets(new QComboBox(this)), m_date(new QDateEdit(this)), m_time(new QSlider(Qt::Horizontal, this)),
      m_timeLabel(new QLabel(this)), m_sunLabel(new QLabel(this)), m_play(new QToolButton(this)),
      m_timer(new QTimer(this))
{
    m_presets->addItem(tr("Custom date"));
    m_presets->addItem(tr("March equinox (20 Mar)"));
    m_presets->addItem(tr("June solstice (21 Jun)"));
    m_presets->addItem(tr("September equinox (23 Sep)"));
    m_presets->addItem(tr("December solstice (21 Dec)"));
    m_presets->setToolTip(tr("Dates used for shading checks: the winter solstice shows the longest shadows"));

    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate(2023, 12, 21));
    m_time->setRange(0, 24 * 60 / kStepMinutes - 1);
    m_time->setValue(12 * 60 / kStepMinutes);
    m_time->setToolTip(tr("Local standard time of the site"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Animate the day"));
    m_timer->setInterval(120);
    m_show->setChecked(false);
    m_sunLabel->setWordWrap(true);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_play);
    timeRow->addWidget(m_time, 1);
    timeRow->addWidget(m_timeLabel);
    auto *form = new QFormLayout;
    form->addRow(m_show);
    form->addRow(tr("Preset"), m_presets);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), timeRow);
    form->addRow(m_sunLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_presets, &QComboBox::activated, this, &SunStudyPanel::applyPreset);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_time, &QSlider::valueChanged, this, [this] { refresh(); });
    connect(m_show, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_play, &QToolButton::toggled, this, &SunStudyPanel::setPlaying);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Steps through daylight; wraps to the morning.
        int next = m_time->value() + 1;
        if (next > m_time->maximum())
            next = 0;
        m_time->setValue(next);
    });
    connect(document, &ParkDocument::changed, this, [this] {
        if (m_show->isChecked())
            refresh();
    });
    updateTimeLabel();
}

QDateTime SunStudyPanel::moment() const
{
    return QDateTime(m_date->date(), QTime(0, 0).addSecs(m_time->value() * kStepMinutes * 60));
}

void SunStudyPanel::setMoment(const QDateTime &localStandardTime)
{
    m_date->setDate(localStandardTime.date());
    const QTime t = localStandardTime.time();
    m_time->setValue((t.hour() * 60 + t.minute()) / kStepMinutes);
    refresh();
}

bool SunStudyPanel::shadowsShown() const
{
    return m_show->isChecked();
}

void SunStudyPanel::setShadowsShown(bool shown)
{
    m_show->setChecked(shown);
}

bool SunStudyPanel::isPlaying() const
{
    return m_timer->isActive();
}

void SunStudyPanel::setPlaying(bool playing)
{
    if (playing) {
        m_show->setChecked(true);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    if (m_play->isChecked() != playing)
        m_play->setChecked(playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void SunStudyPanel::applyPreset(int index)
{
    if (index <= 0)
        return;
    const auto &md = kPresetDates[index - 1];
    m_date->setDate(QDate(m_date->date().year(), md[0], md[1]));
    m_show->setChecked(true);
}

void SunStudyPanel::updateTimeLabel()
{
    m_timeLabel->setText(QLocale().toString(moment().time(), QStringLiteral("HH:mm")));
}

void SunStudyPanel::refresh()
{
    updateTimeLabel();
    const QDateTime when = moment();
    const SunPosition sun = sunPositionAt(m_document->park().site, when);
    const QLocale locale;
    if (sun.up())
        m_sunLabel->setText(tr("Sun elevation %1°, azimuth %2°")
                                .arg(locale.toString(sun.elevationDeg, 'f', 1), locale.toString(sun.azimuthDeg, 'f', 1)));
    else
        m_sunLabel->setText(tr("The sun is below the horizon."));

    QVector<QPolygonF> polygons;
    if (m_show->isChecked()) {
        for (const ObjectShadow &s : sunStudyShadows(m_document->park(), when))
            for (const Polygon &p : s.shadow) {
                QPolygonF ring;
                for (const Point2 &v : p.outer())
                    ring << QPointF(v.x(), v.y());
                polygons << ring;
            }
    }
    m_shadowCount = int(polygons.size());
    if (m_live)
        m_live->setShadows(polygons);
    Q_EMIT momentChanged(when);
}

} // namespace pz
