// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels of the PV chain one by one (spec §3–§6). Expected values are computed
// independently from the spec's formulas (with inverse trigonometry where the code avoids it) or
// taken from the spec's checks.

#include "common/units.h"
#include "solar/celltemperature.h"
#include "solar/iam.h"
#include "solar/perez.h"
#include "solar/pvwatts.h"
#include "solar/rowshading.h"
#include "solar/skyquantities.h"
#include "solar/weatheryear.h"

#include <QTest>

#include <cmath>

using pz::kDegToRad;

using namespace pz::solar;

class TestSolarKernels : public QObject
{
    Q_OBJECT

private slots:
    void perezBins_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<int>("bin");
        QTest::newRow("1.0 overcast") << 1.0 << 0;
        QTest::newRow("1.064") << 1.064 << 0;
        QTest::newRow("1.065 edge") << 1.065 << 1;
        QTest::newRow("1.2") << 1.2 << 1;
        QTest::newRow("1.23 edge") << 1.23 << 2;
        QTest::newRow("1.49") << 1.49 << 2;
        QTest::newRow("1.5 edge") << 1.5 << 3;
        QTest::newRow("1.95 edge") << 1.95 << 4;
        QTest::newRow("2.79") << 2.79 << 4;
        QTest::newRow("2.8 edge") << 2.8 << 5;
        QTest::newRow("4.5 edge") << 4.5 << 6;
        QTest::newRow("6.19") << 6.19 << 6;
        QTest::newRow("6.2 edge") << 6.2 << 7;
        QTest::newRow("20 clear") << 20.0 << 7;
    }
    void perezBins()
    {
        QFETCH(double, epsilon);
        QFETCH(int, bin);
        QCOMPARE(perezBin(epsilon), bin);
    }

    void perezCoefficients_data()
    {
        QTest::addColumn<double>("dhi");
        QTest::addColumn<double>("dni");
        QTest::addColumn<double>("e0");
        QTest::addColumn<double>("am");
        QTest::addColumn<double>("zenith");
        QTest::addColumn<int>("bin");
        QTest::addColumn<double>("f1");
        QTest::addColumn<double>("f2");
        QTest::newRow("spec §8 A noon") << 173.0 << 814.42 << 1321.6236 << 1.074697 << 21.55608 << 6
                                        << 0.6998515283278712 << 0.15474198102437028;
        QTest::newRow("overcast low sun") << 48.0 << 0.0 << 1380.0 << 6.0 << 80.5 << 0
                                          << 0.02760366051122387 << -0.07588369409629783;
        QTest::newRow("bin 6 (index 5)") << 100.0 << 300.0 << 1350.0 << 1.5 << 48.0 << 5
                                         << 0.6493992426811568 << 0.24347000584916312;
        QTest::newRow("clear") << 60.0 << 800.0 << 1367.0 << 1.2 << 30.0 << 7
                               << 0.529877189787331 << 0.2148965918704912;
    }
    void perezCoefficients()
    {
        QFETCH(double, dhi);
        QFETCH(double, dni);
        QFETCH(double, e0);
        QFETCH(double, am);
        QFETCH(double, zenith);
        QFETCH(int, bin);
        QFETCH(double, f1);
        QFETCH(double, f2);
        const PerezCoefficients c = pz::solar::perezCoefficients(dhi, dni, e0, am, zenith);
        QCOMPARE(c.bin, bin);
        QVERIFY(std::abs(c.f1 - f1) < 1e-12);
        QVERIFY(std::abs(c.f2 - f2) < 1e-12);
    }

    void perezNotApplicable()
    {
        QCOMPARE(pz::solar::perezCoefficients(0, 500, 1367, 1.5, 40).bin, -1);
        QCOMPARE(pz::solar::perezCoefficients(50, 0, 1367, std::nan(""), 95).bin, -1);
        const PerezSky s = perezSkyDiffuse(0, {}, 40, 30, 0.9);
        QCOMPARE(s.total(), 0.0);
    }

    // Spec §8 A noon: Sky 189.19721 from the parts (no row shading there).
    void perezSkyOnTilt()
    {
        const PerezCoefficients c = pz::solar::perezCoefficients(173, 814.42, 1321.6236,
                                                                 1.074697, 21.556080);
        const double cosAoi = std::cos(13.444082 * kDegToRad);
        const PerezSky s = perezSkyDiffuse(173, c, 21.556080, 35, cosAoi);
        QVERIFY(std::abs(s.total() - 189.19721) < 2e-4);
        QVERIFY(s.isotropic > 0 && s.circumsolar > 0 && s.horizon > 0);
    }

    void iam_data()
    {
        QTest::addColumn<double>("aoi");
        QTest::addColumn<double>("expected");
        QTest::newRow("0") << 0.0 << 1.0;
        QTest::newRow("30") << 30.0 << 0.9978868630200605;
        QTest::newRow("60") << 60.0 << 0.9460029142226124;
        QTest::newRow("80") << 80.0 << 0.6341166932367229;
        QTest::newRow("89") << 89.0 << 0.09922519330755941;
        QTest::newRow("90") << 90.0 << 0.0;
        QTest::newRow("120 (behind)") << 120.0 << 0.0;
    }
    void iam()
    {
        QFETCH(double, aoi);
        QFETCH(double, expected);
        QVERIFY2(std::abs(physicalIam(aoi) - expected) < 1e-12,
                 qPrintable(QString::number(physicalIam(aoi), 'g', 17)));
    }

    void inverter_data()
    {
        QTest::addColumn<double>("pdc");
        QTest::addColumn<double>("expected");
        // 1000 kWp, DC/AC 1.2, ηnom 0.96: Pac0 833 333.33 W, Pdc0 868 055.56 W.
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("negative") << -10.0 << 0.0;
        QTest::newRow("zeta 1e-6 (efficiency < 0)") << 1.0 << 0.0;
        QTest::newRow("zeta 0.006 (efficiency < 0)") << 5000.0 << 0.0;
        QTest::newRow("zeta 0.115") << 100000.0 << 92913.74317041956;
        QTest::newRow("zeta 0.576") << 500000.0 << 481258.02358963713;
        QTest::newRow("just below the limit") << 868000.0 << 833280.569967871;
        QTest::newRow("clipping") << 900000.0 << 833333.3333333334;
        QTest::newRow("clipping far above") << 2e6 << 833333.3333333334;
    }
    void inverter()
    {
        QFETCH(double, pdc);
        QFETCH(double, expected);
        const PvwattsInverter inv = PvwattsInverter::forArray(1e6, 1.2, 0.96, 0.9637);
        QVERIFY(std::abs(pvwattsInverter(pdc, inv) - expected) < 1e-6);
    }

    void dc_data()
    {
        QTest::addColumn<double>("eeff");
        QTest::addColumn<double>("tc");
        QTest::addColumn<double>("expected");
        QTest::newRow("STC") << 1000.0 << 25.0 << 1e6;
        QTest::newRow("hot") << 1000.0 << 60.0 << 1e6 * (1 - 0.0037 * 35);
        QTest::newRow("cold low light") << 200.0 << -10.0 << 2e5 * (1 + 0.0037 * 35);
        QTest::newRow("spec §8 A noon") << 997.85490 << 59.835754 << 869239.094;
        QTest::newRow("never negative") << 100.0 << 400.0 << 0.0;
    }
    void dc()
    {
        QFETCH(double, eeff);
        QFETCH(double, tc);
        QFETCH(double, expected);
        QVERIFY(std::abs(pvwattsDc(eeff, tc, 1e6, -0.0037) - expected) <= 1e-7 * std::max(1.0, expected));
    }

    void cellTemperature_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<double>("poa");
        QTest::addColumn<double>("ta");
        QTest::addColumn<double>("ws");
        QTest::addColumn<double>("expected");
        QTest::newRow("open rack") << int(CellTemperatureModel::SapmOpenRack) << 1000.0 << 25.0
                                   << 2.0 << 52.47752327165267;
        QTest::newRow("close roof") << int(CellTemperatureModel::SapmCloseRoof) << 800.0 << 20.0
                                    << 1.5 << 58.66252087415372;
        QTest::newRow("Faiman") << int(CellTemperatureModel::Faiman) << 1000.0 << 25.0 << 2.0
                                << 50.85315408479835;
        QTest::newRow("dark = air") << int(CellTemperatureModel::SapmOpenRack) << 0.0 << -5.0
                                    << 3.0 << -5.0;
        // Spec §8 A noon: POA 997.97407, Ta 32.23, WS 1.9 → 59.835754.
        QTest::newRow("spec §8 A noon") << int(CellTemperatureModel::SapmOpenRack)
                                        << 792.10268 + 189.19721 + 16.67418 << 32.23 << 1.9
                                        << 59.835754;
    }
    void cellTemperature()
    {
        QFETCH(int, model);
        QFETCH(double, poa);
        QFETCH(double, ta);
        QFETCH(double, ws);
        QFETCH(double, expected);
        const auto m = CellTemperatureModel(model);
        double got;
        if (m == CellTemperatureModel::Faiman) {
            got = faimanCellTemp(poa, ta, ws);
        } else {
            const SapmCoefficients c = sapmCoefficients(m);
            got = sapmCellTemp(poa, ta, ws, c.a, c.b, c.deltaT);
        }
        QVERIFY2(std::abs(got - expected) < 1e-5, qPrintable(QString::number(got, 'g', 12)));
    }

    // Spec §5 checks.
    void passias_data()
    {
        QTest::addColumn<double>("tilt");
        QTest::addColumn<double>("gcr");
        QTest::addColumn<double>("psi");    // NaN: not given
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("lossTol");
        QTest::newRow("30°, gcr 0.5") << 30.0 << 0.5 << 10.0028 << 0.0076003 << 5e-8;
        QTest::newRow("35°, gcr 0.5") << 35.0 << 0.5 << std::nan("") << 0.009411 << 5e-7;
        QTest::newRow("flat") << 0.0 << 0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("no rows") << 35.0 << 0.0 << 0.0 << 0.0 << 0.0;
    }
    void passias()
    {
        QFETCH(double, tilt);
        QFETCH(double, gcr);
        QFETCH(double, psi);
        QFETCH(double, loss);
        QFETCH(double, lossTol);
        if (!std::isnan(psi))
            QVERIFY(std::abs(passiasMaskingAngleDeg(tilt, gcr) - psi) < 5e-5);
        QVERIFY2(std::abs(passiasSkyDiffuseLoss(tilt, gcr) - loss) <= lossTol,
                 qPrintable(QString::number(passiasSkyDiffuseLoss(tilt, gcr), 'g', 10)));
    }

    void rowBeamShading_data()
    {
        QTest::addColumn<double>("gcr");
        QTest::addColumn<double>("tilt");
        QTest::addColumn<double>("zenith");
        QTest::addColumn<double>("relAz");
        QTest::addColumn<double>("expected");
        // fs = 1 − (1/gcr)·cos θT / cos(β − θT), θT = atan2(sin z cos Δγ, cos z).
        auto fs = [](double gcr, double tilt, double z, double da) {
            const double d = std::numbers::pi / 180;
            const double tt = std::atan2(std::sin(z * d) * std::cos(da * d), std::cos(z * d));
            return std::clamp(1 - (1 / gcr) * std::cos(tt) / std::abs(std::cos(tilt * d - tt)), 0.0, 1.0);
        };
        QTest::newRow("no rows") << 0.0 << 35.0 << 70.0 << 0.0 << 0.0;
        QTest::newRow("high sun unshaded") << 0.4 << 35.0 << 30.0 << 0.0 << 0.0;
        QTest::newRow("low winter sun") << 0.5 << 35.0 << 75.0 << 0.0 << fs(0.5, 35, 75, 0);
        QTest::newRow("oblique") << 0.6 << 30.0 << 70.0 << 50.0 << fs(0.6, 30, 70, 50);
        QTest::newRow("grazing, almost all shaded") << 0.9 << 35.0 << 89.5 << 0.0 << fs(0.9, 35, 89.5, 0);
        QTest::newRow("sun down") << 0.5 << 35.0 << 95.0 << 0.0 << 0.0;
        // Sun in the plane of the row normal at zenith 70°, tilt 30°, gcr 0.5: the unshaded share
        // is pitch·cos 70° / (slant·cos 40°) = 2·0.34202/0.76604.
        QTest::newRow("closed form 70°") << 0.5 << 30.0 << 70.0 << 0.0
                                         << 1 - 2 * std::cos(70 * kDegToRad)
                / std::cos(40 * kDegToRad);
    }
    void rowBeamShading()
    {
        QFETCH(double, gcr);
        QFETCH(double, tilt);
        QFETCH(double, zenith);
        QFETCH(double, relAz);
        QFETCH(double, expected);
        QVERIFY(std::abs(rowBeamShadedFractionDeg(gcr, tilt, 180 + relAz, zenith, 180) - expected) < 1e-12);
    }

    void skyQuantities_data()
    {
        QTest::addColumn<int>("doy");
        QTest::addColumn<double>("e0");
        QTest::newRow("21 June") << 172 << 1321.6236;   // spec §8 A
        QTest::newRow("1 January") << 1 << 1366.1 * (1.00011 + 0.034221 + 0.000719);
    }
    void skyQuantities()
    {
        QFETCH(int, doy);
        QFETCH(double, e0);
        QVERIFY(std::abs(extraterrestrialNormal(doy) - e0) < 1e-4);
    }

    void airMass_data()
    {
        QTest::addColumn<double>("zenith");
        QTest::addColumn<double>("expected");
        QTest::newRow("spec §8 A noon") << 21.556080 << 1.074697;
        QTest::newRow("zenith 0") << 0.0 << 1.0 / (1.0 + 0.50572 * std::pow(96.07995, -1.6364));
        QTest::newRow("horizon") << 90.0 << 1.0 / (std::cos(std::numbers::pi / 2) + 0.50572 * std::pow(6.07995, -1.6364));
    }
    void airMass()
    {
        QFETCH(double, zenith);
        QFETCH(double, expected);
        QVERIFY(std::abs(relativeAirMass(zenith) - expected) < 1e-6);
        QVERIFY(std::isnan(relativeAirMass(90.5)));
    }

    void pressure()
    {
        QCOMPARE(pressureAtAltitudePa(0), 101325.0);
        QVERIFY(std::abs(pressureAtAltitudePa(1830.14) / 100 - 811.86145) < 1e-4);
    }

    void monthOfHour_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("month");
        QTest::newRow("first") << 0 << 0;
        QTest::newRow("31 Jan 23h") << 743 << 0;
        QTest::newRow("1 Feb 0h") << 744 << 1;
        QTest::newRow("28 Feb 23h") << 1415 << 1;
        QTest::newRow("1 Mar 0h") << 1416 << 2;
        QTest::newRow("21 Jun 12h") << WeatherYear::hourIndex(6, 21, 12) << 5;
        QTest::newRow("last") << 8759 << 11;
    }
    void monthOfHour()
    {
        QFETCH(int, hour);
        QFETCH(int, month);
        QCOMPARE(WeatherYear::monthOfHour(hour), month);
        QCOMPARE(WeatherYear::hourIndex(2, 29, 0), -1);
        QCOMPARE(WeatherYear::hourIndex(12, 31, 23), 8759);
    }
};

QTEST_GUILESS_MAIN(TestSolarKernels)
#include "tst_solarkernels.moc"

