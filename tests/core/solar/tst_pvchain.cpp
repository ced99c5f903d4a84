// SPDX-License-Identifier: GPL-3.0-or-later
// The whole PV chain on a made-up weather year (no reference files needed): conventions of spec
// §2–§7, the shading hooks of §9, and agreement between the annual run and the hourly trace.

#include "common/units.h"
#include "solar/pvchain.h"
#include "solar/suntrack.h"

#include <QTest>

#include <cmath>

using pz::kHoursPerYear;
using pz::kDegToRad;

using namespace pz::solar;

namespace {

// A simple year at 40 N 110 E, UTC+8: irradiance follows the sun, with a few overcast days.
WeatherYear madeUpYear()
{
    WeatherYear w;
    w.source = "test";
    w.latitudeDeg = 40;
    w.longitudeDeg = 110;
    w.elevationM = 1000;
    w.utcOffsetHours = 8;
    w.resize();
    const SunTrack sun = computeSunTrack(w);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const double cz = sun.sunUp[h];
        const bool overcast = (h / 24) % 5 == 0;
        w.tempC[h] = 10 + 15 * std::sin((h / 24 - 100) * 2 * std::numbers::pi / 365) + 5 * cz;
        w.windMs[h] = 1 + (h % 7) * 0.5;
        if (cz <= 0)
            continue;
        if (overcast) {
            w.ghi[h] = 250 * cz;
            w.dhi[h] = w.ghi[h];
        } else {
            w.dni[h] = 850 * std::pow(cz, 0.3);
            w.dhi[h] = 60 + 60 * cz;
            w.ghi[h] = w.dni[h] * cz + w.dhi[h];
        }
    }
    return w;
}

int sunDownHourWithLight(const SunTrack &t)
{
    for (int h = 0; h < t.hours(); ++h)
        if (!t.up[h] && t.apparentZenithDeg[h] < 92 && t.apparentZenithDeg[h] > 90)
            return h;
    return -1;
}

} // namespace

class TestPvChain : public QObject
{
    Q_OBJECT

private:
    WeatherYear m_w;
    SunTrack m_t;

private slots:
    void initTestCase()
    {
        m_w = madeUpYear();
        m_t = computeSunTrack(m_w);
    }

    void defaults()
    {
        const PvChainParams p;
        QCOMPARE(p.lossesPct, 14.0);
        QCOMPARE(p.dcAcRatio, 1.2);
        QCOMPARE(p.etaNom, 0.96);
        QCOMPARE(p.etaRef, 0.9637);
        QCOMPARE(p.gammaPdcPerC, -0.0037);
        QCOMPARE(p.albedo, 0.2);
        QCOMPARE(p.gcr, 0.0);
        const PvChainParams roof = withMountingDefaults(p, CellTemperatureModel::SapmCloseRoof);
        QCOMPARE(roof.sapmA, -2.98);
        QCOMPARE(roof.sapmB, -0.0471);
        QCOMPARE(roof.sapmDeltaT, 1.0);
        const PvChainParams ground = withMountingDefaults(roof, CellTemperatureModel::SapmOpenRack);
        QCOMPARE(ground.sapmA, -3.56);
        QCOMPARE(ground.sapmB, -0.075);
        QCOMPARE(ground.sapmDeltaT, 3.0);
    }

    // Spec §2: the sun is up when the apparent zenith is below 90° at the midpoint; otherwise
    // DNI and the sky diffuse count as 0 and only the ground-reflected term remains.
    void sunDownOnlyGround()
    {
        const int h = sunDownHourWithLight(m_t);
        QVERIFY(h >= 0);
        WeatherYear w = m_w;
        w.ghi[h] = 20;
        w.dhi[h] = 20;
        w.dni[h] = 50;
        const SunTrack t = computeSunTrack(w);
        const HourTrace tr = traceHour(w, t, PvChainParams{}, h);
        QCOMPARE(tr.beam, 0.0);
        QCOMPARE(tr.sky, 0.0);
        QVERIFY(std::abs(tr.ground - 20 * 0.2 * (1 - std::cos(35 * kDegToRad)) / 2) < 1e-12);
        QCOMPARE(tr.perezBin, -1);
        QVERIFY(std::isnan(tr.airMass));
    }

