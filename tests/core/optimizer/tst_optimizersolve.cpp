// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's LP and its solve (spec §16.3–§16.10): a hand-checked optimum, the faster
// equivalent form against the exact LP, the parts adding up, the carbon dual against moving the
// right-hand side by ±δ, the exported MPS read back by GLPK, whole turbines, the row set, and
// the diagnosis of infeasible thresholds and floors.

#include "optimizer/lpmodel.h"
#include "optimizer/mpswriter.h"
#include "optimizer/reducedlp.h"
#include "optimizer/solver.h"
#include "optimizerscenario.h"

#include <glpk.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <future>

using namespace pz::optimizer;

namespace {

bool near(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

#define CHECK_NEAR(actual, expected, relative)                                                                         \
    QVERIFY2(near((actual), (expected), (relative)),                                                                   \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12)))

SolveSettings quick(bool exact)
{
    SolveSettings s;
    s.exact = exact;
    s.costWithoutCarbonRows = false;
    return s;
}

bool hasRow(const LpModel &m, const std::string &name)
{
    for (const LpRow &r : m.rows)
        if (r.name == name)
            return true;
    return false;
}

} // namespace

class TestOptimizerSolve : public QObject {
    Q_OBJECT

private slots:
    void handCheckedOptimum_data()
    {
        QTest::addColumn<bool>("exact");
        QTest::newRow("exact") << true;
        QTest::newRow("fast") << false;
    }

    void handCheckedOptimum()
    {
        QFETCH(bool, exact);
        const OptimizerProblem p = pztest::handCheckedProblem();
        SolveSettings settings = quick(exact);
        settings.costWithoutCarbonRows = true;
        const OptimizerResult r = solveProblem(p, settings);
        QCOMPARE(r.status, SolveStatus::Optimal);
        const double x = (876000 - 3.0 * 107.6604 / 0.0005) / 2190;   // 105.04 kWp
        CHECK_NEAR(r.pvKWp[0], x, 1e-9);
        CHECK_NEAR(r.objectiveCnyPerYr, 438000 + 105 * x, 1e-9);
        CHECK_NEAR(r.parts.sum(), r.objectiveCnyPerYr, 1e-9);
        CHECK_NEAR(r.duals.carbonCnyPerTCO2, 105 * 2000 / 2190.0, 1e-7);
        CHECK_NEAR(r.indicator.intensityTCO2PerTce, 3.0, 1e-9);
        CHECK_NEAR(r.annual.gridImportKWh, 876000 - 2190 * x, 1e-9);
        QCOMPARE(r.costWithoutCarbonRowsCnyPerYr.value_or(-1), 438000.0);
        QCOMPARE(r.solve.rows, 8 * kHoursPerYear + 1);   // no green cap (G^max = 0), no clean, no demand rows
        QCOMPARE(r.solve.exportPriceClampedHours, 0);
    }

    void rowsOnlyWhereTheyApply()
    {
        OptimizerProblem p = pztest::handCheckedProblem();
        LpModel m = buildLp(p);
        QVERIFY(hasRow(m, "carbon") && hasRow(m, "bal_0") && hasRow(m, "gim_8759"));
        QVERIFY(!hasRow(m, "clean") && !hasRow(m, "greencap") && !hasRow(m, "dmd_0"));
        p.carbon.cleanShareMin = 0.3;
        p.grid.greenMaxKWh = 1000.0;
        p.grid.demandChargeCnyPerKWMonth = 10;
        m = buildLp(p);
        QVERIFY(hasRow(m, "clean") && hasRow(m, "greencap") && hasRow(m, "dmd_8759"));
        QCOMPARE(m.columns.back().name, std::string("dem_11"));
        for (const LpEntry &e : m.entries)
            QVERIFY(e.value != 0);
        // Embodied terms only with the headline "with embodied".
        auto carbonEntries = [](const LpModel &model) {
            int n = 0;
            for (const LpEntry &e : model.entries)
                n += e.row == model.carbon && e.column == model.pv[0];
            return n;
        };
        QCOMPARE(carbonEntries(m), 0);
        p.carbon.includeEmbodied = true;
        p.pv[0].embodiedKgPerKWp = 810;
        QCOMPARE(carbonEntries(buildLp(p)), 1);
    }

