// SPDX-License-Identifier: GPL-3.0-or-later
// The economics settings (spec §15.9): the defaults of §15.1 and §15.3-§15.5 by JSON key, which
// of them are placeholders, and the refusal of bad values with their path.

#include "economics/settings.h"

#include <QSet>
#include <QTest>
#include <limits>

using namespace pz::economics;

Q_DECLARE_METATYPE(pz::economics::Evidence)

class TstEconomicsSettings : public QObject {
    Q_OBJECT
private slots:
    void fieldTable();
    void defaults_data();
    void defaults();
    void placeholders();
    void setRoundsWholeFields();
    void problems_data();
    void problems();
};

void TstEconomicsSettings::fieldTable()
{
    QSet<QString> keys;
    for (const SettingField &f : settingFields()) {
        QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
        keys.insert(f.key);
        QCOMPARE(bool(f.get), bool(f.set));
        QCOMPARE(settingField(f.key), &f);
    }
    // Every name of §15.9, heat per technology.
    const QStringList named{"analysis_years", "discount_rate", "pv_degradation", "direct_line_km", "bau_heat_supply",
        "fuel_prices.gas_CNY_per_m3", "fuel_prices.coal_CNY_per_t", "fuel_prices.heat_CNY_per_GJ",
        "costs.pv_ground_capex_CNY_per_kWp", "costs.pv_rooftop_capex_CNY_per_kWp", "costs.pv_om_CNY_per_kWp_yr",
        "costs.pv_life_years", "costs.inverter_replacement_CNY_per_kWac", "costs.inverter_life_years",
        "costs.wind_capex_CNY_per_kW", "costs.wind_om_CNY_per_kW_yr", "costs.wind_life_years",
        "costs.storage_capex_CNY_per_kWh", "costs.storage_capex_CNY_per_kW", "costs.storage_om_CNY_per_kWh_yr",
        "costs.storage_life_years", "costs.storage_replacement_factor", "costs.heat_sizing_factor",
        "costs.direct_line_CNY_per_km", "costs.direct_line_om_fraction_yr", "costs.direct_line_life_years"};
    for (const QString &key : named)
        QVERIFY2(keys.contains(key), qPrintable(key));
    for (const char *tech : {"none", "district_heat", "gas_boiler", "coal_boiler", "electric_boiler", "ashp", "gshp"})
        for (const char *what : {"heat_capex_CNY_per_kWth", "heat_om_CNY_per_kWth_yr", "heat_life_years"})
            QVERIFY(keys.contains(QStringLiteral("costs.%1.%2").arg(QLatin1String(what), QLatin1String(tech))));
    QCOMPARE(settingField(QStringLiteral("costs.no_such_field")), nullptr);
}

