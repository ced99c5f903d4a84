// SPDX-License-Identifier: GPL-3.0-or-later
// Heat kernels on their own: heating-season boundaries, the heat shape and use-type defaults,
// heat-pump COP clipping, the indicator over carriers by hand on a two-building park (each on
// its own and pooled), the verdict under the two electricity conversions, and the validation of
// the heat fields with their paths.

#include "heat/carriers.h"
#include "heat/heatdemand.h"
#include "heat/heatpumpcop.h"
#include "heat/heatseason.h"
#include "heat/heatsettings.h"
#include "heat/heatsupply.h"
#include "heat/parkheat.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace pz::heat;
using pz::UseType;

Q_DECLARE_METATYPE(pz::UseType)
Q_DECLARE_METATYPE(pz::heat::HeatPumpSource)
Q_DECLARE_METATYPE(pz::heat::BuildingHeat)
Q_DECLARE_METATYPE(pz::heat::SiteHeat)

namespace {

double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

bool near(double a, double b, double relTol = 1e-9)
{
    return std::abs(a - b) <= relTol * std::max(1.0, std::abs(b));
}

HeatingSeason season(int sm, int sd, int em, int ed)
{
    return HeatingSeason{{sm, sd}, {em, ed}};
}

// Hour of a date of 2023 (month 1..12).
int hourOf(int month, int day, int hour)
{
    return pz::solar::WeatherYear::hourIndex(month, day, hour);
}

// Two buildings by hand. A: 10 kWh/h electric load, 20 kWh/h of roof PV in the first 4380 hours
// of the year, 1000 GJ of district heat. B: 5 kWh/h, no PV, 10 000 m³ of natural gas.
// Grid 0.6849 kgCO2/kWh.
struct SmallPark {
    std::vector<double> loadA = std::vector<double>(8760, 10.0), loadB = std::vector<double>(8760, 5.0);
    std::vector<double> pvA = std::vector<double>(8760, 0.0);
    SmallPark() { std::fill(pvA.begin(), pvA.begin() + 4380, 20.0); }
    CarrierUse a() const
    {
        CarrierUse u = selfSuppliedElectricity(loadA, pvA, 0.6849);
        u.heatGJ = 1000;
        return u;
    }
    CarrierUse b() const
    {
        CarrierUse u = selfSuppliedElectricity(loadB, {}, 0.6849);
        u.gasM3 = 10000;
        return u;
    }
    CarrierUse pooled() const
    {
        std::vector<double> load(8760);
        for (std::size_t t = 0; t < load.size(); ++t)
            load[t] = loadA[t] + loadB[t];
        CarrierUse u = selfSuppliedElectricity(load, pvA, 0.6849);
        u.heatGJ = 1000;
        u.gasM3 = 10000;
        return u;
    }
};

} // namespace

class TstHeatKernels : public QObject {
    Q_OBJECT
private slots:
    void seasonBoundaries_data();
    void seasonBoundaries();
    void seasonHours_data();
    void seasonHours();
    void seasonMaskEdges();
    void siteDefaultSeason();
    void seasonText_data();
    void seasonText();
    void heatShapeLevels_data();
    void heatShapeLevels();
    void useTypeDefaults_data();
    void useTypeDefaults();
    void demandOverrides();
    void copClipping_data();
    void copClipping();
    void sinkAndSource();
    void supplyElectricity();
    void fuelCoefficients();
    void smallPark_data();
    void smallPark();
    void parkSums();
    void verdictByConversion();
    void thresholdBand();
    void buildingProblems_data();
    void buildingProblems();
    void siteProblems_data();
    void siteProblems();
    void keysAndParsing();
};

void TstHeatKernels::seasonBoundaries_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("ordos");     // 10-15 – 04-15, wraps the new year
    QTest::addColumn<bool>("spring");    // 03-01 – 05-31
    QTest::newRow("01-01") << 1 << 1 << true << false;
    QTest::newRow("02-28") << 2 << 28 << true << false;
    QTest::newRow("03-01") << 3 << 1 << true << true;
    QTest::newRow("04-15 last season day") << 4 << 15 << true << true;
    QTest::newRow("04-16 day after") << 4 << 16 << false << true;
    QTest::newRow("05-31") << 5 << 31 << false << true;
    QTest::newRow("06-01") << 6 << 1 << false << false;
    QTest::newRow("10-14 day before") << 10 << 14 << false << false;
    QTest::newRow("10-15 first season day") << 10 << 15 << true << false;
    QTest::newRow("12-31") << 12 << 31 << true << false;
}

