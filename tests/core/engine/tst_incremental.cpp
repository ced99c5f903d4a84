// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental recomputation equals a from-scratch computation, bit for bit, after a random
// sequence of 200 edits on the demo park and after runs cancelled part-way; and an edit
// recomputes only what it touched.

#include "document/parkdocument.h"
#include "economics/lifecycle.h"
#include "engine/simulation.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QtTest>
#include <cstring>
#include <random>
#include <thread>

using namespace pz;

namespace {

template<typename T>
bool sameBits(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

template<typename T>
bool sameBits(const QList<T> &a, const QList<T> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.constData(), b.constData(), a.size() * sizeof(T)) == 0);
}

template<typename T>
bool sameBits(const T &a, const T &b)
{
    return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// The heat of the result (spec §14), compared by its bits.
QString heatDifference(const SimulationResult &a, const SimulationResult &b)
{
    const HeatSummary &h = a.heat, &k = b.heat;
    if (h.present != k.present || !sameBits(h.hourlyHeatKWh, k.hourlyHeatKWh) ||
        !sameBits(h.hourlyHeatElectricityKWh, k.hourlyHeatElectricityKWh) || !sameBits(h.monthlyHeatKWh, k.monthlyHeatKWh) ||
        !sameBits(h.energyTce, k.energyTce) || !sameBits(h.co2T, k.co2T) ||
        !sameBits(h.intensityCoalMethodTCO2PerTce, k.intensityCoalMethodTCO2PerTce) ||
        !sameBits(h.cleanSharePct, k.cleanSharePct) || h.buildingsPassingAlone != k.buildingsPassingAlone)
        return QStringLiteral("heat summary");
    if (a.buildings.size() != b.buildings.size())
        return QStringLiteral("building count");
    for (std::size_t i = 0; i < a.buildings.size(); ++i) {
        const BuildingHeatResult &x = a.buildings[i], &y = b.buildings[i];
        if (x.id != y.id || x.supply != y.supply || !sameBits(x.totalHeatKWh, y.totalHeatKWh) ||
            !sameBits(x.peakHeatKW, y.peakHeatKW) || !sameBits(x.carrierQuantity, y.carrierQuantity) ||
            !sameBits(x.electricityKWh, y.electricityKWh) || !sameBits(x.intensityTCO2PerTce, y.intensityTCO2PerTce))
            return QStringLiteral("building %1 heat").arg(x.id);
    }
    return {};
}

bool sameBits(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || sameBits(*a, *b));
}

// The economics of two results, by their bits.
bool sameEconomics(const SimulationResult &a, const SimulationResult &b)
{
    if (!a.economics || !b.economics)
        return !a.economics && !b.economics;
    const economics::EconomicsResult &x = *a.economics, &y = *b.economics;
    if (!sameBits(x.capexCNY, y.capexCNY) || !sameBits(x.lccCNY, y.lccCNY) || !sameBits(x.lccBauCNY, y.lccBauCNY) ||
        !sameBits(x.npvCNY, y.npvCNY) || !sameBits(x.lcoeCNYPerKWh, y.lcoeCNYPerKWh) ||
        !sameBits(x.paybackYears, y.paybackYears) || !sameBits(x.discountedPaybackYears, y.discountedPaybackYears) ||
        !sameBits(x.costOfCarbonAbatedCNYPerT, y.costOfCarbonAbatedCNYPerT) ||
        !sameBits(x.billYear1.totalCNY, y.billYear1.totalCNY) || !sameBits(x.billBau.totalCNY, y.billBau.totalCNY) ||
        !sameBits(x.billYear1.electricity.energyByPeriodCNY, y.billYear1.electricity.energyByPeriodCNY) ||
        x.years.size() != y.years.size())
        return false;
    for (std::size_t i = 0; i < x.years.size(); ++i)
        if (!sameBits(x.years[i].importKWh, y.years[i].importKWh) || !sameBits(x.years[i].costCNY, y.years[i].costCNY) ||
            !sameBits(x.years[i].costBauCNY, y.years[i].costBauCNY) || !sameBits(x.years[i].co2T, y.years[i].co2T))
            return false;
    return sameBits(a.hourly.tariffPriceCNYPerKWh, b.hourly.tariffPriceCNYPerKWh) &&
           sameBits(a.hourly.tariffPeriod, b.hourly.tariffPeriod) && a.tariffPeriodNames == b.tariffPeriodNames;
}

