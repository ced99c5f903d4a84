// SPDX-License-Identifier: GPL-3.0-or-later
// Plan north and true north (site.north_rotation, plan north clockwise of true north): a tall
// hall 10 m south of a south-facing PV field on the plan shades it; turned by 180° the same
// plan puts the hall to the field's true north, where it casts no shadow on it. The shading
// works on the plan: the sun's azimuths and the surfaces' are turned by the rotation. The wakes
// work in true directions: a row of turbines on a rotated plan gives the same wind energy, bit
// for bit, as the row turned by hand to true north on an unrotated plan.

#include "common/units.h"
#include "engine/simulation.h"
#include "engine/sunstudy.h"
#include "model/park.h"

#include <QTest>

#include <cmath>

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

// Three IEA 3.4 MW turbines 500 m apart along the plan's x axis, at plan positions turned by
// `turnDeg` into the frame of true north (x' = x cos θ + y sin θ, y' = −x sin θ + y cos θ).
Park turbineRow(double northRotationDeg, double turnDeg)
{
    Park park;
    park.site.northRotationDeg = northRotationDeg;
    const double c = std::cos(turnDeg * kDegToRad), s = std::sin(turnDeg * kDegToRad);
    for (int i = 0; i < 3; ++i) {
        WindTurbine t;
        t.id = i + 1;
        t.name = QStringLiteral("T%1").arg(i + 1);
        t.turbineType = QStringLiteral("IEA-3.4-130-RWT");
        t.hubHeightM = 110;
        const double x = 500.0 * i, y = 0.0;
        t.position = Point2(x * c + y * s, -x * s + y * c);
        park.append(t);
    }
    park.setNextId(4);
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
        QVERIFY2(north < 0.5 * south, qPrintable(QStringLiteral("%1 % turned against %2 %").arg(north).arg(south)));
    }

    // The sun study's ground shadows: at winter noon the hall's shadow falls to plan north;
    // with plan north turned by 180° (plan north is true south) it falls to plan south.
    void sunStudyShadowFollowsTrueNorth_data()
    {
        QTest::addColumn<double>("rotationDeg");
        QTest::addColumn<bool>("towardsPlanNorth");
        QTest::newRow("0°") << 0.0 << true;
        QTest::newRow("180°") << 180.0 << false;
    }

    void sunStudyShadowFollowsTrueNorth()
    {
        QFETCH(double, rotationDeg);
        QFETCH(bool, towardsPlanNorth);
        const QDateTime noon(QDate(2026, 12, 21), QTime(12, 0));
        double minY = 1e9, maxY = -1e9;
        for (const ObjectShadow &s : sunStudyShadows(hallSouthOfField(rotationDeg), noon)) {
            if (s.id != 2)
                continue;
            for (const auto &polygon : s.shadow)
                for (const auto &p : polygon.outer()) {
                    minY = std::min(minY, p.y());
                    maxY = std::max(maxY, p.y());
                }
        }
        QVERIFY(maxY > minY);
        // The hall spans y −40 … −10 m and is 25 m tall: its noon shadow reaches far beyond.
        if (towardsPlanNorth)
            QVERIFY2(maxY > 10.0 && minY >= -40.5, qPrintable(QStringLiteral("%1 … %2").arg(minY).arg(maxY)));
        else
            QVERIFY2(minY < -60.0 && maxY <= -9.5, qPrintable(QStringLiteral("%1 … %2").arg(minY).arg(maxY)));
    }

    void wakesFollowTrueNorth_data()
    {
        QTest::addColumn<double>("rotationDeg");
        QTest::newRow("30°") << 30.0;
        QTest::newRow("90°") << 90.0;
        QTest::newRow("−135°") << -135.0;
    }

    void wakesFollowTrueNorth()
    {
        QFETCH(double, rotationDeg);
        const SimulationResult rotated = simulatePark(turbineRow(rotationDeg, 0.0), SimulationOptions{});
        const SimulationResult byHand = simulatePark(turbineRow(0.0, rotationDeg), SimulationOptions{});
        const SimulationResult plain = simulatePark(turbineRow(0.0, 0.0), SimulationOptions{});
        QVERIFY2(rotated.ok && byHand.ok && plain.ok, qPrintable(rotated.error + byHand.error + plain.error));
        QVERIFY(rotated.park.windWakeLossPct > 0.0);
        QCOMPARE(rotated.park.windGenerationKWh, byHand.park.windGenerationKWh);
        QCOMPARE(rotated.park.windWakeLossPct, byHand.park.windWakeLossPct);
        QVERIFY2(std::abs(rotated.park.windWakeLossPct - plain.park.windWakeLossPct) > 1e-3,
                 qPrintable(QStringLiteral("%1 % against %2 % unrotated").arg(rotated.park.windWakeLossPct).arg(plain.park.windWakeLossPct)));
    }
};

QTEST_GUILESS_MAIN(TestNorthRotation)
#include "tst_northrotation.moc"
