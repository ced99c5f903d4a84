// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/resultjson.h"

#include "economics/lifecycle.h"

#include <QJsonArray>

namespace pz::io {

namespace {

QJsonArray monthly(const std::array<double, 12> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// A year-1 bill with its parts and its energy charge by tariff period.
QJsonObject billToJson(const economics::AnnualBill &b, const QStringList &periodNames)
{
    const economics::ElectricityBill &e = b.electricity;
    QJsonArray periods;
    for (std::size_t p = 0; p < e.energyByPeriodCNY.size(); ++p)
        periods.append(QJsonObject{{QStringLiteral("period"), qsizetype(p) < periodNames.size() ? periodNames[qsizetype(p)] : QString()},
                                   {QStringLiteral("import_kWh"), e.importByPeriodKWh[p]},
                                   {QStringLiteral("energy_CNY"), e.energyByPeriodCNY[p]}});
    return QJsonObject{{QStringLiteral("energy_CNY"), e.energyCNY},
                       {QStringLiteral("energy_by_period"), periods},
                       {QStringLiteral("demand_CNY"), e.demandCNY},
                       {QStringLiteral("fixed_CNY"), e.fixedCNY},
                       {QStringLiteral("green_premium_CNY"), e.greenPremiumCNY},
                       {QStringLiteral("export_revenue_CNY"), e.exportRevenueCNY},
                       {QStringLiteral("electricity_CNY"), e.totalCNY},
                       {QStringLiteral("import_kWh"), e.importKWh},
                       {QStringLiteral("export_kWh"), e.exportKWh},
                       {QStringLiteral("green_kWh"), e.greenKWh},
                       {QStringLiteral("gas_CNY"), b.gasCNY},
                       {QStringLiteral("coal_CNY"), b.coalCNY},
                       {QStringLiteral("purchased_heat_CNY"), b.heatCNY},
                       {QStringLiteral("total_CNY"), b.totalCNY}};
}

QJsonArray componentsToJson(const std::vector<economics::Component> &components)
{
    QJsonArray out;
    for (const economics::Component &c : components)
        out.append(QJsonObject{{QStringLiteral("key"), c.key},
                               {QStringLiteral("capex_CNY"), c.flow.capexCNY},
                               {QStringLiteral("replacement_CNY"), c.flow.replacementCNY},
                               {QStringLiteral("om_CNY_per_yr"), c.flow.omCNYPerYear},
                               {QStringLiteral("life_years"), c.flow.lifeYears}});
    return out;
}

QJsonArray yearsToJson(const std::vector<economics::EconomicsYear> &years)
{
    QJsonArray out;
    for (const economics::EconomicsYear &y : years)
        out.append(QJsonObject{{QStringLiteral("year"), y.year},
                               {QStringLiteral("discount_factor"), y.discountFactor},
                               {QStringLiteral("pv_factor"), y.pvFactor},
                               {QStringLiteral("generation_kWh"), y.generationKWh},
                               {QStringLiteral("import_kWh"), y.importKWh},
                               {QStringLiteral("export_kWh"), y.exportKWh},
                               {QStringLiteral("curtailed_kWh"), y.curtailedKWh},
                               {QStringLiteral("green_kWh"), y.greenKWh},
                               {QStringLiteral("electricity_bill_CNY"), y.billCNY},
                               {QStringLiteral("fuels_CNY"), y.fuelsCNY},
                               {QStringLiteral("om_CNY"), y.omCNY},
                               {QStringLiteral("replacement_CNY"), y.replacementCNY},
                               {QStringLiteral("salvage_CNY"), y.salvageCNY},
                               {QStringLiteral("cost_CNY"), y.costCNY},
                               {QStringLiteral("cost_bau_CNY"), y.costBauCNY},
                               {QStringLiteral("co2_t"), y.co2T},
                               {QStringLiteral("co2_bau_t"), y.co2BauT}});
    return out;
}

// park.economics (spec §15.9); none ("not within N years", no on-site energy, no abatement) is null.
QJsonObject economicsToJson(const economics::EconomicsResult &e, const QStringList &periodNames)
{
    return QJsonObject{
        {QStringLiteral("capex_CNY"), e.capexCNY},
        {QStringLiteral("capex_bau_CNY"), e.capexBauCNY},
        {QStringLiteral("annual_bill_CNY"), e.billYear1.totalCNY},
        {QStringLiteral("annual_bill_bau_CNY"), e.billBau.totalCNY},
        {QStringLiteral("bill"), billToJson(e.billYear1, periodNames)},
        {QStringLiteral("bill_bau"), billToJson(e.billBau, periodNames)},
        {QStringLiteral("lcc_CNY"), e.lccCNY},
        {QStringLiteral("lcc_bau_CNY"), e.lccBauCNY},
        {QStringLiteral("npv_CNY"), e.npvCNY},
        {QStringLiteral("lcoe_CNY_per_kWh"), optional(e.lcoeCNYPerKWh)},
        {QStringLiteral("simple_payback_years"), optional(e.paybackYears)},
        {QStringLiteral("discounted_payback_years"), optional(e.discountedPaybackYears)},
        {QStringLiteral("discounted_co2_abated_t"), e.discountedCo2AbatedT},
        {QStringLiteral("cost_of_carbon_abated_CNY_per_tCO2"), optional(e.costOfCarbonAbatedCNYPerT)},
        {QStringLiteral("analysis_years"), int(e.years.size())},
        {QStringLiteral("components"), componentsToJson(e.components)},
        {QStringLiteral("components_bau"), componentsToJson(e.bauComponents)},
        {QStringLiteral("years"), yearsToJson(e.years)},
    };
}

} // namespace

QJsonObject resultToJson(const SimulationResult &r)
{
    QJsonArray objects;
    for (const PvObjectResult &o : r.objects) {
        QJsonObject j;
        j[QStringLiteral("id")] = qint64(o.id);
        j[QStringLiteral("name")] = o.name;
        j[QStringLiteral("kind")] = o.kind == PvKind::Ground ? QStringLiteral("ground_pv") : QStringLiteral("rooftop_pv");
        j[QStringLiteral("kwp")] = o.kwp;
        j[QStringLiteral("module_area_m2")] = o.moduleAreaM2;
        j[QStringLiteral("annual_ac_kWh")] = o.annualAcKWh;
        j[QStringLiteral("monthly_ac_kWh")] = monthly(o.monthlyAcKWh);
        j[QStringLiteral("specific_yield_kWh_per_kWp")] = o.specificYieldKWhPerKWp;
        j[QStringLiteral("annual_poa_kWh_m2")] = o.annualPoaKWhM2;
        j[QStringLiteral("annual_poa_unshaded_kWh_m2")] = o.annualPoaUnshadedKWhM2;
        j[QStringLiteral("performance_ratio")] = o.performanceRatio;
        j[QStringLiteral("shading_loss_pct")] = o.shadingLossPct;
        j[QStringLiteral("shading_poa_loss_pct")] = o.shadingPoaLossPct;
        j[QStringLiteral("peak_ac_kW")] = o.peakAcKW;
        objects.append(j);
    }

    const ParkSummary &p = r.park;
    const EmissionsSummary &e = p.emissions;
    QJsonObject emissions{
        {QStringLiteral("operational_location_tCO2e"), e.operationalLocationT},
        {QStringLiteral("operational_market_tCO2e"), e.operationalMarketT},
        {QStringLiteral("embodied_pv_tCO2e"), e.embodiedPvT},
        {QStringLiteral("embodied_storage_tCO2e"), e.embodiedStorageT},
        {QStringLiteral("embodied_buildings_tCO2e"), e.embodiedBuildingsT},
        {QStringLiteral("embodied_annual_tCO2e"), e.embodiedAnnualT},
        {QStringLiteral("sink_tCO2e"), e.sinkT},
        {QStringLiteral("export_credit_tCO2e"), e.exportCreditT},
        {QStringLiteral("net_tCO2e"), e.netT},
        {QStringLiteral("net_with_embodied_tCO2e"), e.netWithEmbodiedT},
    };
    QJsonObject park{
        {QStringLiteral("pv_kwp"), p.pvKwp},
        {QStringLiteral("rooftop_kwp"), p.rooftopKwp},
        {QStringLiteral("ground_kwp"), p.groundKwp},
        {QStringLiteral("annual_generation_kWh"), p.annualGenerationKWh},
        {QStringLiteral("rooftop_generation_kWh"), p.rooftopGenerationKWh},
        {QStringLiteral("ground_generation_kWh"), p.groundGenerationKWh},
        {QStringLiteral("monthly_generation_kWh"), monthly(p.monthlyGenerationKWh)},
        {QStringLiteral("monthly_consumption_kWh"), monthly(p.monthlyConsumptionKWh)},
        {QStringLiteral("annual_consumption_kWh"), p.annualConsumptionKWh},
        {QStringLiteral("grid_import_kWh"), p.gridImportKWh},
        {QStringLiteral("grid_export_kWh"), p.gridExportKWh},
        {QStringLiteral("curtailed_kWh"), p.curtailedKWh},
        {QStringLiteral("self_consumption_pct"), p.selfConsumptionPct},
        {QStringLiteral("self_sufficiency_pct"), p.selfSufficiencyPct},
        {QStringLiteral("cfe_score_pct"), p.cfeScorePct},
        {QStringLiteral("clean_energy_share_pct"), p.cleanEnergySharePct},
        {QStringLiteral("battery_capacity_kWh"), p.batteryCapacityKWh},
        {QStringLiteral("battery_throughput_kWh"), p.batteryThroughputKWh},
        {QStringLiteral("battery_losses_kWh"), p.batteryLossesKWh},
        {QStringLiteral("intensity_tCO2_per_tce"), p.intensityTCO2PerTce},
        {QStringLiteral("threshold_tCO2_per_tce"), p.thresholdTCO2PerTce},
        {QStringLiteral("zero_carbon_verdict"), p.zeroCarbon ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("pv_carbon_payback_years"), p.pvCarbonPaybackYears},
        {QStringLiteral("grid_factor_kg_per_kWh"), p.gridFactorKgPerKWh},
        {QStringLiteral("grid_factor_source"), p.gridFactorSource},
        {QStringLiteral("emissions"), emissions},
    };
    if (r.economics)
        park.insert(QStringLiteral("economics"), economicsToJson(*r.economics, r.tariffPeriodNames));
    QJsonObject weather{
        {QStringLiteral("source"), r.weatherSource},
        {QStringLiteral("annual_ghi_kWh_m2"), r.annualGhiKWhM2},
    };
    if (r.weatherFromFile) {
        weather.insert(QStringLiteral("irradiance"), toKey(r.weatherIrradiance));
        weather.insert(QStringLiteral("closure_gap_pct"), r.weatherClosureGapPct);
    }
    return QJsonObject{
        {QStringLiteral("objects"), objects},
        {QStringLiteral("park"), park},
        {QStringLiteral("weather"), weather},
    };
}

} // namespace pz::io
