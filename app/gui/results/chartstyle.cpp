// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/chartstyle.h"

#include <qcustomplot.h>

namespace pz {

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor ChartStyle::color(Series series, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (series) {
    case Series::Generation: return dark ? QColor(0xF2, 0xB7, 0x2E) : QColor(0xC2, 0x7C, 0x00);
    case Series::Rooftop: return dark ? QColor(0xF7, 0xD0, 0x6B) : QColor(0xC7, 0x8A, 0x00);
    case Series::Ground: return dark ? QColor(0xF0, 0xA0, 0x40) : QColor(0xC2, 0x7C, 0x00);
    case Series::Wind: return dark ? QColor(0x5F, 0xD3, 0xB8) : QColor(0x00, 0x87, 0x73);
    case Series::OffSite: return dark ? QColor(0xB3, 0x9D, 0xF2) : QColor(0x6A, 0x4C, 0xB8);
    case Series::Consumption: return dark ? QColor(0x6C, 0xC0, 0xF0) : QColor(0x00, 0x72, 0xB2);
    case Series::Battery: return dark ? QColor(0xE3, 0x9C, 0xC8) : QColor(0xB8, 0x5C, 0x98);
    case Series::Grid: return dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x55, 0x55, 0x55);
    case Series::Export: return dark ? QColor(0x7F, 0xD8, 0xE8) : QColor(0x2A, 0x9D, 0xB5);
    case Series::Good: return dark ? QColor(0x4C, 0xD6, 0xA8) : QColor(0x00, 0x84, 0x5F);
    case Series::Bad: return dark ? QColor(0xFF, 0x8A, 0x5C) : QColor(0xC4, 0x4E, 0x00);
    case Series::Total: return palette.color(QPalette::Highlight);
    }
    return palette.color(QPalette::WindowText);
}

QColor ChartStyle::sourceColor(ResultSeries::Source source, int offSiteIndex, const QPalette &palette)
{
    switch (source) {
    case ResultSeries::Source::Rooftop: return color(Series::Rooftop, palette);
    case ResultSeries::Source::Ground: return color(Series::Ground, palette).darker(125);
    case ResultSeries::Source::Wind: return color(Series::Wind, palette);
    case ResultSeries::Source::OffSite: break;
    }
    const QColor c = color(Series::OffSite, palette);
    return offSiteIndex % 2 ? c.lighter(125) : c;
}

QColor ChartStyle::textColor(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor ChartStyle::backgroundColor(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor ChartStyle::gridColor(const QPalette &palette)
{
    // Halfway between background and text would shout; a quarter reads as a guide.
    const QColor bg = backgroundColor(palette);
    const QColor fg = textColor(palette);
    return QColor::fromRgbF(bg.redF() + (fg.redF() - bg.redF()) * 0.18f,
                            bg.greenF() + (fg.greenF() - bg.greenF()) * 0.18f,
                            bg.blueF() + (fg.blueF() - bg.blueF()) * 0.18f);
}

void ChartStyle::applyAxis(QCPAxis *axis, const QPalette &palette)
{
    const QColor fg = textColor(palette);
    axis->setBasePen(QPen(fg, 1));
    axis->setTickPen(QPen(fg, 1));
    axis->setSubTickPen(QPen(fg, 1));
    axis->setTickLabelColor(fg);
    axis->setLabelColor(fg);
    axis->grid()->setPen(QPen(gridColor(palette), 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(QPen(fg, 1));
    axis->grid()->setSubGridVisible(false);
}

void ChartStyle::apply(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(QBrush(backgroundColor(palette)));
    const QList<QCPAxis *> axes = plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis *>();
    for (QCPAxis *axis : axes)
        applyAxis(axis, palette);
    if (plot->legend) {
        QColor legendBg = backgroundColor(palette);
        legendBg.setAlpha(220);
        plot->legend->setBrush(QBrush(legendBg));
        plot->legend->setBorderPen(QPen(gridColor(palette)));
        plot->legend->setTextColor(textColor(palette));
    }
}

QCPColorGradient ChartStyle::matchingGradient()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3B, 0x52, 0x8B));
    g.setColorStopAt(0.50, QColor(0x21, 0x90, 0x8C));
    g.setColorStopAt(0.75, QColor(0x5D, 0xC8, 0x63));
    g.setColorStopAt(1.00, QColor(0xFD, 0xE7, 0x25));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

void ChartStyle::pairBars(QCustomPlot *plot, QCPBars *left, QCPBars *right, double barWidth)
{
    groupBars(plot, {left, right}, barWidth);
}

QColor ChartStyle::scenarioColor(int index, const QPalette &palette)
{
    static constexpr Series kOrder[] = {Series::Consumption, Series::Generation, Series::Good, Series::Battery,
                                        Series::Export,      Series::Bad,        Series::Grid};
    return color(kOrder[index % int(std::size(kOrder))], palette);
}

QCPBarsGroup *ChartStyle::groupBars(QCustomPlot *plot, const QList<QCPBars *> &bars, double barWidth)
{
    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(2);
    for (QCPBars *b : bars) {
        b->setWidth(barWidth);
        b->setBarsGroup(group);
    }
    plot->legend->setVisible(true);
    // Side by side: one low row that stays above the bars even on a low chart.
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->xAxis->grid()->setVisible(false);
    return group;
}

} // namespace pz
