// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusindicators.h"

#include "mainwindow.h"
#include "map/mapview.h"
#include "selectionmodel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace pz {

// The texts are the main window's (MainWindow::tr): the status bar is part of it.
StatusIndicators::StatusIndicators(QStatusBar *bar, MapView *map, SelectionModel *selection)
    : QObject(bar), m_selectionLabel(new QLabel), m_cursorLabel(new QLabel)
{
    m_selectionLabel->setContentsMargins(8, 0, 8, 0);
    m_cursorLabel->setContentsMargins(8, 0, 8, 0);
    const QFontMetrics metrics = bar->window()->fontMetrics();
    m_cursorLabel->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("E -00000.0 m   N -00000.0 m")) + 16);
    m_cursorLabel->setToolTip(MainWindow::tr("Cursor position: metres east (E) and north (N) of the site origin"));
    bar->addPermanentWidget(m_selectionLabel);
    bar->addPermanentWidget(m_cursorLabel);
    connect(map, &MapView::cursorMoved, this, [this](const QPointF &planM) {
        const QLocale locale;
        m_cursorLabel->setText(MainWindow::tr("E %1 m   N %2 m")
                                   .arg(locale.toString(planM.x(), 'f', 1), locale.toString(planM.y(), 'f', 1)));
    });
    connect(selection, &SelectionModel::selectionChanged, this, [this, selection] {
        const int n = int(selection->selectedIds().size());
        m_selectionLabel->setText(n == 0 ? QString() : MainWindow::tr("%n selected", nullptr, n));
    });
}

} // namespace pz
