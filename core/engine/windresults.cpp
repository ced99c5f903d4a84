// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/windresults.h"

#include <numeric>

namespace pz {

namespace {

WindTurbineResult turbineResult(const WindFarmOutput &farm, std::size_t i)
{
    const WindFarmOutput::Turbine &t = farm.turbines[i];
    const wind::TurbineYield &y = farm.yield().turbines[i];
    WindTurbineResult r;
    r.id = t.id;
    r.name = t.name;
    r.group = t.group;
    r.turbineType = t.turbineType;
    r.ratedKW = t.ratedKW;
    r.hubHeightM = t.hubHeightM;
    r.rotorDiameterM = t.rotorDiameterM;
    r.annualNetKWh = y.annualNetKWh;
    r.annualGrossKWh = y.annualGrossKWh;
    r.annualFreeKWh = y.annualFreeKWh;
    r.monthlyNetKWh = y.monthlyNetKWh;
    r.capacityFactorPct = 100.0 * y.capacityFactor;
    r.fullLoadHours = y.fullLoadHours;
    r.wakeLossPct = y.wakeLossPct;
    r.meanFreeHubSpeedMS = y.meanFreeHubSpeedMS;
    r.meanHubDensityKgM3 = y.meanHubDensityKgM3;
    r.operatingHours = y.operatingHours;
    r.hourlyNetKW = farm.hourlyNetKW[i];
    return r;
}

OffSitePlantResult plantResult(const PlantRun &run)
{
    OffSitePlantResult r;
    r.name = run.name;
    r.kind = run.kind;
    r.capacityKW = run.output.capacityKW;
    r.availableKWh = run.line.plantKWh;
    r.clippedKWh = run.line.clippedKWh;
    r.clippedHours = run.line.clippedHours;
    r.lineLossesKWh = run.line.lineLossKWh;
    r.deliveredKWh = run.line.deliveredKWh;
    r.monthlyDeliveredKWh = run.line.monthlyDeliveredKWh;
    r.peakPlantKW = run.line.peakPlantKW;
    r.capacityFactor = run.line.plantCapacityFactor;
    r.meanHubDensityKgM3 = run.output.meanHubDensityKgM3;
    r.hourlyDeliveredKW = run.hourlyDeliveredKW;
    return r;
}

void addDirectSupply(const Site &site, const RunState &state, ParkSummary &p)
{
    double available = std::accumulate(state.pvGenerationKWh->begin(), state.pvGenerationKWh->end(), 0.0);
    available += p.windGenerationKWh;
    for (const auto &plant : state.plants)
        available += plant->line.plantKWh;
    wind::SupplyTotals totals;
    totals.availableKWh = available;
    totals.loadKWh = p.annualConsumptionKWh;
    totals.importKWh = p.gridImportKWh;
    totals.exportKWh = p.gridExportKWh;
    wind::DirectSupplySettings settings;
    settings.exportCapApplies = site.wind.exportCapApplies;
    settings.maxExportShareOfAvailablePct = site.wind.maxExportSharePct;
    const wind::DirectSupplyChecks c = wind::directSupplyChecks(totals, settings);
    DirectSupplySummary &d = p.directSupply;
    d.availableKWh = available;
    d.selfUseKWh = totals.selfUseKWh();
    d.exportKWh = totals.exportKWh;
    d.selfUseOfAvailablePct = c.selfShareOfAvailablePct;
    d.selfUseOfConsumptionPct = c.selfShareOfLoadPct;
    d.exportOfAvailablePct = c.exportShareOfAvailablePct;
    d.minSelfUseOfAvailablePct = settings.minSelfShareOfAvailablePct;
    d.minSelfUseOfConsumptionPct = settings.minSelfShareOfLoadPct;
    d.minSelfUseOfConsumption2030Pct = settings.minSelfShareOfLoad2030Pct;
    d.selfUseOfAvailablePass = c.selfShareOfAvailablePass;
    d.selfUseOfConsumptionPass = c.selfShareOfLoadPass;
    d.selfUseOfConsumption2030Pass = c.selfShareOfLoad2030Pass;
    d.exportCapApplies = c.exportCapChecked;
    d.maxExportOfAvailablePct = settings.maxExportShareOfAvailablePct;
    d.exportOfAvailablePass = c.exportSharePass;
    d.sourceNote = wind::directSupplySourceNote();
}

} // namespace

void addWindResults(const RunContext &context, const RunState &state, SimulationResult &result)
{
    if (!state.windFarm && state.plants.empty())
        return;
    result.hasWind = true;
    result.warnings << state.windWarnings;
    ParkSummary &p = result.park;
    if (const WindFarmOutput *farm = state.windFarm.get()) {
        for (std::size_t i = 0; i < farm->turbines.size(); ++i)
            result.turbines.push_back(turbineResult(*farm, i));
        const wind::GroupYield &park = farm->yield().park;
        p.windKW = park.ratedKW;
        p.windGenerationKWh = park.annualNetKWh;
        p.windWakeLossPct = park.wakeLossPct;
        for (int m = 0; m < 12; ++m)
            p.monthlyGenerationKWh[m] += park.monthlyNetKWh[m];
    }
    for (const auto &plant : state.plants) {
        result.offsite.push_back(plantResult(*plant));
        p.offsiteGenerationKWh += plant->line.deliveredKWh;
        for (int m = 0; m < 12; ++m)
            p.monthlyGenerationKWh[m] += plant->line.monthlyDeliveredKWh[m];
    }
    p.annualGenerationKWh += p.windGenerationKWh + p.offsiteGenerationKWh;
    p.embodiedWindT = state.carbon->embodiedWindT;
    addDirectSupply(context.park.site, state, p);
}

} // namespace pz
