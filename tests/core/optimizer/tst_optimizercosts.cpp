// SPDX-License-Identifier: GPL-3.0-or-later
// The annualised cost coefficients of the optimizer (spec §16.2) against the spec's hand checks
// on the public case's costs: CRF, PV with module salvage and an inverter replacement, wind
// without replacement, the battery with a replacement and its salvage.

#include "optimizer/costs.h"

#include <QTest>

#include <cmath>

using namespace pz::optimizer;

class TestOptimizerCosts : public QObject {
    Q_OBJECT

private slots:
    void crf()
    {
        QVERIFY(std::abs(capitalRecoveryFactor(0.06, 25) - 0.0782267182) < 5e-11);
        QCOMPARE(capitalRecoveryFactor(0.0, 25), 1.0 / 25);
    }

    void coefficients_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("halfUnit");
        QTest::newRow("a_11 ground field") << "a11" << 268.8875 << 5e-5;
        QTest::newRow("a_12 roof") << "a12" << 253.8497 << 5e-5;
        QTest::newRow("b_21 one turbine") << "b21" << 1324096.16 << 5e-3;
        QTest::newRow("a_E battery energy") << "aE" << 48.3451 << 5e-5;
        QTest::newRow("a_P battery power") << "aP" << 16.6620 << 5e-5;
    }

    void coefficients()
    {
        QFETCH(QString, which);
        QFETCH(double, expected);
        QFETCH(double, halfUnit);
        OptimizerProblem p;   // r = 6 %, N = 25
        PvCandidate field;
        field.capexCnyPerKWp = 3000;
        field.omCnyPerKWpYr = 40;
        field.inverterReplacementCnyPerKWac = 150;
        PvCandidate roof = field;
        roof.capexCnyPerKWp = 2800;
        p.pv = {field, roof};
        WindCandidate w;
        w.ratedKW = 3370;
        w.capexCnyPerKW = 4000;
        w.omCnyPerKWYr = 80;
        p.wind = {w};
        p.battery.capexCnyPerKWh = 385;
        p.battery.capexCnyPerKW = 159;
        p.battery.omCnyPerKWhYr = 8;
        const CostCoefficients c = costCoefficients(p);
        const double actual = which == "a11" ? c.pvCnyPerKWpYr(0)
            : which == "a12"                 ? c.pvCnyPerKWpYr(1)
            : which == "b21"                 ? c.windCnyPerTurbineYr(0)
            : which == "aE"                  ? c.batteryCnyPerKWhYr()
                                             : c.batteryCnyPerKWYr();
        QVERIFY2(std::abs(actual - expected) <= halfUnit,
                 qPrintable(QStringLiteral("%1: got %2, spec %3").arg(which).arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
    }

    // Life at least N: no replacement; the salvage is the remaining share of the capex.
    void salvageWithoutReplacement()
    {
        const double r = 0.06;
        const double a = annualisedCapex(1000, 30, 1000, r, 25);
        const double expected = capitalRecoveryFactor(r, 25) * (1000 - 1000 * 5.0 / 30 * std::pow(1.06, -25));
        QVERIFY(std::abs(a - expected) < 1e-9);
        // Life 10 in 25 years: replacements at 10 and 20, the last one salvaged 5/10.
        const double b = replacementsLessSalvage(1000, 10, 500, r, 25);
        const double expectedB = 500 * std::pow(1.06, -10) + 500 * std::pow(1.06, -20) - 500 * 0.5 * std::pow(1.06, -25);
        QVERIFY(std::abs(b - expectedB) < 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestOptimizerCosts)
#include "tst_optimizercosts.moc"
