// SPDX-License-Identifier: GPL-3.0-or-later
// Each stage of the park run on its own: a second run of the same park reuses its result (cache
// hit), an edit of an input the stage reads recomputes it (miss), an edit of anything else does
// not (it reads only what it declares); a file it reads is read again only when it changed. The
// run scope keeps the caches of a run that did not complete, and the pipeline takes a new stage
// with one line.

#include "common/units.h"
#include "economics/lifecycle.h"
#include "engine/parallelfor.h"
#include "engine/pipeline.h"
#include "engine/simulation.h"
#include "syntheticpark.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>
#include <functional>
#include <mutex>
#include <set>

using namespace pz;

namespace {

using Edit = std::function<void(Park &)>;

template<typename T>
void editFirst(Park &park, const std::function<void(T &)> &edit)
{
    for (const ParkObject &object : park.objects())
        if (const T *value = std::get_if<T>(&object)) {
            T changed = *value;
            edit(changed);
            park.replace(changed);
            return;
        }
    QFAIL("the park has no object of the kind edited");
}

Park testPark()
{
    Park park = makeSyntheticPark(40, 3);
    park.site.weather.kind = WeatherKind::BuiltIn;
    return park;
}

// The test park with every supply of heat, in turn over its buildings.
Park heatedTestPark()
{
    Park park = testPark();
    int i = 0;
    for (const ParkObject &object : std::vector<ParkObject>(park.objects()))
        if (const auto *b = std::get_if<Building>(&object)) {
            Building heated = *b;
            heated.heat.supply = heat::HeatSupply(1 + i++ % (heat::kHeatSupplyCount - 1));
            park.replace(heated);
        }
    return park;
}

int buildingCount(const Park &park)
{
    int n = 0;
    for (const ParkObject &object : park.objects())
        n += std::holds_alternative<Building>(object) ? 1 : 0;
    return n;
}

QString writeProfile(const QString &path, double value)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text;
    for (int h = 0; h < kHoursPerYear; ++h)
        text += QByteArray::number(value + 0.001 * (h % 24)) + '\n';
    file.write(text);
    return path;
}

// A stage that counts what the pipeline tells it.
class CountingStage : public Stage, public RunCache
{
public:
    CountingStage() : Stage("counting", {this}) {}
    bool run(const RunContext &, RunState &) override { return ++runs != failAt; }
    void beginRun() override { ++begins; }
    void endRun(bool completed) override { (completed ? completedEnds : incompleteEnds) += 1; }
    void clear() override {}
    int runs = 0, begins = 0, completedEnds = 0, incompleteEnds = 0, failAt = -1;
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestStages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStageReusesItsResultOnARerun();
    void stageRecomputesOnlyWhatAnEditReads_data();
    void stageRecomputesOnlyWhatAnEditReads();
    void heatStagesReuseTheirResultsOnARerun();
    void heatRecomputesOnlyWhatAnEditReads_data();
    void heatRecomputesOnlyWhatAnEditReads();
    void gridProfileIsReadOnceUntilItsFileChanges();
    void runScopeKeepsCachesOfAnIncompleteRun();
    void aStageIsOneLine();
    void parallelForVisitsEveryIndexOnce();
    void parallelForInsidePoolTaskDoesNotOversubscribe();
};

void TestStages::everyStageReusesItsResultOnARerun()
{
    const Park park = testPark();
    SimulationCache cache;
    SimulationTimings cold, warm;
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &cold).ok);
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &warm).ok);
    for (const char *stage : {"weather", "sun", "pv", "loads", "dispatch", "carbon", "economics", "economics.dispatch"}) {
        QVERIFY2(cold.computed(stage) > 0, stage);
        QVERIFY2(warm.computed(stage) == 0, stage);
        QVERIFY2(warm.reused(stage) > 0, stage);
    }
    // Every stage of the pipeline reports its time, in run order.
    QStringList names;
    for (const StageTiming &t : warm.stages)
        if (t.name.find('.') == std::string::npos)
            names << QString::fromStdString(t.name);
    QCOMPARE(names, QStringList({"weather", "sun", "pv", "wind", "heat", "loads", "grid", "dispatch", "carbon",
                                 "carriers", "economics", "assemble"}));
}