void TstHeatKernels::seasonBoundaries()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, ordos);
    QFETCH(bool, spring);
    QCOMPARE(inSeason(season(10, 15, 4, 15), {month, day}), ordos);
    QCOMPARE(inSeason(season(3, 1, 5, 31), {month, day}), spring);
    QVERIFY(inSeason(HeatingSeason{}, {month, day}));   // whole year
}

void TstHeatKernels::seasonHours_data()
{
    QTest::addColumn<QString>("climate");
    QTest::addColumn<int>("hours");
    QTest::newRow("ordos") << "ordos" << 4392;
    QTest::newRow("baotou") << "baotou" << 4392;
    QTest::newRow("hohhot") << "hohhot" << 4392;
    QTest::newRow("urumqi") << "urumqi" << 4392;
    QTest::newRow("yinchuan") << "yinchuan" << 3624;
    QTest::newRow("beijing") << "beijing" << 2904;
    QTest::newRow("xian") << "xian" << 2904;
    QTest::newRow("lhasa") << "lhasa" << 2904;
    QTest::newRow("shanghai") << "shanghai" << 8760;
    QTest::newRow("phoenix") << "phoenix" << 8760;
    QTest::newRow("unknown id") << "atlantis" << 8760;
}

void TstHeatKernels::seasonHours()
{
    QFETCH(QString, climate);
    QFETCH(int, hours);
    QCOMPARE(pz::heat::seasonHours(statutorySeason(climate)), hours);
}

void TstHeatKernels::seasonMaskEdges()
{
    const std::vector<unsigned char> s = seasonMask(season(10, 15, 4, 15));
    QCOMPARE(int(s.size()), 8760);
    QCOMPARE(int(s[hourOf(4, 15, 23)]), 1);
    QCOMPARE(int(s[hourOf(4, 16, 0)]), 0);
    QCOMPARE(int(s[hourOf(10, 14, 23)]), 0);
    QCOMPARE(int(s[hourOf(10, 15, 0)]), 1);
    QCOMPARE(pz::heat::seasonHours(season(6, 1, 6, 1)), 24);   // one day, both ends included
}

void TstHeatKernels::siteDefaultSeason()
{
    QCOMPARE(defaultSeason(39.83, 109.98), season(10, 15, 4, 15));   // Ordos
    QCOMPARE(defaultSeason(39.9, 116.4), season(11, 15, 3, 15));     // Beijing
    QCOMPARE(defaultSeason(31.2, 121.5), HeatingSeason{});           // Shanghai: whole year
    QCOMPARE(siteHeatDefaults(38.5, 106.2).season, season(11, 1, 3, 31));   // Yinchuan
}

void TstHeatKernels::seasonText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("10-15") << "10-15" << true << 10 << 15;
    QTest::newRow("12-31") << "12-31" << true << 12 << 31;
    QTest::newRow("02-28") << "02-28" << true << 2 << 28;
    QTest::newRow("02-29 not in 2023") << "02-29" << false << 0 << 0;
    QTest::newRow("04-31") << "04-31" << false << 0 << 0;
    QTest::newRow("13-01") << "13-01" << false << 0 << 0;
    QTest::newRow("00-10") << "00-10" << false << 0 << 0;
    QTest::newRow("one digit") << "1-15" << false << 0 << 0;
    QTest::newRow("trailing") << "10-15x" << false << 0 << 0;
    QTest::newRow("slash") << "10/15" << false << 0 << 0;
}

void TstHeatKernels::seasonText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, month);
    QFETCH(int, day);
    const std::optional<SeasonDay> d = parseSeasonDay(text);
    QCOMPARE(d.has_value(), valid);
    if (valid) {
        QCOMPARE(*d, (SeasonDay{month, day}));
        QCOMPARE(formatSeasonDay(*d), text);
    }
}

