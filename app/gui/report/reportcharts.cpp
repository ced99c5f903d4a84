// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcharts.h"

#include "document/parkdocument.h"
#include "live/liveresults.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "results/chartstyle.h"
#include "results/resultchart.h"
#include "results/resultseries.h"
#include "selectionmodel.h"

#include <QApplication>
#include <QStyle>
#include <qcustomplot.h>

#include <cmath>

namespace pz {

namespace {

constexpr int kChartPixelSize = 8;  // chart text size in points (pixel size = points at 72 dpi)

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// The report's font on every text of a plot (axes, legend, text items).
void applyFont(QCustomPlot *plot, const QFont &base)
{
    const QFont font = pixelFont(base, kChartPixelSize);
    plot->setFont(font);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(font);
            axis->setLabelFont(font);
        }
    if (plot->legend) {
        // Compact legends: the panel's are sized for a larger plot.
        plot->legend->setIconSize(16, 7);
        plot->legend->setRowSpacing(0);
        plot->legend->setFont(font);
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (QCPAbstractLegendItem *item = plot->legend->item(i))
                item->setFont(font);
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            text->setFont(pixelFont(base, kChartPixelSize - 1));
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace

void ReportCharts::prepare(ResultChart &chart, const ReportContext &context)
{
    chart.setPalette(lightPalette());
    chart.setFont(pixelFont(context.font, kChartPixelSize));
    // The chart shares the report's result without owning it (an empty owner).
    chart.setResult(std::shared_ptr<const SimulationResult>(std::shared_ptr<void>(), &context.input.result));
}

void ReportCharts::draw(QCPPainter &painter, const QRectF &target, ResultChart &chart, const ReportContext &context)
{
    QCustomPlot *plot = chart.plot();
    applyFont(plot, context.font);
    painter.save();
    painter.translate(target.topLeft());
    plot->toPainter(&painter, int(target.width()), int(target.height()));
    painter.restore();
}

void ReportCharts::drawMatchingMap(QCPPainter &painter, const QRectF &target, const ReportContext &context)
{
    const ResultSeries::MatchingGrid grid = ResultSeries::hourlyMatching(context.result().hourly);
    QCPColorGradient gradient = ChartStyle::matchingGradient();  // color() is not const
    const QFont font = pixelFont(context.font, kChartPixelSize);
    const double labelW = 34.0, barW = 12.0, barGap = 30.0, bottomH = 30.0, topH = 7.0;
    const QRectF cells(target.left() + labelW, target.top() + topH, target.width() - labelW - barW - barGap - 40.0,
                       target.height() - bottomH - topH);
    const double cw = cells.width() / 24.0, ch = cells.height() / 12.0;
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::NoPen);
    for (int m = 0; m < 12; ++m)
        for (int k = 0; k < 24; ++k) {
            const double v = grid[size_t(m)][size_t(k)];
            const QColor c = std::isnan(v) ? QColor(0xdd, 0xdd, 0xdd) : QColor(gradient.color(v, QCPRange(0.0, 100.0)));
            // Cells overlap by a hair so that no seam shows between them.
            painter.fillRect(QRectF(cells.left() + k * cw, cells.top() + m * ch, cw + 0.3, ch + 0.3), c);
        }
    painter.setPen(QColor(0x30, 0x30, 0x30));
    for (int m = 0; m < 12; ++m)
        painter.drawText(QRectF(target.left(), cells.top() + m * ch, labelW - 4.0, ch), Qt::AlignRight | Qt::AlignVCenter,
                         context.locale.standaloneMonthName(m + 1, QLocale::ShortFormat));
    for (int k = 0; k < 24; k += 3)
        painter.drawText(QRectF(cells.left() + k * cw - 15.0, cells.bottom() + 2.0, cw + 30.0, 12.0), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("%1:00").arg(k, 2, 10, QLatin1Char('0')));
    painter.drawText(QRectF(cells.left(), cells.bottom() + 15.0, cells.width(), 12.0), Qt::AlignHCenter | Qt::AlignTop,
                     tr("Hour of day (local standard time)"));
    // The colour bar: 0 % at the bottom, 100 % at the top, in 50 steps.
    const QRectF bar(cells.right() + barGap * 0.5, cells.top(), barW, cells.height());
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 50; ++i)
        painter.fillRect(QRectF(bar.left(), bar.bottom() - (i + 1) * bar.height() / 50.0, barW, bar.height() / 50.0 + 0.3),
                         QColor(gradient.color((i + 0.5) * 2.0, QCPRange(0.0, 100.0))));
    painter.setPen(QColor(0x30, 0x30, 0x30));
    for (int p = 0; p <= 100; p += 25)
        painter.drawText(QRectF(bar.right() + 3.0, bar.bottom() - p / 100.0 * bar.height() - 6.0, 40.0, 12.0),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(p));
    painter.restore();
}

void ReportCharts::drawPlan(QCPPainter &painter, const QRectF &target, const ReportContext &context)
{
    ParkDocument document(context.input.park);
    document.setFilePath(context.input.projectFilePath);   // background images relative to it
    SelectionModel selection(&document);
    MapScene scene(&document, &selection);
    MapView view(&scene);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setPalette(lightPalette());
    view.setFont(pixelFont(context.font, kChartPixelSize + 1));
    view.resize(target.size().toSize());
    view.show();
    view.zoomToFitSite();
    scene.setOverlay(LiveResults::colouringOverlay(context.result(), LiveResults::Colouring::SpecificYield, context.locale));
    // The legend and scale bar draw in the painter's font: the view's, as on screen.
    painter.setFont(view.font());
    view.renderPlan(&painter, target);
}

} // namespace pz