void TestStages::stageRecomputesOnlyWhatAnEditReads_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("recomputed");  // stages that must compute again
    QTest::addColumn<QStringList>("reused");      // stages that must not

    QTest::newRow("weather source") << Edit([](Park &p) { p.site.weather.builtinId = QStringLiteral("beijing"); })
                                    << QStringList{"weather", "sun", "pv", "dispatch", "carbon", "economics", "economics.dispatch"} << QStringList{};
    QTest::newRow("site elevation") << Edit([](Park &p) { p.site.elevationM += 100; })
                                    << QStringList{"sun", "pv"} << QStringList{"weather", "loads"};
    QTest::newRow("building floors") << Edit([](Park &p) {
        editFirst<Building>(p, [](Building &b) { b.floors += 1; });
    }) << QStringList{"loads", "dispatch", "carbon", "economics", "economics.dispatch"} << QStringList{"weather", "sun"};
    QTest::newRow("PV tilt") << Edit([](Park &p) { editFirst<PvArray>(p, [](PvArray &a) { a.pv.tiltDeg += 3; }); })
                             << QStringList{"pv", "dispatch", "carbon", "economics", "economics.dispatch"}
                             << QStringList{"weather", "sun", "loads"};
    QTest::newRow("storage energy") << Edit([](Park &p) {
        editFirst<Storage>(p, [](Storage &s) { s.energyKWh *= 2; });
    }) << QStringList{"dispatch", "carbon", "economics", "economics.dispatch"} << QStringList{"weather", "sun", "loads"};
    QTest::newRow("green power") << Edit([](Park &p) { p.site.carbon.greenPowerKWh += 1.0e5; })
                                 << QStringList{"carbon", "economics"}
                                 << QStringList{"weather", "sun", "pv", "loads", "dispatch", "economics.dispatch"};
    QTest::newRow("threshold") << Edit([](Park &p) { p.site.carbon.thresholdTCO2PerTce = 0.3; })
                               << QStringList{"carbon"} << QStringList{"pv", "loads", "dispatch", "economics"};
    QTest::newRow("export limit") << Edit([](Park &p) { p.site.grid.exportLimitKW = 100; })
                                  << QStringList{"dispatch", "carbon", "economics", "economics.dispatch"} << QStringList{"pv", "loads"};
    QTest::newRow("wind turbine added") << Edit([](Park &p) {
        WindTurbine t;
        t.id = p.takeNextId();
        t.position = Point2(5000, 5000);
        p.append(t);
    }) << QStringList{"wind", "dispatch", "carbon", "economics.dispatch"} << QStringList{"weather", "sun", "loads"};
    QTest::newRow("off-site plant added") << Edit([](Park &p) { p.site.wind.plants.push_back(OffSitePlant{}); })
                                          << QStringList{"wind", "dispatch", "carbon", "economics.dispatch"}
                                          << QStringList{"weather", "sun", "pv", "loads"};
    QTest::newRow("park name") << Edit([](Park &p) { p.site.name += QStringLiteral(" B"); }) << QStringList{}
                               << QStringList{"weather", "sun", "pv", "loads", "dispatch", "carbon", "economics", "economics.dispatch"};
    // Background images are drawing aids: no stage reads them.
    const QStringList everyStage{"weather", "sun",  "pv",       "wind",      "heat",    "loads",
                                 "grid",    "dispatch", "carbon", "carriers", "economics", "economics.dispatch"};
    QTest::newRow("background added") << Edit([](Park &p) {
        Background g;
        g.filePath = QStringLiteral("plan.png");
        g.widthPx = 400;
        g.heightPx = 300;
        p.site.backgrounds.push_back(g);
    }) << QStringList{} << everyStage;
    QTest::newRow("background moved and faded") << Edit([](Park &p) {
        Background g;
        g.filePath = QStringLiteral("missing/aerial.jpg");
        g.pixelToPlan = PixelToPlan{0.5, 0.0, -120.0, 0.0, -0.5, 340.0};
        g.opacity = 0.3;
        g.locked = true;
        p.site.backgrounds = {g, g};
        p.site.backgrounds[1].visible = false;
    }) << QStringList{} << everyStage;
    QTest::newRow("tariff price") << Edit([](Park &p) { p.site.economics.tariff.periods[2].priceCNYPerKWh = 0.7; })
                                  << QStringList{"economics"}
                                  << QStringList{"weather", "sun", "pv", "loads", "dispatch", "carbon", "economics.dispatch"};
    QTest::newRow("tariff grid") << Edit([](Park &p) { p.site.economics.tariff.weekend[6][12] = 0; })
                                 << QStringList{"economics"} << QStringList{"pv", "loads", "dispatch", "economics.dispatch"};
    QTest::newRow("demand charge") << Edit([](Park &p) { p.site.economics.tariff.demandChargeCNYPerKWMonth = 30; })
                                   << QStringList{"economics"} << QStringList{"pv", "dispatch", "carbon", "economics.dispatch"};
    QTest::newRow("PV capex") << Edit([](Park &p) { p.site.economics.costs.pvGroundCapexCNYPerKWp = 2500; })
                              << QStringList{"economics"} << QStringList{"pv", "dispatch", "carbon", "economics.dispatch"};
    QTest::newRow("discount rate") << Edit([](Park &p) { p.site.economics.discountRate = 0.08; })
                                   << QStringList{"economics"} << QStringList{"pv", "dispatch", "carbon", "economics.dispatch"};
    QTest::newRow("degradation") << Edit([](Park &p) { p.site.economics.pvDegradation = 0.007; })
                                 << QStringList{"economics", "economics.dispatch"} << QStringList{"pv", "dispatch", "carbon"};
    QTest::newRow("analysis years") << Edit([](Park &p) { p.site.economics.analysisYears = 20; })
                                    << QStringList{"economics", "economics.dispatch"} << QStringList{"pv", "dispatch", "carbon"};
    QTest::newRow("moved building") << Edit([](Park &p) {
        editFirst<Building>(p, [](Building &b) { b.footprint = translated(b.footprint, 25.0, 0.0); });
    }) << QStringList{"pv", "dispatch", "carbon", "economics", "economics.dispatch"} << QStringList{"weather", "sun"};
}

