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

QJsonObject turbineToJson(const WindTurbineResult &t)
{
    return QJsonObject{{QStringLiteral("id"), qint64(t.id)},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("kind"), QStringLiteral("wind_turbine")},
                       {QStringLiteral("group"), t.group},
                       {QStringLiteral("turbine_type"), t.turbineType},
                       {QStringLiteral("rated_kW"), t.ratedKW},
                       {QStringLiteral("hub_height_m"), t.hubHeightM},
                       {QStringLiteral("annual_ac_kWh"), t.annualNetKWh},
                       {QStringLiteral("monthly_ac_kWh"), monthly(t.monthlyNetKWh)},
                       {QStringLiteral("capacity_factor_pct"), t.capacityFactorPct},
                       {QStringLiteral("full_load_hours"), t.fullLoadHours},
                       {QStringLiteral("wake_loss_pct"), t.wakeLossPct},
                       {QStringLiteral("annual_gross_kWh"), t.annualGrossKWh},
                       {QStringLiteral("mean_free_hub_speed_m_s"), t.meanFreeHubSpeedMS},
                       {QStringLiteral("mean_hub_density_kg_m3"), t.meanHubDensityKgM3},
                       {QStringLiteral("operating_hours"), t.operatingHours}};
}

QJsonObject plantToJson(const OffSitePlantResult &o)
{
    return QJsonObject{{QStringLiteral("name"), o.name},
                       {QStringLiteral("kind"), toKey(o.kind)},
                       {QStringLiteral("capacity_kW"), o.capacityKW},
                       {QStringLiteral("available_kWh"), o.availableKWh},
                       {QStringLiteral("clipped_kWh"), o.clippedKWh},
                       {QStringLiteral("clipped_hours"), o.clippedHours},
                       {QStringLiteral("line_losses_kWh"), o.lineLossesKWh},
                       {QStringLiteral("delivered_kWh"), o.deliveredKWh},
                       {QStringLiteral("monthly_delivered_kWh"), monthly(o.monthlyDeliveredKWh)},
                       {QStringLiteral("peak_plant_kW"), o.peakPlantKW},
                       {QStringLiteral("capacity_factor"), o.capacityFactor}};
}

QJsonObject directSupplyToJson(const DirectSupplySummary &d)
{
    QJsonObject o{{QStringLiteral("available_kWh"), d.availableKWh},
                  {QStringLiteral("self_use_kWh"), d.selfUseKWh},
                  {QStringLiteral("export_kWh"), d.exportKWh},
                  {QStringLiteral("self_use_of_available_pct"), d.selfUseOfAvailablePct},
                  {QStringLiteral("self_use_of_available_min_pct"), d.minSelfUseOfAvailablePct},
                  {QStringLiteral("self_use_of_available_pass"), d.selfUseOfAvailablePass},
                  {QStringLiteral("self_use_of_consumption_pct"), d.selfUseOfConsumptionPct},
                  {QStringLiteral("self_use_of_consumption_min_pct"), d.minSelfUseOfConsumptionPct},
                  {QStringLiteral("self_use_of_consumption_pass"), d.selfUseOfConsumptionPass},
                  {QStringLiteral("self_use_of_consumption_2030_min_pct"), d.minSelfUseOfConsumption2030Pct},
                  {QStringLiteral("self_use_of_consumption_2030_pass"), d.selfUseOfConsumption2030Pass},
                  {QStringLiteral("export_of_available_pct"), d.exportOfAvailablePct},
                  {QStringLiteral("export_cap_applies"), d.exportCapApplies},
                  {QStringLiteral("export_of_available_max_pct"), d.maxExportOfAvailablePct},
                  {QStringLiteral("source_note"), d.sourceNote}};
    // Checked only where the province applies an export cap.
    o.insert(QStringLiteral("export_of_available_pass"), d.exportCapApplies ? QJsonValue(d.exportOfAvailablePass)
                                                                            : QJsonValue(QJsonValue::Null));
    return o;
}

// Wind turbines, off-site plants and the direct-supply checks (spec wind.md §12–§13), present
// when the park has turbines or plants (a PV-only park prints what it printed before).
void addWind(const SimulationResult &r, QJsonArray &objects, QJsonObject &park, QJsonObject &top)
{
    if (!r.hasWind)
        return;
    for (const WindTurbineResult &t : r.turbines)
        objects.append(turbineToJson(t));
    const ParkSummary &p = r.park;
    park.insert(QStringLiteral("wind_kW"), p.windKW);
    park.insert(QStringLiteral("wind_generation_kWh"), p.windGenerationKWh);
    park.insert(QStringLiteral("wind_wake_loss_pct"), p.windWakeLossPct);
    park.insert(QStringLiteral("offsite_generation_kWh"), p.offsiteGenerationKWh);
    park.insert(QStringLiteral("direct_supply"), directSupplyToJson(p.directSupply));
    QJsonObject emissions = park.value(QStringLiteral("emissions")).toObject();
    emissions.insert(QStringLiteral("embodied_wind_tCO2e"), p.embodiedWindT);
    park.insert(QStringLiteral("emissions"), emissions);
    QJsonArray offsite;
    for (const OffSitePlantResult &o : r.offsite)
        offsite.append(plantToJson(o));
    top.insert(QStringLiteral("offsite"), offsite);
    top.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
}

