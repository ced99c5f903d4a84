// SPDX-License-Identifier: GPL-3.0-or-later
// The wind kernels one by one (spec wind.md §12.1–§12.8, §13.4–§13.6): cleaning and data-quality
// notes, shear, hub-height air, power and thrust lookups, circle overlap, the Jensen/Katic hand
// checks, wake symmetry and order independence, layout checks, losses, the direct line and the
// direct-supply checks. Needs no shared files.

#include "common/units.h"
#include "wind/builtinturbines.h"
#include "wind/offsite.h"
#include "wind/windfarm.h"
#include "wind/windrose.h"

#include "solar/suntrack.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>
#include <optional>

using pz::kDegToRad;

using namespace pz::wind;

namespace {

bool near(double a, double e, double relative)
{
    return std::abs(a - e) <= relative * std::max(std::abs(e), 1e-12);
}

#define VERIFY_NEAR(actual, expected, relative)                                                   \
    QVERIFY2(near((actual), (expected), (relative)),                                             \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual))      \
                            .arg(double(actual), 0, 'g', 12).arg(double(expected), 0, 'g', 12)))

// A weather of `hours` hours with the given speed and direction, 15 °C and 101325 Pa.
WindWeather constantWeather(int hours, double speedMS, double directionDeg)
{
    WindColumns c;
    c.speedMS.assign(hours, speedMS);
    c.directionDeg.assign(hours, directionDeg);
    c.tempC.assign(hours, 15);
    c.pressurePa.assign(hours, 101325);
    return cleanWindColumns(c);
}

// The §12.6 hand-check hour: free-stream 8 m/s with density factor 1 for every turbine.
WakeHourResult solveAt8(const std::vector<WakeTurbine> &layout, const TurbineType &type, double directionDeg)
{
    const std::vector<const TurbineType *> types(layout.size(), &type);
    const std::vector<double> v(layout.size(), 8.0), f(layout.size(), 1.0);
    const WakeGeometry g = buildWakeGeometry(layout, directionDeg, kDefaultWakeDecay);
    WakeHourResult r;
    solveWakeHour(&g, {&types, &v, &f}, r);
    return r;
}

} // namespace

class TestWindKernels : public QObject
{
    Q_OBJECT

    TurbineType m_iea = *builtinTurbine("IEA-3.4-130-RWT");

