// SPDX-License-Identifier: GPL-3.0-or-later
// Wind in a park run (spec wind.md §12–§13) through the project file and the engine: the
// reference cases A, B, C (with the traced hours of C) and D with its direct-supply checks;
// wakes independent of the order of the objects; a turbine farther behind another losing less;
// a bad turbine file refused with file, line and reason; the wind stage's caches.

#include "engine/simulation.h"
#include "io/projectfile.h"
#include "io/resultjson.h"
#include "clirun.h"
#include "windprojects.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace pz;

namespace {

constexpr double kAnnual = 1e-7;   // the spec allows 1e-4; the kernels match to the printed digits
constexpr double kHourly = 1e-6;

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::max(std::abs(expected), 1e-9);
}

#define COMPARE_REL(actual, expected, relative)                                                         \
    do {                                                                                                \
        const double a_ = (actual), e_ = (expected);                                                    \
        if (!near(a_, e_, relative))                                                                    \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual))          \
                                 .arg(a_, 0, 'f', 9).arg(e_, 0, 'f', 9)));                              \
    } while (false)

int hourOf(int month, int day, int hour)
{
    static constexpr int firstDay[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return (firstDay[month - 1] + day - 1) * 24 + hour;
}

Park parse(const QByteArray &json)
{
    io::LoadResult loaded = io::parseProject(json, QStringLiteral("wind.parkzero"));
    if (!loaded.park)
        qWarning("%s", qPrintable(loaded.error));
    return loaded.park.value_or(Park());
}

const WindTurbineResult *turbineAt(const SimulationResult &r, ObjectId id)
{
    for (const WindTurbineResult &t : r.turbines)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace

class TestWindStage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oneTurbine();
    void rows_data();
    void rows();
    void tracedHoursOfTheTurnedRow();
    void offSitePlantWithClipping();
    void wakesDoNotDependOnObjectOrder();
    void fartherBehindLosesLess();
    void badTurbineFileIsRefusedWithLineAndReason();
    void windStageCaches();

private:
    QString m_dongsheng, m_wd270;
};

void TestWindStage::init()
{
    m_dongsheng = pztest::dongshengEpw();
    m_wd270 = pztest::dongshengWd270Epw();
    if (m_dongsheng.isEmpty() || m_wd270.isEmpty())
        QSKIP("the shared weather files are not available");
}

void TestWindStage::oneTurbine()
{
    const SimulationResult r = simulatePark(parse(pztest::turbineRowProject(m_dongsheng, {{0, 0}})), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.turbines.size(), std::size_t(1));
    const WindTurbineResult &t = r.turbines.front();
    COMPARE_REL(t.annualNetKWh, 3712176.983, kAnnual);
    COMPARE_REL(t.annualGrossKWh, 3905088.347, kAnnual);
    COMPARE_REL(t.capacityFactorPct, 12.5746, 1e-5);
    COMPARE_REL(t.fullLoadHours, 1101.5362, 1e-7);
    COMPARE_REL(t.meanFreeHubSpeedMS, 4.226803, 1e-6);
    COMPARE_REL(t.meanHubDensityKgM3, 1.051483, 1e-6);
    QCOMPARE(t.operatingHours, 5251);
    const double monthly[] = {246311.534, 234872.634, 466103.389, 586513.829, 421214.605, 349568.906,
                              172619.373, 175154.158, 300918.464, 215557.928, 277242.085, 266100.077};
    for (int m = 0; m < 12; ++m)
        COMPARE_REL(t.monthlyNetKWh[m], monthly[m], kAnnual);
    // The park: its wind, all of it in the balance (no load: all of it exported).
    COMPARE_REL(r.park.windGenerationKWh, 3712176.983, kAnnual);
    QCOMPARE(r.park.windKW, 3370.0);
    COMPARE_REL(r.park.annualGenerationKWh, 3712176.983, kAnnual);
    COMPARE_REL(r.park.gridExportKWh, 3712176.983, kAnnual);
    // The weather's data-quality notes are in the warnings (whole m/s speeds in a CSWD file).
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("whole m/s")),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void TestWindStage::rows_data()
{
    QTest::addColumn<double>("x2");
    QTest::addColumn<double>("y2");
    QTest::addColumn<double>("x3");
    QTest::addColumn<double>("y3");
    QTest::addColumn<QList<double>>("net");    // T1, T2, T3
    QTest::addColumn<QList<double>>("wake");   // T2, T3 wake loss %
    QTest::addColumn<double>("rowNet");
    QTest::addColumn<double>("rowWake");
    QTest::newRow("B aligned") << 650.0 << 0.0 << 1300.0 << 0.0
                               << QList<double>{3712176.983, 2185785.359, 1975421.222}
                               << QList<double>{41.118504, 46.785371} << 7873383.563 << 29.301291;
    QTest::newRow("C turned 5°") << 647.527 << 56.651 << 1295.053 << 113.302
                                 << QList<double>{3712176.983, 2230390.010, 2039992.700}
                                 << QList<double>{39.916927, 45.045920} << 7982559.692 << 28.320949;
}

void TestWindStage::rows()
{
    QFETCH(double, x2);
    QFETCH(double, y2);
    QFETCH(double, x3);
    QFETCH(double, y3);
    QFETCH(QList<double>, net);
    QFETCH(QList<double>, wake);
    QFETCH(double, rowNet);
    QFETCH(double, rowWake);
    const SimulationResult r = simulatePark(parse(pztest::turbineRowProject(m_wd270, {{0, 0}, {x2, y2}, {x3, y3}})), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.turbines.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        COMPARE_REL(r.turbines[std::size_t(i)].annualNetKWh, net[i], kAnnual);
    QCOMPARE(r.turbines[0].wakeLossPct, 0.0);
    COMPARE_REL(r.turbines[1].wakeLossPct, wake[0], 1e-7);
    COMPARE_REL(r.turbines[2].wakeLossPct, wake[1], 1e-7);
    COMPARE_REL(r.park.windGenerationKWh, rowNet, kAnnual);
    COMPARE_REL(r.park.windWakeLossPct, rowWake, 1e-7);
}

void TestWindStage::tracedHoursOfTheTurnedRow()
{
    const SimulationResult r = simulatePark(
        parse(pztest::turbineRowProject(m_wd270, {{0, 0}, {647.527, 56.651}, {1295.053, 113.302}})), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    struct Traced {
        int hour;
        double net[3];
    };
    const Traced traced[] = {{hourOf(1, 1, 10), {207.082094, 94.941677, 84.198258}},
                             {hourOf(3, 4, 14), {3203.522318, 3081.203610, 2316.071546}},
                             {hourOf(7, 1, 12), {937.449879, 549.991127, 506.589749}}};
    for (const Traced &t : traced) {
        double sum = 0;
        for (int i = 0; i < 3; ++i) {
            COMPARE_REL(r.turbines[std::size_t(i)].hourlyNetKW[t.hour], t.net[i], kHourly);
            sum += r.turbines[std::size_t(i)].hourlyNetKW[t.hour];
        }
        // The hour's own generation is the turbines' sum (§13.5).
        COMPARE_REL(r.hourly.generationKWh[std::size_t(t.hour)], sum, 1e-12);
    }
}

void TestWindStage::offSitePlantWithClipping()
{
    QTemporaryDir dir;
    const QString load = dir.filePath(QStringLiteral("load.csv"));
    QVERIFY(pztest::writeConstantProfile(load, 15000));
    const SimulationResult r = simulatePark(parse(pztest::offsitePlantProject(m_dongsheng, load)), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.turbines.empty());
    QCOMPARE(r.offsite.size(), std::size_t(1));
    const OffSitePlantResult &p = r.offsite.front();
    COMPARE_REL(p.availableKWh, 31773081.703, kAnnual);
    COMPARE_REL(p.clippedKWh, 205840.800, kAnnual);
    QCOMPARE(p.clippedHours, 44);
    COMPARE_REL(p.lineLossesKWh, 947017.227, kAnnual);
    COMPARE_REL(p.deliveredKWh, 30620223.676, kAnnual);
    COMPARE_REL(p.peakPlantKW, 44678.200, kAnnual);
    COMPARE_REL(p.capacityFactor, 0.072541, 1e-5);
    const double monthly[] = {2107011.817, 1933707.749, 3899676.419, 4898795.459, 3446334.404, 2941311.448,
                              1342271.734, 1368963.336, 2545661.423, 1706203.060, 2259998.388, 2170288.439};
    for (int m = 0; m < 12; ++m)
        COMPARE_REL(p.monthlyDeliveredKWh[m], monthly[m], kAnnual);
    // The traced hour: 44 678.2 kW at the plant, 38 800 kW delivered.
    COMPARE_REL(p.hourlyDeliveredKW[hourOf(1, 24, 11)], 38800.0, kHourly);
    COMPARE_REL(r.park.offsiteGenerationKWh, 30620223.676, kAnnual);

    // The balance and the checks of §13.6.
    COMPARE_REL(r.park.annualConsumptionKWh, 131400000.0, 1e-12);
    COMPARE_REL(r.park.gridImportKWh, 104634735.896, kAnnual);
    const DirectSupplySummary &d = r.park.directSupply;
    COMPARE_REL(d.availableKWh, 31773081.703, kAnnual);
    COMPARE_REL(d.selfUseKWh, 26765264.104, kAnnual);
    COMPARE_REL(d.exportKWh, 3854959.572, kAnnual);
    COMPARE_REL(d.selfUseOfAvailablePct, 84.2388, 1e-6);
    COMPARE_REL(d.selfUseOfConsumptionPct, 20.3693, 1e-5);
    COMPARE_REL(d.exportOfAvailablePct, 12.1328, 1e-5);
    QVERIFY(d.selfUseOfAvailablePass);
    QVERIFY(!d.selfUseOfConsumptionPass);
    QVERIFY(!d.selfUseOfConsumption2030Pass);
    QVERIFY(!d.exportCapApplies);
    QVERIFY(d.sourceNote.contains(QStringLiteral("650")));
    // Own generation is clean: the clean-energy share counts the delivered energy used.
    COMPARE_REL(r.park.cleanEnergySharePct, 100.0 * 26765264.104 / 131400000.0, 1e-7);
}

void TestWindStage::wakesDoNotDependOnObjectOrder()
{
    const std::vector<std::pair<double, double>> xy{{0, 0}, {400, 120}, {820, -60}, {300, 700}, {1100, 300}};
    const Park forward = parse(pztest::turbineRowProject(m_dongsheng, xy));
    // The same turbines (same ids and places) listed backwards.
    QJsonArray reversed;
    for (int i = int(xy.size()) - 1; i >= 0; --i)
        reversed.append(pztest::turbineJson(i + 1, xy[std::size_t(i)].first, xy[std::size_t(i)].second));
    const Park backward = parse(pztest::projectJson(pztest::windSite(m_dongsheng), reversed));
    const SimulationResult a = simulatePark(forward, {});
    const SimulationResult b = simulatePark(backward, {});
    QVERIFY(a.ok && b.ok);
    for (const WindTurbineResult &t : a.turbines) {
        const WindTurbineResult *u = turbineAt(b, t.id);
        QVERIFY(u);
        COMPARE_REL(u->annualNetKWh, t.annualNetKWh, 1e-12);
        COMPARE_REL(u->wakeLossPct, t.wakeLossPct, 1e-9);
    }
    COMPARE_REL(b.park.windGenerationKWh, a.park.windGenerationKWh, 1e-12);
}

void TestWindStage::fartherBehindLosesLess()
{
    double previous = 100;
    for (double distance : {390.0, 650.0, 1040.0, 1560.0}) {
        const SimulationResult r = simulatePark(parse(pztest::turbineRowProject(m_wd270, {{0, 0}, {distance, 0}})), {});
        QVERIFY(r.ok);
        const double loss = r.turbines[1].wakeLossPct;
        QVERIFY2(loss < previous && loss > 0, qPrintable(QStringLiteral("%1 m: %2 %").arg(distance).arg(loss)));
        previous = loss;
    }
}

void TestWindStage::badTurbineFileIsRefusedWithLineAndReason()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(pztest::writeFile(csv, "# name: Bad\n# rated_kW: 2000\n# rotor_diameter_m: 100\n# hub_height_m: 90\n"
                                   "wind_speed_m_s,power_kW,thrust_coefficient\n3,0,0.8\n5,300,0.8\n4,500,0.7\n"
                                   "25,2000,0.1\n"));
    const QString project = dir.filePath(QStringLiteral("bad.parkzero"));
    QJsonArray objects{pztest::turbineJson(1, 0, 0, QStringLiteral("bad.csv"))};
    QVERIFY(pztest::writeFile(project, pztest::projectJson(pztest::windSite(m_dongsheng), objects)));
    io::LoadResult loaded = io::loadProject(project);
    QVERIFY2(loaded.park, qPrintable(loaded.error));
    SimulationOptions options;
    options.projectFilePath = project;
    const SimulationResult r = simulatePark(*loaded.park, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("objects[0].turbine_type")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("bad.csv, line 8")), qPrintable(r.error));   // "4,500,0.7"
}

void TestWindStage::windStageCaches()
{
    QTemporaryDir dir;
    const QString load = dir.filePath(QStringLiteral("load.csv"));
    QVERIFY(pztest::writeConstantProfile(load, 15000));
    Park park = parse(pztest::offsitePlantProject(m_dongsheng, load));
    WindTurbine t;
    t.id = park.takeNextId();
    t.name = QStringLiteral("T");
    t.position = Point2(500, 0);
    park.append(t);
    SimulationCache cache;
    SimulationTimings cold, building, turbine;
    QVERIFY(simulatePark(park, {}, &cache, nullptr, &cold).ok);
    QVERIFY(cold.computed("wind") >= 3);   // site wind columns, the farm, the plant, the sum
    // Moving the building: no wind recomputed.
    Park moved = park;
    moved.replace(translatedObject(park.objects().front(), 5, 5));
    QVERIFY(simulatePark(moved, {}, &cache, nullptr, &building).ok);
    QCOMPARE(building.computed("wind"), 0);
    // Moving the turbine: the farm and the sum again, not the plant; equal to a cold run.
    moved.replace(translatedObject(moved.objects().back(), 30, 0));
    const SimulationResult incremental = simulatePark(moved, {}, &cache, nullptr, &turbine);
    QCOMPARE(turbine.computed("wind"), 2);
    const SimulationResult scratch = simulatePark(moved, {});
    QCOMPARE(incremental.hourly.generationKWh, scratch.hourly.generationKWh);
    QCOMPARE(incremental.turbines.front().hourlyNetKW, scratch.turbines.front().hourlyNetKW);
    QCOMPARE(io::resultToJson(incremental), io::resultToJson(scratch));
}

QTEST_GUILESS_MAIN(TestWindStage)
#include "tst_windstage.moc"