void TstEconomicsSettings::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<Evidence>("evidence");
    QTest::addColumn<bool>("whole");
    using E = Evidence;
    QTest::newRow("N") << "analysis_years" << 25.0 << E::Assumption << true;
    QTest::newRow("r") << "discount_rate" << 0.06 << E::Assumption << false;
    QTest::newRow("d") << "pv_degradation" << 0.005 << E::Verified << false;
    QTest::newRow("ground PV") << "costs.pv_ground_capex_CNY_per_kWp" << 3000.0 << E::Unverified << false;
    QTest::newRow("rooftop PV") << "costs.pv_rooftop_capex_CNY_per_kWp" << 2800.0 << E::Unverified << false;
    QTest::newRow("PV O&M") << "costs.pv_om_CNY_per_kWp_yr" << 40.0 << E::Unverified << false;
    QTest::newRow("PV life") << "costs.pv_life_years" << 30.0 << E::Verified << true;
    QTest::newRow("inverters") << "costs.inverter_replacement_CNY_per_kWac" << 150.0 << E::Unverified << false;
    QTest::newRow("inverter life") << "costs.inverter_life_years" << 15.0 << E::Verified << true;
    QTest::newRow("wind") << "costs.wind_capex_CNY_per_kW" << 4000.0 << E::Unverified << false;
    QTest::newRow("wind O&M") << "costs.wind_om_CNY_per_kW_yr" << 80.0 << E::Unverified << false;
    QTest::newRow("wind life") << "costs.wind_life_years" << 25.0 << E::Unverified << true;
    QTest::newRow("storage kWh") << "costs.storage_capex_CNY_per_kWh" << 385.0 << E::Derived << false;
    QTest::newRow("storage kW") << "costs.storage_capex_CNY_per_kW" << 159.0 << E::Derived << false;
    QTest::newRow("storage O&M") << "costs.storage_om_CNY_per_kWh_yr" << 8.0 << E::Assumption << false;
    QTest::newRow("storage life") << "costs.storage_life_years" << 15.0 << E::Unverified << true;
    QTest::newRow("storage replacement") << "costs.storage_replacement_factor" << 1.0 << E::Assumption << false;
    QTest::newRow("gas boiler") << "costs.heat_capex_CNY_per_kWth.gas_boiler" << 300.0 << E::Unverified << false;
    QTest::newRow("coal boiler O&M") << "costs.heat_om_CNY_per_kWth_yr.coal_boiler" << 18.0 << E::Unverified << false;
    QTest::newRow("electric boiler") << "costs.heat_capex_CNY_per_kWth.electric_boiler" << 200.0 << E::Unverified << false;
    QTest::newRow("ASHP") << "costs.heat_capex_CNY_per_kWth.ashp" << 1500.0 << E::Unverified << false;
    QTest::newRow("ASHP life") << "costs.heat_life_years.ashp" << 15.0 << E::Unverified << true;
    QTest::newRow("GSHP O&M") << "costs.heat_om_CNY_per_kWth_yr.gshp" << 45.0 << E::Unverified << false;
    QTest::newRow("GSHP life") << "costs.heat_life_years.gshp" << 20.0 << E::Unverified << true;
    QTest::newRow("district heat") << "costs.heat_capex_CNY_per_kWth.district_heat" << 0.0 << E::Assumption << false;
    QTest::newRow("sizing") << "costs.heat_sizing_factor" << 1.0 << E::Assumption << false;
    QTest::newRow("direct line") << "costs.direct_line_CNY_per_km" << 1e6 << E::Placeholder << false;
    QTest::newRow("direct line O&M") << "costs.direct_line_om_fraction_yr" << 0.01 << E::Placeholder << false;
    QTest::newRow("direct line life") << "costs.direct_line_life_years" << 40.0 << E::Placeholder << true;
    QTest::newRow("direct line km") << "direct_line_km" << 0.0 << E::Assumption << false;
    QTest::newRow("gas") << "fuel_prices.gas_CNY_per_m3" << 3.0 << E::Placeholder << false;
    QTest::newRow("coal") << "fuel_prices.coal_CNY_per_t" << 600.0 << E::Placeholder << false;
    QTest::newRow("purchased heat") << "fuel_prices.heat_CNY_per_GJ" << 45.0 << E::Placeholder << false;
    QTest::newRow("export price") << "tariff.export_price_CNY_per_kWh" << 0.2829 << E::Placeholder << false;
    QTest::newRow("green premium") << "tariff.green_premium_CNY_per_kWh" << 0.03 << E::Unverified << false;
    QTest::newRow("demand charge off") << "tariff.demand_charge_CNY_per_kW_month" << 0.0 << E::Assumption << false;
    QTest::newRow("fixed charge") << "tariff.fixed_CNY_per_month" << 0.0 << E::Assumption << false;
}

void TstEconomicsSettings::defaults()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(Evidence, evidence);
    QFETCH(bool, whole);
    const SettingField *f = settingField(key);
    QVERIFY(f && f->get);
    QCOMPARE(f->get(EconomicsSettings{}), value);
    QCOMPARE(f->evidence, evidence);
    QCOMPARE(f->isPlaceholder(), evidence == Evidence::Placeholder);
    QCOMPARE(f->whole, whole);
}