    std::vector<WakeTurbine> randomLayout(int n, unsigned seed) const
    {
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> pos(-1500, 1500), hub(90, 130);
        std::vector<WakeTurbine> t;
        for (int i = 0; i < n; ++i)
            t.push_back({pos(rng), pos(rng), hub(rng), m_iea.rotorRadiusM()});
        return t;
    }

private slots:
    void cleaning_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("direction");
        QTest::addColumn<double>("pressure");
        QTest::addColumn<double>("cleanSpeed");
        QTest::addColumn<bool>("directionValid");
        QTest::addColumn<double>("cleanPressure");
        const double pStd = standardPressurePa(1461.9);
        QTest::newRow("valid") << 5.0 << 270.0 << 86120.0 << 5.0 << true << 86120.0;
        QTest::newRow("north as 0 with wind") << 5.0 << 0.0 << 86120.0 << 5.0 << true << 86120.0;
        QTest::newRow("north as 360") << 5.0 << 360.0 << 86120.0 << 5.0 << true << 86120.0;
        QTest::newRow("missing direction") << 5.0 << 999.0 << 86120.0 << 5.0 << false << 86120.0;
        QTest::newRow("negative direction") << 5.0 << -1.0 << 86120.0 << 5.0 << false << 86120.0;
        QTest::newRow("speed 999") << 999.0 << 90.0 << 86120.0 << 0.0 << true << 86120.0;
        QTest::newRow("negative speed") << -0.5 << 90.0 << 86120.0 << 0.0 << true << 86120.0;
        QTest::newRow("NaN speed") << double(NAN) << 90.0 << 86120.0 << 0.0 << true << 86120.0;
        QTest::newRow("pressure 999999") << 5.0 << 90.0 << 999999.0 << 5.0 << true << pStd;
        QTest::newRow("pressure 0") << 5.0 << 90.0 << 0.0 << 5.0 << true << pStd;
        QTest::newRow("pressure 30000") << 5.0 << 90.0 << 30000.0 << 5.0 << true << 30000.0;
        QTest::newRow("pressure 120001") << 5.0 << 90.0 << 120001.0 << 5.0 << true << pStd;
    }

    void cleaning()
    {
        QFETCH(double, speed);
        QFETCH(double, direction);
        QFETCH(double, pressure);
        QFETCH(double, cleanSpeed);
        QFETCH(bool, directionValid);
        QFETCH(double, cleanPressure);
        const WindWeather w = cleanWindColumns({{speed}, {direction}, {-7.5}, {pressure}, 1461.9});
        QCOMPARE(w.speedMS[0], cleanSpeed);
        QCOMPARE(bool(w.directionValid[0]), directionValid);
        QCOMPARE(w.pressurePa[0], cleanPressure);
        QCOMPARE(w.invalidSpeedHours, speed == cleanSpeed ? 0 : 1);
        QCOMPARE(w.invalidDirectionHours, directionValid ? 0 : 1);
        QCOMPARE(w.invalidPressureHours, pressure == cleanPressure ? 0 : 1);
    }

    void standardPressure()
    {
        VERIFY_NEAR(standardPressurePa(1461.9), 84952.069, 1e-8);   // §12.1
        QCOMPARE(standardPressurePa(0), 101325.0);
    }

    void qualityNotes_data()
    {
        QTest::addColumn<int>("kind");   // 0 hourly smooth, 1 six-hourly, 2 random directions
        QTest::addColumn<bool>("whole");
        QTest::addColumn<bool>("sixHourly");
        QTest::addColumn<bool>("random");
        QTest::newRow("hourly, fractional, persistent") << 0 << false << false << false;
        QTest::newRow("held 6 h, whole") << 1 << true << true << false;
        QTest::newRow("random directions") << 2 << true << false << true;
    }

    void qualityNotes()
    {
        QFETCH(int, kind);
        QFETCH(bool, whole);
        QFETCH(bool, sixHourly);
        QFETCH(bool, random);
        WindColumns c;
        for (int h = 0; h < 24 * 30; ++h) {
            const double v = kind == 0 ? 3 + 0.5 * (h % 5) : kind == 1 ? double(1 + (h / 6) % 4) : double(1 + h % 3);
            c.speedMS.push_back(h % 10 == 0 ? 0 : v);   // one calm hour in ten
            c.directionDeg.push_back(kind == 2 ? (h % 2 ? 10 : 190) : 200 + 10 * (h % 2));
            c.tempC.push_back(0);
            c.pressurePa.push_back(90000);
        }
        if (kind == 1)   // the six-hourly series must stay constant within its blocks
            for (int h = 0; h < 24 * 30; ++h)
                c.speedMS[h] = double(1 + (h / 6) % 4);
        const WindQuality q = assessWindQuality(cleanWindColumns(c));
        QCOMPARE(q.wholeSpeeds, whole);
        QCOMPARE(q.sixHourly, sixHourly);
        QCOMPARE(q.randomDirections, random);
        QCOMPARE(q.notes.filter("whole m/s").size(), whole ? 1 : 0);
        QCOMPARE(q.notes.filter("6 h").size(), sixHourly ? 1 : 0);
        QCOMPARE(q.notes.filter("random").size(), random ? 1 : 0);
        VERIFY_NEAR(q.meanDirectionChangeDeg, random ? 180.0 : 10.0, 1e-12);
        QCOMPARE(q.calmShare, kind == 1 ? 0.0 : 0.1);
    }

    void directionChangeWrapsAroundNorth()
    {
        // 350° → 10° is a 20° change, 0 and 360 are both north.
        const WindQuality q = assessWindQuality(cleanWindColumns({{5, 5, 5, 5}, {350, 10, 0, 360}, {0, 0, 0, 0}, {9e4, 9e4, 9e4, 9e4}, 0}));
        VERIFY_NEAR(q.meanDirectionChangeDeg, (20.0 + 10.0 + 0.0) / 3, 1e-12);
    }

    void roseSectors_data()
    {
        QTest::addColumn<double>("directionDeg");
        QTest::addColumn<int>("sector");
        QTest::newRow("north") << 0.0 << 0;
        QTest::newRow("360 is north") << 360.0 << 0;
        QTest::newRow("just west of north") << 349.0 << 0;
        QTest::newRow("edge N/NNE belongs to NNE") << 11.25 << 1;
        QTest::newRow("just below the edge") << 11.2 << 0;
        QTest::newRow("east") << 90.0 << 4;
        QTest::newRow("south-west") << 225.0 << 10;
        QTest::newRow("edge NNW/N belongs to N") << 348.75 << 0;
    }

    void roseSectors()
    {
        QFETCH(double, directionDeg);
        QFETCH(int, sector);
        QCOMPARE(WindRose::sectorOf(directionDeg), sector);
    }

    void roseCountsHoursAndEnergy()
    {
        // 3 h from the west at 2 m/s, 1 h from the east at 10 m/s, 2 calm hours, 1 hour at
        // 5 m/s without a direction: the east holds 1000 / 1024 of the energy and prevails
        // although the west blew three times as long.
        WindColumns c;
        c.speedMS = {2, 2, 2, 10, 0, 0, 5};
        c.directionDeg = {270, 271, 269, 90, 90, 90, NAN};
        c.tempC.assign(7, 15);
        c.pressurePa.assign(7, 101325);
        const WindRose rose = computeWindRose(cleanWindColumns(c));
        QCOMPARE(rose.totalHours, 7);
        QCOMPARE(rose.calmHours, 2);
        QCOMPARE(rose.noDirectionHours, 1);
        QCOMPARE(rose.directionalHours(), 4);
        QCOMPARE(rose.hours[12][0], 3);
        QCOMPARE(rose.hours[4][3], 1);
        VERIFY_NEAR(rose.energyShare[4], 1000.0 / 1024.0, 1e-12);
        VERIFY_NEAR(rose.energyShare[12], 24.0 / 1024.0, 1e-12);
        QCOMPARE(rose.prevailingDirectionDeg, 90.0);
        QVERIFY(rose.hasDirections());
    }

    void roseWithoutDirectionsHasNoPrevailingWind()
    {
        WindColumns c;
        c.speedMS = {4, 6, 0};
        c.directionDeg = {NAN, -1, 400};
        c.tempC.assign(3, 15);
        const WindRose rose = computeWindRose(cleanWindColumns(c));
        QCOMPARE(rose.noDirectionHours, 2);
        QCOMPARE(rose.calmHours, 1);
        QVERIFY(!rose.hasDirections());
    }

    void roseSpeedBins_data()
    {
        QTest::addColumn<double>("speedMS");
        QTest::addColumn<int>("bin");
        QTest::newRow("light") << 0.4 << 0;
        QTest::newRow("3 starts the second") << 3.0 << 1;
        QTest::newRow("8.99") << 8.99 << 2;
        QTest::newRow("12") << 12.0 << 4;
        QTest::newRow("storm") << 30.0 << 4;
    }

    void roseSpeedBins()
    {
        QFETCH(double, speedMS);
        QFETCH(int, bin);
        QCOMPARE(WindRose::speedBinOf(speedMS), bin);
    }

    void shear_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<double>("hubM");
        QTest::addColumn<double>("expected");
        QTest::newRow("power law 110 m") << 0 << 110.0 << 3 * std::pow(11.0, 0.14);
        QTest::newRow("power law at h_ref") << 0 << 10.0 << 3.0;
        QTest::newRow("log 110 m, z0 0.03") << 1 << 110.0 << 3 * std::log(110 / 0.03) / std::log(10 / 0.03);
        QTest::newRow("log at h_ref") << 1 << 10.0 << 3.0;
    }

    void shear()
    {
        QFETCH(int, profile);
        QFETCH(double, hubM);
        QFETCH(double, expected);
        ShearSettings s;
        s.profile = profile ? ShearProfile::Logarithmic : ShearProfile::PowerLaw;
        VERIFY_NEAR(hubSpeedMS(3, hubM, s), expected, 1e-14);
    }

    void shearTracedHour()
    {
        // §12.10: 3 m/s at 10 m gives 4.19678026 m/s at 110 m with α = 0.14.
        VERIFY_NEAR(hubSpeedMS(3, 110, {}), 4.19678026, 1e-8);
    }

    void hubAirCheck()
    {
        // §12.3: Dongsheng, 2023-01-01 10:00, h = 110 m.
        const HubAir a = hubAir(-7.5, 86120, 110);
        VERIFY_NEAR(a.temperatureK, 264.948, 1e-12);
        VERIFY_NEAR(a.pressurePa, 84930.5696, 1e-9);
        VERIFY_NEAR(a.densityKgM3, 1.11672397, 1e-8);
        // The exponent g/(R·Γ) is computed from the constants: 5.2559324 (the spec's text says
        // 5.255927…, but its reference pressures need the computed value).
        VERIFY_NEAR(kGravityMS2 / (kGasConstantDryAir * kLapseRateKPerM), 5.2559324, 1e-7);
        // At 2 m the file's values are used unchanged.
        const HubAir ground = hubAir(-7.5, 86120, 2);
        QCOMPARE(ground.pressurePa, 86120.0);
    }

    void densityNormalisation()
    {
        VERIFY_NEAR(densityFactor(1.11672397, 1.225, true), 0.96962376, 1e-8);
        QCOMPARE(densityFactor(1.0, 1.225, false), 1.0);
        QCOMPARE(densityFactor(1.225, 1.225, true), 1.0);
    }

    void powerCurve_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("thrust");
        QTest::newRow("calm") << 0.0 << 0.0 << 0.0;
        QTest::newRow("just below cut-in: no ramp") << 2.999999 << 0.0 << 0.0;
        QTest::newRow("cut-in row") << 3.0 << 51.6203 << 0.814028;
        QTest::newRow("a tabulated row") << 6.109792 << 819.1258 << 0.766406;
        QTest::newRow("between rows") << (3.0 + 3.539160) / 2 << (51.6203 + 123.3682) / 2 << (0.814028 + 0.804177) / 2;
        QTest::newRow("hand check 8 m/s") << 8.0 << 1839.571590 << 0.766406;
        QTest::newRow("cut-out: zero") << 25.0 << 0.0 << 0.0;
        QTest::newRow("above cut-out") << 30.0 << 0.0 << 0.0;
    }

    void powerCurve()
    {
        QFETCH(double, speed);
        QFETCH(double, power);
        QFETCH(double, thrust);
        VERIFY_NEAR(m_iea.powerAtKW(speed), power, 1e-9);
        VERIFY_NEAR(m_iea.thrustAt(speed), thrust, 1e-9);
    }

    void justBelowCutOutRuns()
    {
        QVERIFY(m_iea.powerAtKW(24.999) > 3000);
    }

    void samRegression()
    {
        // §12.5: about 0.45 at Cp = 0.40. Cp = 0.40 at 10 m/s for D = 100 m, ρ = 1.225.
        const double p = 0.40 * 0.5 * 1.225 * std::numbers::pi / 4 * 100 * 100 * 1000 / 1000;
        const double ct = samThrustCoefficient(p, 10, 100, 1.225);
        VERIFY_NEAR(ct, -1.453989e-2 + 1.473506 * 0.4 - 2.330823 * 0.16 + 3.885123 * 0.064, 1e-12);
        QVERIFY(std::abs(ct - 0.45) < 0.005);
        QCOMPARE(samThrustCoefficient(0, 10, 100, 1.225), 0.0);   // the max(0, ·)
    }

    void circleOverlap_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("area");
        const double pi = std::numbers::pi;
        QTest::newRow("apart") << 1.0 << 1.0 << 2.5 << 0.0;
        QTest::newRow("touching") << 1.0 << 1.0 << 2.0 << 0.0;
        QTest::newRow("concentric") << 2.0 << 1.0 << 0.0 << pi;
        QTest::newRow("small inside") << 1.0 << 3.0 << 1.5 << pi;
        QTest::newRow("inside, touching") << 3.0 << 1.0 << 2.0 << pi;
        QTest::newRow("equal radii, d = r") << 1.0 << 1.0 << 1.0 << 2 * std::acos(0.5) - 0.5 * std::sqrt(3.0);
        QTest::newRow("half plane limit") << 1000.0 << 1.0 << 1000.0 << pi / 2;
    }

    void circleOverlap()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, d);
        QFETCH(double, area);
        const double tolerance = QByteArray(QTest::currentDataTag()) == "half plane limit" ? 1e-3 : 1e-12;
        QVERIFY2(std::abs(circleOverlapAreaM2(a, b, d) - area) <= tolerance * std::max(1.0, area),
                 qPrintable(QString::number(circleOverlapAreaM2(a, b, d), 'g', 15)));
        QCOMPARE(circleOverlapAreaM2(a, b, d), circleOverlapAreaM2(b, a, d));
    }

    void handChecks_data()
    {
        QTest::addColumn<double>("sidewaysM");
        QTest::addColumn<double>("hubOffsetM");
        QTest::addColumn<double>("overlap");
        QTest::addColumn<double>("deficit");
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("power");
        QTest::newRow("on the wake axis") << 0.0 << 0.0 << 1.0 << 0.168713263 << 6.650293895 << 1056.988493;
        QTest::newRow("100 m sideways") << 100.0 << 0.0 << 0.570763294 << 0.096295338 << 7.229637297 << 1357.583314;
        QTest::newRow("hub 60 m higher") << 0.0 << 60.0 << 0.940633997 << 0.158697431 << 6.730420553 << 1095.522502;
    }

    void handChecks()
    {
        // §12.6: two IEA 3.4-130 RWT 650 m apart along a west wind, upstream at 8 m/s, ρ = 1.225.
        QFETCH(double, sidewaysM);
        QFETCH(double, hubOffsetM);
        QFETCH(double, overlap);
        QFETCH(double, deficit);
        QFETCH(double, speed);
        QFETCH(double, power);
        const std::vector<WakeTurbine> layout{{0, 0, 110, 65}, {650, sidewaysM, 110 + hubOffsetM, 65}};
        const double rw = 65 + kDefaultWakeDecay * 650;
        QCOMPARE(rw, 113.75);
        const double factor = wakeGeometryFactor(layout[0], layout[1], 270, kDefaultWakeDecay);
        VERIFY_NEAR(factor / ((65 / rw) * (65 / rw)), overlap, 1e-8);
        const WakeHourResult r = solveAt8(layout, m_iea, 270);
        VERIFY_NEAR(r.thrust[0], 0.766406, 1e-12);
        VERIFY_NEAR(r.grossKW[0], 1839.571590, 1e-9);
        VERIFY_NEAR(r.deficit[1], deficit, 1e-8);
        VERIFY_NEAR(r.speedMS[1], speed, 1e-9);
        VERIFY_NEAR(r.grossKW[1], power, 1e-9);
        QCOMPARE(r.deficit[0], 0.0);
    }

    void fartherBehindLosesLess()
    {
        double previousPower = 0, previousDeficit = 1;
        for (double spacingD = 2; spacingD <= 20; spacingD += 1) {
            const WakeHourResult r = solveAt8({{0, 0, 110, 65}, {130 * spacingD, 0, 110, 65}}, m_iea, 270);
            QVERIFY2(r.deficit[1] < previousDeficit, qPrintable(QString::number(spacingD)));
            QVERIFY2(r.grossKW[1] > previousPower, qPrintable(QString::number(spacingD)));
            QVERIFY(r.grossKW[1] < r.grossKW[0]);
            previousDeficit = r.deficit[1];
            previousPower = r.grossKW[1];
        }
    }

    void windFromTheSideGivesNoWake_data()
    {
        QTest::addColumn<double>("direction");
        QTest::addColumn<bool>("downstreamWaked");
        QTest::newRow("from the west") << 270.0 << true;
        QTest::newRow("from the east: T1 is behind") << 90.0 << false;
        QTest::newRow("from the north") << 0.0 << false;
        QTest::newRow("from the north, 360") << 360.0 << false;
        QTest::newRow("from the south") << 180.0 << false;
    }

    void windFromTheSideGivesNoWake()
    {
        QFETCH(double, direction);
        QFETCH(bool, downstreamWaked);
        const WakeHourResult r = solveAt8({{0, 0, 110, 65}, {650, 0, 110, 65}}, m_iea, direction);
        QCOMPARE(r.deficit[1] > 0, downstreamWaked);
        QCOMPARE(r.deficit[0] > 0, direction == 90.0);
    }

    void orderIndependence()
    {
        // Permuting the turbines permutes the results and nothing else.
        const std::vector<WakeTurbine> layout = randomLayout(8, 7);
        std::vector<int> perm{3, 7, 0, 5, 1, 6, 2, 4};
        std::vector<WakeTurbine> shuffled;
        for (int p : perm)
            shuffled.push_back(layout[p]);
        for (double direction : {0.0, 37.0, 90.0, 181.0, 270.0, 333.0}) {
            const WakeHourResult a = solveAt8(layout, m_iea, direction);
            const WakeHourResult b = solveAt8(shuffled, m_iea, direction);
            double anyDeficit = 0;
            for (size_t k = 0; k < perm.size(); ++k) {
                VERIFY_NEAR(b.deficit[k], a.deficit[perm[k]], 1e-12);
                VERIFY_NEAR(b.grossKW[k], a.grossKW[perm[k]], 1e-12);
                anyDeficit += a.deficit[k];
            }
            QVERIFY2(anyDeficit > 0, qPrintable(QString::number(direction)));
        }
    }

    void symmetry()
    {
        // Mirroring the layout about the wind axis, or turning layout and wind together, changes
        // nothing.
        const std::vector<WakeTurbine> layout = randomLayout(7, 11);
        const WakeHourResult ref = solveAt8(layout, m_iea, 270);
        std::vector<WakeTurbine> mirrored = layout, turned = layout;
        const double turn = 40 * kDegToRad;   // clockwise, as directions are
        for (size_t i = 0; i < layout.size(); ++i) {
            mirrored[i].yM = -layout[i].yM;
            turned[i].xM = layout[i].xM * std::cos(turn) + layout[i].yM * std::sin(turn);
            turned[i].yM = -layout[i].xM * std::sin(turn) + layout[i].yM * std::cos(turn);
        }
        const WakeHourResult m = solveAt8(mirrored, m_iea, 270);
        const WakeHourResult t = solveAt8(turned, m_iea, 270 + 40);
        double total = 0;
        for (size_t i = 0; i < layout.size(); ++i) {
            VERIFY_NEAR(m.grossKW[i], ref.grossKW[i], 1e-12);
            VERIFY_NEAR(t.grossKW[i], ref.grossKW[i], 1e-9);
            total += ref.deficit[i];
        }
        QVERIFY(total > 0);
    }

    void movingOneTurbineUpdatesItsPairs()
    {
        std::vector<WakeTurbine> layout = randomLayout(9, 3);
        WakeGeometry g = buildWakeGeometry(layout, 250, kDefaultWakeDecay);
        layout[4].xM += 700;
        layout[4].hubHeightM = 95;
        updateWakeGeometry(g, layout, 4);
        const WakeGeometry fresh = buildWakeGeometry(layout, 250, kDefaultWakeDecay);
        QCOMPARE(g.order, fresh.order);
        for (size_t j = 0; j < layout.size(); ++j) {
            QCOMPARE(g.upstreamOf[j].size(), fresh.upstreamOf[j].size());
            for (size_t p = 0; p < g.upstreamOf[j].size(); ++p) {
                QCOMPARE(g.upstreamOf[j][p].upstream, fresh.upstreamOf[j][p].upstream);
                QCOMPARE(g.upstreamOf[j][p].factor, fresh.upstreamOf[j][p].factor);
            }
        }
    }

    void wakesOnlyInValidHours_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("direction");
        QTest::addColumn<bool>("wakes");
        QTest::newRow("west wind") << 8.0 << 270.0 << true;
        QTest::newRow("missing direction") << 8.0 << 999.0 << false;
        QTest::newRow("calm") << 0.0 << 270.0 << false;
    }

    void wakesOnlyInValidHours()
    {
        QFETCH(double, speed);
        QFETCH(double, direction);
        QFETCH(bool, wakes);
        const WindWeather w = constantWeather(1, speed, direction);
        const std::vector<PlacedTurbine> t{{&m_iea, 0, 0, 110}, {&m_iea, 650, 0, 110}};
        const WindHourTrace tr = traceWindHour(w, t, {}, 0);
        QCOMPARE(tr.wakes, wakes);
        QCOMPARE(tr.waked.grossKW[1] < tr.waked.grossKW[0], wakes);
        QCOMPARE(traceWindHour(w, {t[0]}, {}, 0).wakes, false);   // a single turbine
    }

    void yieldSummaries()
    {
        // Two groups over 24 h of a steady west wind; losses 0.9506; wake loss from E_gross/E_free.
        const WindWeather w = constantWeather(24, 6, 270);
        std::vector<PlacedTurbine> t{{&m_iea, 0, 0, 110, "West"}, {&m_iea, 650, 0, 0, "East"}, {&m_iea, 1300, 0, 110, "West"}};
        WindSiteSettings s;
        VERIFY_NEAR(s.losses.factor(), 0.9506, 1e-15);
        const WindFarmYield y = simulateWindFarm(w, t, s);
        QCOMPARE(y.groups.size(), size_t(2));
        QCOMPARE(y.groups[0].name, std::string("West"));
        QCOMPARE(y.groups[0].turbines, (std::vector<int>{0, 2}));
        const TurbineYield &a = y.turbines[0], &b = y.turbines[1];
        QCOMPARE(t[1].hubM(), 110.0);   // the type's default hub height
        VERIFY_NEAR(a.annualNetKWh, 0.9506 * a.annualGrossKWh, 1e-14);
        VERIFY_NEAR(b.wakeLossPct, 100 * (1 - b.annualGrossKWh / b.annualFreeKWh), 1e-14);
        QVERIFY(b.wakeLossPct > 0);
        QCOMPARE(a.wakeLossPct, 0.0);
        VERIFY_NEAR(a.capacityFactor, a.annualNetKWh / (3370.0 * 24), 1e-14);
        VERIFY_NEAR(a.fullLoadHours, a.annualNetKWh / 3370.0, 1e-14);
        QCOMPARE(a.operatingHours, 24);
        VERIFY_NEAR(a.monthlyNetKWh[0], a.annualNetKWh, 1e-14);
        const GroupYield &west = y.groups[0];
        VERIFY_NEAR(west.wakeLossPct, 100 * (1 - (a.annualGrossKWh + y.turbines[2].annualGrossKWh)
                                                     / (a.annualFreeKWh + y.turbines[2].annualFreeKWh)), 1e-14);
        VERIFY_NEAR(y.park.annualNetKWh, a.annualNetKWh + b.annualNetKWh + y.turbines[2].annualNetKWh, 1e-14);
        VERIFY_NEAR(y.park.capacityFactor, y.park.annualNetKWh / (3 * 3370.0 * 24), 1e-14);
        double hourly = 0;
        for (double p : y.netKW)
            hourly += p;
        VERIFY_NEAR(hourly, y.park.annualNetKWh, 1e-12);
    }

    void normalisationOff()
    {
        const WindWeather w = constantWeather(1, 6, 270);
        const FreeStream on = freeStream(w, 0, 110, 1.225, {}, true);
        const FreeStream off = freeStream(w, 0, 110, 1.225, {}, false);
        QCOMPARE(off.eqSpeedMS, off.speedMS);
        QVERIFY(on.eqSpeedMS != on.speedMS);
    }

    void layoutCheck_data()
    {
        QTest::addColumn<double>("distanceM");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::newRow("rotors overlap") << 120.0 << 1 << 0;
        QTest::newRow("just clear, under 3 D") << 130.0 << 0 << 1;
        QTest::newRow("just under 3 D") << 389.9 << 0 << 1;
        QTest::newRow("3 D") << 390.0 << 0 << 0;
    }

    void layoutCheck()
    {
        QFETCH(double, distanceM);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        const LayoutCheck c = checkLayout({{0, 0, 110, 65}, {0, distanceM, 80, 65}}, {"W1", "W2"});
        QCOMPARE(c.errors.size(), errors);
        QCOMPARE(c.warnings.size(), warnings);
        for (const QString &m : c.errors + c.warnings)
            QVERIFY2(m.contains("W1") && m.contains("W2"), qPrintable(m));
    }

    void directLine_data()
    {
        QTest::addColumn<double>("plantKW");
        QTest::addColumn<double>("delivered");
        QTest::addColumn<double>("clipped");
        QTest::addColumn<double>("loss");
        // §13.7 hour: clipping at the sending end, before the loss.
        QTest::newRow("clipped") << 44678.2 << 38800.0 << 4678.2 << 1200.0;
        QTest::newRow("at capacity") << 40000.0 << 38800.0 << 0.0 << 1200.0;
        QTest::newRow("below") << 10000.0 << 9700.0 << 0.0 << 300.0;
        QTest::newRow("nothing") << 0.0 << 0.0 << 0.0 << 0.0;
    }

    void directLine()
    {
        QFETCH(double, plantKW);
        QFETCH(double, delivered);
        QFETCH(double, clipped);
        QFETCH(double, loss);
        PlantOutput p;
        p.plantKW = {plantKW};
        p.capacityKW = 50000;
        const LineResult r = applyDirectLine(p, {40, 3});
        VERIFY_NEAR(r.deliveredKWh, delivered, 1e-12);
        QVERIFY(std::abs(r.clippedKWh - clipped) < 1e-9);
        VERIFY_NEAR(r.lineLossKWh, loss, 1e-12);
        QCOMPARE(r.clippedHours, clipped > 0 ? 1 : 0);
        VERIFY_NEAR(r.plantKWh, r.deliveredKWh + r.lineLossKWh + r.clippedKWh, 1e-12);
        VERIFY_NEAR(r.plantCapacityFactor, plantKW / 50000, 1e-12);
    }

    void offSiteWindPlantFormula()
    {
        const WindWeather w = constantWeather(3, 7, 999);
        OffSiteWindPlant plant;
        plant.type = &m_iea;
        plant.count = 4;
        const PlantOutput out = simulateOffSiteWindPlant(w, plant);
        const FreeStream f = freeStream(w, 0, 110, 1.225, {}, true);
        VERIFY_NEAR(out.plantKW[1], 4 * m_iea.powerAtKW(f.eqSpeedMS) * 0.92 * 0.9506, 1e-14);
        QCOMPARE(out.capacityKW, 4 * 3370.0);
        VERIFY_NEAR(out.meanHubDensityKgM3, f.air.densityKgM3, 1e-14);
    }

    void offSitePvPlantUsesThePvChain()
    {
        pz::solar::WeatherYear y;
        y.latitudeDeg = 39.83;
        y.longitudeDeg = 109.98;
        y.elevationM = 1461.9;
        y.utcOffsetHours = 8;
        y.resize();
        for (int h = 0; h < pz::kHoursPerYear; ++h) {
            const int hod = h % 24;
            const double s = hod >= 7 && hod <= 17 ? std::sin((hod - 6) * std::numbers::pi / 12) : 0;
            y.ghi[h] = 700 * s;
            y.dni[h] = 600 * s;
            y.dhi[h] = 150 * s;
            y.tempC[h] = 10;
            y.windMs[h] = 2;
        }
        const pz::solar::SunTrack track = pz::solar::computeSunTrack(y);
        pz::solar::PvChainParams params;
        params.kwp = 2000;
        const PlantOutput out = simulateOffSitePvPlant(y, track, params);
        const pz::solar::ArrayYield ref = pz::solar::simulateArray(y, track, params);
        double sum = 0;
        for (double p : out.plantKW)
            sum += p;
        QVERIFY(sum > 0);
        VERIFY_NEAR(sum, ref.annualAcKWh, 1e-6);
        QCOMPARE(out.capacityKW, 2000.0);
    }

    void ownGenerationSums()
    {
        const std::vector<double> pv{1, 2, 3}, wind{10, 20}, offsite{100, 200, 300};
        QCOMPARE(ownGenerationKW({&pv, &wind, &offsite, nullptr}), (std::vector<double>{111, 222, 303}));
    }

    void plantWeatherOffset()
    {
        QVERIFY(plantWeatherOffsetError(8, 8, "plant.epw").isEmpty());
        const QString e = plantWeatherOffsetError(8, 7, "plant.epw");
        QVERIFY2(e.startsWith("plant.epw:") && e.contains("UTC+7") && e.contains("UTC+8"), qPrintable(e));
        QVERIFY(plantWeatherOffsetError(-5, 8, "us.epw").contains("UTC-5"));
    }

    void availableGeneration()
    {
        const std::vector<double> pv{1, 2, 3}, plant{100, 200};
        QCOMPARE(availableGenerationKWh({&pv, nullptr, &plant}), 306.0);
    }

    void directSupply_data()
    {
        QTest::addColumn<double>("available");
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("import");
        QTest::addColumn<double>("exported");
        QTest::addColumn<bool>("cap");
        QTest::addColumn<QList<bool>>("pass");   // of available, of load, 2030, export
        QTest::newRow("all pass") << 100.0 << 200.0 << 120.0 << 10.0 << true << QList<bool>{true, true, true, true};
        QTest::newRow("thresholds exactly") << 100.0 << 200.0 << 140.0 << 20.0 << true << QList<bool>{true, true, false, true};
        QTest::newRow("just under 60 %") << 100.0 << 100.0 << 40.5 << 20.5 << true << QList<bool>{false, true, true, false};
        QTest::newRow("export cap not applied") << 100.0 << 100.0 << 40.0 << 50.0 << false << QList<bool>{true, true, true, true};
    }

    void directSupply()
    {
        QFETCH(double, available);
        QFETCH(double, load);
        QFETCH(double, import);
        QFETCH(double, exported);
        QFETCH(bool, cap);
        QFETCH(QList<bool>, pass);
        DirectSupplySettings s;
        s.exportCapApplies = cap;
        const DirectSupplyChecks c = directSupplyChecks({available, load, import, exported}, s);
        QCOMPARE(c.selfShareOfAvailablePass, pass[0]);
        QCOMPARE(c.selfShareOfLoadPass, pass[1]);
        QCOMPARE(c.selfShareOfLoad2030Pass, pass[2]);
        QCOMPARE(c.exportSharePass, pass[3]);
        QCOMPARE(c.exportCapChecked, cap);
        VERIFY_NEAR(c.selfShareOfAvailablePct, 100 * (load - import) / available, 1e-14);
        QVERIFY(directSupplySourceNote().contains("650"));
    }

    // Moving turbines updates the last farm (wind::moveTurbines): it must equal a cold run of
    // the new layout bit for bit, whichever turbines move and whether wakes are made or broken.
    void movedFarmEqualsColdRun_data()
    {
        QTest::addColumn<std::vector<int>>("moved");
        QTest::addColumn<double>("dxM");
        QTest::addColumn<double>("dyM");
        QTest::newRow("middle turbine along the row") << std::vector<int>{4} << 37.0 << 0.0;
        QTest::newRow("into another's wake") << std::vector<int>{0} << 640.0 << 1.5;
        QTest::newRow("out of every wake") << std::vector<int>{7} << 0.0 << 2500.0;
        QTest::newRow("two at once") << std::vector<int>{2, 5} << -55.5 << 80.25;
        QTest::newRow("none (a rename)") << std::vector<int>{} << 0.0 << 0.0;
    }

    void movedFarmEqualsColdRun()
    {
        QFETCH(std::vector<int>, moved);
        QFETCH(double, dxM);
        QFETCH(double, dyM);
        // A year of persistent speeds and 10° directions, some without a direction.
        WindWeather w;
        unsigned state = 7;
        const auto next = [&] { state = state * 1103515245u + 12345u; return (state >> 8) % 1000 / 1000.0; };
        double dir = 200;
        for (int h = 0; h < 8760; ++h) {
            dir = std::fmod(dir + 40 * (next() - 0.5) + 360, 360);
            w.speedMS.push_back(h % 97 == 0 ? 0.0 : 2 + 10 * next());
            w.directionDeg.push_back(std::round(dir / 10) * 10);
            w.directionValid.push_back(h % 53 == 0 ? 0 : 1);
            w.tempC.push_back(5 + 10 * next());
            w.pressurePa.push_back(85000 + 1000 * next());
        }
        std::vector<PlacedTurbine> before;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 4; ++c)
                before.push_back({&m_iea, c * 650.0, r * 390.0, r == 1 && c == 3 ? 120.0 : 110.0,
                                  r == 0 ? "North" : "South"});
        std::vector<PlacedTurbine> after = before;
        for (const int m : moved) {
            after[std::size_t(m)].xM += dxM;
            after[std::size_t(m)].yM += dyM;
        }
        after[1].group = "Renamed";
        const WindFarmRun first = runWindFarm(w, before, {});
        const std::optional<WindFarmRun> updated = moveTurbines(first, after);
        QVERIFY(updated.has_value());
        const WindFarmRun cold = runWindFarm(w, after, {});
        const WindFarmYield &a = updated->yield, &b = cold.yield;
        QCOMPARE(a.netKW, b.netKW);
        QCOMPARE(updated->thrust, cold.thrust);
        QCOMPARE(updated->grossKW, cold.grossKW);
        for (std::size_t i = 0; i < b.turbines.size(); ++i) {
            QCOMPARE(a.turbines[i].netKW, b.turbines[i].netKW);
            QCOMPARE(a.turbines[i].annualGrossKWh, b.turbines[i].annualGrossKWh);
            QCOMPARE(a.turbines[i].wakeLossPct, b.turbines[i].wakeLossPct);
            QCOMPARE(a.turbines[i].monthlyNetKWh, b.turbines[i].monthlyNetKWh);
            QCOMPARE(a.turbines[i].operatingHours, b.turbines[i].operatingHours);
        }
        QCOMPARE(a.groups.size(), b.groups.size());
        QCOMPARE(a.groups[1].name, std::string("Renamed"));
        for (std::size_t g = 0; g < b.groups.size(); ++g)
            QCOMPARE(a.groups[g].annualNetKWh, b.groups[g].annualNetKWh);
        QCOMPARE(a.park.annualNetKWh, b.park.annualNetKWh);
        QCOMPARE(a.park.wakeLossPct, b.park.wakeLossPct);
        if (!moved.empty())   // the move made a difference the update had to find
            QVERIFY(a.park.annualNetKWh != first.yield.park.annualNetKWh);
        // Anything but positions is not an update.
        std::vector<PlacedTurbine> taller = before;
        taller[0].hubHeightM = 130;
        QVERIFY(!moveTurbines(first, taller).has_value());
        QVERIFY(!moveTurbines(first, std::vector<PlacedTurbine>(before.begin(), before.end() - 1)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWindKernels)
#include "tst_windkernels.moc"

