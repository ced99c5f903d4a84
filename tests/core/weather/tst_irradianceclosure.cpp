// SPDX-License-Identifier: GPL-3.0-or-later
// Closure of a weather year's irradiance: the check measures how far DNI·cos z + DHI falls
// short of GHI, and the rebuild takes the beam from GHI and DHI.

#include "common/units.h"
#include "solar/suntrack.h"
#include "weather/irradianceclosure.h"

#include <QtTest>
#include <cmath>
#include <numbers>

using namespace pz;
using namespace pz::weather;

namespace {

// A year at 40° N whose hours close exactly: GHI = DNI·cos z + DHI, with DNI scaled by dniScale
// afterwards (1 = consistent).
solar::WeatherYear consistentYear(double dniScale, solar::SunTrack *trackOut)
{
    solar::WeatherYear y;
    y.resize();
    y.latitudeDeg = 40.0;
    y.longitudeDeg = 116.0;
    y.utcOffsetHours = 8.0;
    for (int h = 0; h < kHoursPerYear; ++h)
        y.tempC[std::size_t(h)] = 10.0;
    const solar::SunTrack sun = solar::computeSunTrack(y);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const std::size_t i = std::size_t(h);
        if (!sun.up[i])
            continue;
        const double cosZ = std::cos(sun.apparentZenithDeg[i] * kDegToRad);
        const double dni = 600.0 * std::max(0.0, cosZ);
        y.dhi[i] = 80.0 * std::max(0.0, cosZ) + 5.0;
        y.ghi[i] = dni * cosZ + y.dhi[i];
        y.dni[i] = dni * dniScale;
    }
    *trackOut = solar::computeSunTrack(y);
    return y;
}

} // namespace

class TestIrradianceClosure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gapOfAScaledBeam_data()
    {
        QTest::addColumn<double>("dniScale");
        QTest::newRow("consistent") << 1.0;
        QTest::newRow("beam 28 % low") << 0.72;
        QTest::newRow("beam 10 % high") << 1.10;
    }

    void gapOfAScaledBeam()
    {
        QFETCH(double, dniScale);
        solar::SunTrack sun;
        const solar::WeatherYear y = consistentYear(dniScale, &sun);
        const ClosureCheck c = checkClosure(y, sun);
        QVERIFY(c.ghiKWhM2 > 100.0);
        // The gap is the missing share of the beam: (1 − scale)·beam / GHI.
        const double beamShare = (c.ghiKWhM2 - c.dhiKWhM2) / c.ghiKWhM2;
        QVERIFY2(std::abs(c.gapPct - 100.0 * (1.0 - dniScale) * beamShare) < 0.05,
                 qPrintable(QString::number(c.gapPct)));
    }

    void rebuildRestoresTheBeam()
    {
        solar::SunTrack sun;
        const solar::WeatherYear low = consistentYear(0.72, &sun);
        const solar::WeatherYear rebuilt = withBeamFromGhiDhi(low, sun);
        solar::SunTrack ref;
        const solar::WeatherYear consistent = consistentYear(1.0, &ref);
        int compared = 0;
        for (int h = 0; h < kHoursPerYear; ++h) {
            const std::size_t i = std::size_t(h);
            if (sun.up[i] && sun.apparentZenithDeg[i] < 87.0) {
                QVERIFY2(std::abs(rebuilt.dni[i] - consistent.dni[i]) < 1e-6 * (1.0 + consistent.dni[i]),
                         qPrintable(QStringLiteral("hour %1: %2 vs %3").arg(h).arg(rebuilt.dni[i]).arg(consistent.dni[i])));
                ++compared;
            } else {
                QCOMPARE(rebuilt.dni[i], 0.0);
            }
            // GHI, DHI and everything else are untouched.
            QCOMPARE(rebuilt.ghi[i], low.ghi[i]);
            QCOMPARE(rebuilt.dhi[i], low.dhi[i]);
        }
        QVERIFY(compared > 4000);
        QVERIFY(std::abs(checkClosure(rebuilt, sun).gapPct) < 0.5);
    }

    void rebuildNeverGoesNegativeNorAboveExtraterrestrial()
    {
        solar::SunTrack sun;
        solar::WeatherYear y = consistentYear(1.0, &sun);
        const int noon = 172 * 24 + 12;
        y.dhi[std::size_t(noon)] = y.ghi[std::size_t(noon)] + 50.0;   // DHI above GHI
        y.ghi[std::size_t(noon + 1)] = 5000.0;                        // an absurd GHI
        const solar::WeatherYear r = withBeamFromGhiDhi(y, sun);
        QCOMPARE(r.dni[std::size_t(noon)], 0.0);
        QCOMPARE(r.dni[std::size_t(noon + 1)], sun.e0[std::size_t(noon + 1)]);
    }
};

QTEST_GUILESS_MAIN(TestIrradianceClosure)
#include "tst_irradianceclosure.moc"
