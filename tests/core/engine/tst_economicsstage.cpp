// SPDX-License-Identifier: GPL-3.0-or-later
// The economics of a whole park run (spec §15 with §12–§14): heat supplies bring their fuels
// and equipment into the design's bill and capex; `bau_heat_supply` serves the same demand with
// another technology in the BAU park; on-site turbines and off-site wind plants are costed by
// their rated power and their energy is not degraded over the years.

#include "economics/lifecycle.h"
#include "engine/simulation.h"
#include "heat/carriers.h"
#include "heatpark.h"
#include "io/projectfile.h"
#include "testsupport.h"
#include "windprojects.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

Q_DECLARE_METATYPE(pz::economics::HeatTechnology)

namespace {

Park parsed(const QByteArray &json)
{
    const io::LoadResult loaded = io::parseProject(json, QStringLiteral("economics.parkzero"));
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

const economics::Component *component(const std::vector<economics::Component> &list, const QString &key)
{
    for (const economics::Component &c : list)
        if (c.key == key)
            return &c;
    return nullptr;
}

bool near(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

} // namespace

class TestEconomicsStage : public QObject
{
    Q_OBJECT

private slots:
    // H1 (one office in Ordos, built-in climate) with each fuel supply: the year-1 bill carries
    // the fuel at its price, the capex the equipment sized by the peak heat demand.
    void fuelSupplyInBillAndCapex_data()
    {
        QTest::addColumn<QByteArray>("supply");
        QTest::addColumn<QString>("componentKey");
        QTest::addColumn<economics::HeatTechnology>("technology");
        QTest::newRow("gas boiler") << QByteArray("gas_boiler") << QStringLiteral("heat.gas_boiler")
                                    << economics::HeatTechnology::GasBoiler;
        QTest::newRow("coal boiler") << QByteArray("coal_boiler") << QStringLiteral("heat.coal_boiler")
                                     << economics::HeatTechnology::CoalBoiler;
        QTest::newRow("district heat") << QByteArray("district_heat") << QStringLiteral("heat.district_heat")
                                       << economics::HeatTechnology::DistrictHeat;
    }
    void fuelSupplyInBillAndCapex()
    {
        QFETCH(QByteArray, supply);
        QFETCH(QString, componentKey);
        QFETCH(economics::HeatTechnology, technology);
        const Park park = parsed(pztest::h1Project({}, "\"supply\": \"" + supply + "\""));
        const SimulationResult r = simulated(park);
        QVERIFY(r.ok && r.economics && r.heat.present);
        const economics::EconomicsResult &e = *r.economics;
        const economics::FuelPrices &prices = park.site.economics.fuelPrices;
        const double fuelCNY = r.heat.naturalGas.quantity * prices.gasCNYPerM3 + r.heat.rawCoal.quantity * prices.coalCNYPerT +
                               r.heat.purchasedHeat.quantity * prices.heatCNYPerGJ;
        QVERIFY(fuelCNY > 0);
        QVERIFY2(near(e.billYear1.gasCNY + e.billYear1.coalCNY + e.billYear1.heatCNY, fuelCNY),
                 qPrintable(QStringLiteral("%1 vs %2").arg(e.billYear1.gasCNY + e.billYear1.coalCNY + e.billYear1.heatCNY).arg(fuelCNY)));
        // bau_heat_supply "same": the BAU park burns the same fuel.
        QVERIFY(near(e.billBau.gasCNY + e.billBau.coalCNY + e.billBau.heatCNY, fuelCNY));
        // The equipment, where it costs anything (a district-heat connection costs 0 by default).
        const economics::Component *c = component(e.components, componentKey);
        const economics::HeatCosts &costs = park.site.economics.costs.heatCosts(technology);
        const double capexCNY = r.buildings[0].peakHeatKW * park.site.economics.costs.heatSizingFactor * costs.capexCNYPerKWth;
        if (capexCNY > 0) {
            QVERIFY(c);
            QVERIFY(near(c->flow.capexCNY, capexCNY));
        } else {
            QVERIFY(!c || c->flow.capexCNY == 0);
        }
        // The fuel's CO2 is in every year's emissions, design and BAU alike.
        QVERIFY(!e.years.empty());
        QVERIFY(e.years[0].co2T > 0);
    }

    // A BAU technology other than "same": the design burns gas, the BAU park runs heat pumps
    // on the same demand; the BAU bill has no gas and more electricity, its capex the heat pumps.
    void bauHeatSupplyServesTheSameDemand()
    {
        Park park = parsed(pztest::h1Project({}, "\"supply\": \"gas_boiler\""));
        park.site.economics.bauHeatSupply = economics::HeatTechnology::AirSourceHeatPump;
        const SimulationResult r = simulated(park);
        QVERIFY(r.ok && r.economics);
        const economics::EconomicsResult &e = *r.economics;
        QVERIFY(e.billYear1.gasCNY > 0);
        QCOMPARE(e.billBau.gasCNY, 0.0);
        QVERIFY(e.billBau.electricity.importKWh > e.billYear1.electricity.importKWh);
        QVERIFY(component(e.bauComponents, QStringLiteral("heat.ashp")));
        QVERIFY(!component(e.bauComponents, QStringLiteral("heat.gas_boiler")));
        QVERIFY(component(e.components, QStringLiteral("heat.gas_boiler")));
        // The design's own heat pump run gives the same BAU electricity as the BAU technology.
        Park ashp = parsed(pztest::h1Project({}, "\"supply\": \"ashp\""));
        const SimulationResult a = simulated(ashp);
        QVERIFY(a.ok && a.economics);
        QVERIFY2(near(e.billBau.electricity.importKWh, a.economics->billYear1.electricity.importKWh, 1e-12),
                 qPrintable(QStringLiteral("%1 vs %2").arg(e.billBau.electricity.importKWh, 0, 'f', 6)
                                .arg(a.economics->billYear1.electricity.importKWh, 0, 'f', 6)));
    }

    // §15.2 and §15.3: a turbine is costed by its rated power and its energy is the same every year.
    void onSiteTurbineCostedAndNotDegraded()
    {
        const QString epw = pztest::dongshengEpw();
        if (epw.isEmpty())
            QSKIP("the reference weather file is not here");
        const Park park = parsed(pztest::turbineRowProject(epw, {{0, 0}}));
        const SimulationResult r = simulated(park);
        QVERIFY(r.ok && r.economics);
        QCOMPARE(r.turbines.size(), std::size_t(1));
        const economics::EconomicsResult &e = *r.economics;
        const economics::Component *wind = component(e.components, QStringLiteral("wind"));
        QVERIFY(wind);
        QVERIFY(near(wind->flow.capexCNY, r.turbines[0].ratedKW * park.site.economics.costs.windCapexCNYPerKW));
        QVERIFY(e.years.size() >= 2);
        QVERIFY(e.years[0].generationKWh > 0);
        QVERIFY(near(e.years[0].generationKWh, r.park.annualGenerationKWh, 1e-9));
        QCOMPARE(e.years[1].generationKWh, e.years[0].generationKWh);
        QVERIFY(e.lcoeCNYPerKWh.has_value());
    }

    // An off-site wind plant: its nameplate is costed as wind, its delivered energy reaches the
    // park every year, undegraded, and the direct line is costed by its length.
    void offSitePlantCostedWithItsLine()
    {
        const QString epw = pztest::dongshengEpw();
        if (epw.isEmpty())
            QSKIP("the reference weather file is not here");
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("load.csv"));
        QVERIFY(pztest::writeConstantProfile(profile, 15000));
        Park park = parsed(pztest::offsitePlantProject(epw, profile));
        park.site.economics.directLineKm = 12;
        const SimulationResult r = simulated(park);
        QVERIFY(r.ok && r.economics);
        QCOMPARE(r.offsite.size(), std::size_t(1));
        const economics::EconomicsResult &e = *r.economics;
        const economics::Component *wind = component(e.components, QStringLiteral("wind"));
        QVERIFY(wind);
        QVERIFY(near(wind->flow.capexCNY, r.offsite[0].capacityKW * park.site.economics.costs.windCapexCNYPerKW));
        const economics::Component *line = component(e.components, QStringLiteral("direct_line"));
        QVERIFY(line);
        QVERIFY(near(line->flow.capexCNY, 12 * park.site.economics.costs.directLineCNYPerKm));
        QVERIFY(near(e.years[0].generationKWh, r.offsite[0].deliveredKWh, 1e-9));
        QCOMPARE(e.years.back().generationKWh, e.years[0].generationKWh);
        // The plant's energy displaces imports: the design imports less than the BAU park.
        QVERIFY(e.billYear1.electricity.importKWh < e.billBau.electricity.importKWh);
    }
};

QTEST_GUILESS_MAIN(TestEconomicsStage)
#include "tst_economicsstage.moc"
