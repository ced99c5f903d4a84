// SPDX-License-Identifier: GPL-3.0-or-later
// Plan north and true north (site.north_rotation, plan north clockwise of true north): a tall
// hall 10 m south of a south-facing PV field on the plan shades it; turned by 180° the same
// plan puts the hall to the field's true north, where it casts no shadow on it.
//
// Known defect: the engine takes plan north as true north (only the map's north arrow and the
// geodata import and export read the rotation), so the sun, the shading and the wake
// directions ignore it. The expected failure below marks it; when it passes, remove it.

#include "engine/simulation.h"
#include "model/park.h"

#include <QTest>

using namespace pz;

namespace {

Park hallSouthOfField(double northRotationDeg)
{
    Park park;
    park.site.northRotationDeg = northRotationDeg;
    PvArray field;
    field.id = 1;
    field.name = QStringLiteral("Field");
    field.outline = {{0, 0}, {60, 0}, {60, 30}, {0, 30}};
    park.append(field);
    Building hall;
    hall.id = 2;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{0, -40}, {60, -40}, {60, -10}, {0, -10}};
    hall.heightM = 25;
    hall.rooftop.enabled = false;
    park.append(hall);
    park.setNextId(3);
    return park;
}

double fieldShadingLossPct(const SimulationResult &result)
{
    for (const PvObjectResult &o : result.objects)
        if (o.id == 1)
            return o.shadingLossPct;
    return -1.0;
}

} // namespace

class TestNorthRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hallShadesOnlyWhenItIsTrulySouth()
    {
        const SimulationResult plain = simulatePark(hallSouthOfField(0.0), SimulationOptions{});
        QVERIFY2(plain.ok, qPrintable(plain.error));
        const double south = fieldShadingLossPct(plain);
        QVERIFY2(south > 1.0, qPrintable(QString::number(south)));
        const SimulationResult turned = simulatePark(hallSouthOfField(180.0), SimulationOptions{});
        QVERIFY2(turned.ok, qPrintable(turned.error));
        const double north = fieldShadingLossPct(turned);
        QVERIFY(north >= 0.0);
        qInfo("shading loss of the field: %.3f %% with the hall to the south, %.3f %% turned by 180°", south, north);
        QEXPECT_FAIL("", "the engine ignores site.north_rotation: the sun, shading and wakes take plan north as true north",
                     Abort);
        QVERIFY2(north < 0.5 * south, qPrintable(QStringLiteral("%1 % turned against %2 %").arg(north).arg(south)));
    }
};

QTEST_GUILESS_MAIN(TestNorthRotation)
#include "tst_northrotation.moc"