void TestStages::stageRecomputesOnlyWhatAnEditReads()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, recomputed);
    QFETCH(QStringList, reused);
    Park park = testPark();
    SimulationCache cache;
    QVERIFY(simulatePark(park, {}, &cache).ok);
    edit(park);
    SimulationTimings timings;
    const SimulationResult incremental = simulatePark(park, {}, &cache, nullptr, &timings);
    QVERIFY(incremental.ok);
    for (const QString &stage : recomputed)
        QVERIFY2(timings.computed(stage.toStdString()) > 0, qPrintable(stage + QStringLiteral(" was not recomputed")));
    for (const QString &stage : reused)
        QVERIFY2(timings.computed(stage.toStdString()) == 0, qPrintable(stage + QStringLiteral(" was recomputed")));
    // What was reused equals what a cold run computes.
    const SimulationResult cold = simulatePark(park, {});
    QCOMPARE(incremental.park.intensityTCO2PerTce, cold.park.intensityTCO2PerTce);
    QCOMPARE(incremental.hourly.gridImportKWh, cold.hourly.gridImportKWh);
    QCOMPARE(incremental.hourly.consumptionKWh, cold.hourly.consumptionKWh);
    QVERIFY(incremental.economics && cold.economics);
    QCOMPARE(incremental.economics->npvCNY, cold.economics->npvCNY);
    QCOMPARE(incremental.economics->lccCNY, cold.economics->lccCNY);
    QCOMPARE(incremental.hourly.tariffPriceCNYPerKWh, cold.hourly.tariffPriceCNYPerKWh);
}

void TestStages::heatStagesReuseTheirResultsOnARerun()
{
    const Park park = heatedTestPark();
    SimulationCache cache;
    SimulationTimings cold, warm;
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &cold).ok);
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &warm).ok);
    QCOMPARE(cold.computed("heat"), buildingCount(park));
    QCOMPARE(cold.computed("carriers"), 1 + buildingCount(park));   // pooled, and each building alone
    for (const char *stage : {"heat", "loads", "carbon", "carriers"}) {
        QVERIFY2(warm.computed(stage) == 0, stage);
        QVERIFY2(warm.reused(stage) > 0, stage);
    }
    // Without any supply neither stage computes anything.
    SimulationTimings none;
    QVERIFY(simulatePark(testPark(), {}, nullptr, nullptr, &none).ok);
    QCOMPARE(none.computed("heat") + none.reused("heat"), 0);
    QCOMPARE(none.computed("carriers") + none.reused("carriers"), 0);
}

