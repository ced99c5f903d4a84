// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusindicators.h"

#include "document/parkdocument.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "selectionmodel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include <cmath>

namespace pz {

// The texts are the main window's (MainWindow::tr): the status bar is part of it.
StatusIndicators::StatusIndicators(QStatusBar *bar, MapView *map, SelectionModel *selection,
                                   const ParkDocument *document)
    : QObject(bar), m_selectionLabel(new QLabel), m_cursorLabel(new QLabel), m_document(document)
{
    m_selectionLabel->setContentsMargins(8, 0, 8, 0);
    m_cursorLabel->setContentsMargins(8, 0, 8, 0);
    const QFontMetrics metrics = bar->window()->fontMetrics();
    m_cursorLabel->setMinimumWidth(
        metrics.horizontalAdvance(QStringLiteral("E -00000.0 m   N -00000.0 m   000.000000° E  00.000000° N")) + 16);
    m_cursorLabel->setToolTip(MainWindow::tr("Cursor position: metres east (E) and north (N) of the site origin, "
                                             "and longitude and latitude (CGCS2000/WGS84)"));
    bar->addPermanentWidget(m_selectionLabel);
    bar->addPermanentWidget(m_cursorLabel);
    connect(map, &MapView::cursorMoved, this,
            [this](const QPointF &planM) { m_cursorLabel->setText(cursorText(planM)); });
    connect(selection, &SelectionModel::selectionChanged, this, [this, selection] {
        const int n = int(selection->selectedIds().size());
        m_selectionLabel->setText(n == 0 ? QString() : MainWindow::tr("%n selected", nullptr, n));
    });
}

const geo::PlanProjection *StatusIndicators::projection()
{
    const Site &site = m_document->park().site;
    if (!m_projection || m_projection->latitudeDeg() != site.latitudeDeg ||
        m_projection->longitudeDeg() != site.longitudeDeg || m_projection->northRotationDeg() != site.northRotationDeg)
        m_projection.emplace(site);
    return m_projection->isValid() ? &*m_projection : nullptr;
}

QString StatusIndicators::cursorText(const QPointF &planM)
{
    const QLocale locale;
    QString text = MainWindow::tr("E %1 m   N %2 m")
                       .arg(locale.toString(planM.x(), 'f', 1), locale.toString(planM.y(), 'f', 1));
    const geo::PlanProjection *plan = projection();
    const std::optional<geo::LonLat> lonLat = plan ? plan->toLonLat({planM.x(), planM.y()}) : std::nullopt;
    if (!lonLat)
        return text;
    // Six decimals: about 0.1 m, finer than the plan read-out.
    const auto degrees = [&](double value) { return locale.toString(std::abs(value), 'f', 6); };
    const QString lon = lonLat->lonDeg >= 0 ? MainWindow::tr("%1° E").arg(degrees(lonLat->lonDeg))
                                            : MainWindow::tr("%1° W").arg(degrees(lonLat->lonDeg));
    const QString lat = lonLat->latDeg >= 0 ? MainWindow::tr("%1° N").arg(degrees(lonLat->latDeg))
                                            : MainWindow::tr("%1° S").arg(degrees(lonLat->latDeg));
    return text + QStringLiteral("   ") + lon + QStringLiteral("  ") + lat;
}

} // namespace pz
