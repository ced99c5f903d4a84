// SPDX-License-Identifier: GPL-3.0-or-later
// Heat as part of a park (spec §14): case H1 for every supply through a project file and the
// engine (skipped without the reference weather file), the heating season's boundaries, the
// heat pump's lift clipped at its lower bound, heat electricity in the park's consumption, and
// the indicator over every carrier by hand on a small park, pooled and per building.

#include "common/units.h"
#include "engine/simulation.h"
#include "heat/carriers.h"
#include "heat/heatpumpcop.h"
#include "heatpark.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QtTest>
#include <cmath>
#include <numeric>

using namespace pz;

namespace {

double half(int decimals)
{
    return 0.5 * std::pow(10.0, -decimals);
}

Park parsed(const QByteArray &json)
{
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("heat.parkzero"));
    if (!loaded.ok())
        qWarning("%s", qPrintable(loaded.error));
    return loaded.park ? *loaded.park : Park();
}

SimulationResult simulated(const Park &park)
{
    const SimulationResult r = simulatePark(park, {});
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r;
}

QString dongsheng()
{
    return pztest::sharedPath(pztest::dongshengEpwRelative());
}

// A park of three buildings with different supplies, rooftop PV, a ground PV field and green power.
Park smallPark()
{
    Park park = parsed(pztest::h1Project({}, R"("supply": "gas_boiler")"));
    Building b = std::get<Building>(park.objects()[0]);
    b.rooftop.enabled = true;
    park.replace(b);
    Building hall = b;
    hall.id = 2;
    hall.name = QStringLiteral("Hall");
    hall.useType = UseType::LightManufacturing;
    hall.footprint = {{150, 0}, {250, 0}, {250, 60}, {150, 60}};
    hall.heat.supply = heat::HeatSupply::DistrictHeat;
    park.append(hall);
    Building lab = b;
    lab.id = 3;
    lab.name = QStringLiteral("Lab");
    lab.footprint = {{0, 150}, {40, 150}, {40, 190}, {0, 190}};
    lab.heat.supply = heat::HeatSupply::Ashp;
    park.append(lab);
    PvArray field;
    field.id = 4;
    field.outline = {{300, 0}, {500, 0}, {500, 150}, {300, 150}};
    park.append(field);
    park.site.carbon.greenPowerKWh = 2.0e5;
    return park;
}

const BuildingHeatResult *buildingOf(const SimulationResult &r, ObjectId id)
{
    for (const BuildingHeatResult &b : r.buildings)
        if (b.id == id)
            return &b;
    return nullptr;
}

} // namespace

class TestHeatPark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void h1EverySupplyThroughAProjectFile_data();
    void h1EverySupplyThroughAProjectFile();
    void noSupplyKeepsTheElectricityOnlyResult();
    void seasonBoundaries();
    void heatPumpLiftIsClippedAtItsLowerBound();
    void heatElectricityIsPartOfTheLoad();
    void indicatorOverCarriersByHand();
};

void TestHeatPark::h1EverySupplyThroughAProjectFile_data()
{
    QTest::addColumn<QByteArray>("supply");
    QTest::addColumn<double>("quantity");    // the spec's carrier quantity, or < 0: checked by hand
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("intensity");   // the spec's I with the office's load, or < 0
    QTest::addColumn<double>("intensityCoalMethod");
    QTest::newRow("gas_boiler") << QByteArray("gas_boiler") << pztest::kH1GasM3 << 3 << pztest::kH1GasI
                                << pztest::kH1GasICoalMethod;
    QTest::newRow("ashp") << QByteArray("ashp") << pztest::kH1AshpKWh << 3 << pztest::kH1AshpI
                          << pztest::kH1AshpICoalMethod;
    QTest::newRow("district_heat") << QByteArray("district_heat") << pztest::kH1DistrictHeatGJ << 5
                                   << pztest::kH1DistrictHeatI << -1.0;
    QTest::newRow("coal_boiler") << QByteArray("coal_boiler") << -1.0 << 0 << -1.0 << -1.0;
    QTest::newRow("electric_boiler") << QByteArray("electric_boiler") << -1.0 << 0 << -1.0 << -1.0;
    QTest::newRow("gshp") << QByteArray("gshp") << -1.0 << 0 << -1.0 << -1.0;
}