void TstHeatKernels::heatShapeLevels_data()
{
    QTest::addColumn<UseType>("type");
    QTest::addColumn<int>("hour");
    QTest::addColumn<double>("expected");
    // Office: 260·10.5 + 52·2.8 + 53·1.2 = 2939.2 (no summer factor for heat).
    QTest::newRow("office weekday 10h") << UseType::Office << hourOf(1, 3, 10) << 0.90 / 2939.2;
    QTest::newRow("office July weekday 10h") << UseType::Office << hourOf(7, 4, 10) << 0.90 / 2939.2;
    QTest::newRow("office Saturday 10h") << UseType::Office << hourOf(1, 7, 10) << 0.30 / 2939.2;
    QTest::newRow("office Sunday 10h") << UseType::Office << hourOf(1, 1, 10) << 0.05 / 2939.2;
    // Two-shift: weekday 16 + 8·0.3 = 18.4, weekend 16·0.4 + 8·0.3 = 8.8; 260·18.4 + 105·8.8 = 5708.
    QTest::newRow("warehouse weekday 10h") << UseType::Warehouse << hourOf(1, 3, 10) << 1.0 / 5708.0;
    QTest::newRow("light mfg Sunday 3h") << UseType::LightManufacturing << hourOf(1, 1, 3) << 0.3 / 5708.0;
    // Flat plants.
    QTest::newRow("data centre") << UseType::DataCentre << 4000 << 1.0 / 8760.0;
    // Canteen: weekday 0.1·6 + 0.6·2 + 0.3·2 + 1·3 + 0.3·3 + 1·3 + 0.3·2 + 0.1·3 = 10.2;
    // Saturday × 0.5, Sunday × 0.3: 260·10.2 + 52·5.1 + 53·3.06 = 3079.38.
    QTest::newRow("canteen weekday lunch") << UseType::Canteen << hourOf(1, 3, 12) << 1.0 / 3079.38;
    QTest::newRow("canteen Sunday lunch") << UseType::Canteen << hourOf(1, 1, 12) << 0.3 / 3079.38;
}

void TstHeatKernels::heatShapeLevels()
{
    QFETCH(UseType, type);
    QFETCH(int, hour);
    QFETCH(double, expected);
    const std::vector<double> w = heatShape(type);
    QVERIFY(near(sum(w), 1.0, 1e-12));
    QVERIFY2(near(w[static_cast<std::size_t>(hour)], expected, 1e-12), qPrintable(QString::number(w[hour], 'g', 15)));
}

void TstHeatKernels::useTypeDefaults_data()
{
    QTest::addColumn<UseType>("type");
    QTest::addColumn<double>("h");
    QTest::addColumn<double>("tb");
    QTest::addColumn<double>("d");
    QTest::newRow("office") << UseType::Office << 0.90 << 18.0 << 5.0;
    QTest::newRow("canteen") << UseType::Canteen << 1.20 << 18.0 << 60.0;
    QTest::newRow("light manufacturing") << UseType::LightManufacturing << 0.90 << 16.0 << 8.0;
    QTest::newRow("pv module plant") << UseType::PvModulePlant << 0.90 << 16.0 << 8.0;
    QTest::newRow("battery cell plant") << UseType::BatteryCellPlant << 0.90 << 18.0 << 8.0;
    QTest::newRow("warehouse") << UseType::Warehouse << 0.60 << 10.0 << 1.0;
    QTest::newRow("hydrogen hall") << UseType::HydrogenHall << 1.00 << 10.0 << 2.0;
    QTest::newRow("data centre") << UseType::DataCentre << 0.00 << 18.0 << 1.0;
}

void TstHeatKernels::useTypeDefaults()
{
    QFETCH(UseType, type);
    QFETCH(double, h);
    QFETCH(double, tb);
    QFETCH(double, d);
    const HeatParameters p = heatParameters(type, BuildingHeat{});
    QCOMPARE(p.heatLossWPerM2K, h);
    QCOMPARE(p.balanceTempC, tb);
    QCOMPARE(p.dhwKWhPerM2Yr, d);
    QCOMPARE(p.processHeatKWhPerYr, 0.0);
    // A constant −2 °C year, whole-year season, 1000 m²: space heat = A·H·(T_b + 2)·8760/1000.
    BuildingHeatInput b;
    b.useType = type;
    b.floorAreaM2 = 1000;
    const HeatDemand r = heatDemand(b, std::vector<double>(8760, -2.0), HeatingSeason{});
    QVERIFY(near(r.spaceHeatKWh, 1000 * h * (tb + 2) * 8760 / 1000));
    QVERIFY(near(r.dhwHeatKWh, 1000 * d));
    QVERIFY(near(r.degreeHoursKh, (tb + 2) * 8760));
}

void TstHeatKernels::demandOverrides()
{
    BuildingHeatInput b;
    b.useType = UseType::Office;
    b.floorAreaM2 = 2000;
    b.heat.heatLossWPerM2K = 0.5;
    b.heat.balanceTempC = 15;
    b.heat.dhwKWhPerM2Yr = 10;
    b.heat.processHeatKWhPerYr = 87600;
    const std::vector<double> temp(8760, 5.0);
    const HeatDemand r = heatDemand(b, temp, season(10, 15, 4, 15));
    QCOMPARE(r.heatLossWPerK, 1000.0);
    QVERIFY(near(r.spaceHeatKWh, 1000 * 10.0 * 4392 / 1000));
    QVERIFY(near(r.dhwHeatKWh, 20000));
    QVERIFY(near(r.processHeatKWh, 87600));
    QVERIFY(near(r.processKWh[hourOf(1, 3, 10)], 87600 * 0.9 / 2939.2));   // the use-type shape
    QVERIFY(near(r.totalHeatKWh, r.spaceHeatKWh + r.dhwHeatKWh + r.processHeatKWh));

    b.heat.spaceHeating = false;   // DHW and process heat remain; degree-hours still reported
    const HeatDemand off = heatDemand(b, temp, season(10, 15, 4, 15));
    QCOMPARE(off.spaceHeatKWh, 0.0);
    QVERIFY(near(off.totalHeatKWh, 20000 + 87600));
    QVERIFY(near(off.degreeHoursKh, 10.0 * 4392));
}