    void sunTrackMidpoint()
    {
        // The record starting at 12:00 local (UTC+8) at 110 E is centred on 12:30, i.e. about
        // 12:30 − 8 h + 110/15 h = 11:50 solar time: the sun is just east of south.
        const int h = WeatherYear::hourIndex(6, 21, 12);
        QVERIFY(m_t.azimuthDeg[h] > 150 && m_t.azimuthDeg[h] < 180);
        const int h2 = WeatherYear::hourIndex(6, 21, 13);
        QVERIFY(m_t.azimuthDeg[h2] > 180);
        QCOMPARE(m_t.e0[h], m_t.e0[h2]);
    }

    void annualMatchesHourly_data()
    {
        QTest::addColumn<double>("tilt");
        QTest::addColumn<double>("azimuth");
        QTest::addColumn<double>("gcr");
        QTest::addColumn<int>("model");
        QTest::newRow("ground south") << 35.0 << 180.0 << 0.0 << int(CellTemperatureModel::SapmOpenRack);
        QTest::newRow("rows") << 30.0 << 170.0 << 0.45 << int(CellTemperatureModel::SapmOpenRack);
        QTest::newRow("roof east") << 10.0 << 90.0 << 0.0 << int(CellTemperatureModel::SapmCloseRoof);
        QTest::newRow("Faiman west") << 20.0 << 270.0 << 0.0 << int(CellTemperatureModel::Faiman);
        QTest::newRow("flat") << 0.0 << 180.0 << 0.0 << int(CellTemperatureModel::SapmOpenRack);
    }
    void annualMatchesHourly()
    {
        QFETCH(double, tilt);
        QFETCH(double, azimuth);
        QFETCH(double, gcr);
        QFETCH(int, model);
        PvChainParams p;
        p.tiltDeg = tilt;
        p.azimuthDeg = azimuth;
        p.gcr = gcr;
        p = withMountingDefaults(p, CellTemperatureModel(model));
        const ArrayYield y = simulateArray(m_w, m_t, p);
        QCOMPARE(int(y.acW.size()), kHoursPerYear);
        double sum = 0, poa = 0, peak = 0;
        for (int h = 0; h < kHoursPerYear; ++h) {
            sum += y.acW[h];
            poa += y.poaWm2[h];
            peak = std::max(peak, double(y.acW[h]));
        }
        QVERIFY(std::abs(sum / 1000 - y.annualAcKWh) < 1e-5 * y.annualAcKWh);
        QVERIFY(std::abs(poa / 1000 - y.annualPoaKWhM2) < 1e-5 * y.annualPoaKWhM2);
        QVERIFY(std::abs(peak / 1000 - y.peakAcKW) < 1e-5 * y.peakAcKW);
        double months = 0;
        for (double m : y.monthlyAcKWh)
            months += m;
        QVERIFY(std::abs(months - y.annualAcKWh) < 1e-9 * y.annualAcKWh);
        // The trace is the same computation.
        for (int h : {WeatherYear::hourIndex(1, 15, 10), WeatherYear::hourIndex(6, 21, 12),
                      WeatherYear::hourIndex(9, 3, 16)}) {
            const HourTrace tr = traceHour(m_w, m_t, p, h);
            QVERIFY(float(tr.pacW) == y.acW[h]);
            QVERIFY(float(tr.poa) == y.poaWm2[h]);
            QVERIFY(float(tr.cellTempC) == y.cellTempC[h]);
            QVERIFY(std::abs(tr.poa - (tr.beam + tr.sky + tr.ground)) < 1e-9);
            QVERIFY(std::abs(tr.eeff - (tr.beam * tr.iam + tr.sky + tr.ground)) < 1e-9);
        }
        // Without hourly series the totals are the same.
        const ArrayYield lean = simulateArray(m_w, m_t, p, {}, false);
        QVERIFY(lean.acW.empty());
        QCOMPARE(lean.annualAcKWh, y.annualAcKWh);
        QVERIFY(y.performanceRatio > 0.5 && y.performanceRatio < 0.95);
        QCOMPARE(y.performanceRatio, y.annualAcKWh / (p.kwp * y.annualPoaKWhM2));
        QVERIFY(y.dcNetKWh < y.dcGrossKWh && y.annualAcKWh < y.dcNetKWh);
    }