void TestStages::heatRecomputesOnlyWhatAnEditReads_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("heatComputed");        // buildings whose heat is computed again (-1: all)
    QTest::addColumn<QStringList>("recomputed");
    QTest::addColumn<QStringList>("reused");

    QTest::newRow("a building's supply") << Edit([](Park &p) {
        editFirst<Building>(p, [](Building &b) { b.heat.supply = heat::HeatSupply::Ashp; b.heat.emitter = heat::Emitter::Floor; });
    }) << 1 << QStringList{"dispatch", "carbon", "carriers"} << QStringList{"weather", "sun", "pv"};
    QTest::newRow("a building's balance temperature") << Edit([](Park &p) {
        editFirst<Building>(p, [](Building &b) { b.heat.balanceTempC = 15.0; });
    }) << 1 << QStringList{"carriers"} << QStringList{"weather", "sun", "pv", "loads", "dispatch", "carbon"};
    QTest::newRow("a building moved") << Edit([](Park &p) {
        editFirst<Building>(p, [](Building &b) { b = std::get<Building>(translatedObject(b, 7.5, -3.25)); });
    }) << 0 << QStringList{"pv"} << QStringList{"weather", "sun"};
    QTest::newRow("heating season") << Edit([](Park &p) { p.site.heat.season.end = {3, 31}; })
                                    << -1 << QStringList{"dispatch", "carbon", "carriers"}
                                    << QStringList{"weather", "sun", "pv"};
    QTest::newRow("electricity conversion") << Edit([](Park &p) { p.site.heat.electricityKgcePerKWh = 0.3055; })
                                            << 0 << QStringList{"carriers"}
                                            << QStringList{"weather", "sun", "pv", "loads", "dispatch", "carbon"};
    QTest::newRow("district heat clean share") << Edit([](Park &p) { p.site.heat.districtHeatCleanShare = 0.5; })
                                               << 0 << QStringList{"carriers"}
                                               << QStringList{"pv", "loads", "dispatch", "carbon"};
    QTest::newRow("green power") << Edit([](Park &p) { p.site.carbon.greenPowerKWh += 1.0e5; }) << 0
                                 << QStringList{"carbon", "carriers"} << QStringList{"pv", "loads", "dispatch"};
    QTest::newRow("hourly green power") << Edit([](Park &p) {
        p.site.carbon.greenPowerHourlyKWh.assign(std::size_t(kHoursPerYear), 50.0);
    }) << 0 << QStringList{"carbon", "carriers", "economics"} << QStringList{"pv", "loads", "dispatch"};
}

void TestStages::heatRecomputesOnlyWhatAnEditReads()
{
    QFETCH(Edit, edit);
    QFETCH(int, heatComputed);
    QFETCH(QStringList, recomputed);
    QFETCH(QStringList, reused);
    Park park = heatedTestPark();
    SimulationCache cache;
    QVERIFY(simulatePark(park, {}, &cache).ok);
    edit(park);
    SimulationTimings timings;
    const SimulationResult incremental = simulatePark(park, {}, &cache, nullptr, &timings);
    QVERIFY(incremental.ok);
    QCOMPARE(timings.computed("heat"), heatComputed < 0 ? buildingCount(park) : heatComputed);
    for (const QString &stage : recomputed)
        QVERIFY2(timings.computed(stage.toStdString()) > 0, qPrintable(stage + QStringLiteral(" was not recomputed")));
    for (const QString &stage : reused)
        QVERIFY2(timings.computed(stage.toStdString()) == 0, qPrintable(stage + QStringLiteral(" was recomputed")));
    const SimulationResult cold = simulatePark(park, {});
    QCOMPARE(incremental.park.intensityTCO2PerTce, cold.park.intensityTCO2PerTce);
    QCOMPARE(incremental.heat.hourlyHeatKWh, cold.heat.hourlyHeatKWh);
    QCOMPARE(incremental.hourly.consumptionKWh, cold.hourly.consumptionKWh);
    QCOMPARE(incremental.heat.buildingsPassingAlone, cold.heat.buildingsPassingAlone);
}