// Every number of the result, compared by its bits. Returns the first difference or "".
QString difference(const SimulationResult &a, const SimulationResult &b)
{
    if (a.ok != b.ok || a.error != b.error)
        return QStringLiteral("status");
    if (a.objects.size() != b.objects.size())
        return QStringLiteral("object count");
    for (std::size_t i = 0; i < a.objects.size(); ++i) {
        const PvObjectResult &x = a.objects[i], &y = b.objects[i];
        if (x.id != y.id || x.name != y.name || x.kind != y.kind || !sameBits(x.kwp, y.kwp) ||
            !sameBits(x.annualAcKWh, y.annualAcKWh) || !sameBits(x.monthlyAcKWh, y.monthlyAcKWh) ||
            !sameBits(x.annualPoaKWhM2, y.annualPoaKWhM2) || !sameBits(x.shadingLossPct, y.shadingLossPct) ||
            !sameBits(x.shadingPoaLossPct, y.shadingPoaLossPct) || !sameBits(x.hourlyAcW, y.hourlyAcW) ||
            !sameBits(x.hourlyPoaWm2, y.hourlyPoaWm2) || !sameBits(x.hourlyCellTempC, y.hourlyCellTempC))
            return QStringLiteral("object %1").arg(x.id);
    }
    const HourlyBalance &h = a.hourly, &k = b.hourly;
    if (!sameBits(h.generationKWh, k.generationKWh) || !sameBits(h.consumptionKWh, k.consumptionKWh) ||
        !sameBits(h.batterySocKWh, k.batterySocKWh) || !sameBits(h.gridImportKWh, k.gridImportKWh) ||
        !sameBits(h.gridExportKWh, k.gridExportKWh) || !sameBits(h.emissionsKg, k.emissionsKg))
        return QStringLiteral("hourly balance");
    if (a.turbines.size() != b.turbines.size() || a.offsite.size() != b.offsite.size())
        return QStringLiteral("wind count");
    for (std::size_t i = 0; i < a.turbines.size(); ++i) {
        const WindTurbineResult &x = a.turbines[i], &y = b.turbines[i];
        if (x.id != y.id || !sameBits(x.annualNetKWh, y.annualNetKWh) || !sameBits(x.wakeLossPct, y.wakeLossPct) ||
            !sameBits(x.monthlyNetKWh, y.monthlyNetKWh) || !sameBits(x.hourlyNetKW, y.hourlyNetKW))
            return QStringLiteral("turbine %1").arg(x.id);
    }
    for (std::size_t i = 0; i < a.offsite.size(); ++i)
        if (!sameBits(a.offsite[i].deliveredKWh, b.offsite[i].deliveredKWh) ||
            !sameBits(a.offsite[i].hourlyDeliveredKW, b.offsite[i].hourlyDeliveredKW))
            return QStringLiteral("plant %1").arg(i);
    const ParkSummary &p = a.park, &q = b.park;
    if (!sameBits(p.annualGenerationKWh, q.annualGenerationKWh) ||
        !sameBits(p.annualConsumptionKWh, q.annualConsumptionKWh) || !sameBits(p.gridImportKWh, q.gridImportKWh) ||
        !sameBits(p.cfeScorePct, q.cfeScorePct) || !sameBits(p.intensityTCO2PerTce, q.intensityTCO2PerTce) ||
        !sameBits(p.greenPowerKWh, q.greenPowerKWh) ||
        !sameBits(p.emissions.netT, q.emissions.netT) ||
        !sameBits(p.emissions.netWithEmbodiedT, q.emissions.netWithEmbodiedT) ||
        !sameBits(p.windGenerationKWh, q.windGenerationKWh) || !sameBits(p.offsiteGenerationKWh, q.offsiteGenerationKWh) ||
        !sameBits(p.directSupply.selfUseOfAvailablePct, q.directSupply.selfUseOfAvailablePct))
        return QStringLiteral("park summary");
    if (!sameEconomics(a, b))
        return QStringLiteral("economics");
    return heatDifference(a, b);
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomEditsMatchFromScratch();
    void randomHeatEditsMatchFromScratch();
    void movingOneBuildingRecomputesOnlyItsNeighbourhood();
    void cancelledRunsLeaveTheCacheConsistent();

private:
    Park m_demo;
};