// Stable, untranslated units of the carriers' quantities.
QJsonObject carrierJson(const CarrierLine &c, const char *unit)
{
    return QJsonObject{{QStringLiteral("quantity"), c.quantity},
                       {QStringLiteral("unit"), QString::fromLatin1(unit)},
                       {QStringLiteral("tce"), c.tce},
                       {QStringLiteral("tCO2"), c.tCO2}};
}

QString carrierUnitKey(heat::Carrier c)
{
    switch (c) {
    case heat::Carrier::Electricity: return QStringLiteral("kWh");
    case heat::Carrier::NaturalGas: return QStringLiteral("m3");
    case heat::Carrier::RawCoal: return QStringLiteral("t");
    case heat::Carrier::PurchasedHeat: return QStringLiteral("GJ");
    case heat::Carrier::None: break;
    }
    return {};
}

QJsonArray buildingsJson(const std::vector<BuildingHeatResult> &buildings)
{
    QJsonArray out;
    for (const BuildingHeatResult &b : buildings) {
        QJsonObject j{{QStringLiteral("id"), qint64(b.id)},
                      {QStringLiteral("name"), b.name},
                      {QStringLiteral("space_heat_kWh"), b.spaceHeatKWh},
                      {QStringLiteral("dhw_kWh"), b.dhwKWh},
                      {QStringLiteral("process_heat_kWh"), b.processHeatKWh},
                      {QStringLiteral("total_heat_kWh"), b.totalHeatKWh},
                      {QStringLiteral("peak_heat_kW"), b.peakHeatKW},
                      {QStringLiteral("degree_hours_Kh"), b.degreeHoursKh},
                      {QStringLiteral("supply"), heat::toKey(b.supply)},
                      {QStringLiteral("carrier_quantity"), b.carrierQuantity},
                      {QStringLiteral("carrier_unit"), carrierUnitKey(b.carrier)},
                      {QStringLiteral("heat_electricity_kWh"), b.heatElectricityKWh},
                      {QStringLiteral("electricity_kWh"), b.electricityKWh},
                      {QStringLiteral("intensity_tCO2_per_tce"), b.intensityTCO2PerTce},
                      {QStringLiteral("passes_alone"), b.passesAlone}};
        if (heat::isHeatPump(b.supply))
            j.insert(QStringLiteral("scop"), b.scop);
        out.append(j);
    }
    return out;
}

// Format of the heat keys (present only when a building has a heat supply).
void addHeatJson(const SimulationResult &r, QJsonObject &park, QJsonObject &top)
{
    const HeatSummary &h = r.heat;
    if (!h.present)
        return;
    park.insert(QStringLiteral("heat_demand_kWh"), h.heatDemandKWh);
    park.insert(QStringLiteral("heat_electricity_kWh"), h.heatElectricityKWh);
    park.insert(QStringLiteral("monthly_heat_kWh"), monthly(h.monthlyHeatKWh));
    park.insert(QStringLiteral("carriers"),
                QJsonObject{{QStringLiteral("electricity"), carrierJson(h.electricity, "kWh")},
                            {QStringLiteral("natural_gas"), carrierJson(h.naturalGas, "m3")},
                            {QStringLiteral("raw_coal"), carrierJson(h.rawCoal, "t")},
                            {QStringLiteral("purchased_heat"), carrierJson(h.purchasedHeat, "GJ")}});
    park.insert(QStringLiteral("energy_tce"), h.energyTce);
    park.insert(QStringLiteral("co2_all_carriers_t"), h.co2T);
    park.insert(QStringLiteral("electricity_kgce_per_kWh"), h.electricityKgcePerKWh);
    park.insert(QStringLiteral("intensity_equivalent_method_tCO2_per_tce"), h.intensityEquivalentTCO2PerTce);
    park.insert(QStringLiteral("intensity_coal_method_tCO2_per_tce"), h.intensityCoalMethodTCO2PerTce);
    park.insert(QStringLiteral("renewable_share_pct"), h.renewableSharePct);
    park.insert(QStringLiteral("buildings_passing_alone"), h.buildingsPassingAlone);
    top.insert(QStringLiteral("buildings"), buildingsJson(r.buildings));
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
        {QStringLiteral("natural_gas_tCO2e"), e.naturalGasT},
        {QStringLiteral("coal_tCO2e"), e.coalT},
        {QStringLiteral("purchased_heat_tCO2e"), e.purchasedHeatT},
        {QStringLiteral("fuels_and_heat_tCO2e"), e.fuelsAndHeatT},
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
        {QStringLiteral("green_power_kWh"), p.greenPowerKWh},
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
    QJsonObject top;
    addWind(r, objects, park, top);
    addHeatJson(r, park, top);
    top.insert(QStringLiteral("objects"), objects);
    top.insert(QStringLiteral("park"), park);
    top.insert(QStringLiteral("weather"), weather);
    return top;
}

} // namespace pz::io