void TestHeatPark::h1EverySupplyThroughAProjectFile()
{
    QFETCH(QByteArray, supply);
    QFETCH(double, quantity);
    QFETCH(int, decimals);
    QFETCH(double, intensity);
    QFETCH(double, intensityCoalMethod);
    if (dongsheng().isEmpty())
        QSKIP("reference weather file not present in ../shared");
    const Park park = parsed(pztest::h1Project(dongsheng(), "\"supply\": \"" + supply + '"'));
    QCOMPARE(park.count(), 1);
    const SimulationResult r = simulated(park);
    QVERIFY(r.ok);
    QVERIFY(r.heat.present);
    QCOMPARE(r.buildings.size(), std::size_t(1));
    const BuildingHeatResult &b = r.buildings[0];
    QCOMPARE(heat::toKey(b.supply), QString::fromLatin1(supply));
    // Demand: identical for every supply.
    QVERIFY2(std::abs(b.spaceHeatKWh - 780838.2) <= half(1), qPrintable(QString::number(b.spaceHeatKWh, 'f', 4)));
    QVERIFY(std::abs(b.dhwKWh - 50000.0) <= half(1));
    QVERIFY(std::abs(b.totalHeatKWh - pztest::kH1TotalHeatKWh) <= half(1));
    QVERIFY(std::abs(b.peakHeatKW - 346.51029) <= half(5));
    QVERIFY(std::abs(b.degreeHoursKh - 86759.8) <= half(1));
    QVERIFY(std::abs(r.heat.heatDemandKWh - b.totalHeatKWh) <= 1e-6);

    if (quantity >= 0)
        QVERIFY2(std::abs(b.carrierQuantity - quantity) <= half(decimals),
                 qPrintable(QString::number(b.carrierQuantity, 'f', 6)));
    if (supply == "ashp")
        QVERIFY(std::abs(b.scop - pztest::kH1AshpScop) <= half(6));
    if (supply == "coal_boiler")   // t of raw coal: Q / 0.80 / (20.908/3.6 kWh/kg) / 1000
        QVERIFY(std::abs(b.carrierQuantity - b.totalHeatKWh / 0.80 / heat::kCoalKWhPerKg / 1000.0) <= 1e-9);
    if (supply == "electric_boiler")
        QVERIFY(std::abs(b.carrierQuantity - b.totalHeatKWh / 0.98) <= 1e-6);
    if (supply == "gshp") {   // the ground is warmer than the winter air: a better SCOP than the ASHP's
        QVERIFY(b.scop > pztest::kH1AshpScop);
        QVERIFY(std::abs(b.carrierQuantity * b.scop - b.totalHeatKWh) <= 1e-6);
    }
    // One building, no PV, no green power: the park pooled is the building on its own.
    if (intensity >= 0) {
        QVERIFY2(std::abs(b.intensityTCO2PerTce - intensity) <= half(6),
                 qPrintable(QString::number(b.intensityTCO2PerTce, 'f', 8)));
        QVERIFY(std::abs(r.park.intensityTCO2PerTce - intensity) <= half(6));
        QVERIFY(std::abs(r.heat.intensityEquivalentTCO2PerTce - intensity) <= half(6));
    }
    if (intensityCoalMethod >= 0)
        QVERIFY2(std::abs(r.heat.intensityCoalMethodTCO2PerTce - intensityCoalMethod) <= half(6),
                 qPrintable(QString::number(r.heat.intensityCoalMethodTCO2PerTce, 'f', 8)));
    QCOMPARE(r.heat.buildingsPassingAlone, 0);
    QVERIFY(!r.park.zeroCarbon);
}

void TestHeatPark::noSupplyKeepsTheElectricityOnlyResult()
{
    const SimulationResult none = simulated(parsed(pztest::h1Project({}, R"("supply": "none")")));
    QVERIFY(none.ok);
    QVERIFY(!none.heat.present);
    QVERIFY(none.buildings.empty());
    QCOMPARE(none.park.emissions.fuelsAndHeatT, 0.0);
    // All imported: I = grid factor / kgce per kWh.
    QVERIFY(std::abs(none.park.intensityTCO2PerTce - pztest::kH1GridFactor / 0.1229) <= 1e-9);
    // The same building with district heat uses more energy and has heat.
    const SimulationResult heated = simulated(parsed(pztest::h1Project({}, R"("supply": "district_heat")")));
    QVERIFY(heated.heat.present);
    QCOMPARE(heated.hourly.consumptionKWh, none.hourly.consumptionKWh);
    QVERIFY(heated.heat.energyTce > none.park.annualConsumptionKWh * 0.1229 / 1000.0);
}

