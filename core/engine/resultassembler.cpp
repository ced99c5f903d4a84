// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/resultassembler.h"

#include "engine/heatresult.h"
#include "engine/pvstage.h"
#include "engine/windresults.h"

#include <numeric>

namespace pz {

namespace {

template<typename Array>
double sum(const Array &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

PvObjectResult objectResult(const PvSystemInstance &system, const SystemYield &y)
{
    PvObjectResult r;
    r.id = system.id;
    r.name = system.name;
    r.kind = system.kind;
    r.kwp = system.kwp;
    r.moduleAreaM2 = system.moduleAreaM2;
    r.annualAcKWh = y.annualAcKWh;
    r.monthlyAcKWh = y.monthlyAcKWh;
    r.specificYieldKWhPerKWp = y.specificYieldKWhPerKwp(system.kwp);
    r.annualPoaKWhM2 = y.annualPoaKWhM2;
    r.annualPoaUnshadedKWhM2 = y.unshadedAnnualPoaKWhM2;
    r.performanceRatio = y.performanceRatio;
    r.peakAcKW = y.peakAcKW;
    r.shadingLossPct = y.unshadedAnnualAcKWh > 0 ? 100.0 * (1.0 - y.annualAcKWh / y.unshadedAnnualAcKWh) : 0.0;
    r.shadingPoaLossPct = y.unshadedAnnualPoaKWhM2 > 0 ? 100.0 * (1.0 - y.annualPoaKWhM2 / y.unshadedAnnualPoaKWhM2)
                                                       : 0.0;
    r.hourlyAcW = y.acW;
    r.hourlyPoaWm2 = y.poaWm2;
    r.hourlyCellTempC = y.cellTempC;
    return r;
}

} // namespace

ResultAssembler::ResultAssembler() : Stage("assemble", {}) {}

bool ResultAssembler::run(const RunContext &context, RunState &state)
{
    SimulationResult &result = state.result;
    addWeather(context, state, result);
    addPvObjects(state, result);
    addBalance(state, result);
    addCarbon(context, state, result);
    addWindResults(context, state, result);
    addHeatResult(context.park, state, result);
    addFuelEmissions(result);
    addEconomics(state, result);
    result.ok = true;
    return true;
}

void ResultAssembler::addWeather(const RunContext &context, const RunState &state, SimulationResult &result)
{
    const LoadedWeather &loaded = *state.weather;
    result.weatherSource = QString::fromStdString(loaded.year.source);
    result.annualGhiKWhM2 = sum(loaded.year.ghi) / 1000.0;
    result.warnings = loaded.warnings;
    result.windRose = loaded.windRose;
    if (loaded.fromFile) {
        result.weatherFromFile = true;
        result.weatherClosureGapPct = loaded.closure.gapPct;
        result.weatherIrradiance = context.park.site.weather.irradiance;
    }
}

void ResultAssembler::addPvObjects(const RunState &state, SimulationResult &result)
{
    ParkSummary &p = result.park;
    result.objects.reserve(state.pvSystems.size());
    for (std::size_t i = 0; i < state.pvSystems.size(); ++i) {
        PvObjectResult r = objectResult(state.pvSystems[i], *state.pvYields[i]);
        p.pvKwp += r.kwp;
        if (r.kind == PvKind::Rooftop) {
            p.rooftopKwp += r.kwp;
            p.rooftopGenerationKWh += r.annualAcKWh;
        } else {
            p.groundKwp += r.kwp;
            p.groundGenerationKWh += r.annualAcKWh;
        }
        for (int m = 0; m < 12; ++m)
            p.monthlyGenerationKWh[m] += r.monthlyAcKWh[m];
        result.objects.push_back(std::move(r));
    }
    p.annualGenerationKWh = p.rooftopGenerationKWh + p.groundGenerationKWh;
}

void ResultAssembler::addBalance(const RunState &state, SimulationResult &result)
{
    ParkSummary &p = result.park;
    const std::vector<double> &consumption = *state.consumptionKWh;
    const energy::DispatchResult &d = state.dispatch->dispatch;
    for (int h = 0; h < kHoursPerYear; ++h)
        p.monthlyConsumptionKWh[solar::WeatherYear::monthOfHour(h)] += consumption[std::size_t(h)];
    p.annualConsumptionKWh = sum(consumption);
    p.gridImportKWh = sum(d.importKWh);
    p.gridExportKWh = sum(d.exportKWh);
    p.curtailedKWh = sum(d.curtailedKWh);
    p.batteryThroughputKWh = sum(d.dischargeKWh);
    p.batteryLossesKWh = d.losses;
    p.batteryCapacityKWh = state.dispatch->battery.capacityKWh;
    p.gridFactorKgPerKWh = state.grid->meanKgPerKWh;
    p.gridFactorSource = state.grid->source;

    HourlyBalance &hb = result.hourly;
    hb.generationKWh = *state.generationKWh;
    hb.consumptionKWh = consumption;
    hb.batteryChargeKWh = d.chargeKWh;
    hb.batteryDischargeKWh = d.dischargeKWh;
    hb.batterySocKWh = d.socKWh;
    hb.gridImportKWh = d.importKWh;
    hb.gridExportKWh = d.exportKWh;
    hb.curtailedKWh = d.curtailedKWh;
    hb.gridFactorKgPerKWh = state.grid->hourlyKgPerKWh ? *state.grid->hourlyKgPerKWh
                                                      : std::vector<double>(kHoursPerYear, state.grid->annualKgPerKWh);
    hb.sunZenithDeg = state.sun->apparentZenithDeg;
    hb.sunAzimuthDeg = state.sun->azimuthDeg;
}

void ResultAssembler::addCarbon(const RunContext &context, const RunState &state, SimulationResult &result)
{
    const energy::CarbonResult &carbon = *state.carbon;
    ParkSummary &p = result.park;
    p.selfConsumptionPct = carbon.selfConsumptionPct;
    p.selfSufficiencyPct = carbon.selfSufficiencyPct;
    p.cfeScorePct = carbon.cfeScorePct;
    p.cleanEnergySharePct = carbon.cleanEnergySharePct;
    p.greenPowerKWh = carbon.greenPowerKWh;
    p.intensityTCO2PerTce = carbon.intensityTCO2PerTce;
    p.thresholdTCO2PerTce = context.park.site.carbon.thresholdTCO2PerTce;
    p.zeroCarbon = carbon.zeroCarbon;
    p.pvCarbonPaybackYears = carbon.pvCarbonPaybackYears;
    EmissionsSummary &em = p.emissions;
    em.operationalLocationT = carbon.operationalLocationT;
    em.operationalMarketT = carbon.operationalMarketT;
    em.embodiedPvT = carbon.embodiedPvT;
    em.embodiedStorageT = carbon.embodiedStorageT;
    em.embodiedBuildingsT = carbon.embodiedBuildingsT;
    em.embodiedAnnualT = carbon.embodiedAnnualT;
    em.sinkT = carbon.sinkT;
    em.exportCreditT = carbon.exportCreditT;
    em.netT = carbon.netT;
    em.netWithEmbodiedT = carbon.netWithEmbodiedT;
    result.hourly.emissionsKg = carbon.emissionsKg;
}

// The park's net emissions count every carrier: the CO2 of gas, coal and purchased heat joins
// the electricity's (the carriers of the indicator, spec §14.6). Without heat nothing changes.
void ResultAssembler::addFuelEmissions(SimulationResult &result)
{
    if (!result.heat.present)
        return;
    EmissionsSummary &em = result.park.emissions;
    em.naturalGasT = result.heat.naturalGas.tCO2;
    em.coalT = result.heat.rawCoal.tCO2;
    em.purchasedHeatT = result.heat.purchasedHeat.tCO2;
    em.fuelsAndHeatT = em.naturalGasT + em.coalT + em.purchasedHeatT;
    em.netT += em.fuelsAndHeatT;
    em.netWithEmbodiedT += em.fuelsAndHeatT;
}

void ResultAssembler::addEconomics(const RunState &state, SimulationResult &result)
{
    const std::shared_ptr<const EconomicsOutput> &e = state.economics;
    result.economics = std::shared_ptr<const economics::EconomicsResult>(e, &e->result);
    result.tariffPeriodNames = e->periodNames;
    result.hourly.tariffPeriod = e->hourlyPeriod;
    result.hourly.tariffPriceCNYPerKWh = e->hourlyPriceCNYPerKWh;
}

} // namespace pz