    // The faster form and the exact LP give the same optimum on every kind of row.
    void fastEqualsExact()
    {
        const OptimizerProblem p = pztest::richProblem();
        const OptimizerResult exact = solveProblem(p, quick(true));
        const OptimizerResult fast = solveProblem(p, quick(false));
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QCOMPARE(fast.status, SolveStatus::Optimal);
        CHECK_NEAR(fast.objectiveCnyPerYr, exact.objectiveCnyPerYr, 1e-7);
        CHECK_NEAR(exact.parts.sum(), exact.objectiveCnyPerYr, 1e-9);
        CHECK_NEAR(fast.parts.sum(), fast.objectiveCnyPerYr, 1e-9);
        CHECK_NEAR(fast.indicator.intensityTCO2PerTce, exact.indicator.intensityTCO2PerTce, 1e-6);
        CHECK_NEAR(fast.duals.carbonCnyPerTCO2, exact.duals.carbonCnyPerTCO2, 1e-5);
        QVERIFY(exact.duals.carbonCnyPerTCO2 > 0);
        QVERIFY(exact.solve.exportPriceClampedHours > 0);
        CHECK_NEAR(exact.indicator.intensityTCO2PerTce, p.carbon.thresholdTCO2PerTce, 1e-7);   // the row binds
    }

