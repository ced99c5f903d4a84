// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drawings of the client report, all as vectors into the report's painter: the results panel's
// QCustomPlot charts (QCustomPlot::toPainter, laid out at the figure's size in points, in the
// light palette and the report's font), the 12 × 24 matching map painted cell by cell (the
// panel's QCPColorMap would embed a raster image), and the site plan through MapView::renderPlan.

#include "report/reportsection.h"

#include <QRectF>

class QCPPainter;

namespace pz {

class ResultChart;

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(pz::ReportCharts)
public:
    // Gives chart the report's result, the light palette and the report's font.
    static void prepare(ResultChart &chart, const ReportContext &context);
    // Paints chart into target (points).
    static void draw(QCPPainter &painter, const QRectF &target, ResultChart &chart, const ReportContext &context);
    static void drawMatchingMap(QCPPainter &painter, const QRectF &target, const ReportContext &context);
    // The park's plan fitted into target with the specific-yield colouring and its legend.
    static void drawPlan(QCPPainter &painter, const QRectF &target, const ReportContext &context);
};

} // namespace pz