void TstHeatKernels::copClipping_data()
{
    QTest::addColumn<HeatPumpSource>("source");
    QTest::addColumn<double>("liftK");
    QTest::addColumn<double>("clippedK");
    QTest::addColumn<double>("cop");
    // By hand: 0.85·(a0 + a1·ΔT + a2·ΔT²); the vertex −a1/(2·a2).
    QTest::newRow("ASHP lift 5 -> 15") << HeatPumpSource::Air << 5.0 << 15.0 << 4.056965;
    QTest::newRow("ASHP lift -10 -> 15") << HeatPumpSource::Air << -10.0 << 15.0 << 4.056965;
    QTest::newRow("ASHP lift 15") << HeatPumpSource::Air << 15.0 << 15.0 << 4.056965;
    QTest::newRow("ASHP lift 60 (not the paper's 2.108)") << HeatPumpSource::Air << 60.0 << 60.0 << 1.78874;
    QTest::newRow("ASHP lift 101 below vertex") << HeatPumpSource::Air << 101.0 << 101.0
                                                << 0.85 * (6.08 - 0.0941 * 101 + 0.000464 * 101 * 101);
    QTest::newRow("ASHP lift 130 -> vertex") << HeatPumpSource::Air << 130.0 << 101.400862069 << 1.112726024;
    QTest::newRow("GSHP lift 10 -> 15") << HeatPumpSource::Ground << 10.0 << 15.0 << 6.3422325;
    QTest::newRow("GSHP lift 78 below vertex") << HeatPumpSource::Ground << 78.0 << 78.0
                                               << 0.85 * (10.29 - 0.2084 * 78 + 0.001322 * 78 * 78);
    QTest::newRow("GSHP lift 90 -> vertex") << HeatPumpSource::Ground << 90.0 << 78.819969743 << 1.765415280;
}

void TstHeatKernels::copClipping()
{
    QFETCH(HeatPumpSource, source);
    QFETCH(double, liftK);
    QFETCH(double, clippedK);
    QFETCH(double, cop);
    QVERIFY(std::abs(clippedLiftK(source, liftK) - clippedK) < 1e-8);
    const double c = heatPumpCop(source, 20.0 + liftK, 20.0);
    QVERIFY2(std::abs(c - cop) < 1e-8, qPrintable(QString::number(c, 'g', 12)));
    // Beyond the vertex the COP never rises again.
    QVERIFY(heatPumpCop(source, 20.0 + liftK + 10.0, 20.0) <= c + 1e-12);
}

void TstHeatKernels::sinkAndSource()
{
    QCOMPARE(spaceHeatingSinkC(Emitter::Radiator, -10), 50.0);
    QCOMPARE(spaceHeatingSinkC(Emitter::Floor, -10), 35.0);
    QCOMPARE(sourceTempC(HeatPumpSource::Air, -10, 8), -10.0);
    QCOMPARE(sourceTempC(HeatPumpSource::Ground, -10, 8), 3.0);
    QVERIFY(std::abs(vertexLiftK(HeatPumpSource::Air) - 101.400862) < 5e-7);
    QVERIFY(std::abs(vertexLiftK(HeatPumpSource::Ground) - 78.819970) < 5e-7);
}

