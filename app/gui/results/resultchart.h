// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Base of the result charts: a QCustomPlot in the palette's colours, a row for the chart's own
// selector (month, week), an export button and context menu (PNG, PDF, SVG) and a tooltip that
// reads the value under the cursor. Subclasses draw the shared result in rebuild().

#include "engine/simulationresult.h"
#include "results/chartexport.h"

#include <QWidget>
#include <memory>

class QCustomPlot;
class QHBoxLayout;
class QMouseEvent;
class QToolButton;

namespace pz {

class ResultChart : public QWidget
{
    Q_OBJECT
public:
    explicit ResultChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    virtual QString title() const = 0;

    // The result is shared with the panel; nullptr clears the chart.
    void setResult(std::shared_ptr<const SimulationResult> result);
    const SimulationResult *result() const { return m_result.get(); }

    // The tooltip text for a point of the plot (widget pixels), empty when nothing is there.
    virtual QString toolTipAt(const QPointF &pixel) const = 0;

    bool exportTo(const QString &path, ChartExport::Format format, QSize size, QString *error = nullptr,
                  double pngScale = 1.0);
    // Asks for a file name and exports (the export menu and context menu call this).
    void exportWithDialog(ChartExport::Format format);

protected:
    // Redraws everything from result() (which may be nullptr) in the current palette.
    virtual void rebuild() = 0;
    void refresh();  // rebuild() + styling + replot
    QHBoxLayout *controls() const { return m_controls; }
    void changeEvent(QEvent *event) override;

private:
    void showToolTip(QMouseEvent *event);
    void showContextMenu(const QPoint &pos);

    QCustomPlot *m_plot;
    QHBoxLayout *m_controls;
    QToolButton *m_exportButton;
    std::shared_ptr<const SimulationResult> m_result;
};

} // namespace pz