void TestIncremental::initTestCase()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    QVERIFY2(loaded.park, qPrintable(loaded.error));
    m_demo = *loaded.park;
}

void TestIncremental::randomEditsMatchFromScratch()
{
    ParkDocument document(m_demo);
    SimulationCache cache;
    std::mt19937 rng(20261129);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };

    // Wind (spec wind.md §12–§13): turbines beside the park and two off-site plants, edited too.
    for (int i = 0; i < 3; ++i) {
        WindTurbine t;
        t.name = QStringLiteral("WTG %1").arg(i + 1);
        t.position = Point2(-900.0 + 650.0 * i, -700.0);
        QVERIFY(document.addObject(t) != 0);
    }
    Site windSite = document.park().site;
    OffSitePlant windPlant, pvPlant;
    windPlant.name = QStringLiteral("Wind plant");
    pvPlant.name = QStringLiteral("PV plant");
    pvPlant.kind = PlantKind::Pv;
    windSite.wind.plants = {windPlant, pvPlant};
    QVERIFY(document.changeSite(windSite, QStringLiteral("plants")));

    simulatePark(document.park(), {}, &cache);
    int edits = 0;
    for (int step = 1; step <= 200; ++step) {
        const auto &objects = document.park().objects();
        const ParkObject object = objects[std::size_t(rng() % objects.size())];
        const int action = int(rng() % 12);
        ParkObject changed = object;
        bool ok = false;
        switch (action) {
        case 0:  // move
            ok = document.changeObject(translatedObject(object, uniform(-40, 40), uniform(-40, 40)), QStringLiteral("move"));
            break;
        case 1:  // a kind-specific property
            if (auto *b = std::get_if<Building>(&changed))
                b->heightM = uniform(4, 40);
            else if (auto *a = std::get_if<PvArray>(&changed))
                a->pv.tiltDeg = uniform(5, 45);
            else if (auto *s = std::get_if<Storage>(&changed))
                s->energyKWh = uniform(500, 30000);
            else if (auto *g = std::get_if<GreenSpace>(&changed))
                g->sinkTPerHaYrOverride = uniform(0, 10);
            else if (auto *t = std::get_if<WindTurbine>(&changed))
                t->hubHeightM = uniform(80, 140);
            ok = document.changeObject(changed, QStringLiteral("edit"));
            break;
        case 2:  // rotate
            ok = document.changeObject(rotatedObject(object, centroid(footprintOf(object)), uniform(-30, 30)),
                                       QStringLiteral("rotate"));
            break;
        case 3:  // rooftop PV on/off
            if (auto *b = std::get_if<Building>(&changed)) {
                b->rooftop.enabled = !b->rooftop.enabled;
                ok = document.changeObject(changed, QStringLiteral("roof"));
            }
            break;
        case 4:  // undo
            if (document.undoStack()->canUndo()) {
                document.undoStack()->undo();
                ok = true;
            }
            break;
        case 5:  // duplicate somewhere else
            ok = document.addObject(translatedObject(object, uniform(-300, 300), uniform(-300, 300))) != 0;
            break;
        case 6:  // remove (keep the park from emptying)
            if (objects.size() > 10)
                ok = document.removeObjects({idOf(object)});
            break;
        case 7: {  // a site-wide edit: the sun moves (or plan north turns), everything is recomputed
            Site site = document.park().site;
            if (rng() % 2)
                site.latitudeDeg += uniform(-0.5, 0.5);
            else
                site.northRotationDeg = uniform(-30, 30);
            ok = document.changeSite(site, QStringLiteral("site"));
            break;
        }
        case 8: {  // an off-site plant's line or size
            Site site = document.park().site;
            if (!site.wind.plants.empty()) {
                OffSitePlant &plant = site.wind.plants[rng() % site.wind.plants.size()];
                plant.line.capacityMW = uniform(5, 80);
                plant.turbineCount = 1 + int(rng() % 20);
                ok = document.changeSite(site, QStringLiteral("plant"));
            }
            break;
        }
        case 9: {  // a price, tariff or cost edit: only the economics arithmetic runs again
            Site site = document.park().site;
            economics::EconomicsSettings &e = site.economics;
            switch (rng() % 4) {
            case 0: e.tariff.periods[rng() % e.tariff.periods.size()].priceCNYPerKWh = uniform(0.1, 1.0); break;
            case 1: e.tariff.demandChargeCNYPerKWMonth = uniform(0, 40); break;
            case 2: e.tariff.weekday[rng() % 12][rng() % 24] = int(rng() % e.tariff.periods.size()); break;
            default: e.costs.pvGroundCapexCNYPerKWp = uniform(2000, 4000); break;
            }
            ok = document.changeSite(site, QStringLiteral("price"));
            break;
        }
        case 10: {  // the analysis period or the degradation: the yearly dispatches run again
            Site site = document.park().site;
            if (rng() % 2)
                site.economics.analysisYears = 10 + int(rng() % 30);
            else
                site.economics.pvDegradation = uniform(0, 0.01);
            ok = document.changeSite(site, QStringLiteral("years"));
            break;
        }
        case 11: {  // the hourly green-power profile: set, reshaped or cleared
            Site site = document.park().site;
            std::vector<double> &g = site.carbon.greenPowerHourlyKWh;
            if (!g.empty() && rng() % 3 == 0) {
                g.clear();
            } else {
                const double level = uniform(0, 4000);
                g.assign(std::size_t(kHoursPerYear), 0.0);
                for (std::size_t t = 0; t < g.size(); ++t)
                    g[t] = (t + step) % 24 < 8 ? level : 0.25 * level;
            }
            ok = document.changeSite(site, QStringLiteral("green profile"));
            break;
        }
        }
        edits += ok ? 1 : 0;
        const SimulationResult incremental = simulatePark(document.park(), {}, &cache);
        QVERIFY2(incremental.ok, qPrintable(incremental.error));
        if (step % 10 == 0) {
            const SimulationResult scratch = simulatePark(document.park(), {});
            const QString diff = difference(incremental, scratch);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2 differs").arg(step).arg(diff)));
        }
    }
    QVERIFY(edits > 100);
}

