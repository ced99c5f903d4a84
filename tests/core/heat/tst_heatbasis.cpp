// SPDX-License-Identifier: GPL-3.0-or-later
// The heat basis against the hour-by-hour definitions: for every use type and supply, a
// building's year made of shared series (buildingHeatYear) equals heatDemand() + supplyHeat() in
// its sums, peak, months and every hour, to rounding; a basis for another season of the same
// climate equals a fresh one bit for bit; and a sum of terms equals the sum of the buildings'
// hourly series.

#include "common/units.h"
#include "heat/heatbasis.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace pz::heat;
using pz::UseType;

Q_DECLARE_METATYPE(pz::UseType)
Q_DECLARE_METATYPE(pz::heat::BuildingHeat)

namespace {

constexpr double kRelTol = 1e-12;

bool near(double a, double b)
{
    return std::abs(a - b) <= kRelTol * std::max(1.0, std::abs(b));
}

// A year from −25 °C in January to +25 °C in July with a daily swing of ±6 K: every COP clip
// and both signs of T_b − T are reached.
std::shared_ptr<const TemperatureSource> syntheticTemperature()
{
    std::vector<double> t(static_cast<std::size_t>(pz::kHoursPerYear));
    for (std::size_t h = 0; h < t.size(); ++h)
        t[h] = -25.0 * std::cos(2 * std::numbers::pi * double(h) / 8760.0)
            + 6.0 * std::sin(2 * std::numbers::pi * double(h % 24) / 24.0);
    return std::make_shared<const TemperatureSource>(temperatureSource(std::move(t)));
}

HeatingSeason ordosSeason()
{
    HeatingSeason s;
    s.start = {10, 15};
    s.end = {4, 15};
    return s;
}

} // namespace

class TstHeatBasis : public QObject
{
    Q_OBJECT
private slots:
    void buildingYearEqualsHourByHour_data();
    void buildingYearEqualsHourByHour();
    void anotherSeasonEqualsAFreshBasis();
    void termSumEqualsTheBuildingsSum();
};

void TstHeatBasis::buildingYearEqualsHourByHour_data()
{
    QTest::addColumn<UseType>("use");
    QTest::addColumn<BuildingHeat>("heat");
    const std::pair<const char *, BuildingHeat> variants[] = {
        {"gas", {HeatSupply::GasBoiler}},
        {"coal 0.7", [] { BuildingHeat h{HeatSupply::CoalBoiler}; h.efficiency = 0.7; return h; }()},
        {"district", {HeatSupply::DistrictHeat}},
        {"electric boiler", {HeatSupply::ElectricBoiler}},
        {"ashp radiator", {HeatSupply::Ashp}},
        {"ashp floor, process", [] {
             BuildingHeat h{HeatSupply::Ashp, Emitter::Floor};
             h.processHeatKWhPerYr = 250000;
             return h;
         }()},
        {"gshp, overrides", [] {
             BuildingHeat h{HeatSupply::Gshp};
             h.heatLossWPerM2K = 1.4;
             h.balanceTempC = 20;
             h.dhwKWhPerM2Yr = 12;
             return h;
         }()},
        {"ashp, no space heating", [] {
             BuildingHeat h{HeatSupply::Ashp};
             h.spaceHeating = false;
             h.processHeatKWhPerYr = 1000;
             return h;
         }()},
        {"none", {HeatSupply::None}},
    };
    for (int u = 0; u < pz::kUseTypeCount; ++u)
        for (const auto &[name, heat] : variants)
            QTest::addRow("%s, use %d", name, u) << UseType(u) << heat;
}

void TstHeatBasis::buildingYearEqualsHourByHour()
{
    QFETCH(UseType, use);
    QFETCH(BuildingHeat, heat);
    const std::shared_ptr<const TemperatureSource> temperature = syntheticTemperature();
    const double groundC = 6.5;
    const HeatBasis basis(temperature, ordosSeason(), groundC);
    const BuildingHeatInput input{use, 3456.789, heat};

    const BuildingHeatYear y = buildingHeatYear(input, basis);
    const HeatDemand d = heatDemand(input, temperature->tempC, ordosSeason());
    const HeatSupplyResult s = supplyHeat(d, heat, temperature->tempC, groundC);

    QVERIFY(near(y.demand.spaceHeatKWh, d.spaceHeatKWh));
    QVERIFY(near(y.demand.dhwHeatKWh, d.dhwHeatKWh));
    QVERIFY(near(y.demand.processHeatKWh, d.processHeatKWh));
    QVERIFY(near(y.demand.totalHeatKWh, d.totalHeatKWh));
    QVERIFY(near(y.demand.degreeHoursKh, d.degreeHoursKh));
    QCOMPARE(y.demand.heatLossWPerK, d.heatLossWPerK);
    QVERIFY2(near(y.demand.peakHeatKW, d.peakHeatKW), qPrintable(QString::number(y.demand.peakHeatKW - d.peakHeatKW)));
    QCOMPARE(y.demand.peakHour, d.peakHour);
    QCOMPARE(y.supply.carrier, s.carrier);
    QCOMPARE(y.supply.efficiency, s.efficiency);
    QVERIFY(near(y.supply.carrierQuantity(), s.carrierQuantity()));
    QVERIFY(near(y.supply.electricityTotalKWh, s.electricityTotalKWh));
    QVERIFY(near(y.supply.spaceElectricityKWh, s.spaceElectricityKWh));
    QVERIFY(near(y.supply.waterElectricityKWh, s.waterElectricityKWh));
    QVERIFY(near(y.supply.scop, s.scop));
    QVERIFY(y.demand.totalKWh.empty() && y.supply.electricityKWh.empty());   // no hourly storage

    std::array<double, 12> monthly{};
    for (int t = 0; t < pz::kHoursPerYear; ++t) {
        const std::size_t h = std::size_t(t);
        QVERIFY2(near(y.terms.heatAt(h), d.totalKWh[h]), qPrintable(QStringLiteral("heat at hour %1").arg(t)));
        QVERIFY2(near(y.terms.electricityAt(h), s.electricityKWh[h]),
                 qPrintable(QStringLiteral("electricity at hour %1").arg(t)));
        monthly[std::size_t(pz::solar::WeatherYear::monthOfHour(t))] += d.totalKWh[h];
    }
    for (std::size_t m = 0; m < 12; ++m)
        QVERIFY(near(y.monthlyHeatKWh[m], monthly[m]));
}

