// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sun study: a date, a time slider and a play button that animates a day, with presets for
// the solstices and equinoxes. It computes the ground shadows of every object for the chosen
// moment (core sunStudyShadows) and hands them to the live results for the map overlay.

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSlider;
class QToolButton;
class QTimer;
class QCheckBox;

namespace pz {

class LiveResults;
class ParkDocument;

class SunStudyPanel : public QWidget
{
    Q_OBJECT
public:
    SunStudyPanel(ParkDocument *document, LiveResults *live, QWidget *parent = nullptr);

    QDateTime moment() const;           // local standard time of the site
    void setMoment(const QDateTime &localStandardTime);
    bool shadowsShown() const;
    void setShadowsShown(bool shown);
    bool isPlaying() const;
    void setPlaying(bool playing);
    int shadowCount() const { return m_shadowCount; }

Q_SIGNALS:
    void momentChanged(const QDateTime &localStandardTime);

private:
    void applyPreset(int index);
    void refresh();
    void updateTimeLabel();

    ParkDocument *m_document;
    LiveResults *m_live;
    QCheckBox *m_show;
    QComboBox *m_presets;
    QDateEdit *m_date;
    QSlider *m_time;         // minutes of the day, 10-minute steps
    QLabel *m_timeLabel;
    QLabel *m_sunLabel;
    QToolButton *m_play;
    QTimer *m_timer;
    int m_shadowCount = 0;
};

} // namespace pz