    // The packed path (SAPM with the precomputed wind term; shaded or not) and the general
    // per-hour path (evalHour, behind traceHour) give the same numbers hour by hour, with and
    // without shading by park objects; an all-zero shading series changes nothing.
    void packedPathEqualsPerHourPath_data()
    {
        QTest::addColumn<double>("gcr");
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("shaded");
        QTest::newRow("single row") << 0.0 << int(CellTemperatureModel::SapmOpenRack) << false;
        QTest::newRow("rows") << 0.5 << int(CellTemperatureModel::SapmOpenRack) << false;
        QTest::newRow("roof") << 0.0 << int(CellTemperatureModel::SapmCloseRoof) << false;
        QTest::newRow("single row, shaded") << 0.0 << int(CellTemperatureModel::SapmOpenRack) << true;
        QTest::newRow("rows, shaded") << 0.5 << int(CellTemperatureModel::SapmOpenRack) << true;
        QTest::newRow("roof, shaded") << 0.0 << int(CellTemperatureModel::SapmCloseRoof) << true;
    }
    void packedPathEqualsPerHourPath()
    {
        QFETCH(double, gcr);
        QFETCH(int, model);
        QFETCH(bool, shaded);
        PvChainParams p;
        p.gcr = gcr;
        p.azimuthDeg = 160;
        p = withMountingDefaults(p, CellTemperatureModel(model));
        std::vector<float> hidden(kHoursPerYear, 0.0f);
        ObjectShading shading;
        shading.beamHiddenShare = hidden.data();
        if (shaded) {
            for (int h = 0; h < kHoursPerYear; ++h)
                hidden[std::size_t(h)] = float(h % 7) / 6.0f;
            shading.skyViewShare = 0.83;
        }
        const ArrayYield y = simulateArray(m_w, m_t, p, shading);
        int differing = 0, compared = 0;
        for (int h = 0; h < kHoursPerYear; ++h) {
            if (!m_t.up[std::size_t(h)])
                continue;
            const HourTrace tr = traceHour(m_w, m_t, p, h, shading);
            ++compared;
            if (float(tr.pacW) != y.acW[h] || float(tr.poa) != y.poaWm2[h] || float(tr.cellTempC) != y.cellTempC[h])
                ++differing;
        }
        QVERIFY(compared > 4000);
        QCOMPARE(differing, 0);
        if (!shaded) {
            const ArrayYield none = simulateArray(m_w, m_t, p);
            QCOMPARE(none.annualAcKWh, y.annualAcKWh);
            QVERIFY(none.acW == y.acW);
        } else {
            QVERIFY(y.annualAcKWh < 0.8 * simulateArray(m_w, m_t, p).annualAcKWh);
        }
    }

    void lossesAndSize()
    {
        PvChainParams p;
        const ArrayYield base = simulateArray(m_w, m_t, p, {}, false);
        p.lossesPct = 0;
        const ArrayYield lossless = simulateArray(m_w, m_t, p, {}, false);
        QVERIFY(std::abs(base.dcNetKWh - 0.86 * lossless.dcNetKWh) < 1e-6 * base.dcNetKWh);
        QCOMPARE(base.dcGrossKWh, lossless.dcGrossKWh);
        p.lossesPct = 14;
        p.kwp = 2000;
        const ArrayYield twice = simulateArray(m_w, m_t, p, {}, false);
        QVERIFY(std::abs(twice.annualAcKWh - 2 * base.annualAcKWh) < 1e-6 * twice.annualAcKWh);
        p.kwp = 1000;
        p.dcAcRatio = 1.6;
        const ArrayYield clipped = simulateArray(m_w, m_t, p, {}, false);
        QVERIFY(clipped.peakAcKW <= 1000 / 1.6 + 1e-9);
        QVERIFY(clipped.annualAcKWh < base.annualAcKWh);
    }

