// SPDX-License-Identifier: GPL-3.0-or-later
#include "economics/settings.h"

#include "economics/checks.h"

#include <cmath>
#include <limits>
#include <type_traits>

namespace pz::economics {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A numeric field from a function returning a reference to its member.
template <class Ref>
SettingField field(const char *key, Evidence evidence, double min, double max, Ref ref)
{
    using Member = std::remove_reference_t<decltype(ref(std::declval<EconomicsSettings &>()))>;
    SettingField f;
    f.key = QLatin1String(key);
    f.evidence = evidence;
    f.min = min;
    f.max = max;
    f.whole = std::is_integral_v<Member>;
    f.get = [ref](const EconomicsSettings &s) { return double(ref(const_cast<EconomicsSettings &>(s))); };
    f.set = [ref](EconomicsSettings &s, double v) {
        if constexpr (std::is_integral_v<Member>)
            ref(s) = Member(std::lround(v));
        else
            ref(s) = v;
    };
    return f;
}

SettingField listed(const char *key, Evidence evidence)
{
    SettingField f;
    f.key = QLatin1String(key);
    f.evidence = evidence;
    return f;
}

#define PZ_REF(member) [](EconomicsSettings &s) -> auto & { return s.member; }

void addHeatFields(std::vector<SettingField> &out)
{
    for (int i = 0; i < kHeatTechnologyCount; ++i) {
        const QString tech = QLatin1String(heatTechnologyKey(HeatTechnology(i)));
        // Boilers and heat pumps [unverified]; district heat and none: no equipment [assumption].
        const Evidence e = i <= int(HeatTechnology::DistrictHeat) ? Evidence::Assumption : Evidence::Unverified;
        auto costs = [i](EconomicsSettings &s) -> HeatCosts & { return s.costs.heat[i]; };
        SettingField capex = field("", e, 0, kInf, [costs](EconomicsSettings &s) -> auto & { return costs(s).capexCNYPerKWth; });
        SettingField om = field("", e, 0, kInf, [costs](EconomicsSettings &s) -> auto & { return costs(s).omCNYPerKWthYr; });
        SettingField life = field("", e, 0, 100, [costs](EconomicsSettings &s) -> auto & { return costs(s).lifeYears; });
        capex.key = QLatin1String("costs.heat_capex_CNY_per_kWth.") + tech;
        om.key = QLatin1String("costs.heat_om_CNY_per_kWth_yr.") + tech;
        life.key = QLatin1String("costs.heat_life_years.") + tech;
        out.insert(out.end(), {capex, om, life});
    }
}

std::vector<SettingField> makeFields()
{
    using E = Evidence;
    std::vector<SettingField> f{
        field("analysis_years", E::Assumption, 1, 50, PZ_REF(analysisYears)),
        field("discount_rate", E::Assumption, 0, 0.3, PZ_REF(discountRate)),
        field("pv_degradation", E::Verified, 0, 0.05, PZ_REF(pvDegradation)),
        listed("tariff.periods", E::Placeholder),
        listed("tariff.weekday", E::Placeholder),
        listed("tariff.weekend", E::Placeholder),
        field("tariff.demand_charge_CNY_per_kW_month", E::Assumption, 0, kInf, PZ_REF(tariff.demandChargeCNYPerKWMonth)),
        field("tariff.fixed_CNY_per_month", E::Assumption, 0, kInf, PZ_REF(tariff.fixedCNYPerMonth)),
        field("tariff.export_price_CNY_per_kWh", E::Placeholder, -kInf, kInf, PZ_REF(tariff.exportPriceCNYPerKWh)),
        field("tariff.green_premium_CNY_per_kWh", E::Unverified, 0, kInf, PZ_REF(tariff.greenPremiumCNYPerKWh)),
        field("fuel_prices.gas_CNY_per_m3", E::Placeholder, 0, kInf, PZ_REF(fuelPrices.gasCNYPerM3)),
        field("fuel_prices.coal_CNY_per_t", E::Placeholder, 0, kInf, PZ_REF(fuelPrices.coalCNYPerT)),
        field("fuel_prices.heat_CNY_per_GJ", E::Placeholder, 0, kInf, PZ_REF(fuelPrices.heatCNYPerGJ)),
        field("costs.pv_ground_capex_CNY_per_kWp", E::Unverified, 0, kInf, PZ_REF(costs.pvGroundCapexCNYPerKWp)),
        field("costs.pv_rooftop_capex_CNY_per_kWp", E::Unverified, 0, kInf, PZ_REF(costs.pvRooftopCapexCNYPerKWp)),
        field("costs.pv_om_CNY_per_kWp_yr", E::Unverified, 0, kInf, PZ_REF(costs.pvOmCNYPerKWpYr)),
        field("costs.pv_life_years", E::Verified, 1, 100, PZ_REF(costs.pvLifeYears)),
        field("costs.inverter_replacement_CNY_per_kWac", E::Unverified, 0, kInf, PZ_REF(costs.inverterReplacementCNYPerKWac)),
        field("costs.inverter_life_years", E::Verified, 1, 100, PZ_REF(costs.inverterLifeYears)),
        field("costs.wind_capex_CNY_per_kW", E::Unverified, 0, kInf, PZ_REF(costs.windCapexCNYPerKW)),
        field("costs.wind_om_CNY_per_kW_yr", E::Unverified, 0, kInf, PZ_REF(costs.windOmCNYPerKWYr)),
        field("costs.wind_life_years", E::Unverified, 1, 100, PZ_REF(costs.windLifeYears)),
        field("costs.storage_capex_CNY_per_kWh", E::Derived, 0, kInf, PZ_REF(costs.storageCapexCNYPerKWh)),
        field("costs.storage_capex_CNY_per_kW", E::Derived, 0, kInf, PZ_REF(costs.storageCapexCNYPerKW)),
        field("costs.storage_om_CNY_per_kWh_yr", E::Assumption, 0, kInf, PZ_REF(costs.storageOmCNYPerKWhYr)),
        field("costs.storage_life_years", E::Unverified, 1, 100, PZ_REF(costs.storageLifeYears)),
        field("costs.storage_replacement_factor", E::Assumption, 0, 10, PZ_REF(costs.storageReplacementFactor)),
    };
    addHeatFields(f);
    f.insert(f.end(), {
        field("costs.heat_sizing_factor", E::Assumption, 0.1, 10, PZ_REF(costs.heatSizingFactor)),
        field("costs.direct_line_CNY_per_km", E::Placeholder, 0, kInf, PZ_REF(costs.directLineCNYPerKm)),
        field("costs.direct_line_om_fraction_yr", E::Placeholder, 0, 1, PZ_REF(costs.directLineOmFractionYr)),
        field("costs.direct_line_life_years", E::Placeholder, 1, 100, PZ_REF(costs.directLineLifeYears)),
        field("direct_line_km", E::Assumption, 0, 10'000, PZ_REF(directLineKm)),
        listed("bau_heat_supply", E::Assumption),
    });
    return f;
}

#undef PZ_REF

} // namespace

const char *heatTechnologyKey(HeatTechnology t)
{
    static constexpr std::array<const char *, kHeatTechnologyCount> keys{
        "none", "district_heat", "gas_boiler", "coal_boiler", "electric_boiler", "ashp", "gshp"};
    return keys[std::size_t(t)];
}

const std::vector<SettingField> &settingFields()
{
    static const std::vector<SettingField> fields = makeFields();
    return fields;
}

const SettingField *settingField(const QString &key)
{
    for (const SettingField &f : settingFields())
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList settingsProblems(const EconomicsSettings &s, const QString &prefix)
{
    QStringList out;
    const QLatin1String tariffKey("tariff.");
    for (const SettingField &f : settingFields())
        if (f.get && !f.key.startsWith(tariffKey))
            checkRange(out, prefix + f.key, f.get(s), f.min, f.max);
    out << tariffProblems(s.tariff, prefix + tariffKey);
    return out;
}

} // namespace pz::economics
