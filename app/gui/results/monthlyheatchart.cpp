// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/monthlyheatchart.h"

#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

MonthlyHeatChart::MonthlyHeatChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("monthlyHeatChart"));
    plot()->setObjectName(title());
    m_heat = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_heat->setWidth(0.6);
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot()->xAxis->grid()->setVisible(false);
    refresh();
}

void MonthlyHeatChart::rebuild()
{
    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int m = 1; m <= 12; ++m)
        ticker->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, 12.6);

    m_heat->setName(tr("Heat demand"));
    const QColor color = ChartStyle::color(ChartStyle::Series::Bad, palette());
    m_heat->setPen(QPen(color.darker(115)));
    m_heat->setBrush(color);

    const SimulationResult *r = result();
    const bool heat = r && r->heat.present;
    double maxKWh = 0.0;
    if (heat)
        maxKWh = *std::max_element(r->heat.monthlyHeatKWh.begin(), r->heat.monthlyHeatKWh.end());
    const ResultFormat::Scale scale = ResultFormat::energyScale(maxKWh);
    QVector<double> keys, values;
    if (heat)
        for (int m = 0; m < 12; ++m) {
            keys << m + 1;
            values << r->heat.monthlyHeatKWh[std::size_t(m)] / scale.divisor;
        }
    m_heat->setData(keys, values, true);
    plot()->yAxis->setLabel(tr("Heat (%1 thermal)").arg(scale.unit));
    plot()->yAxis->setRange(0.0, maxKWh > 0.0 ? maxKWh / scale.divisor * 1.3 : 1.0);
}

QString MonthlyHeatChart::toolTipAt(const QPointF &pixel) const
{
    const SimulationResult *r = result();
    if (!r || !r->heat.present || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int month = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (month < 1 || month > 12)
        return {};
    return tr("%1\nHeat demand: %2 thermal")
        .arg(QLocale().standaloneMonthName(month), ResultFormat::energy(r->heat.monthlyHeatKWh[std::size_t(month - 1)]));
}

} // namespace pz