    void rowShadingReduces()
    {
        PvChainParams p;
        const double single = simulateArray(m_w, m_t, p, {}, false).annualPoaKWhM2;
        p.gcr = 0.3;
        const double loose = simulateArray(m_w, m_t, p, {}, false).annualPoaKWhM2;
        p.gcr = 0.6;
        const double dense = simulateArray(m_w, m_t, p, {}, false).annualPoaKWhM2;
        QVERIFY(loose < single);
        QVERIFY(dense < loose);
        QVERIFY(dense > 0.6 * single);
    }

    void objectShading_data()
    {
        QTest::addColumn<float>("hidden");
        QTest::addColumn<double>("skyView");
        QTest::newRow("none") << 0.0f << 1.0;
        QTest::newRow("half hidden") << 0.5f << 1.0;
        QTest::newRow("all hidden") << 1.0f << 1.0;
        QTest::newRow("sky view 0.7") << 0.0f << 0.7;
        QTest::newRow("both") << 0.25f << 0.6;
    }
    void objectShading()
    {
        QFETCH(float, hidden);
        QFETCH(double, skyView);
        const std::vector<float> share(kHoursPerYear, hidden);
        ObjectShading s;
        s.beamHiddenShare = share.data();
        s.skyViewShare = skyView;
        const PvChainParams p;
        const int h = WeatherYear::hourIndex(6, 21, 12);
        const HourTrace free = traceHour(m_w, m_t, p, h);
        const HourTrace shaded = traceHour(m_w, m_t, p, h, s);
        QVERIFY(std::abs(shaded.beam - free.beam * (1 - hidden)) < 1e-9);
        QCOMPARE(shaded.ground, free.ground);
        // Sky = isotropic·v + circumsolar·(1 − s) + horizon.
        const double cz = m_t.sunUp[h];
        const double a = std::max(0.0, std::cos(free.aoiDeg * kDegToRad));
        const double iso = m_t.isotropic[h] * (1 + std::cos(35 * kDegToRad)) / 2;
        const double circ = m_t.circumsolar[h] * a;
        const double hor = m_t.horizon[h] * std::sin(35 * kDegToRad);
        QVERIFY(cz > 0.5 && iso > 0 && circ > 0);
        QVERIFY(std::abs(free.sky - (iso + circ + hor)) < 1e-9);
        QVERIFY(std::abs(shaded.sky - std::max(0.0, iso * skyView + circ * (1 - hidden) + hor)) < 1e-9);
        const ArrayYield yFree = simulateArray(m_w, m_t, p, {}, false);
        const ArrayYield yShaded = simulateArray(m_w, m_t, p, s, false);
        if (hidden == 0 && skyView == 1.0)
            QCOMPARE(yShaded.annualAcKWh, yFree.annualAcKWh);
        else
            QVERIFY(yShaded.annualAcKWh < yFree.annualAcKWh);
    }

    // A surface facing away from the sun gets no beam, and cos AOI follows the geometry.
    void aoiGeometry()
    {
        const int h = WeatherYear::hourIndex(6, 21, 12);
        PvChainParams p;
        p.tiltDeg = 90;
        p.azimuthDeg = m_t.azimuthDeg[h] + 180;
        const HourTrace away = traceHour(m_w, m_t, p, h);
        QVERIFY(away.aoiDeg > 90);
        QCOMPARE(away.beam, 0.0);
        QCOMPARE(away.iam, 0.0);
        p.tiltDeg = m_t.apparentZenithDeg[h];
        p.azimuthDeg = m_t.azimuthDeg[h];
        const HourTrace facing = traceHour(m_w, m_t, p, h);
        QVERIFY(facing.aoiDeg < 1e-4);
        QVERIFY(std::abs(facing.iam - 1) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestPvChain)
#include "tst_pvchain.moc"

