// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours of the result charts, derived from the widget palette so that charts stay readable
// in light and dark themes. Series use the Okabe–Ito colour-blind-safe hues, lightened on dark
// backgrounds.

#include "results/resultseries.h"

#include <QColor>
#include <QList>
#include <QPalette>

class QCustomPlot;
class QCPAxis;
class QCPBars;
class QCPBarsGroup;
class QCPColorGradient;

namespace pz {

class ChartStyle
{
public:
    enum class Series { Generation, Rooftop, Ground, Wind, OffSite, Consumption, Battery, Grid, Export, Good, Bad, Total };

    static bool isDark(const QPalette &palette);
    static QColor color(Series series, const QPalette &palette);
    // The colour of a generation source; off-site plants alternate two shades by their index.
    static QColor sourceColor(ResultSeries::Source source, int offSiteIndex, const QPalette &palette);
    static QColor textColor(const QPalette &palette);
    static QColor gridColor(const QPalette &palette);
    static QColor backgroundColor(const QPalette &palette);

    // Background, axes, tick labels, grid and legend of a plot in the palette's colours.
    static void apply(QCustomPlot *plot, const QPalette &palette);
    static void applyAxis(QCPAxis *axis, const QPalette &palette);

    // Two bar series side by side in each category (bars of barWidth, 2 px apart), with their
    // legend in one row at the top right and no vertical grid: the monthly and bill charts.
    static void pairBars(QCustomPlot *plot, QCPBars *left, QCPBars *right, double barWidth);
    // Any number of bar series side by side in each category, set up like pairBars().
    static QCPBarsGroup *groupBars(QCustomPlot *plot, const QList<QCPBars *> &bars, double barWidth);
    // A distinct colour for the index-th scenario of a comparison (repeats after seven).
    static QColor scenarioColor(int index, const QPalette &palette);

    // A perceptually uniform gradient (viridis) for the matching heat map.
    static QCPColorGradient matchingGradient();
};

} // namespace pz
