// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/labellayout.h"

#include "map/maplabelitem.h"
#include "map/objectitem.h"

#include <QRectF>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <vector>

namespace pz::labellayout {

void place(const QHash<ObjectId, ObjectItem *> &items, double pixelsPerMetre)
{
    // Screen pixels relative to the scene origin: panning moves all labels alike, so only the
    // zoom and the objects matter.
    const double s = pixelsPerMetre;
    struct Candidate {
        MapLabelItem *label;
        double z;
        double area;
        ObjectId id;
        QPointF at;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(std::size_t(items.size()));
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        ObjectItem *item = it.value();
        MapLabelItem *label = item->label();
        if (!item->isVisible() || (label->text().isEmpty() && label->compactText().isEmpty())) {
            label->setMode(MapLabelItem::Mode::Hidden);
            continue;
        }
        const QRectF b = item->boundingRect();
        candidates.push_back({label, item->zValue(), b.width() * b.height(), it.key(), label->scenePos() * s});
    }
    // Buildings (on top) first, then the larger objects; the id keeps the order stable.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.z != b.z)
            return a.z > b.z;
        if (a.area != b.area)
            return a.area > b.area;
        return a.id < b.id;
    });

    // Placed boxes in a coarse grid of screen cells: each box is tested only against its
    // neighbours.
    constexpr double kCellPx = 96.0;
    QHash<quint64, QVector<QRectF>> placed;
    const auto cellsOf = [](const QRectF &r, const auto &visit) {
        const auto x0 = qint64(std::floor(r.left() / kCellPx)), x1 = qint64(std::floor(r.right() / kCellPx));
        const auto y0 = qint64(std::floor(r.top() / kCellPx)), y1 = qint64(std::floor(r.bottom() / kCellPx));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (visit((quint64(quint32(x)) << 32) | quint32(y)))
                    return true;
        return false;
    };
    const auto collides = [&](const QRectF &r) {
        return cellsOf(r, [&](quint64 key) {
            const auto found = placed.constFind(key);
            if (found == placed.cend())
                return false;
            return std::any_of(found->cbegin(), found->cend(), [&](const QRectF &o) { return o.intersects(r); });
        });
    };
    for (const Candidate &c : candidates) {
        const double roomW = c.label->fitWidthM() > 0.0 ? c.label->fitWidthM() * s : 1e12;
        const double roomH = c.label->fitHeightM() > 0.0 ? c.label->fitHeightM() * s : 1e12;
        MapLabelItem::Mode chosen = MapLabelItem::Mode::Hidden;
        for (MapLabelItem::Mode mode : {MapLabelItem::Mode::Full, MapLabelItem::Mode::Compact}) {
            const QRectF box = c.label->rectFor(mode);
            // A compact tag may overhang a narrow object a little and still read as its label;
            // a label that would bury a thin object is left out.
            const double slackW = mode == MapLabelItem::Mode::Compact ? 1.4 : 1.0;
            if (box.isEmpty() || box.width() > roomW * slackW || box.height() > roomH * 1.2)
                continue;
            // A little air between neighbouring labels.
            const QRectF r = box.translated(c.at).adjusted(-2, -1, 2, 1);
            if (collides(r))
                continue;
            cellsOf(r, [&](quint64 key) {
                placed[key] << r;
                return false;
            });
            chosen = mode;
            break;
        }
        c.label->setMode(chosen);
    }
}

} // namespace pz::labellayout