    // The crossover (lpsolve.cpp): from a feasible point the simplex ends at the LP's own
    // optimum. The optimum itself; a tighter threshold's optimum in the LP of a looser one (a
    // wrong face: the carbon row binds there, so the lifted LP needs pivots); every column at
    // its lower bound (not a feasible point: the simplex starts afresh, no crossover).
    void crossoverFromAPoint_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<bool>("crossover");
        QTest::newRow("the optimum") << "optimum" << true;
        QTest::newRow("a tighter threshold's optimum") << "tighter" << true;
        QTest::newRow("every column at its lower bound") << "lower" << false;
    }

    void crossoverFromAPoint()
    {
        QFETCH(QString, start);
        QFETCH(bool, crossover);
        const OptimizerProblem tighter = pztest::handCheckedProblem();
        OptimizerProblem p = tighter;
        if (start == "tighter")
            p.carbon.thresholdTCO2PerTce += 0.5;
        const LpModel model = buildLp(p);
        const LpSolution reference = solveLp(model);
        QCOMPARE(reference.status, SolveStatus::Optimal);
        LpSolveOptions options;
        if (start == "optimum") {
            options.start = reference.columnValues;
        } else if (start == "tighter") {
            options.start = solveLp(buildLp(tighter)).columnValues;
            QCOMPARE(options.start.size(), model.columns.size());
            QVERIFY(largestRowViolation(model, options.start) <= 1e-9);
        } else {
            for (const LpColumn &c : model.columns)
                options.start.push_back(c.lower);
            QVERIFY(largestRowViolation(model, options.start) > 1e-3);
        }
        const LpSolution s = solveLp(model, options);
        QCOMPARE(s.status, SolveStatus::Optimal);
        QCOMPARE(s.method.find("crossover") != std::string::npos, crossover);
        CHECK_NEAR(s.objective, reference.objective, 1e-9);
        const double mac = -s.rowDuals[model.carbon], referenceMac = -reference.rowDuals[model.carbon];
        CHECK_NEAR(mac, referenceMac, 1e-6);
    }

    // Exact mode with a battery: the interior point, then the crossover on the LP as exported.
    // The simplex's optimum lies between the fast mode's proven bound and its objective. Without
    // the demand charge: its monthly peak columns make GLPK's interior point slow (minutes).
    void exactModeWithABattery()
    {
        OptimizerProblem p = pztest::richProblem(true);
        p.grid.demandChargeCnyPerKWMonth = 0;
        std::future<OptimizerResult> fastRun = std::async(std::launch::async, [&p] { return solveProblem(p, quick(false)); });
        const OptimizerResult exact = solveProblem(p, quick(true));
        const OptimizerResult fast = fastRun.get();
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QCOMPARE(fast.status, SolveStatus::Optimal);
        QVERIFY2(exact.solve.method.find("crossover") != std::string::npos, exact.solve.method.c_str());
        QVERIFY(!exact.solve.provenGapRelative.has_value());
        QVERIFY(fast.solve.provenGapRelative.has_value());
        const double bound = fast.objectiveCnyPerYr - *fast.solve.provenGapRelative * fast.objectiveCnyPerYr;
        QVERIFY2(exact.objectiveCnyPerYr >= bound - 1e-6 && exact.objectiveCnyPerYr <= fast.objectiveCnyPerYr + 1e-6,
                 qPrintable(QStringLiteral("exact %1 outside [%2, %3]")
                                .arg(exact.objectiveCnyPerYr, 0, 'f', 6)
                                .arg(bound, 0, 'f', 6)
                                .arg(fast.objectiveCnyPerYr, 0, 'f', 6)));
        QVERIFY(exact.batteryKWh > 0);
        CHECK_NEAR(exact.parts.sum(), exact.objectiveCnyPerYr, 1e-9);
        CHECK_NEAR(exact.duals.carbonCnyPerTCO2, fast.duals.carbonCnyPerTCO2, 1e-5);
    }

    // MAC = −GLPK's row dual = −∂objective/∂rhs: the slope between re-solves at rhs ± δ.
    void carbonDualIsTheSlope()
    {
        const OptimizerProblem p = pztest::richProblem();
        const OptimizerResult r = solveProblem(p, quick(true));
        QCOMPARE(r.status, SolveStatus::Optimal);
        const double energyUse = r.indicator.energyUseTce;
        const double deltaT = 0.5;   // tCO2 on the right-hand side
        OptimizerProblem up = p, down = p;
        up.carbon.thresholdTCO2PerTce += deltaT / energyUse;
        down.carbon.thresholdTCO2PerTce -= deltaT / energyUse;
        const double objUp = solveProblem(up, quick(true)).objectiveCnyPerYr;
        const double objDown = solveProblem(down, quick(true)).objectiveCnyPerYr;
        const double rightSlope = (r.objectiveCnyPerYr - objUp) / deltaT;
        const double leftSlope = (objDown - r.objectiveCnyPerYr) / deltaT;
        const double mac = r.duals.carbonCnyPerTCO2;
        QVERIFY2(mac >= rightSlope * (1 - 1e-4) - 1e-6 && mac <= leftSlope * (1 + 1e-4) + 1e-6,
                 qPrintable(QStringLiteral("MAC %1 outside [%2, %3]").arg(mac).arg(rightSlope).arg(leftSlope)));
        CHECK_NEAR(r.duals.thresholdCnyPerYrPerTCO2PerTce, mac * energyUse, 1e-12);
        // The green cap's dual likewise (−∂objective/∂G^max, between the slopes at G^max ± δ).
        const double deltaG = 10;
        OptimizerProblem more = p, less = p;
        *more.grid.greenMaxKWh += deltaG;
        *less.grid.greenMaxKWh -= deltaG;
        const double greenRight = (r.objectiveCnyPerYr - solveProblem(more, quick(true)).objectiveCnyPerYr) / deltaG;
        const double greenLeft = (solveProblem(less, quick(true)).objectiveCnyPerYr - r.objectiveCnyPerYr) / deltaG;
        QVERIFY(r.duals.greenCapCnyPerKWh.has_value());
        const double green = *r.duals.greenCapCnyPerKWh;
        QVERIFY(green > 0);
        QVERIFY2(green >= greenRight * (1 - 1e-4) - 1e-9 && green <= greenLeft * (1 + 1e-4) + 1e-9,
                 qPrintable(QStringLiteral("green dual %1 outside [%2, %3]").arg(green).arg(greenRight).arg(greenLeft)));
    }

    // The exported MPS, read by GLPK's own reader and solved, gives the product's optimum.
    void mpsReadsBackToTheOptimum_data()
    {
        QTest::addColumn<bool>("wholeTurbines");
        QTest::newRow("continuous") << false;
        QTest::newRow("whole turbines") << true;
    }

    void mpsReadsBackToTheOptimum()
    {
        QFETCH(bool, wholeTurbines);
        OptimizerProblem p = pztest::richProblem();
        p.options.integerTurbines = wholeTurbines;
        const OptimizerResult r = solveProblem(p, quick(false));
        QCOMPARE(r.status, SolveStatus::Optimal);
        const std::string text = mpsText(buildLp(p));
        QVERIFY(text.find("OBJSENSE") == std::string::npos);
        QVERIFY(text.rfind("NAME rich\nROWS\n N COST\n", 0) == 0);
        QCOMPARE(text.find("'MARKER' 'INTORG'") != std::string::npos, wholeTurbines);
        QTemporaryDir dir;
        const std::string path = dir.filePath("model.mps").toStdString();
        std::ofstream(path) << text;
        glp_term_out(GLP_OFF);
        glp_prob *lp = glp_create_prob();
        QCOMPARE(glp_read_mps(lp, GLP_MPS_FILE, nullptr, path.c_str()), 0);
        QCOMPARE(glp_get_num_rows(lp), r.solve.rows);   // COST becomes the objective
        QCOMPARE(glp_get_num_cols(lp), r.solve.columns);
        glp_smcp smcp;
        glp_init_smcp(&smcp);
        smcp.presolve = GLP_ON;
        smcp.meth = GLP_DUALP;   // faster than the primal without a battery
        QCOMPARE(glp_simplex(lp, &smcp), 0);
        double objective = glp_get_obj_val(lp);
        if (wholeTurbines) {
            QCOMPARE(glp_get_num_int(lp), 1);
            glp_iocp iocp;
            glp_init_iocp(&iocp);
            iocp.mip_gap = 1e-9;
            QCOMPARE(glp_intopt(lp, &iocp), 0);
            objective = glp_mip_obj_val(lp);
            QCOMPARE(r.windTurbines[0], std::round(r.windTurbines[0]));
            QVERIFY(r.solve.lpRelaxationObjective && *r.solve.lpRelaxationObjective <= r.objectiveCnyPerYr);
        }
        glp_delete_prob(lp);
        glp_term_out(GLP_ON);
        CHECK_NEAR(r.objectiveCnyPerYr, objective, 1e-6);
    }

    void infeasibleThresholdIsDiagnosed()
    {
        OptimizerProblem p = pztest::handCheckedProblem();
        p.carbon.thresholdTCO2PerTce = 1.0;
        const OptimizerResult r = solveProblem(p, quick(false));
        QCOMPARE(r.status, SolveStatus::Infeasible);
        QVERIFY(r.diagnosis.has_value());
        // The least import is 876 000 − 2190·200 kWh (PV beyond 200 kWp only curtails).
        const double best = 0.0005 * (876000 - 2190 * 200) / 107.6604;
        CHECK_NEAR(r.diagnosis->bestIntensityTCO2PerTce, best, 1e-6);
        QCOMPARE(QString::fromStdString(r.diagnosis->violated), QStringLiteral("carbon"));
        QVERIFY2(r.message.rfind("The carbon intensity cannot go below 2.0342 tCO2/tce with these candidates "
                                 "(threshold 1.0000)", 0) == 0, r.message.c_str());
        QVERIFY(!r.diagnosis->bestCleanSharePct);
    }

    void infeasibleFloorIsDiagnosed()
    {
        OptimizerProblem p = pztest::handCheckedProblem();
        p.carbon.thresholdTCO2PerTce = 10;
        p.carbon.cleanShareMin = 0.6;   // at most 50 % with daytime PV and no battery
        const OptimizerResult r = solveProblem(p, quick(true));
        QCOMPARE(r.status, SolveStatus::Infeasible);
        QCOMPARE(QString::fromStdString(r.diagnosis->violated), QStringLiteral("clean"));
        CHECK_NEAR(r.diagnosis->bestCleanSharePct.value_or(-1), 50.0, 1e-7);
    }

    void wrongProblemIsRefused()
    {
        OptimizerProblem p = pztest::handCheckedProblem();
        p.pv[0].minKWp = 400;
        const OptimizerResult r = solveProblem(p);
        QCOMPARE(r.status, SolveStatus::Error);
        QVERIFY2(r.message.find("pv s1.min_kWp") != std::string::npos, r.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestOptimizerSolve)
#include "tst_optimizersolve.moc"