void TstEconomicsSettings::placeholders()
{
    // The defaults the UI shows as "placeholder — enter your own".
    QStringList keys;
    for (const SettingField &f : settingFields())
        if (f.isPlaceholder())
            keys << f.key;
    QCOMPARE(keys, (QStringList{"tariff.periods", "tariff.weekday", "tariff.weekend", "tariff.export_price_CNY_per_kWh",
                                "fuel_prices.gas_CNY_per_m3", "fuel_prices.coal_CNY_per_t", "fuel_prices.heat_CNY_per_GJ",
                                "costs.direct_line_CNY_per_km", "costs.direct_line_om_fraction_yr",
                                "costs.direct_line_life_years"}));
    // The default tariff is the national-rule placeholder: 0.20 / 0.40 / 0.60, BAU heat "same".
    const EconomicsSettings s;
    QCOMPARE(int(s.tariff.periods.size()), 3);
    QCOMPARE(s.tariff.periods[2].priceCNYPerKWh, 0.60);
    QCOMPARE(s.tariff.weekday, s.tariff.weekend);
    QVERIFY(!s.bauHeatSupply);
}

void TstEconomicsSettings::setRoundsWholeFields()
{
    EconomicsSettings s;
    settingField(QStringLiteral("costs.heat_life_years.gshp"))->set(s, 24.6);
    QCOMPARE(s.costs.heatCosts(HeatTechnology::GroundSourceHeatPump).lifeYears, 25);
    settingField(QStringLiteral("discount_rate"))->set(s, 0.045);
    QCOMPARE(s.discountRate, 0.045);
    settingField(QStringLiteral("tariff.export_price_CNY_per_kWh"))->set(s, 0.1);
    QCOMPARE(s.tariff.exportPriceCNYPerKWh, 0.1);
}

void TstEconomicsSettings::problems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("line");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("too many years") << "analysis_years" << 51.0 << "economics.analysis_years: must be between 1 and 50 (got 51)";
    QTest::newRow("no years") << "analysis_years" << 0.0 << "economics.analysis_years: must be between 1 and 50 (got 0)";
    QTest::newRow("discount rate") << "discount_rate" << 0.31 << "economics.discount_rate: must be between 0 and 0.3 (got 0.31)";
    QTest::newRow("degradation") << "pv_degradation" << nan << "economics.pv_degradation: must be a finite number (got nan)";
    QTest::newRow("negative capex") << "costs.pv_ground_capex_CNY_per_kWp" << -1.0
                                    << "economics.costs.pv_ground_capex_CNY_per_kWp: must be at least 0 (got -1)";
    QTest::newRow("heat life") << "costs.heat_life_years.gas_boiler" << -1.0
                               << "economics.costs.heat_life_years.gas_boiler: must be between 0 and 100 (got -1)";
    QTest::newRow("storage life") << "costs.storage_life_years" << 0.0
                                  << "economics.costs.storage_life_years: must be between 1 and 100 (got 0)";
    QTest::newRow("replacement factor") << "costs.storage_replacement_factor" << nan
                                        << "economics.costs.storage_replacement_factor: must be a finite number (got nan)";
    QTest::newRow("line O&M") << "costs.direct_line_om_fraction_yr" << 1.5
                              << "economics.costs.direct_line_om_fraction_yr: must be between 0 and 1 (got 1.5)";
    QTest::newRow("gas price") << "fuel_prices.gas_CNY_per_m3" << -3.0 << "economics.fuel_prices.gas_CNY_per_m3: must be at least 0 (got -3)";
    QTest::newRow("tariff demand charge") << "tariff.demand_charge_CNY_per_kW_month" << -30.0
                                          << "economics.tariff.demand_charge_CNY_per_kW_month: must be at least 0 (got -30)";
}

void TstEconomicsSettings::problems()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, line);
    const QString prefix = QStringLiteral("economics.");
    EconomicsSettings s;
    QCOMPARE(settingsProblems(s, prefix), QStringList());
    settingField(key)->set(s, value);
    QCOMPARE(settingsProblems(s, prefix), QStringList{line});
}

QTEST_GUILESS_MAIN(TstEconomicsSettings)
#include "tst_economicssettings.moc"