// The demo park with heat: random edits of buildings' heat, the site's heat settings, the BAU
// park's heat supply, moves and undos; heat, every carrier and the economics stay equal to a
// from-scratch run.
void TestIncremental::randomHeatEditsMatchFromScratch()
{
    Park heated = m_demo;
    int i = 0;
    for (const ParkObject &object : std::vector<ParkObject>(heated.objects()))
        if (const auto *b = std::get_if<Building>(&object)) {
            Building changed = *b;
            changed.heat.supply = heat::HeatSupply(1 + i++ % (heat::kHeatSupplyCount - 1));
            heated.replace(changed);
        }
    ParkDocument document(heated);
    SimulationCache cache;
    std::mt19937 rng(20261202);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    simulatePark(document.park(), {}, &cache);
    int edits = 0;
    for (int step = 1; step <= 60; ++step) {
        const auto &objects = document.park().objects();
        const ParkObject object = objects[std::size_t(rng() % objects.size())];
        ParkObject changed = object;
        auto *b = std::get_if<Building>(&changed);
        Site site = document.park().site;
        bool ok = false;
        switch (int(rng() % 7)) {
        case 0:  // a building's heat settings
            if (b) {
                b->heat.supply = heat::HeatSupply(rng() % heat::kHeatSupplyCount);
                b->heat.emitter = rng() % 2 ? heat::Emitter::Floor : heat::Emitter::Radiator;
                b->heat.efficiency.reset();
                b->heat.balanceTempC = uniform(12, 20);
                b->heat.dhwKWhPerM2Yr = rng() % 2 ? std::optional<double>(uniform(0, 40)) : std::nullopt;
                b->heat.processHeatKWhPerYr = rng() % 3 ? 0.0 : uniform(0, 1e6);
                ok = document.changeObject(changed, QStringLiteral("heat"));
            }
            break;
        case 1:  // move
            ok = document.changeObject(translatedObject(object, uniform(-40, 40), uniform(-40, 40)), QStringLiteral("move"));
            break;
        case 2:  // the heating season
            site.heat.season.start = {int(9 + rng() % 3), int(1 + rng() % 28)};
            site.heat.season.end = {int(3 + rng() % 2), int(1 + rng() % 28)};
            ok = document.changeSite(site, QStringLiteral("season"));
            break;
        case 3:  // conversion, heat factor, clean share, ground temperature
            site.heat.electricityKgcePerKWh = rng() % 2 ? 0.1229 : 0.3055;
            site.heat.heatFactorTCO2PerGJ = uniform(0, 0.2);
            site.heat.districtHeatCleanShare = uniform(0, 1);
            site.heat.gasCountsAsClean = rng() % 2;
            site.heat.groundTempC = rng() % 2 ? std::optional<double>(uniform(5, 15)) : std::nullopt;
            ok = document.changeSite(site, QStringLiteral("carriers"));
            break;
        case 4:  // undo
            if (document.undoStack()->canUndo()) {
                document.undoStack()->undo();
                ok = true;
            }
            break;
        case 5:  // duplicate somewhere else
            ok = document.addObject(translatedObject(object, uniform(-300, 300), uniform(-300, 300))) != 0;
            break;
        case 6:  // the BAU park's heat supply, the fuel prices
            site.economics.bauHeatSupply = rng() % 3 ? std::optional(economics::HeatTechnology(rng() % economics::kHeatTechnologyCount))
                                                     : std::nullopt;
            site.economics.fuelPrices.gasCNYPerM3 = uniform(2, 4);
            ok = document.changeSite(site, QStringLiteral("bau heat"));
            break;
        }
        edits += ok ? 1 : 0;
        const SimulationResult incremental = simulatePark(document.park(), {}, &cache);
        QVERIFY2(incremental.ok, qPrintable(incremental.error));
        if (step % 5 == 0) {
            const SimulationResult scratch = simulatePark(document.park(), {});
            QVERIFY(scratch.heat.present);
            const QString diff = difference(incremental, scratch);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2 differs").arg(step).arg(diff)));
        }
    }
    QVERIFY(edits > 30);
}

