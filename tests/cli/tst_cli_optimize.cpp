// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli optimize (spec §16.7, §16.11): the JSON keys of §16.7 on a hand-checked
// scenario, the MPS and hourly outputs, an infeasible threshold with its diagnosis, a wrong
// scenario refused with the file and key, and a project without --scenario refused clearly.

#include "clirun.h"
#include "optimizer/scenariofile.h"
#include "optimizerscenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pztest;

namespace {

QString writeScenarioFile(const QTemporaryDir &dir, const pz::optimizer::OptimizerProblem &p)
{
    const QString path = dir.filePath("scenario.json");
    QString error;
    if (!pz::optimizer::writeScenario(p, path, "scenario.csv", &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void hasKeys(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &key : keys)
        QVERIFY2(o.contains(key), qPrintable("missing key " + key));
}

} // namespace

class TestCliOptimize : public QObject {
    Q_OBJECT

private slots:
    void jsonHasTheKeysOfTheSpec()
    {
        QTemporaryDir dir;
        const QString scenario = writeScenarioFile(dir, handCheckedProblem());
        const CliRun run = runCli({"optimize", "--scenario", scenario, "--json", "-", "--lp-out", dir.filePath("m.mps"),
                                   "--hourly", dir.filePath("h.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        hasKeys(o, {"status", "objective_CNY_per_yr", "objective_parts_CNY_per_yr", "sizes", "annual", "indicator",
                    "duals", "solve", "cost_without_carbon_rows_CNY_per_yr", "active_bounds", "constants"});
        QCOMPARE(o["status"].toString(), QStringLiteral("optimal"));
        const double x = (876000 - 3.0 * 107.6604 / 0.0005) / 2190;
        QVERIFY(std::abs(o["objective_CNY_per_yr"].toDouble() - (438000 + 105 * x)) < 1e-6);
        hasKeys(o["objective_parts_CNY_per_yr"].toObject(),
                {"pv_capex", "pv_om", "wind_capex", "wind_om", "battery_capex", "battery_om", "grid_energy",
                 "demand_charge", "green_premium", "export_revenue"});
        hasKeys(o["sizes"].toObject(), {"pv_kWp", "wind_turbines", "wind_kW", "battery_kWh", "battery_kW"});
        QVERIFY(std::abs(o["sizes"].toObject()["pv_kWp"].toObject()["s1"].toDouble() - x) < 1e-6);
        hasKeys(o["annual"].toObject(),
                {"consumption_kWh", "pv_generation_kWh", "wind_generation_kWh", "fixed_generation_kWh", "grid_import_kWh",
                 "grid_export_kWh", "curtailed_kWh", "battery_charge_kWh", "battery_discharge_kWh", "battery_losses_kWh",
                 "green_power_kWh", "monthly_peak_import_kW"});
        QCOMPARE(o["annual"].toObject()["monthly_peak_import_kW"].toArray().size(), 12);
        hasKeys(o["indicator"].toObject(),
                {"emissions_location_tCO2", "emissions_market_tCO2", "embodied_in_numerator_tCO2", "other_emissions_tCO2",
                 "numerator_tCO2", "energy_use_tce", "intensity_tCO2_per_tce", "threshold_tCO2_per_tce",
                 "clean_energy_share_pct", "self_sufficiency_pct"});
        hasKeys(o["duals"].toObject(), {"carbon_CNY_per_tCO2", "threshold_CNY_per_yr_per_tCO2_per_tce",
                                        "clean_share_CNY_per_kWh", "green_cap_CNY_per_kWh"});
        QVERIFY(std::abs(o["duals"].toObject()["carbon_CNY_per_tCO2"].toDouble() - 105 * 2000 / 2190.0) < 1e-6);
        hasKeys(o["solve"].toObject(), {"solver", "method", "rows", "cols", "nonzeros", "time_s", "export_price_clamped_hours"});
        QFile mps(dir.filePath("m.mps"));
        QVERIFY(mps.open(QIODevice::ReadOnly));
        QVERIFY(mps.readLine().startsWith("NAME hand-checked"));
        QFile hourly(dir.filePath("h.csv"));
        QVERIFY(hourly.open(QIODevice::ReadOnly));
        QCOMPARE(hourly.readAll().count('\n'), 8761);
    }

    void infeasibleThresholdIsExplained()
    {
        QTemporaryDir dir;
        pz::optimizer::OptimizerProblem p = handCheckedProblem();
        p.carbon.thresholdTCO2PerTce = 1.0;
        const CliRun run = runCli({"optimize", "--scenario", writeScenarioFile(dir, p), "--json", dir.filePath("r.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("The carbon intensity cannot go below 2.0342 tCO2/tce"), qPrintable(run.err));
        QFile json(dir.filePath("r.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(o["status"].toString(), QStringLiteral("infeasible"));
        QCOMPARE(o["diagnosis"].toObject()["violated"].toString(), QStringLiteral("carbon"));
    }

    void wrongScenarioIsRefused()
    {
        QTemporaryDir dir;
        const QString scenario = writeScenarioFile(dir, handCheckedProblem());
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("\"capex_CNY_per_kWp\": 30000", "\"capex_CNY_per_kWp\": \"expensive\"");
        QVERIFY(writeFile(scenario, json));
        const CliRun run = runCli({"optimize", "--scenario", scenario});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("scenario.json") && run.err.contains("pv[0].capex_CNY_per_kWp"), qPrintable(run.err));
    }

    void projectNeedsScenario()
    {
        const CliRun run = runCli({"optimize", demoParkPath()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--scenario"), qPrintable(run.err));
        QCOMPARE(runCli({"optimize"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOptimize)
#include "tst_cli_optimize.moc"