void TestStages::gridProfileIsReadOnceUntilItsFileChanges()
{
    QTemporaryDir dir;
    const QString path = writeProfile(dir.filePath(QStringLiteral("grid.csv")), 0.5);
    Park park = testPark();
    park.site.grid.hourlyProfilePath = path;
    SimulationCache cache;
    SimulationTimings first, second, third;
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &first).ok);
    QCOMPARE(first.computed("grid"), 1);
    park.site.carbon.greenPowerKWh = 1000;  // an edit elsewhere
    const SimulationResult before = simulatePark(park, {}, &cache, nullptr, &second);
    QCOMPARE(second.computed("grid"), 0);
    QCOMPARE(second.computed("dispatch"), 0);

    // The file changes (another size, a later time): read again, and the result follows it.
    QTest::qWait(20);
    writeProfile(path, 0.8);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    const SimulationResult after = simulatePark(park, {}, &cache, nullptr, &third);
    QCOMPARE(third.computed("grid"), 1);
    QVERIFY(after.park.gridFactorKgPerKWh > before.park.gridFactorKgPerKWh + 0.2);
}

void TestStages::runScopeKeepsCachesOfAnIncompleteRun()
{
    Pipeline pipeline;
    CountingStage &first = pipeline.add<CountingStage>();
    CountingStage &second = pipeline.add<CountingStage>();
    const Park park;
    const SimulationOptions options;
    SimulationTimings timings;
    const RunContext context{park, options, nullptr, timings};
    RunState state;
    QVERIFY(pipeline.run(context, state));
    QCOMPARE(first.completedEnds, 1);
    QCOMPARE(second.completedEnds, 1);

    first.failAt = 2;  // the second run stops in the first stage: every cache is kept
    QVERIFY(!pipeline.run(context, state));
    QCOMPARE(second.runs, 1);
    QCOMPARE(first.begins, 2);
    QCOMPARE(second.begins, 2);
    QCOMPARE(first.incompleteEnds, 1);
    QCOMPARE(second.incompleteEnds, 1);

    std::atomic<bool> cancelled{true};  // a cancelled run stops after the stage under way
    const RunContext cancelledContext{park, options, &cancelled, timings};
    QVERIFY(!pipeline.run(cancelledContext, state));
    QCOMPARE(first.incompleteEnds, 2);
    QCOMPARE(second.runs, 1);
}

void TestStages::aStageIsOneLine()
{
    std::unique_ptr<Pipeline> pipeline = Pipeline::parkModel();
    const std::size_t stages = pipeline->stages().size();
    CountingStage &added = pipeline->add<CountingStage>();
    QCOMPARE(pipeline->stages().size(), stages + 1);
    const Park park = testPark();
    const SimulationOptions options;
    SimulationTimings timings;
    RunState state;
    QVERIFY(pipeline->run({park, options, nullptr, timings}, state));
    QCOMPARE(added.runs, 1);
    QVERIFY(state.result.ok);
    QVERIFY(timings.find("counting"));
}

void TestStages::parallelForVisitsEveryIndexOnce()
{
    for (std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(1000)}) {
        std::vector<std::atomic<int>> visits(count);
        std::mutex lock;
        std::set<int> workers;
        const int used = parallelFor(count, [&](std::size_t i, int worker) {
            ++visits[i];
            std::lock_guard guard(lock);
            workers.insert(worker);
        });
        for (std::size_t i = 0; i < count; ++i)
            QCOMPARE(visits[i].load(), 1);
        QVERIFY(used <= maxParallelWorkers());
        QVERIFY(count == 0 || (used >= 1 && int(workers.size()) <= used && *workers.rbegin() < used));
    }
}

// The engine runs in a pool task and spreads its work from there: the loop must neither wait for
// tasks queued behind it nor use more threads than the pool has.
void TestStages::parallelForInsidePoolTaskDoesNotOversubscribe()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    std::atomic<int> running{0}, peak{0};
    auto body = [&](std::size_t, int) {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        QThread::msleep(1);
        --running;
    };
    QFuture<int> outer = QtConcurrent::run([&] { return parallelFor(200, body); });
    QFuture<int> other = QtConcurrent::run([&] { return parallelFor(200, body); });
    // QFuture::waitForFinished() runs a task that is still queued on the waiting thread, which
    // would add this (non-pool) thread to the count; poll instead.
    while (!outer.isFinished() || !other.isFinished())
        QThread::msleep(1);
    QVERIFY(peak.load() <= pool->maxThreadCount());
    QVERIFY(outer.result() >= 1);
}

QTEST_GUILESS_MAIN(TestStages)
#include "tst_stages.moc"
