// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The permanent part of the main window's status bar: how many objects are selected, and where
// the cursor is on the site plan (metres east and north of the site origin) and on Earth
// (longitude and latitude, CGCS2000/WGS84, through the plan's projection, core/geo).

#include "geo/planprojection.h"

#include <QObject>
#include <QPointF>

#include <optional>

class QLabel;
class QStatusBar;

namespace pz {

class MapView;
class ParkDocument;
class SelectionModel;

class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    // Adds the indicators to bar (which owns them) and keeps them up to date.
    StatusIndicators(QStatusBar *bar, MapView *map, SelectionModel *selection, const ParkDocument *document);

    // "E 12.0 m   N -3.5 m   109.980123° E  39.830045° N"; the longitude/latitude part is left
    // out when the site's position has no projection.
    QString cursorText(const QPointF &planM);

private:
    const geo::PlanProjection *projection();

    QLabel *m_selectionLabel;
    QLabel *m_cursorLabel;
    const ParkDocument *m_document;
    // Made again only when the site's position or north rotation changes (a PROJ set-up).
    std::optional<geo::PlanProjection> m_projection;
};

} // namespace pz