void TstHeatKernels::supplyElectricity()
{
    // A constant 0 °C year, whole-year season, 1000 m² warehouse (H 0.6, T_b 10, D 1):
    // Q_sh = 600·10/1000 = 6 kWh/h. ASHP radiator lift 40 K, hot water 50 K.
    BuildingHeatInput b;
    b.useType = UseType::Warehouse;
    b.floorAreaM2 = 1000;
    b.heat.supply = HeatSupply::Ashp;
    const std::vector<double> temp(8760, 0.0);
    const HeatDemand d = heatDemand(b, temp, HeatingSeason{});
    const HeatSupplyResult r = supplyHeat(d, b.heat, temp, 7.0);
    const double copSpace = 0.85 * (6.08 - 0.0941 * 40 + 0.000464 * 1600);
    const double copWater = 0.85 * (6.08 - 0.0941 * 50 + 0.000464 * 2500);
    QVERIFY(near(r.electricityKWh[100], 6.0 / copSpace + d.dhwKWh[100] / copWater));
    QVERIFY(near(r.spaceElectricityKWh, 6.0 * 8760 / copSpace));
    QVERIFY(near(r.waterElectricityKWh, 1000.0 / copWater));
    QVERIFY(near(r.scop, (6.0 * 8760 + 1000) / r.electricityTotalKWh));
    QCOMPARE(r.carrier, Carrier::Electricity);

    // Electric boiler: Q/0.98 every hour, added to the electric load.
    b.heat.supply = HeatSupply::ElectricBoiler;
    const HeatSupplyResult e = supplyHeat(d, b.heat, temp, 7.0);
    QVERIFY(near(e.electricityKWh[100], d.totalKWh[100] / 0.98));
    const std::vector<double> load = withHeatElectricity(std::vector<double>(8760, 2.0), e);
    QVERIFY(near(load[100], 2.0 + d.totalKWh[100] / 0.98));
    QVERIFY(near(sum(load), 2.0 * 8760 + d.totalHeatKWh / 0.98));

    // A user efficiency wins over the table; fuels stay out of the electric load.
    b.heat.supply = HeatSupply::GasBoiler;
    b.heat.efficiency = 1.0;
    const HeatSupplyResult g = supplyHeat(d, b.heat, temp, 7.0);
    QVERIFY(near(g.gasM3, d.totalHeatKWh / (38.931 / 3.6)));
    QCOMPARE(sum(g.electricityKWh), 0.0);
}

void TstHeatKernels::fuelCoefficients()
{
    QVERIFY(std::abs(kGasKgCO2PerM3 - 2.162189) < 5e-7);
    QVERIFY(std::abs(kCoalKgCO2PerKg - 1.866537) < 5e-7);
    QVERIFY(std::abs(kGasKWhPerM3 - 10.81417) < 5e-6);
    QVERIFY(std::abs(kCoalKWhPerKg - 5.807778) < 5e-7);
    QCOMPARE(kgcePerKWh(ElectricityConversion::CalorificEquivalent), 0.1229);
    QCOMPARE(kgcePerKWh(ElectricityConversion::CoalConsumption), 0.3055);
}

void TstHeatKernels::smallPark_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<double>("cleanDh");
    QTest::addColumn<bool>("gasClean");
    QTest::addColumn<double>("tce");
    QTest::addColumn<double>("co2");
    QTest::addColumn<double>("cleanPct");
    QTest::addColumn<double>("renewablePct");
    // A alone: 87 600 kWh of which 43 800 from its PV, 43 800 imported; 1000 GJ heat.
    const double tceA = 87600 * 0.1229 / 1000 + 1000 * 34.12 / 1000;
    const double co2A = 43800 * 0.6849 / 1000 + 1000 * 0.11;
    const double pvTceA = 43800 * 0.1229 / 1000;
    QTest::newRow("A alone") << "A" << 0.0 << false << tceA << co2A << 100 * pvTceA / tceA << 100 * pvTceA / tceA;
    QTest::newRow("A alone, heat half clean") << "A" << 0.5 << false << tceA << co2A
                                              << 100 * (pvTceA + 17.06) / tceA << 100 * (pvTceA + 17.06) / tceA;
    // B alone: 43 800 kWh all imported; 10 000 m³ of gas.
    const double tceB = 43800 * 0.1229 / 1000 + 10000 * 1.33 / 1000;
    const double co2B = 43800 * 0.6849 / 1000 + 10000 * 2.162189 / 1000;
    QTest::newRow("B alone") << "B" << 0.0 << false << tceB << co2B << 0.0 << 0.0;
    QTest::newRow("B alone, gas counted clean") << "B" << 0.0 << true << tceB << co2B << 100 * 13.3 / tceB << 0.0;
    // Pooled: 15 kWh/h against A's 20 kWh/h of PV in the first half year: 65 700 kWh from PV,
    // 65 700 imported; less CO2 than A and B on their own (B uses A's surplus).
    const double tceP = 131400 * 0.1229 / 1000 + 34.12 + 13.3;
    const double co2P = 65700 * 0.6849 / 1000 + 110 + 21.62189;
    QTest::newRow("pooled") << "pooled" << 0.0 << false << tceP << co2P << 100 * 65700 * 0.1229 / 1000 / tceP
                            << 100 * 65700 * 0.1229 / 1000 / tceP;
    QTest::newRow("pooled, heat clean, gas clean") << "pooled" << 1.0 << true << tceP << co2P
                                                   << 100 * (65700 * 0.1229 / 1000 + 34.12 + 13.3) / tceP
                                                   << 100 * (65700 * 0.1229 / 1000 + 34.12) / tceP;
}

