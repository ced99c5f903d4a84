// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's problem filled from a park (spec §16.1, §16.8): the PV profiles are the
// engine's hourly AC energy divided by kWp bit for bit, X^max is the area-derived kWp whatever a
// field's explicit kWp, a wind group's profile is its turbines' mean net output and N^max the
// turbines placed, the loads are the consumption; keep placed gives lower bounds; a zero-kWp
// field gets its profile at its area-derived kWp; a written scenario gives the same LP.

#include "engine/optimizerinput.h"
#include "engine/simulation.h"
#include "heatpark.h"
#include "io/projectfile.h"
#include "optimizer/lpmodel.h"
#include "optimizer/mpswriter.h"
#include "optimizer/scenariofile.h"
#include "optimizerpark.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

const PvObjectResult &pvResult(const SimulationResult &r, ObjectId id)
{
    for (const PvObjectResult &o : r.objects)
        if (o.id == id)
            return o;
    qFatal("no PV result");
}

const optimizer::PvCandidate &pvCandidate(const optimizer::OptimizerProblem &p, const std::string &id)
{
    for (const optimizer::PvCandidate &c : p.pv)
        if (c.id == id)
            return c;
    qFatal("no PV candidate");
}

SimulationResult simulate(const Park &park)
{
    return simulatePark(park, SimulationOptions{});
}

} // namespace

class TestOptimizerInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_park = pztest::optimizerPark();
        m_result = simulate(m_park);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
    }

    void pvCandidates()
    {
        const optimizer::OptimizerProblem p = problemFromPark(m_park, m_result);
        QCOMPARE(p.pv.size(), std::size_t(2));
        const optimizer::PvCandidate &roof = pvCandidate(p, "1");
        const optimizer::PvCandidate &field = pvCandidate(p, "2");
        QCOMPARE(roof.kind, optimizer::PvKind::Rooftop);
        QCOMPARE(field.kind, optimizer::PvKind::Ground);
        for (const auto &[c, id] : {std::pair{&roof, ObjectId(1)}, std::pair{&field, ObjectId(2)}}) {
            const PvObjectResult &o = pvResult(m_result, id);
            QVERIFY(o.kwp > 0);
            QCOMPARE(c->profileKWhPerKWp.size(), std::size_t(8760));
            double annual = 0;
            for (int t = 0; t < 8760; ++t) {
                const double expected = double(o.hourlyAcW[t]) / 1000.0 / o.kwp;
                if (c->profileKWhPerKWp[t] != expected)
                    QFAIL(qPrintable(QStringLiteral("pv %1 hour %2: %3 != %4").arg(id).arg(t)
                                         .arg(c->profileKWhPerKWp[t], 0, 'g', 17).arg(expected, 0, 'g', 17)));
                annual += c->profileKWhPerKWp[t];
            }
            QVERIFY(annual > 500);   // kWh/kWp: a real profile
            QCOMPARE(c->minKWp, 0.0);
        }
        // X^max: 100 m × 60 m × gcr 0.41 × 225 W/m²; the roof's inside its 1 m setback, × 0.65 × 0.7.
        QCOMPARE(field.maxKWp, 6000.0 * 0.41 * 225.0 / 1000.0);
        QCOMPARE(roof.maxKWp, pvResult(m_result, 1).kwp);
        QVERIFY(std::abs(roof.maxKWp - 58.0 * 38.0 * 0.65 * 0.7 * 0.225) < 0.01 * roof.maxKWp);
        // Costs from the site's economics and carbon settings.
        const economics::CostSettings &costs = m_park.site.economics.costs;
        QCOMPARE(roof.capexCnyPerKWp, costs.pvRooftopCapexCNYPerKWp);
        QCOMPARE(field.capexCnyPerKWp, costs.pvGroundCapexCNYPerKWp);
        QCOMPARE(field.omCnyPerKWpYr, costs.pvOmCNYPerKWpYr);
        QCOMPARE(field.embodiedKgPerKWp, m_park.site.carbon.pvEmbodiedKgPerKWp);
        QCOMPARE(field.dcAcRatio, 1.2);
    }

    void explicitKwpKeepsAreaMaximum()
    {
        Park park = m_park;
        PvArray field = std::get<PvArray>(*park.find(2));
        field.kwpOverride = 100.0;
        park.replace(field);
        const SimulationResult r = simulate(park);
        QVERIFY(r.ok);
        const optimizer::OptimizerProblem p = problemFromPark(park, r);
        QCOMPARE(pvCandidate(p, "2").maxKWp, 6000.0 * 0.41 * 225.0 / 1000.0);
        QCOMPARE(pvCandidate(p, "2").minKWp, 0.0);
        ParkProblemOptions keep;
        keep.keepPlaced = true;
        const optimizer::OptimizerProblem k = problemFromPark(park, r, keep);
        QCOMPARE(pvCandidate(k, "2").minKWp, 100.0);
        QCOMPARE(pvCandidate(k, "1").minKWp, pvResult(r, 1).kwp);
        QCOMPARE(k.wind.front().minCount, 2.0);
        QCOMPARE(k.battery.minKWh, 0.0);
        QVERIFY(optimizer::validateProblem(k).empty());
    }

    void zeroKwpFieldGetsAreaProfile()
    {
        Park park = m_park;
        PvArray field = std::get<PvArray>(*park.find(2));
        field.kwpOverride = 0.0;
        park.replace(field);
        QVERIFY(needsZeroKwpProfiles(park));
        QVERIFY(!needsZeroKwpProfiles(m_park));
        const SimulationResult r = simulate(park);
        QVERIFY(r.ok);
        QStringList notes;
        const optimizer::OptimizerProblem without = problemFromPark(park, r, {}, nullptr, &notes);
        QCOMPARE(notes.size(), 1);
        double sum = 0;
        for (double v : pvCandidate(without, "2").profileKWhPerKWp)
            sum += v;
        QCOMPARE(sum, 0.0);
        const SimulationResult derived = simulate(withAreaDerivedKwp(park));
        QVERIFY(derived.ok);
        const optimizer::OptimizerProblem p = problemFromPark(park, r, {}, &derived);
        const PvObjectResult &o = pvResult(derived, 2);
        QCOMPARE(o.kwp, 6000.0 * 0.41 * 225.0 / 1000.0);
        for (int t = 0; t < 8760; ++t)
            QCOMPARE(pvCandidate(p, "2").profileKWhPerKWp[t], double(o.hourlyAcW[t]) / 1000.0 / o.kwp);
        QCOMPARE(pvCandidate(p, "2").maxKWp, o.kwp);
    }

    void windGroup()
    {
        const optimizer::OptimizerProblem p = problemFromPark(m_park, m_result);
        QCOMPARE(p.wind.size(), std::size_t(1));
        const optimizer::WindCandidate &w = p.wind.front();
        QCOMPARE(w.id, std::string("3"));
        QCOMPARE(w.maxCount, 2.0);
        QCOMPARE(w.minCount, 0.0);
        QCOMPARE(m_result.turbines.size(), std::size_t(2));
        QCOMPARE(w.ratedKW, m_result.turbines[0].ratedKW);
        QVERIFY(w.ratedKW > 0);
        double annual = 0;
        for (int t = 0; t < 8760; ++t) {
            const double expected = (m_result.turbines[0].hourlyNetKW[t] + m_result.turbines[1].hourlyNetKW[t]) / 2.0;
            QCOMPARE(w.profileKWhPerTurbine[t], expected);
            annual += w.profileKWhPerTurbine[t];
        }
        QVERIFY(annual > 0);
        QCOMPARE(w.capexCnyPerKW, m_park.site.economics.costs.windCapexCNYPerKW);
        QVERIFY(QByteArray::fromStdString(w.info).contains("\"turbine_ids\":[3,4]"));
    }

    void hourlyAndSettings()
    {
        const optimizer::OptimizerProblem p = problemFromPark(m_park, m_result);
        QCOMPARE(p.hourly.loadKWh, m_result.hourly.consumptionKWh);
        QCOMPARE(p.hourly.importPriceCnyPerKWh, m_result.hourly.tariffPriceCNYPerKWh);
        QCOMPARE(p.hourly.gridFactorKgPerKWh, m_result.hourly.gridFactorKgPerKWh);
        QCOMPARE(p.hourly.exportPriceCnyPerKWh,
                 std::vector<double>(8760, m_park.site.economics.tariff.exportPriceCNYPerKWh));
        QVERIFY(p.hourly.fixedGenerationKWh.empty());
        double annual = 0;
        for (double v : m_result.hourly.consumptionKWh)
            annual += v;
        QVERIFY(annual > 0);
        QCOMPARE(p.battery.maxKWh, 10.0 * annual / 365.0);
        QCOMPARE(p.battery.maxKW, p.battery.maxKWh);
        QCOMPARE(p.battery.roundTripEfficiency, 0.85);
        QCOMPARE(p.battery.capexCnyPerKWh, m_park.site.economics.costs.storageCapexCNYPerKWh);
        QVERIFY(!p.grid.exportLimitKW);
        QVERIFY(!p.grid.greenMaxKWh);
        QCOMPARE(p.grid.greenPremiumCnyPerKWh, m_park.site.economics.tariff.greenPremiumCNYPerKWh);
        QCOMPARE(p.carbon.thresholdTCO2PerTce, m_park.site.carbon.thresholdTCO2PerTce);
        QCOMPARE(p.carbon.kgcePerKWh, m_park.site.heat.electricityKgcePerKWh);
        QVERIFY(!p.carbon.includeEmbodied);
        QCOMPARE(p.carbon.embodiedFixedTCO2, m_result.park.emissions.embodiedBuildingsT);
        QVERIFY(optimizer::validateProblem(p).empty());
    }

    void placedStoresAndKeep()
    {
        Park park = m_park;
        Storage s;
        s.id = 9;
        s.position = {-100, -100};
        s.energyKWh = 1000;
        s.powerKW = 400;
        s.roundTripEfficiency = 0.9;
        s.socMin = 0.1;
        s.socMax = 0.9;
        park.append(s);
        const SimulationResult r = simulate(park);
        QVERIFY(r.ok);
        ParkProblemOptions keep;
        keep.keepPlaced = true;
        const optimizer::OptimizerProblem p = problemFromPark(park, r, keep);
        QCOMPARE(p.battery.roundTripEfficiency, 0.9);
        QCOMPARE(p.battery.socMin, 0.1);
        QCOMPARE(p.battery.socMax, 0.9);
        QCOMPARE(p.battery.minKWh, 1000.0);
        QCOMPARE(p.battery.minKW, 400.0);
    }

    // Spec §14.8 H1 with a gas boiler (gas counted as clean), no PV: C_other, D_other, K_clean
    // are the gas line, and the problem's indicator with everything imported equals the product's.
    void fuelsAreConstants()
    {
        const io::LoadResult loaded = io::parseProject(
            pztest::h1Project({}, R"("supply": "gas_boiler")", R"(, "gas_counts_as_clean": true)"),
            QStringLiteral("heat.parkzero"));
        QVERIFY2(loaded.park, qPrintable(loaded.error));
        const SimulationResult r = simulate(*loaded.park);
        QVERIFY2(r.ok && r.heat.present, qPrintable(r.error));
        const optimizer::OptimizerProblem p = problemFromPark(*loaded.park, r);
        QVERIFY(p.pv.empty() && p.wind.empty());
        QVERIFY(r.heat.naturalGas.tCO2 > 0);
        QCOMPARE(p.carbon.otherEmissionsTCO2, r.heat.naturalGas.tCO2 + r.heat.rawCoal.tCO2 + r.heat.purchasedHeat.tCO2);
        QCOMPARE(p.carbon.otherEnergyTce, r.heat.naturalGas.tce + r.heat.rawCoal.tce + r.heat.purchasedHeat.tce);
        QCOMPARE(p.carbon.otherCleanTce, r.heat.naturalGas.tce);
        QCOMPARE(p.carbon.kgcePerKWh, 0.1229);
        double emissionsT = 0;
        for (int t = 0; t < 8760; ++t)
            emissionsT += p.hourly.gridFactorKgPerKWh[t] * p.hourly.loadKWh[t] / 1000.0;
        const double intensity = (emissionsT + p.carbon.otherEmissionsTCO2) / optimizer::energyUseTce(p);
        QVERIFY2(std::abs(intensity - r.heat.intensityTCO2PerTce) < 1e-9 * r.heat.intensityTCO2PerTce,
                 qPrintable(QStringLiteral("%1 vs %2").arg(intensity, 0, 'g', 12).arg(r.heat.intensityTCO2PerTce, 0, 'g', 12)));
    }

    // Each object's role and maximum (§16.8, §16.13): candidate 0 … max (placed … max when all
    // are kept), keep placed … max, fixed placed … placed, excluded 0 … 0; a user maximum never
    // raises the area's; kept turbines are the group's minimum, excluded ones leave its maximum.
    void rolesBoundSizes_data()
    {
        QTest::addColumn<int>("fieldRole");
        QTest::addColumn<double>("fieldMaxKWp");
        QTest::addColumn<int>("t3Role");
        QTest::addColumn<int>("t4Role");
        QTest::addColumn<bool>("keepAll");
        QTest::addColumn<double>("expectMin");
        QTest::addColumn<double>("expectMax");
        QTest::addColumn<double>("expectMinCount");
        QTest::addColumn<double>("expectMaxCount");
        const double area = 6000.0 * 0.41 * 225.0 / 1000.0;
        const auto C = int(OptimizerRole::Candidate), K = int(OptimizerRole::Keep), F = int(OptimizerRole::Fixed),
                   X = int(OptimizerRole::Excluded);
        QTest::newRow("candidates") << C << -1.0 << C << C << false << 0.0 << area << 0.0 << 2.0;
        QTest::newRow("all kept") << C << -1.0 << C << C << true << 100.0 << area << 2.0 << 2.0;
        QTest::newRow("keep") << K << -1.0 << K << C << false << 100.0 << area << 1.0 << 2.0;
        QTest::newRow("fixed") << F << -1.0 << F << F << false << 100.0 << 100.0 << 2.0 << 2.0;
        QTest::newRow("excluded") << X << -1.0 << X << C << true << 0.0 << 0.0 << 1.0 << 1.0;
        QTest::newRow("user max") << C << 300.0 << C << C << false << 0.0 << 300.0 << 0.0 << 2.0;
        QTest::newRow("user max above area") << C << 1e6 << C << C << false << 0.0 << area << 0.0 << 2.0;
    }

    void rolesBoundSizes()
    {
        QFETCH(int, fieldRole);
        QFETCH(double, fieldMaxKWp);
        QFETCH(int, t3Role);
        QFETCH(int, t4Role);
        QFETCH(bool, keepAll);
        Park park = m_park;
        PvArray field = std::get<PvArray>(*park.find(2));
        field.kwpOverride = 100.0;
        field.optimizerRole = OptimizerRole(fieldRole);
        field.optimizerMaxKWp = fieldMaxKWp;
        park.replace(field);
        for (const auto &[id, role] : {std::pair{3u, t3Role}, std::pair{4u, t4Role}}) {
            WindTurbine t = std::get<WindTurbine>(*park.find(id));
            t.optimizerRole = OptimizerRole(role);
            park.replace(t);
        }
        park.site.optimizer.keepPlaced = keepAll;
        // Roles and maxima do not change the simulation: the result of the drawn park serves (its
        // field's profile per kWp is the same at 100 kWp).
        const optimizer::OptimizerProblem p = problemFromPark(park, m_result, problemOptionsOf(park.site));
        QTEST(pvCandidate(p, "2").minKWp, "expectMin");
        QTEST(pvCandidate(p, "2").maxKWp, "expectMax");
        QCOMPARE(p.wind.size(), std::size_t(1));
        QTEST(p.wind.front().minCount, "expectMinCount");
        QTEST(p.wind.front().maxCount, "expectMaxCount");
    }

    // The site's settings reach the problem: floor, cap, whole turbines, battery bounds; a store
    // fixed makes the battery exactly its size, an excluded one is left out.
    void siteSettingsReachTheProblem()
    {
        Park park = m_park;
        OptimizerSettings &o = park.site.optimizer;
        o.cleanShareMinPct = 40;
        o.greenMaxKWh = 5e5;
        o.wholeTurbines = true;
        o.batteryMaxKWh = 800;
        o.batteryMaxKW = 300;
        const optimizer::OptimizerProblem p = problemFromPark(park, m_result, problemOptionsOf(park.site));
        QCOMPARE(p.carbon.cleanShareMin.value_or(-1), 0.4);
        QCOMPARE(p.grid.greenMaxKWh.value_or(-1), 5e5);
        QVERIFY(p.options.integerTurbines);
        QCOMPARE(p.battery.maxKWh, 800.0);
        QCOMPARE(p.battery.maxKW, 300.0);
        QVERIFY(!problemFromPark(m_park, m_result).carbon.cleanShareMin);

        Storage fixed;
        fixed.id = 10;
        fixed.energyKWh = 500;
        fixed.powerKW = 250;
        fixed.optimizerRole = OptimizerRole::Fixed;
        Storage excluded = fixed;
        excluded.id = 11;
        excluded.energyKWh = 7000;
        excluded.optimizerRole = OptimizerRole::Excluded;
        park.append(fixed);
        park.append(excluded);
        const optimizer::OptimizerProblem q = problemFromPark(park, m_result, problemOptionsOf(park.site));
        QCOMPARE(q.battery.minKWh, 500.0);
        QCOMPARE(q.battery.maxKWh, 500.0);
        QCOMPARE(q.battery.minKW, 250.0);
        QCOMPARE(q.battery.maxKW, 250.0);
    }

    void scenarioGivesSameLp()
    {
        const optimizer::OptimizerProblem p = problemFromPark(m_park, m_result);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(optimizer::writeScenario(p, dir.filePath("park.json"), QStringLiteral("park.csv"), &error),
                 qPrintable(error));
        const optimizer::ScenarioReadResult read = optimizer::readScenario(dir.filePath("park.json"));
        QVERIFY2(read.problem, qPrintable(read.error));
        QCOMPARE(optimizer::mpsText(optimizer::buildLp(*read.problem)), optimizer::mpsText(optimizer::buildLp(p)));
    }

private:
    Park m_park;
    SimulationResult m_result;
};

QTEST_GUILESS_MAIN(TestOptimizerInput)
#include "tst_optimizerinput.moc"
