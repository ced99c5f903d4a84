// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli optimize (spec §16.7, §16.11): the JSON keys of §16.7 on a hand-checked
// scenario, the MPS and hourly outputs, an infeasible threshold with its diagnosis, a wrong
// scenario refused with the file and key; a project (§16.1, §16.11): its scenario written with
// --scenario-out gives the same LP and optimum; wrong combinations of options refused.

#include "clirun.h"
#include "io/projectfile.h"
#include "optimizer/scenariofile.h"
#include "optimizerpark.h"
#include "optimizerscenario.h"

#include <QFile>
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

// The demo with its "Ordos supply model" active and its two stores free for the optimizer
// (the demo marks them fixed): a battery of up to 10 × the mean daily consumption may be built.
QString ordosWithAFreeBattery(const QTemporaryDir &dir)
{
    QFile in(demoParkPath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
    project["active_scenario"] = "s2";
    QJsonArray scenarios = project["scenarios"].toArray();
    for (int i = 0; i < scenarios.size(); ++i) {
        QJsonObject scenario = scenarios[i].toObject();
        if (scenario["id"].toString() != "s2")
            continue;
        QJsonArray objects = scenario["objects"].toArray();
        for (int k = 0; k < objects.size(); ++k) {
            QJsonObject object = objects[k].toObject();
            object.remove("optimizer");
            objects[k] = object;
        }
        scenario["objects"] = objects;
        scenarios[i] = scenario;
    }
    project["scenarios"] = scenarios;
    const QString path = dir.filePath("ordos-free-battery.parkzero");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(project).toJson());
    return path;
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

    // The demo's Ordos scenario with a battery to size: GLPK's interior point stops on numerical
    // instability just short of its tolerances there (gap 7e-8), and the fast mode answers with
    // that iterate because its gap is proven; the optimum agrees with the exact mode's
    // (`parkzero-cli optimize … --exact`, the crossover: 50 902 614.339 CNY/yr).
    void ordosWithAFreeBatteryIsProven()
    {
        QTemporaryDir dir;
        const QString project = ordosWithAFreeBattery(dir);
        QVERIFY(!project.isEmpty());
        const CliRun run = runCli({"optimize", project, "--json", "-"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject solve = o["solve"].toObject();
        QVERIFY2(solve["method"].toString().startsWith("interior point"), qPrintable(solve["method"].toString()));
        QVERIFY(solve["proven_gap_relative"].toDouble(1) <= 1e-6);
        const double objective = o["objective_CNY_per_yr"].toDouble();
        QVERIFY2(std::abs(objective - 50902614.339) <= 1e-6 * objective, qPrintable(QString::number(objective, 'f', 3)));
        QVERIFY(o["sizes"].toObject()["battery_kWh"].toDouble() > 0);
        QVERIFY(o["cost_without_carbon_rows_CNY_per_yr"].toDouble() < objective);
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

    // --progress: the phases and GLPK's lines on stderr, stdout unchanged (the summary).
    void progressGoesToStderr()
    {
        QTemporaryDir dir;
        const CliRun run = runCli({"optimize", "--scenario", writeScenarioFile(dir, handCheckedProblem()), "--progress",
                                   "--json", dir.filePath("r.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("phase: reading\n") && run.err.contains("phase: solving\n")
                     && run.err.contains("phase: writing\n"), qPrintable(run.err));
        QVERIFY2(run.err.contains("obj = "), qPrintable(run.err));   // GLPK's iteration lines
        QVERIFY2(run.out.startsWith("Optimum: "), qPrintable(run.out));
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

    void wrongCommandLinesAreRefused()
    {
        QCOMPARE(runCli({"optimize"}).exitCode, 2);
        QTemporaryDir dir;
        const QString scenario = writeScenarioFile(dir, handCheckedProblem());
        const CliRun both = runCli({"optimize", demoParkPath(), "--scenario", scenario});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("--scenario"), qPrintable(both.err));
        for (const char *projectOnly : {"--keep-placed", "--scenario-out", "--battery-max-kwh"}) {
            QStringList args{"optimize", "--scenario", scenario, projectOnly};
            if (QByteArray(projectOnly) == "--scenario-out")
                args << dir.filePath("again.json");
            if (QByteArray(projectOnly) == "--battery-max-kwh")
                args << "0";
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(projectOnly), qPrintable(run.err));
        }
        const CliRun missing = runCli({"optimize", dir.filePath("missing.parkzero")});
        QCOMPARE(missing.exitCode, 2);
        const CliRun negative = runCli({"optimize", demoParkPath(), "--battery-max-kwh", "-1"});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains("--battery-max-kwh"), qPrintable(negative.err));
        // --weather reaches the simulation: a file that is not there fails it, before any solve.
        const CliRun weather = runCli({"optimize", demoParkPath(), "--weather", dir.filePath("absent.epw")});
        QCOMPARE(weather.exitCode, 2);
        QVERIFY2(weather.err.contains("absent.epw"), qPrintable(weather.err));
    }

    // A park solved from its project, then from the scenario written with --scenario-out: the same
    // LP and optimum. No battery (--battery-max-kwh 0), so that GLPK solves it in seconds.
    void projectAndItsScenarioGiveTheSameOptimum()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("park.parkzero");
        QString error;
        QVERIFY2(pz::io::saveProject(optimizerPark(), project, &error), qPrintable(error));
        const QString scenario = dir.filePath("park-scenario.json");
        const CliRun fromProject = runCli({"optimize", project, "--battery-max-kwh", "0", "--scenario-out", scenario, "--lp-out",
                                           dir.filePath("a.mps"), "--json", dir.filePath("a.json")});
        QVERIFY2(fromProject.exitCode == 0, qPrintable(fromProject.err));
        QVERIFY(QFile::exists(dir.filePath("park-scenario.csv")));
        const CliRun fromScenario = runCli({"optimize", "--scenario", scenario, "--lp-out", dir.filePath("b.mps"),
                                            "--json", dir.filePath("b.json")});
        QVERIFY2(fromScenario.exitCode == 0, qPrintable(fromScenario.err));
        auto bytes = [&](const char *name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(!bytes("a.mps").isEmpty());
        QVERIFY(bytes("a.mps") == bytes("b.mps"));
        const QJsonObject a = QJsonDocument::fromJson(bytes("a.json")).object();
        const QJsonObject b = QJsonDocument::fromJson(bytes("b.json")).object();
        QCOMPARE(a["status"].toString(), QStringLiteral("optimal"));
        QCOMPARE(a["objective_CNY_per_yr"].toDouble(), b["objective_CNY_per_yr"].toDouble());
        QVERIFY(a["sizes"].toObject().contains("pv_kWp"));
    }

    void keepPlacedGivesLowerBounds()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("park.parkzero");
        QString error;
        QVERIFY2(pz::io::saveProject(optimizerPark(), project, &error), qPrintable(error));
        const QString scenario = dir.filePath("keep.json");
        const CliRun run = runCli({"optimize", project, "--keep-placed", "--battery-max-kwh", "0", "--scenario-out", scenario, "--json",
                                   dir.filePath("keep-result.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const pz::optimizer::ScenarioReadResult read = pz::optimizer::readScenario(scenario);
        QVERIFY2(read.problem, qPrintable(read.error));
        const pz::optimizer::OptimizerProblem &p = *read.problem;
        QCOMPARE(p.pv.size(), std::size_t(2));
        for (const auto &c : p.pv) {
            QVERIFY(c.minKWp > 0);
            QCOMPARE(c.minKWp, c.maxKWp);   // the placed kWp are the area-derived ones here
        }
        QCOMPARE(p.wind.size(), std::size_t(1));
        QCOMPARE(p.wind[0].minCount, 2.0);
        QCOMPARE(p.wind[0].maxCount, 2.0);
        QCOMPARE(p.battery.maxKWh, 0.0);
        QCOMPARE(p.battery.maxKW, 0.0);
        // §16.8: the part of the objective the lower bounds fix; here every size is fixed, so it is
        // the objective's PV and wind parts.
        QFile f(dir.filePath("keep-result.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(f.readAll()).object();
        const double fixed = result["lower_bounds_CNY_per_yr"].toDouble();
        const QJsonObject parts = result["objective_parts_CNY_per_yr"].toObject();
        double sizesPart = 0;
        for (auto it = parts.begin(); it != parts.end(); ++it)
            if (it.key().startsWith("pv") || it.key().startsWith("wind"))
                sizesPart += it.value().toDouble();
        QVERIFY2(fixed > 0 && std::abs(fixed - sizesPart) <= 1e-6 * fixed,
                 qPrintable(QStringLiteral("%1 vs %2 (%3)").arg(fixed).arg(sizesPart)
                                .arg(QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact)))));
    }

    // §16.9, §16.13: the project's own settings apply (no battery, threshold 0.5); --apply
    // writes the project with the optimum as a new, active scenario after the one optimised,
    // whose simulation is the intensity the JSON reports; a taken name is refused.
    void applyWritesAScenario()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("park.parkzero");
        pz::Park park = optimizerPark();
        park.site.carbon.thresholdTCO2PerTce = 0.5;
        park.site.optimizer.batteryMaxKWh = 0;
        QString error;
        QVERIFY2(pz::io::saveProject(park, project, &error), qPrintable(error));
        const QString out = dir.filePath("applied.parkzero");
        const CliRun run = runCli({"optimize", project, "--apply", out, "--json", "-"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json["sizes"].toObject()["battery_kWh"].toDouble(), 0.0);
        const QJsonObject apply = json["apply"].toObject();
        hasKeys(apply, {"file", "scenario", "optimizer_intensity_tCO2_per_tce", "simulated_intensity_tCO2_per_tce",
                        "optimizer_threshold_tCO2_per_tce", "simulated_threshold_tCO2_per_tce", "simulated_zero_carbon",
                        "notes", "differences"});
        QCOMPARE(apply["scenario"].toString(), QStringLiteral("Least cost to 0.50"));
        QCOMPARE(apply["optimizer_threshold_tCO2_per_tce"].toDouble(), 0.5);
        const double optimizerIntensity = apply["optimizer_intensity_tCO2_per_tce"].toDouble();
        QVERIFY2(optimizerIntensity <= 0.5 + 1e-9, qPrintable(QString::number(optimizerIntensity)));

        const pz::io::LoadResult loaded = pz::io::loadProject(out);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QCOMPARE(loaded.project->count(), 2);
        QCOMPARE(loaded.project->activeIndex(), 1);
        QCOMPARE(loaded.project->active().name, QStringLiteral("Least cost to 0.50"));
        QVERIFY2(loaded.project->active().note.startsWith(
                     QStringLiteral("The least-cost optimum for \"%1\": ").arg(loaded.project->at(0).name)),
                 qPrintable(loaded.project->active().note));
        QCOMPARE(loaded.project->at(0).park, pz::io::loadProject(project).park.value());
        const CliRun simulated = runCli({"simulate", out, "--json", "-"});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.err));
        const double intensity = QJsonDocument::fromJson(simulated.out.toUtf8())
                                     .object()["park"].toObject()["intensity_tCO2_per_tce"].toDouble();
        QCOMPARE(intensity, apply["simulated_intensity_tCO2_per_tce"].toDouble());
        QVERIFY2(std::abs(intensity - optimizerIntensity) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(intensity).arg(optimizerIntensity)));

        const CliRun taken = runCli({"optimize", out, "--apply", dir.filePath("again.parkzero"), "--apply-name",
                                     "Least cost to 0.50"});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("already called"), qPrintable(taken.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOptimize)
#include "tst_cli_optimize.moc"
