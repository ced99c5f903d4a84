// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/billchart.h"

#include "economics/lifecycle.h"
#include "results/chartstyle.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace pz {

namespace {

const economics::EconomicsResult *economicsOf(const SimulationResult *r)
{
    return r && r->economics ? r->economics.get() : nullptr;
}

double at(const std::vector<double> &v, std::size_t i)
{
    return i < v.size() ? v[i] : 0.0;
}

} // namespace

BillChart::BillChart(QWidget *parent) : ResultChart(parent)
{
    setObjectName(QStringLiteral("billChart"));
    plot()->setObjectName(title());
    m_design = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_bau = new QCPBars(plot()->xAxis, plot()->yAxis);
    ChartStyle::pairBars(plot(), m_design, m_bau, 0.36);
    refresh();
}

QString BillChart::periodName(int period) const
{
    const SimulationResult *r = result();
    if (r && period >= 0 && period < r->tariffPeriodNames.size() && !r->tariffPeriodNames[period].isEmpty())
        return r->tariffPeriodNames[period];
    return tr("Period %1").arg(period + 1);
}

void BillChart::rebuild()
{
    const economics::EconomicsResult *e = economicsOf(result());
    const std::vector<double> none;
    const std::vector<double> &design = e ? e->billYear1.electricity.energyByPeriodCNY : none;
    const std::vector<double> &bau = e ? e->billBau.electricity.energyByPeriodCNY : none;
    const std::size_t periods = std::max(design.size(), bau.size());
    double maxCNY = 0.0;
    for (std::size_t i = 0; i < periods; ++i)
        maxCNY = std::max({maxCNY, at(design, i), at(bau, i)});
    const ResultFormat::Scale scale = ResultFormat::moneyScale(maxCNY);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, d, b;
    for (std::size_t i = 0; i < periods; ++i) {
        keys << double(i + 1);
        d << at(design, i) / scale.divisor;
        b << at(bau, i) / scale.divisor;
        ticker->addTick(double(i + 1), periodName(int(i)));
    }
    m_design->setData(keys, d, true);
    m_bau->setData(keys, b, true);
    m_design->setName(tr("Design"));
    m_bau->setName(tr("Business as usual"));
    const QColor designColor = ChartStyle::color(ChartStyle::Series::Generation, palette());
    const QColor bauColor = ChartStyle::color(ChartStyle::Series::Grid, palette());
    m_design->setPen(QPen(designColor.darker(115)));
    m_design->setBrush(designColor);
    m_bau->setPen(QPen(bauColor.darker(115)));
    m_bau->setBrush(bauColor);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, double(periods) + 0.6);
    plot()->yAxis->setLabel(tr("Energy charge, year 1 (%1)").arg(scale.unit));
    plot()->yAxis->setRange(0.0, maxCNY > 0.0 ? maxCNY / scale.divisor * 1.3 : 1.0);
}

QString BillChart::toolTipAt(const QPointF &pixel) const
{
    const economics::EconomicsResult *e = economicsOf(result());
    if (!e || !plot()->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int period = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x()))) - 1;
    const economics::ElectricityBill &design = e->billYear1.electricity;
    const economics::ElectricityBill &bau = e->billBau.electricity;
    if (period < 0 || std::size_t(period) >= std::max(design.energyByPeriodCNY.size(), bau.energyByPeriodCNY.size()))
        return {};
    const auto p = std::size_t(period);
    return tr("%1\nDesign: %2 for %3\nBusiness as usual: %4 for %5")
        .arg(periodName(period), ResultFormat::money(at(design.energyByPeriodCNY, p)),
             ResultFormat::energy(at(design.importByPeriodKWh, p)), ResultFormat::money(at(bau.energyByPeriodCNY, p)),
             ResultFormat::energy(at(bau.importByPeriodKWh, p)));
}

} // namespace pz
