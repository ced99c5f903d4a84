// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultchart.h"

#include "results/chartstyle.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace pz {

ResultChart::ResultChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_controls(new QHBoxLayout),
      m_exportButton(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls->setContentsMargins(4, 4, 4, 0);
    m_controls->addStretch(1);
    layout->addLayout(m_controls);
    layout->addWidget(m_plot, 1);

    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as an image or document"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { exportWithDialog(ChartExport::Format::Png); });
    menu->addAction(tr("PDF document…"), this, [this] { exportWithDialog(ChartExport::Format::Pdf); });
    menu->addAction(tr("SVG drawing…"), this, [this] { exportWithDialog(ChartExport::Format::Svg); });
    m_exportButton->setMenu(menu);
    m_controls->addWidget(m_exportButton);

    // Small enough that the cards and a chart fit a bottom dock without scrolling.
    m_plot->setMinimumHeight(fontMetrics().height() * 9);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setMouseTracking(true);
    m_plot->setNoAntialiasingOnDrag(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ResultChart::showToolTip);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ResultChart::showContextMenu);
}

void ResultChart::setResult(std::shared_ptr<const SimulationResult> result)
{
    m_result = std::move(result);
    refresh();
}

void ResultChart::refresh()
{
    rebuild();
    ChartStyle::apply(m_plot, palette());
    m_plot->replot();
}

void ResultChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

bool ResultChart::exportTo(const QString &path, ChartExport::Format format, QSize size, QString *error,
                           double pngScale)
{
    return ChartExport::save(m_plot, path, format, size, error, pngScale);
}

void ResultChart::exportWithDialog(ChartExport::Format format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = title().simplified();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString proposed = dir + QLatin1Char('/') + base + QLatin1Char('.') + ChartExport::suffix(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), proposed,
                                                      ChartExport::fileFilter(format));
    if (path.isEmpty())
        return;
    // The layout on screen; an image gets twice the pixels to stay sharp.
    const QSize size = m_plot->size().expandedTo(QSize(640, 400));
    QString error;
    if (!exportTo(path, format, size, &error, 2.0))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ResultChart::showToolTip(QMouseEvent *event)
{
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ResultChart::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG image…"), this, [this] { exportWithDialog(ChartExport::Format::Png); });
    menu.addAction(tr("Export as PDF document…"), this, [this] { exportWithDialog(ChartExport::Format::Pdf); });
    menu.addAction(tr("Export as SVG drawing…"), this, [this] { exportWithDialog(ChartExport::Format::Svg); });
    menu.exec(m_plot->mapToGlobal(pos));
}

} // namespace pz