void TstHeatKernels::smallPark()
{
    QFETCH(QString, who);
    QFETCH(double, cleanDh);
    QFETCH(bool, gasClean);
    QFETCH(double, tce);
    QFETCH(double, co2);
    QFETCH(double, cleanPct);
    QFETCH(double, renewablePct);
    const SmallPark park;
    const CarrierUse use = who == "A" ? park.a() : who == "B" ? park.b() : park.pooled();
    IndicatorSettings s;
    s.districtHeatCleanShare = cleanDh;
    s.gasCountsAsClean = gasClean;
    const CarrierIndicator r = carrierIndicator(use, s);
    QVERIFY(near(r.tceTotal, tce, 1e-9));
    QVERIFY(near(r.co2TotalT, co2, 1e-7));   // 2.162189 is the printed gas factor
    QVERIFY(near(r.intensityTCO2PerTce, co2 / tce, 1e-7));
    QVERIFY(near(r.cleanSharePct, cleanPct, 1e-9));
    QVERIFY(near(r.renewableSharePct, renewablePct, 1e-9));
    QCOMPARE(r.thresholdTCO2PerTce, 0.20);
    QCOMPARE(r.zeroCarbon, false);
    QCOMPARE(r.cleanShareMet, cleanPct >= 90.0);
    if (who == "pooled") {   // sharing A's surplus lowers the CO2 below the sum of the two alone
        const double alone = carrierIndicator(park.a(), s).co2TotalT + carrierIndicator(park.b(), s).co2TotalT;
        QVERIFY(near(alone - r.co2TotalT, 21900 * 0.6849 / 1000, 1e-9));
    }
}

// Two warehouses of 1000 m² in a constant 0 °C year, no hot water (6 kWh/h of space heat each,
// so a constant heat-pump electricity): one ASHP, one gas boiler; summed into the park, pooled
// with its electricity, and one on its own against its PV.
void TstHeatKernels::parkSums()
{
    BuildingHeatInput b;
    b.useType = UseType::Warehouse;
    b.floorAreaM2 = 1000;
    b.heat.dhwKWhPerM2Yr = 0.0;
    const std::vector<double> temp(8760, 0.0);
    const HeatDemand d = heatDemand(b, temp, HeatingSeason{});
    BuildingHeat ashp, gas;
    ashp.supply = HeatSupply::Ashp;
    gas.supply = HeatSupply::GasBoiler;
    const HeatSupplyResult sa = supplyHeat(d, ashp, temp, 7.0), sg = supplyHeat(d, gas, temp, 7.0);
    const ParkHeat p = sumParkHeat({d, d}, {sa, sg});
    const double q = 6.0 * 8760;
    QVERIFY(near(p.heatTotalKWh, 2 * q));
    QVERIFY(near(p.heatByCarrierKWh[std::size_t(Carrier::Electricity)], q));
    QVERIFY(near(p.heatByCarrierKWh[std::size_t(Carrier::NaturalGas)], q));
    QCOMPARE(p.heatByCarrierKWh[std::size_t(Carrier::PurchasedHeat)], 0.0);
    QVERIFY(near(p.heatKWh[100], 2 * d.totalKWh[100]));
    QVERIFY(near(p.heatElectricityKWh[100], sa.electricityKWh[100]));
    QVERIFY(near(p.heatElectricityTotalKWh, sa.electricityTotalKWh));
    QVERIFY(near(p.fuels.gasM3, q / 0.92 / (38.931 / 3.6)));
    QCOMPARE(p.fuels.electricityKWh, 0.0);

    const CarrierUse pooled = pooledUse(5.0e5, 100.0, 2.0e5, 5.0e4, p);
    QCOMPARE(pooled.electricityKWh, 5.0e5);
    QCOMPARE(pooled.electricityCO2T, 100.0);
    QCOMPARE(pooled.cleanElectricityKWh, 2.5e5);
    QCOMPARE(pooled.gasM3, p.fuels.gasM3);

    // On its own: the ASHP building's 2 kWh/h load plus its heat electricity, 3 kWh/h of PV.
    const CarrierUse own = buildingOnItsOwn(std::vector<double>(8760, 2.0), std::vector<double>(8760, 3.0), sa, 0.5);
    const double e = 2.0 + 6.0 / (0.85 * (6.08 - 0.0941 * 40 + 0.000464 * 1600));   // every hour
    QVERIFY(near(own.electricityKWh, 8760 * e));
    QVERIFY(near(own.cleanElectricityKWh, 8760 * std::min(e, 3.0)));
    QVERIFY(near(own.electricityCO2T, 8760 * std::max(0.0, e - 3.0) * 0.5 / 1000));
    QCOMPARE(own.gasM3, 0.0);
    QVERIFY(near(buildingOnItsOwn({}, {}, sg, 0.5).gasM3, p.fuels.gasM3));
}