// Space heat only between the season's first and last day, both included; the season may wrap
// the new year. Hour 2519 is 15 April 23:00, hour 2520 16 April 00:00, hour 6888 15 October 00:00.
void TestHeatPark::seasonBoundaries()
{
    const SimulationResult season = simulated(parsed(pztest::h1Project({}, R"("supply": "district_heat")")));
    const SimulationResult dhwOnly =
        simulated(parsed(pztest::h1Project({}, R"("supply": "district_heat", "space_heating": false)")));
    QVERIFY(season.heat.present && dhwOnly.heat.present);
    const std::vector<double> &q = season.heat.hourlyHeatKWh, &w = dhwOnly.heat.hourlyHeatKWh;
    QCOMPARE(q.size(), std::size_t(kHoursPerYear));
    constexpr int kLastHour = 2519, kFirstHour = 6888;
    for (int h = 0; h < kHoursPerYear; ++h) {
        const bool inSeason = h <= kLastHour || h >= kFirstHour;
        if (!inSeason)
            QVERIFY2(q[std::size_t(h)] == w[std::size_t(h)], qPrintable(QString::number(h)));
        else
            QVERIFY2(q[std::size_t(h)] >= w[std::size_t(h)], qPrintable(QString::number(h)));
    }
    // The boundary days heat in their cold hours.
    double lastDay = 0, firstDay = 0;
    for (int h = kLastHour - 23; h <= kLastHour; ++h)
        lastDay += q[std::size_t(h)] - w[std::size_t(h)];
    for (int h = kFirstHour; h < kFirstHour + 24; ++h)
        firstDay += q[std::size_t(h)] - w[std::size_t(h)];
    QVERIFY(lastDay > 0);
    QVERIFY(firstDay > 0);
    // A whole-year season heats at least as much in every hour, and more over the year.
    const SimulationResult year = simulated(
        parsed(pztest::h1Project({}, R"("supply": "district_heat")", R"(, "season_start": "01-01", "season_end": "12-31")")));
    QVERIFY(year.heat.heatDemandKWh > season.heat.heatDemandKWh);
    // Monthly heat adds up to the year.
    const double months = std::accumulate(season.heat.monthlyHeatKWh.begin(), season.heat.monthlyHeatKWh.end(), 0.0);
    QVERIFY(std::abs(months - season.heat.heatDemandKWh) <= 1e-6 * season.heat.heatDemandKWh);
}

// Ground at 40 °C, floor heating: the source is 35 °C, every lift (≤ 15 K) is clipped to 15 K,
// so the COP is the same every hour: 0.85·(10.29 − 0.2084·15 + 0.001322·15²).
void TestHeatPark::heatPumpLiftIsClippedAtItsLowerBound()
{
    const SimulationResult r = simulated(parsed(pztest::h1Project(
        {}, R"("supply": "gshp", "emitter": "floor")", R"(, "ground_temperature": 40)")));
    QVERIFY(r.ok && r.heat.present);
    const double cop = 0.85 * (10.29 - 0.2084 * 15.0 + 0.001322 * 15.0 * 15.0);
    QVERIFY2(std::abs(r.buildings[0].scop - cop) <= 1e-9, qPrintable(QString::number(r.buildings[0].scop, 'g', 12)));
    QVERIFY(std::abs(heat::heatPumpCop(heat::HeatPumpSource::Ground, 30.0, 35.0) - cop) <= 1e-12);
}

// Heat electricity is consumption: the park's hourly consumption grows by it, hour by hour.
void TestHeatPark::heatElectricityIsPartOfTheLoad()
{
    const SimulationResult none = simulated(parsed(pztest::h1Project({}, R"("supply": "none")")));
    const SimulationResult ashp = simulated(parsed(pztest::h1Project({}, R"("supply": "ashp")")));
    QVERIFY(ashp.heat.heatElectricityKWh > 0);
    for (int h = 0; h < kHoursPerYear; ++h) {
        const std::size_t i = std::size_t(h);
        QVERIFY(std::abs(ashp.hourly.consumptionKWh[i] - none.hourly.consumptionKWh[i]
                         - ashp.heat.hourlyHeatElectricityKWh[i]) <= 1e-9);
    }
    QVERIFY(std::abs(ashp.park.annualConsumptionKWh - none.park.annualConsumptionKWh - ashp.heat.heatElectricityKWh)
            <= 1e-6);
    QCOMPARE(ashp.heat.electricity.quantity, ashp.park.annualConsumptionKWh);
}