void TestIncremental::movingOneBuildingRecomputesOnlyItsNeighbourhood()
{
    ParkDocument document(m_demo);
    SimulationCache cache;
    SimulationTimings cold, warm, moved;
    simulatePark(document.park(), {}, &cache, nullptr, &cold);
    simulatePark(document.park(), {}, &cache, nullptr, &warm);
    QVERIFY(cold.computed("pv.chain") > 10);
    QCOMPARE(warm.computed("pv.chain"), 0);
    QCOMPARE(warm.computed("pv.shading"), 0);

    const Building *building = nullptr;
    for (const ParkObject &o : document.park().objects())
        if ((building = std::get_if<Building>(&o)))
            break;
    QVERIFY(building);
    QVERIFY(document.changeObject(translatedObject(*building, 3.0, 0.0), QStringLiteral("move")));
    simulatePark(document.park(), {}, &cache, nullptr, &moved);
    QVERIFY(moved.computed("pv.chain") >= 1);
    QVERIFY2(moved.computed("pv.chain") < cold.computed("pv.chain") / 2,
             qPrintable(QStringLiteral("%1 of %2 arrays recomputed")
                            .arg(moved.computed("pv.chain"))
                            .arg(cold.computed("pv.chain"))));
}

// A run cancelled at any point (here: after various delays) keeps what it finished; the next
// run completes the rest and equals a from-scratch run.
void TestIncremental::cancelledRunsLeaveTheCacheConsistent()
{
    ParkDocument document(m_demo);
    SimulationCache cache;
    simulatePark(document.park(), {}, &cache);
    const std::vector<int> delaysMs = {0, 1, 2, 5, 10, 20, 40};
    int cancelledRuns = 0;
    double dx = 25.0;
    for (int delayMs : delaysMs) {
        // Move every fifth object so that the run has plenty to recompute.
        const auto &objects = document.park().objects();
        std::vector<ParkObject> moved;
        for (std::size_t i = 0; i < objects.size(); i += 5)
            moved.push_back(translatedObject(objects[i], dx, -dx / 2));
        dx = -dx;
        QVERIFY(document.changeObjects(moved, QStringLiteral("move")));
        std::atomic<bool> cancel{false};
        SimulationResult partial;
        std::thread run([&] { partial = simulatePark(document.park(), {}, &cache, &cancel); });
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        cancel = true;
        run.join();
        cancelledRuns += partial.ok ? 0 : 1;

        const SimulationResult next = simulatePark(document.park(), {}, &cache);
        const SimulationResult scratch = simulatePark(document.park(), {});
        QVERIFY2(next.ok, qPrintable(next.error));
        const QString diff = difference(next, scratch);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after a run cancelled at %1 ms: %2 differs").arg(delayMs).arg(diff)));
    }
    QVERIFY(cancelledRuns > 0);
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
