// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/kpicard.h"

#include "results/chartstyle.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pz {

KpiCard::KpiCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_value(new QLabel(this)), m_detail(new QLabel(this)),
      m_delta(new QLabel(this)), m_verdict(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    for (QLabel *label : {m_title, m_detail, m_delta, m_verdict}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.92);
    m_title->setFont(titleFont);
    m_detail->setFont(titleFont);
    m_delta->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.55);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setMargin(3);
    m_verdict->setAutoFillBackground(true);
    m_verdict->hide();
    // The delta line keeps its height when empty so that cards do not jump between results.
    m_delta->setMinimumHeight(m_delta->fontMetrics().height());
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_delta);
    layout->addWidget(m_verdict);
    layout->addStretch(1);
    m_detail->hide();
    applyColours();
}

void KpiCard::setTitle(const QString &title) { m_title->setText(title); }
void KpiCard::setValue(const QString &value) { m_value->setText(value); }

void KpiCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void KpiCard::setDelta(const QString &text, int sign, Better better)
{
    m_delta->setText(text);
    m_deltaSign = sign;
    m_better = better;
    m_hasDelta = true;
    applyColours();
}

void KpiCard::clearDelta()
{
    m_delta->clear();
    m_deltaSign = 0;
    m_hasDelta = false;
}

void KpiCard::setVerdict(bool pass, const QString &text)
{
    m_verdict->setText(text);
    m_verdictState = pass ? 1 : -1;
    m_verdict->show();
    applyColours();
}

void KpiCard::clearVerdict()
{
    m_verdict->clear();
    m_verdictState = 0;
    m_verdict->hide();
}

QString KpiCard::title() const { return m_title->text(); }
QString KpiCard::value() const { return m_value->text(); }
QString KpiCard::detail() const { return m_detail->text(); }
QString KpiCard::deltaText() const { return m_delta->text(); }
QString KpiCard::verdictText() const { return m_verdict->text(); }

QColor KpiCard::deltaColor() const
{
    return m_delta->palette().color(QPalette::WindowText);
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void KpiCard::applyColours()
{
    const QPalette base = palette();
    auto tinted = [](QLabel *label, const QColor &colour) {
        // Selectable labels draw through a text control that uses Text, plain ones WindowText.
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colour);
        p.setColor(QPalette::Text, colour);
        label->setPalette(p);
    };
    QColor muted = base.color(QPalette::WindowText);
    muted.setAlphaF(0.7f);
    tinted(m_title, muted);
    tinted(m_detail, muted);

    QColor deltaColour = muted;
    if (m_hasDelta && m_deltaSign != 0 && m_better != Better::Neither) {
        const bool improved = (m_deltaSign > 0) == (m_better == Better::Higher);
        deltaColour = ChartStyle::color(improved ? ChartStyle::Series::Good : ChartStyle::Series::Bad, base);
    }
    tinted(m_delta, deltaColour);

    if (m_verdictState != 0) {
        const QColor fill = ChartStyle::color(m_verdictState > 0 ? ChartStyle::Series::Good : ChartStyle::Series::Bad,
                                              base);
        const QColor ink = fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
        QPalette p = m_verdict->palette();
        p.setColor(QPalette::Window, fill);
        p.setColor(QPalette::WindowText, ink);
        p.setColor(QPalette::Text, ink);
        m_verdict->setPalette(p);
        // A style sheet paints the background reliably under every widget style.
        m_verdict->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 3px; }")
                                     .arg(fill.name(), ink.name()));
    }
}

} // namespace pz
