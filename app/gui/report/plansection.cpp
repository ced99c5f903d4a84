// SPDX-License-Identifier: GPL-3.0-or-later
// The site plan and the installed capacities of the client report.
#include "geometry/geometry.h"
#include "model/parkobject.h"
#include "report/reportcharts.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "results/resultformat.h"

#include <qcustomplot.h>

namespace pz {

QString PlanSection::title() const
{
    return tr("Site plan");
}

void PlanSection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    doc.paragraph(tr("PV areas are coloured by their specific yield (kWh/kWp); the scale bar and the north "
                     "arrow refer to the plan.")
                      .toHtmlEscaped());
    const double height = std::min(doc.remaining() - 8.0, doc.width() * 1.05);
    doc.figure(height, [&](QCPPainter &p, const QRectF &box) {
        p.setPen(QPen(QColor(0x9e, 0xa7, 0xad), 0.5));
        p.drawRect(box);
        ReportCharts::drawPlan(p, box.adjusted(0.5, 0.5, -0.5, -0.5), c);
    });
}

QString CapacitiesSection::title() const
{
    return tr("Installed capacities");
}

void CapacitiesSection::render(ReportDocument &doc, const ReportContext &c) const
{
    const ParkSummary &p = c.park();
    const auto kwp = [&](double v) { return tr("%1 kWp").arg(ResultFormat::number(v, 1, c.locale)); };
    int rooftops = 0, grounds = 0;
    for (const PvObjectResult &o : c.result().objects)
        (o.kind == PvKind::Rooftop ? rooftops : grounds)++;
    double storageKWh = 0.0, storageKW = 0.0, floorM2 = 0.0, greenM2 = 0.0;
    int storages = 0, buildings = 0, greens = 0;
    for (const ParkObject &object : c.input.park.objects()) {
        if (const auto *s = std::get_if<Storage>(&object)) {
            storageKWh += s->energyKWh;
            storageKW += s->powerKW;
            ++storages;
        } else if (const auto *b = std::get_if<Building>(&object)) {
            floorM2 += b->floorAreaM2();
            ++buildings;
        } else if (const auto *g = std::get_if<GreenSpace>(&object)) {
            greenM2 += areaM2(g->outline);
            ++greens;
        }
    }
    doc.heading(title());
    ReportTable t;
    t.header = {tr("Part"), tr("Count"), tr("Capacity")};
    t.widths = {0.5, 0.15, 0.35};
    t.rightAligned = {false, true, true};
    const auto count = [&](int n) { return c.locale.toString(n); };
    t.rows = {
        {tr("Rooftop PV"), count(rooftops), kwp(p.rooftopKwp)},
        {tr("Ground-mounted PV"), count(grounds), kwp(p.groundKwp)},
        {tr("PV, total"), count(rooftops + grounds), kwp(p.pvKwp)},
        {tr("Battery storage"), count(storages),
         tr("%1 / %2").arg(ResultFormat::energy(storageKWh, c.locale), ResultFormat::power(storageKW, c.locale))},
        {tr("Buildings (floor area)"), count(buildings), tr("%1 m²").arg(c.locale.toString(floorM2, 'f', 0))},
        {tr("Green space"), count(greens), tr("%1 ha").arg(c.locale.toString(greenM2 / 10000.0, 'f', 2))},
    };
    doc.table(t);
}

} // namespace pz
