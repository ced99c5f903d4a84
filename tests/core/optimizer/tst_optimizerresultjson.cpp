// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's JSON results read back (resultFromJson, spec §16.7): an optimum with every
// kind of candidate and an infeasible problem with its diagnosis give, written again, the same
// JSON, and the sizes come back in the problem's candidate order.

#include "optimizer/resultjson.h"
#include "optimizer/solver.h"
#include "optimizerscenario.h"

#include <QJsonDocument>
#include <QTest>

using namespace pz::optimizer;

class TestOptimizerResultJson : public QObject {
    Q_OBJECT

private slots:
    void optimumRoundTrips()
    {
        const OptimizerProblem p = pztest::richProblem();
        const OptimizerResult solved = solveProblem(p);
        QCOMPARE(solved.status, SolveStatus::Optimal);
        // Through text, as the editor reads parkzero-cli's output.
        const QByteArray text = QJsonDocument(resultToJson(p, solved)).toJson();
        OptimizerResult read;
        std::string error;
        QVERIFY2(resultFromJson(QJsonDocument::fromJson(text).object(), p, &read, &error), error.c_str());
        QCOMPARE(QJsonDocument(resultToJson(p, read)).toJson(), text);
        QCOMPARE(read.status, SolveStatus::Optimal);
        QCOMPARE(read.pvKWp, solved.pvKWp);
        QCOMPARE(read.windTurbines, solved.windTurbines);
        QCOMPARE(read.windKW, solved.windKW);
        QCOMPARE(read.batteryKWh, solved.batteryKWh);
        QCOMPARE(read.objectiveCnyPerYr, solved.objectiveCnyPerYr);
        QCOMPARE(read.parts.sum(), solved.parts.sum());
        QCOMPARE(read.duals.carbonCnyPerTCO2, solved.duals.carbonCnyPerTCO2);
        QCOMPARE(read.duals.greenCapCnyPerKWh, solved.duals.greenCapCnyPerKWh);
        QCOMPARE(read.activeBounds, solved.activeBounds);
        QCOMPARE(read.costWithoutCarbonRowsCnyPerYr, solved.costWithoutCarbonRowsCnyPerYr);
        QCOMPARE(read.annual.monthlyPeakImportKW, solved.annual.monthlyPeakImportKW);
        QCOMPARE(read.indicator.intensityTCO2PerTce, solved.indicator.intensityTCO2PerTce);
        QCOMPARE(read.solve.mode, solved.solve.mode);
        QCOMPARE(read.solve.rows, solved.solve.rows);
        QVERIFY(read.hourly.importKWh.empty());   // not in the JSON
    }

    void infeasibleRoundTrips()
    {
        OptimizerProblem p = pztest::handCheckedProblem();
        p.carbon.thresholdTCO2PerTce = 1.0;
        const OptimizerResult solved = solveProblem(p);
        QCOMPARE(solved.status, SolveStatus::Infeasible);
        OptimizerResult read;
        QVERIFY(resultFromJson(resultToJson(p, solved), p, &read));
        QCOMPARE(read.status, SolveStatus::Infeasible);
        QVERIFY(read.diagnosis.has_value());
        QCOMPARE(read.diagnosis->bestIntensityTCO2PerTce, solved.diagnosis->bestIntensityTCO2PerTce);
        QCOMPARE(read.diagnosis->violated, solved.diagnosis->violated);
        QCOMPARE(read.message, solved.message);
        QCOMPARE(resultToJson(p, read), resultToJson(p, solved));
    }

    void notAResultIsRefused()
    {
        OptimizerResult read;
        std::string error;
        QVERIFY(!resultFromJson(QJsonObject{{"objective_CNY_per_yr", 1.0}}, pztest::handCheckedProblem(), &read, &error));
        QVERIFY(!error.empty());
        QJsonObject wrongSize{{"status", "optimal"},
                              {"sizes", QJsonObject{{"pv_kWp", QJsonObject{{"s1", "many"}}}}}};
        QVERIFY(!resultFromJson(wrongSize, pztest::handCheckedProblem(), &read, &error));
    }
};

QTEST_GUILESS_MAIN(TestOptimizerResultJson)
#include "tst_optimizerresultjson.moc"