// A park drawing 1 GWh with 950 MWh from its own PV: 50 000 kWh imported at 0.6849 = 34.245 t.
// Under 0.1229 kgce/kWh it uses 122.9 tce, I = 0.2786 > 0.20: not zero-carbon; under the coal-
// consumption method 305.5 tce, I = 0.1121: zero-carbon. The report must say which was used.
void TstHeatKernels::verdictByConversion()
{
    CarrierUse use;
    use.electricityKWh = 1.0e6;
    use.cleanElectricityKWh = 0.95e6;
    use.electricityCO2T = 50000 * 0.6849 / 1000;
    IndicatorSettings eq;
    const CarrierIndicator a = carrierIndicator(use, eq);
    QVERIFY(near(a.intensityTCO2PerTce, 34.245 / 122.9));
    QCOMPARE(a.zeroCarbon, false);
    IndicatorSettings coal;
    coal.electricityKgcePerKWh = kKgcePerKWhCoalConsumption;
    const CarrierIndicator b = carrierIndicator(use, coal);
    QVERIFY(near(b.intensityTCO2PerTce, 34.245 / 305.5));
    QCOMPARE(b.zeroCarbon, true);
    QVERIFY(near(a.cleanSharePct, 95.0) && near(b.cleanSharePct, 95.0));   // a share of kWh either way
    QVERIFY(a.cleanShareMet && a.renewableShareMet);
    // Embodied carbon added to the numerator tips the coal-method verdict: (34.245 + 30)/305.5.
    coal.embodiedT = 30;
    QCOMPARE(carrierIndicator(use, coal).zeroCarbon, false);
}

void TstHeatKernels::thresholdBand()
{
    CarrierUse use;
    use.heatGJ = 1.0e6 / 34.12 * 1000;   // exactly 1 000 000 tce of purchased heat
    IndicatorSettings s;
    s.heatTCO2PerGJ = 0.25 * 34.12 / 1000;   // I = 0.25
    const CarrierIndicator big = carrierIndicator(use, s);
    QCOMPARE(big.thresholdTCO2PerTce, 0.30);
    QVERIFY(near(big.intensityTCO2PerTce, 0.25));
    QCOMPARE(big.zeroCarbon, true);
    use.heatGJ *= 0.5;
    const CarrierIndicator small = carrierIndicator(use, s);
    QCOMPARE(small.thresholdTCO2PerTce, 0.20);
    QCOMPARE(small.zeroCarbon, false);
    // No energy use and no emission: nothing to fail.
    QCOMPARE(carrierIndicator(CarrierUse{}, s).zeroCarbon, true);
}

void TstHeatKernels::buildingProblems_data()
{
    QTest::addColumn<BuildingHeat>("heat");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected");
    auto with = [](auto change) {
        BuildingHeat h;
        change(h);
        return h;
    };
    QTest::newRow("defaults") << BuildingHeat{} << "heat" << QStringList{};
    QTest::newRow("version 1") << BuildingHeat::fromVersion1() << "heat" << QStringList{};
    QTest::newRow("gas efficiency 1.5")
        << with([](BuildingHeat &h) { h.supply = HeatSupply::GasBoiler; h.efficiency = 1.5; }) << "heat"
        << QStringList{"heat.efficiency: must be > 0 and at most 1.1 for the supply \"gas_boiler\" (got 1.5)"};
    QTest::newRow("condensing gas 1.05 ok")
        << with([](BuildingHeat &h) { h.supply = HeatSupply::GasBoiler; h.efficiency = 1.05; }) << "heat" << QStringList{};
    QTest::newRow("district heat efficiency 0")
        << with([](BuildingHeat &h) { h.efficiency = 0.0; }) << "buildings[3].heat"
        << QStringList{"buildings[3].heat.efficiency: must be > 0 and at most 1 for the supply \"district_heat\" (got 0)"};
    QTest::newRow("efficiency on a heat pump")
        << with([](BuildingHeat &h) { h.supply = HeatSupply::Ashp; h.efficiency = 3.0; }) << "heat"
        << QStringList{"heat.efficiency: is not used by the supply \"ashp\"; leave it null (got 3)"};
    QTest::newRow("negative heat loss")
        << with([](BuildingHeat &h) { h.heatLossWPerM2K = -1.0; }) << "heat"
        << QStringList{"heat.heat_loss_W_per_m2K: must be between 0 and 10 (got -1)"};
    QTest::newRow("balance temperature not finite")
        << with([](BuildingHeat &h) { h.balanceTempC = std::nan(""); }) << "heat"
        << QStringList{"heat.balance_temp_C: must be a finite number (got nan)"};
    QTest::newRow("two problems")
        << with([](BuildingHeat &h) { h.dhwKWhPerM2Yr = 2000.0; h.processHeatKWhPerYr = -5; }) << "heat"
        << QStringList{"heat.dhw_kWh_per_m2: must be between 0 and 1000 (got 2000)",
                       "heat.process_heat_kWh: must be between 0 and 1e+12 (got -5)"};
}