void TstHeatBasis::anotherSeasonEqualsAFreshBasis()
{
    const std::shared_ptr<const TemperatureSource> temperature = syntheticTemperature();
    const HeatBasis first(temperature, ordosSeason(), 7.0);
    BuildingHeat ashp{HeatSupply::Ashp, Emitter::Floor};
    ashp.processHeatKWhPerYr = 5000;
    const BuildingHeatInput input{UseType::Canteen, 800, ashp};
    const BuildingHeatYear before = buildingHeatYear(input, first);   // makes the COP series

    HeatingSeason shorter = ordosSeason();
    shorter.end = {3, 31};
    const HeatBasis derived(first, shorter), fresh(temperature, shorter, 7.0);
    const BuildingHeatYear a = buildingHeatYear(input, derived), b = buildingHeatYear(input, fresh);
    QVERIFY(a.demand.spaceHeatKWh < before.demand.spaceHeatKWh);
    QCOMPARE(a.demand.spaceHeatKWh, b.demand.spaceHeatKWh);
    QCOMPARE(a.supply.electricityTotalKWh, b.supply.electricityTotalKWh);
    QCOMPARE(a.demand.peakHeatKW, b.demand.peakHeatKW);
    QCOMPARE(a.terms.spaceElectricity.series->hourly, b.terms.spaceElectricity.series->hourly);
    // The hot-water electricity does not depend on the season: the derived basis shares it.
    QCOMPARE(a.terms.waterElectricity.series.get(), before.terms.waterElectricity.series.get());
    QCOMPARE(a.terms.waterElectricity.series->hourly, b.terms.waterElectricity.series->hourly);
}

void TstHeatBasis::termSumEqualsTheBuildingsSum()
{
    const std::shared_ptr<const TemperatureSource> temperature = syntheticTemperature();
    const HeatBasis basis(temperature, ordosSeason(), 7.0);
    HeatTermSum heat, electricity;
    std::vector<double> heatRef(std::size_t(pz::kHoursPerYear), 0.0), electricityRef = heatRef;
    for (int i = 0; i < 40; ++i) {
        BuildingHeat h{HeatSupply(1 + i % (kHeatSupplyCount - 1)), Emitter(i % 2)};
        const BuildingHeatInput input{UseType(i % pz::kUseTypeCount), 500.0 + 37.0 * i, h};
        const BuildingHeatYear y = buildingHeatYear(input, basis);
        for (const HeatTerm *t : {&y.terms.space, &y.terms.water})
            heat.add(*t);
        for (const HeatTerm *t : {&y.terms.spaceElectricity, &y.terms.waterElectricity})
            electricity.add(*t);
        const HeatDemand d = heatDemand(input, temperature->tempC, ordosSeason());
        const HeatSupplyResult s = supplyHeat(d, h, temperature->tempC, 7.0);
        for (std::size_t t = 0; t < heatRef.size(); ++t) {
            heatRef[t] += d.totalKWh[t];
            electricityRef[t] += s.electricityKWh[t];
        }
    }
    const std::vector<double> heatSum = heat.hourly(), electricitySum = electricity.hourly();
    for (std::size_t t = 0; t < heatRef.size(); ++t) {
        QVERIFY(near(heatSum[t], heatRef[t]));
        QVERIFY(near(electricitySum[t], electricityRef[t]));
    }
    // The same terms in the same order compare equal; one more building does not.
    HeatTermSum again = heat;
    QVERIFY(again == heat);
    again.add({1.0, basis.degreeHours(18.0)});
    QVERIFY(!(again == heat));
}

QTEST_APPLESS_MAIN(TstHeatBasis)
#include "tst_heatbasis.moc"
