// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data drawn on top of the site plan by analysis views (yield colours, shadows); never stored in
// the model.

#include "model/objectid.h"

#include <QColor>
#include <QHash>
#include <QPair>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace pz {

struct MapOverlay {
    QHash<ObjectId, QColor> fill;  // colour of PV objects (rooftop PV area / field), e.g. by yield
    QHash<ObjectId, QColor> body;  // colour of whole buildings, e.g. by heat demand intensity
    QString legendTitle;
    QVector<QPair<QColor, QString>> legend;
    QVector<QPolygonF> shadows;    // ground shadows, plan metres (x east, y north)
};

} // namespace pz
