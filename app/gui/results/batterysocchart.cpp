// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/batterysocchart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"
#include "results/resultseries.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

namespace {
QDate dayOfYear(int day)
{
    return QDate(2023, 1, 1).addDays(day);
}
} // namespace

BatterySocChart::BatterySocChart(QWidget *parent) : ResultChart(parent), m_week(new QComboBox(this))
{
    setObjectName(QStringLiteral("batterySocChart"));
    plot()->setObjectName(title());
    auto *label = new QLabel(tr("&Week:"), this);
    label->setBuddy(m_week);
    const QLocale locale;
    for (int w = 1; w <= ResultSeries::kWeeksPerYear; ++w) {
        const QDate first = dayOfYear((w - 1) * 7);
        const QDate last = first.addDays(6);
        //: week number, first and last day
        m_week->addItem(tr("Week %1 (%2 – %3)")
                            .arg(w)
                            //: QDate format of the first and last day of a week, e.g. "3 Jan"
                            .arg(locale.toString(first, tr("d MMM")), locale.toString(last, tr("d MMM"))),
                        w);
    }
    m_week->setCurrentIndex(25);  // late June
    controls()->insertWidget(0, label);
    controls()->insertWidget(1, m_week);
    connect(m_week, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    m_soc = plot()->addGraph();
    m_capacity = plot()->addGraph();
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    refresh();
}

int BatterySocChart::week() const
{
    return m_week->currentData().toInt();
}

void BatterySocChart::setWeek(int week)
{
    m_week->setCurrentIndex(std::clamp(week, 1, ResultSeries::kWeeksPerYear) - 1);
}

void BatterySocChart::rebuild()
{
    plot()->clearItems();
    const SimulationResult *r = result();
    m_values = r ? ResultSeries::weekSoc(r->hourly, week()) : std::vector<double>{};
    const double capacity = r ? r->park.batteryCapacityKWh : 0.0;
    double maxKWh = capacity;
    for (double v : m_values)
        maxKWh = std::max(maxKWh, v);
    const ResultFormat::Scale scale = ResultFormat::energyScale(maxKWh);

    QVector<double> keys, values;
    for (size_t k = 0; k < m_values.size(); ++k) {
        keys << double(k) + 1.0;  // the state at the end of hour k
        values << m_values[k] / scale.divisor;
    }
    const QColor c = ChartStyle::color(ChartStyle::Series::Battery, palette());
    m_soc->setData(keys, values, true);
    m_soc->setName(tr("State of charge"));
    m_soc->setPen(QPen(c, 2.0));
    QColor fill = c;
    fill.setAlpha(60);
    m_soc->setBrush(fill);

    m_capacity->setData(capacity > 0.0 ? QVector<double>{0.0, 168.0} : QVector<double>{},
                        capacity > 0.0 ? QVector<double>{capacity / scale.divisor, capacity / scale.divisor}
                                       : QVector<double>{});
    m_capacity->setName(tr("Capacity"));
    m_capacity->setPen(QPen(ChartStyle::textColor(palette()), 1.0, Qt::DashLine));
    m_capacity->removeFromLegend();
    if (capacity > 0.0)
        m_capacity->addToLegend();

    if (r && capacity <= 0.0) {
        auto *note = new QCPItemText(plot());
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("The park has no battery."));
        note->setColor(ChartStyle::textColor(palette()));
    }

    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int firstDay = (week() - 1) * 7;
    for (int d = 0; d <= 7; ++d)
        //: QDate format of a day tick of the week chart, e.g. "Mon 3 Jan"
        ticker->addTick(d * 24.0, locale.toString(dayOfYear(firstDay + d), tr("ddd d MMM")));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.0, 168.0);
    plot()->xAxis->setLabel(tr("Day (local standard time)"));
    plot()->yAxis->setLabel(tr("Stored energy (%1)").arg(scale.unit));
    plot()->yAxis->setRange(0.0, maxKWh > 0.0 ? maxKWh / scale.divisor * 1.2 : 1.0);
}

QString BatterySocChart::toolTipAt(const QPointF &pixel) const
{
    const SimulationResult *r = result();
    if (!r || m_values.empty() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int k = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x()))) - 1;
    if (k < 0 || k >= int(m_values.size()))
        return {};
    const int hourOfYear = ResultSeries::firstHourOfWeek(week()) + k;
    const QDate day = dayOfYear(hourOfYear / 24);
    const double soc = m_values[size_t(k)];
    const double capacity = r->park.batteryCapacityKWh;
    QString text = tr("%1, end of %2:00–%3:00\nStored: %4")
                       .arg(QLocale().toString(day, QLocale::ShortFormat))
                       .arg(hourOfYear % 24, 2, 10, QLatin1Char('0'))
                       .arg(hourOfYear % 24 + 1, 2, 10, QLatin1Char('0'))
                       .arg(ResultFormat::energy(soc));
    if (capacity > 0.0)
        text += tr(" (%1 of capacity)").arg(ResultFormat::percent(100.0 * soc / capacity));
    return text;
}

} // namespace pz
