// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/carbonwaterfallchart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

namespace {
constexpr double kBarHalfWidth = 0.32;
}

CarbonWaterfallChart::CarbonWaterfallChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("carbonWaterfallChart"));
    plot()->setObjectName(title());
    plot()->xAxis->grid()->setVisible(false);
    refresh();
}

void CarbonWaterfallChart::rebuild()
{
    plot()->clearItems();
    const SimulationResult *r = result();
    m_steps = r ? ResultSeries::carbonWaterfall(*r) : std::vector<ResultSeries::WaterfallStep>{};

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double lo = 0.0, hi = 0.0;
    const QColor text = ChartStyle::textColor(palette());
    for (size_t i = 0; i < m_steps.size(); ++i) {
        const ResultSeries::WaterfallStep &s = m_steps[i];
        const double x = double(i + 1);
        // Labels wrap onto two lines so that they fit narrow charts and long translations: at the
        // first space, or in the middle of a longer label written without spaces (Chinese).
        QString label = s.label;
        const int space = label.indexOf(QLatin1Char(' '));
        if (space > 0)
            label[space] = QLatin1Char('\n');
        else if (label.size() > 4)
            label.insert(label.size() / 2, QLatin1Char('\n'));
        ticker->addTick(x, label);
        lo = std::min({lo, s.fromT, s.toT});
        hi = std::max({hi, s.fromT, s.toT});

        const QColor c = s.isTotal ? ChartStyle::color(ChartStyle::Series::Total, palette())
                         : s.valueT() >= 0.0 ? ChartStyle::color(ChartStyle::Series::Bad, palette())
                                             : ChartStyle::color(ChartStyle::Series::Good, palette());
        auto *rect = new QCPItemRect(plot());
        rect->topLeft->setCoords(x - kBarHalfWidth, std::max(s.fromT, s.toT));
        rect->bottomRight->setCoords(x + kBarHalfWidth, std::min(s.fromT, s.toT));
        rect->setPen(QPen(c.darker(115)));
        rect->setBrush(c);

        if (i + 1 < m_steps.size()) {  // connector to the next bar at the running total
            auto *line = new QCPItemLine(plot());
            line->start->setCoords(x + kBarHalfWidth, s.toT);
            line->end->setCoords(x + 1 - kBarHalfWidth, s.toT);
            line->setPen(QPen(ChartStyle::gridColor(palette()).darker(ChartStyle::isDark(palette()) ? 70 : 130), 1,
                              Qt::DotLine));
        }
        auto *value = new QCPItemText(plot());
        const bool up = s.toT >= s.fromT;
        value->position->setCoords(x, up ? std::max(s.fromT, s.toT) : std::min(s.fromT, s.toT));
        value->setPositionAlignment(Qt::AlignHCenter | (up ? Qt::AlignBottom : Qt::AlignTop));
        value->setPadding(QMargins(0, 2, 0, 2));
        const QString sign = s.isTotal ? QString() : (s.valueT() >= 0.0 ? QStringLiteral("+") : QStringLiteral("−"));
        value->setText(sign + ResultFormat::number(std::abs(s.isTotal ? s.toT : s.valueT()), 1));
        value->setColor(text);
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, double(m_steps.size()) + 0.6);
    plot()->yAxis->setLabel(tr("Emissions (t CO₂e per year)"));
    const double pad = std::max(1e-6, (hi - lo) * 0.12);
    plot()->yAxis->setRange(lo - (lo < 0.0 ? pad : 0.0), hi + pad);
    if (m_steps.empty())
        plot()->yAxis->setRange(0.0, 1.0);
}

QString CarbonWaterfallChart::toolTipAt(const QPointF &pixel) const
{
    if (m_steps.empty() || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    const int i = int(std::lround(key)) - 1;
    if (i < 0 || i >= int(m_steps.size()) || std::abs(key - (i + 1)) > kBarHalfWidth)
        return {};
    const ResultSeries::WaterfallStep &s = m_steps[size_t(i)];
    if (s.isTotal)
        return tr("%1: %2").arg(s.label, ResultFormat::tonnes(s.toT));
    return tr("%1: %2%3\nRunning total: %4")
        .arg(s.label, s.valueT() >= 0.0 ? QStringLiteral("+") : QStringLiteral("−"),
             ResultFormat::tonnes(std::abs(s.valueT())), ResultFormat::tonnes(s.toT));
}

} // namespace pz