void TestHeatPark::indicatorOverCarriersByHand()
{
    const Park park = smallPark();
    QCOMPARE(park.count(), 4);
    const SimulationResult r = simulated(park);
    QVERIFY(r.ok && r.heat.present);
    QCOMPARE(r.buildings.size(), std::size_t(3));
    const BuildingHeatResult *office = buildingOf(r, 1), *hall = buildingOf(r, 2), *lab = buildingOf(r, 3);
    QVERIFY(office && hall && lab);

    // Carriers from each building's heat.
    const double gasM3 = office->totalHeatKWh / 0.92 / (38.931 / 3.6);
    const double heatGJ = hall->totalHeatKWh * 0.0036;
    QVERIFY(std::abs(r.heat.naturalGas.quantity - gasM3) <= 1e-9 * gasM3);
    QVERIFY(std::abs(r.heat.purchasedHeat.quantity - heatGJ) <= 1e-9 * heatGJ);
    QCOMPARE(r.heat.rawCoal.quantity, 0.0);
    QVERIFY(std::abs(r.heat.heatElectricityKWh - lab->heatElectricityKWh) <= 1e-9);

    // tce and CO2 by hand; electricity at the market-based emissions of the park's dispatch.
    const double kWh = r.park.annualConsumptionKWh;
    const auto byHand = [&](double kgcePerKWh) {
        const double tce = kWh * kgcePerKWh / 1000 + gasM3 * 1.33 / 1000 + heatGJ * 34.12 / 1000;
        const double co2 = r.park.emissions.operationalMarketT + gasM3 * 2.162189 / 1000 + heatGJ * 0.11;
        return std::pair{tce, co2 / tce};
    };
    const auto [tce, intensity] = byHand(0.1229);
    QVERIFY(std::abs(r.heat.energyTce - tce) <= 1e-6 * tce);
    QVERIFY2(std::abs(r.park.intensityTCO2PerTce - intensity) <= 1e-6 * intensity,
             qPrintable(QStringLiteral("%1 vs %2").arg(r.park.intensityTCO2PerTce).arg(intensity)));
    QCOMPARE(r.park.intensityTCO2PerTce, r.heat.intensityEquivalentTCO2PerTce);
    const double coalMethod = byHand(0.3055).second;
    QVERIFY(std::abs(r.heat.intensityCoalMethodTCO2PerTce - coalMethod) <= 1e-6 * coalMethod);
    QVERIFY(r.heat.intensityCoalMethodTCO2PerTce < r.heat.intensityEquivalentTCO2PerTce);
    QCOMPARE(r.park.thresholdTCO2PerTce, 0.20);
    QCOMPARE(r.park.zeroCarbon, r.park.intensityTCO2PerTce <= 0.20);

    // Net emissions count the gas and the purchased heat beside the electricity.
    const EmissionsSummary &e = r.park.emissions;
    QVERIFY(std::abs(e.naturalGasT - gasM3 * 2.162189 / 1000) <= 1e-6 * e.naturalGasT);
    QVERIFY(std::abs(e.purchasedHeatT - heatGJ * 0.11) <= 1e-9 * e.purchasedHeatT);
    QCOMPARE(e.coalT, 0.0);
    QCOMPARE(e.fuelsAndHeatT, e.naturalGasT + e.coalT + e.purchasedHeatT);
    const double net = e.operationalMarketT + e.fuelsAndHeatT - e.sinkT - e.exportCreditT;
    QVERIFY(std::abs(e.netT - net) <= 1e-9 * net);
    QVERIFY(std::abs(e.netWithEmbodiedT - (net + e.embodiedAnnualT)) <= 1e-9 * net);

    // Clean share: electricity met on site plus green power, over every carrier's tce.
    const double metOnSiteKWh = r.park.selfSufficiencyPct / 100.0 * kWh;
    const double clean = 100.0 * (metOnSiteKWh + 2.0e5) * 0.1229 / 1000 / tce;
    QVERIFY(std::abs(r.park.cleanEnergySharePct - clean) <= 1e-6 * clean);
    QCOMPARE(r.heat.renewableSharePct, r.heat.cleanSharePct);   // gas is not clean by default

    // The verdict follows the site's conversion.
    Park coal = park;
    coal.site.heat.electricityKgcePerKWh = heat::kKgcePerKWhCoalConsumption;
    const SimulationResult c = simulated(coal);
    QCOMPARE(c.park.intensityTCO2PerTce, r.heat.intensityCoalMethodTCO2PerTce);
    QCOMPARE(c.heat.intensityEquivalentTCO2PerTce, r.heat.intensityEquivalentTCO2PerTce);

    // Each building on its own, and how many pass.
    int passing = 0;
    for (const BuildingHeatResult &b : r.buildings) {
        QVERIFY(b.electricityKWh > 0);
        QVERIFY(b.intensityTCO2PerTce > 0);
        passing += b.passesAlone ? 1 : 0;
        QCOMPARE(b.passesAlone, b.intensityTCO2PerTce <= b.thresholdTCO2PerTce);
    }
    QCOMPARE(r.heat.buildingsPassingAlone, passing);
    // The lab's heat pump electricity is part of its own electricity.
    QVERIFY(lab->electricityKWh > lab->heatElectricityKWh);
}

QTEST_GUILESS_MAIN(TestHeatPark)
#include "tst_heatpark.moc"