void TstHeatKernels::buildingProblems()
{
    QFETCH(BuildingHeat, heat);
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);
    QCOMPARE(problems(heat, prefix), expected);
}

void TstHeatKernels::siteProblems_data()
{
    QTest::addColumn<SiteHeat>("heat");
    QTest::addColumn<QStringList>("expected");
    auto with = [](auto change) {
        SiteHeat h;
        change(h);
        return h;
    };
    QTest::newRow("defaults") << SiteHeat{} << QStringList{};
    QTest::newRow("season 02-30")
        << with([](SiteHeat &h) { h.season.start = {2, 30}; })
        << QStringList{"site.heat.season_start: must be a day of the year as MM-DD (got 02-30)"};
    QTest::newRow("season end month 13")
        << with([](SiteHeat &h) { h.season.end = {13, 1}; })
        << QStringList{"site.heat.season_end: must be a day of the year as MM-DD (got 13-01)"};
    QTest::newRow("ground 80")
        << with([](SiteHeat &h) { h.groundTempC = 80.0; })
        << QStringList{"site.heat.ground_temperature: must be between -30 and 40 (got 80)"};
    QTest::newRow("kgce 0")
        << with([](SiteHeat &h) { h.electricityKgcePerKWh = 0; })
        << QStringList{"site.heat.electricity_kgce_per_kWh: must be > 0 and at most 1 (got 0)"};
    QTest::newRow("heat factor negative")
        << with([](SiteHeat &h) { h.heatFactorTCO2PerGJ = -0.1; })
        << QStringList{"site.heat.heat_factor_tCO2_per_GJ: must be between 0 and 1 (got -0.1)"};
    QTest::newRow("clean share 1.5")
        << with([](SiteHeat &h) { h.districtHeatCleanShare = 1.5; })
        << QStringList{"site.heat.district_heat_clean_share: must be between 0 and 1 (got 1.5)"};
}

void TstHeatKernels::siteProblems()
{
    QFETCH(SiteHeat, heat);
    QFETCH(QStringList, expected);
    QCOMPARE(problems(heat), expected);
}

void TstHeatKernels::keysAndParsing()
{
    for (int i = 0; i < kHeatSupplyCount; ++i) {
        const auto s = static_cast<HeatSupply>(i);
        QCOMPARE(heatSupplyFromKey(toKey(s)), std::optional<HeatSupply>(s));
        QVERIFY(!displayName(s).isEmpty());
    }
    QCOMPARE(BuildingHeat{}.supply, HeatSupply::DistrictHeat);
    QCOMPARE(BuildingHeat::fromVersion1().supply, HeatSupply::None);
    QString problem;
    QVERIFY(!parseSupply("oil", "buildings[2].heat.supply", &problem));
    QCOMPARE(problem, QStringLiteral("buildings[2].heat.supply: unknown supply \"oil\" (expected one of none, "
                                     "district_heat, gas_boiler, coal_boiler, electric_boiler, ashp, gshp)"));
    QCOMPARE(parseSupply("gshp", "heat.supply", &problem), std::optional<HeatSupply>(HeatSupply::Gshp));
    QVERIFY(!parseEmitter("wall", "heat.emitter", &problem));
    QCOMPARE(problem, QStringLiteral("heat.emitter: unknown emitter \"wall\" (expected one of radiator, floor)"));
    QVERIFY(!parseSeasonDay("1-15", "site.heat.season_start", &problem));
    QCOMPARE(problem, QStringLiteral("site.heat.season_start: must be a day of the year as MM-DD, e.g. 10-15 (got \"1-15\")"));
    QCOMPARE(parseSeasonDay("04-15", "site.heat.season_end", &problem), std::optional<SeasonDay>(SeasonDay{4, 15}));
}

QTEST_GUILESS_MAIN(TstHeatKernels)
#include "tst_heatkernels.moc"
