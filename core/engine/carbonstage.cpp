// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/carbonstage.h"

#include "engine/cachekey.h"

namespace pz {

namespace {

// Embodied quantities of the park with the site's factors, and the green space as rate-weighted
// hectares at 1 t/ha·yr (spaces may override the site's sink rate).
void addParkQuantities(const Park &park, const std::vector<PvSystemInstance> &systems, energy::CarbonInput &input)
{
    energy::EmbodiedInputs &e = input.embodied;
    e.pvKwp = totalKwp(systems);
    for (const PvSystemInstance &system : systems)
        e.inverterKW += system.kwp / system.pv.dcAcRatio;
    for (const ParkObject &object : park.objects()) {
        if (const auto *s = std::get_if<Storage>(&object))
            (s->chemistry == Chemistry::Lfp ? e.storageKWhLfp : e.storageKWhNmc) += s->energyKWh;
        else if (const auto *b = std::get_if<Building>(&object))
            (b->structure == BuildingStructure::SteelFrame ? e.buildingFloorM2Steel : e.buildingFloorM2Concrete) +=
                b->floorAreaM2();
        else if (const auto *g = std::get_if<GreenSpace>(&object)) {
            const double rate = g->sinkTPerHaYrOverride >= 0 ? g->sinkTPerHaYrOverride : park.site.carbon.sinkTPerHaYr;
            input.greenSpaceHa += areaM2(g->outline) / 10000.0 * rate;
        }
    }
    input.sinkTPerHaYr = 1.0;
}

void addSiteOptions(const CarbonOptions &k, double annualGridFactor, energy::CarbonInput &input)
{
    input.annualGridFactor = annualGridFactor;
    input.greenPowerKWh = k.greenPowerKWh;
    input.greenPowerShare = k.greenPowerShare;
    input.greenHourlyKWh = &k.greenPowerHourlyKWh;
    input.exportCredit = k.exportCredit;
    energy::EmbodiedInputs &e = input.embodied;
    e.pvKgPerKWp = k.pvEmbodiedKgPerKWp;
    e.pvLifeYears = k.pvLifeYears;
    e.storageKgPerKWhLfp = k.storageEmbodiedKgPerKWhLfp;
    e.storageKgPerKWhNmc = k.storageEmbodiedKgPerKWhNmc;
    e.storageLifeYears = k.storageLifeYears;
    e.buildingKgPerM2Steel = k.buildingEmbodiedKgPerM2Steel;
    e.buildingKgPerM2Concrete = k.buildingEmbodiedKgPerM2Concrete;
    e.buildingLifeYears = k.buildingLifeYears;
    input.kgcePerKWh = k.kgcePerKWh;
    input.thresholdTCO2PerTce = k.thresholdTCO2PerTce;
    input.headline = k.headline;
}

// Wind (spec wind.md §13.6): the rated power of the turbines and of the off-site wind plants at
// the user's kgCO2e/kW over its life; off-site PV as on-site PV per kWp (with its inverters); the
// PV carbon payback keeps to PV output. Nothing changes for a park without wind and plants.
void addWindQuantities(const Park &park, const RunState &state, energy::CarbonInput &input)
{
    if (!state.windFarm && state.plants.empty())
        return;
    energy::EmbodiedInputs &e = input.embodied;
    if (state.windFarm)
        e.windKW += state.windFarm->yield().park.ratedKW;
    double pvKWh = 0.0;
    for (double v : *state.pvGenerationKWh)
        pvKWh += v;
    const std::vector<OffSitePlant> &plants = park.site.wind.plants;
    for (std::size_t i = 0; i < plants.size() && i < state.plants.size(); ++i) {
        if (plants[i].kind == PlantKind::Wind) {
            e.windKW += state.plants[i]->output.capacityKW;
        } else {
            e.pvKwp += plants[i].kwp;
            e.inverterKW += plants[i].kwp / plants[i].pv.dcAcRatio;
            pvKWh += state.plants[i]->line.plantKWh;
        }
    }
    e.windKgPerKW = park.site.wind.embodiedKgPerKW;
    e.windLifeYears = park.site.wind.lifeYears;
    input.pvAnnualKWh = pvKWh;
}

// Every plain value of the input (the hourly series are identified by their owners).
QByteArray valuesKey(const energy::CarbonInput &input)
{
    const energy::EmbodiedInputs &e = input.embodied;
    CacheKey key;
    key << input.annualGridFactor << input.greenPowerKWh << input.greenPowerShare << input.exportCredit
        << input.greenSpaceHa << input.sinkTPerHaYr << input.kgcePerKWh << input.thresholdTCO2PerTce << input.headline
        << e.pvKwp << e.storageKWhLfp << e.storageKWhNmc << e.buildingFloorM2Steel << e.buildingFloorM2Concrete
        << e.inverterKW << e.pvKgPerKWp << e.pvLifeYears << e.inverterKgPerKW << e.inverterLifeYears
        << e.storageKgPerKWhLfp << e.storageKgPerKWhNmc << e.storageLifeYears << e.buildingKgPerM2Steel
        << e.buildingKgPerM2Concrete << e.buildingLifeYears;
    key << e.windKW << e.windKgPerKW << e.windLifeYears << input.pvAnnualKWh;
    key << (input.greenHourlyKWh ? *input.greenHourlyKWh : std::vector<double>{});
    return key.bytes();
}

} // namespace

CarbonStage::CarbonStage() : Stage("carbon", {&m_carbon}) {}

bool CarbonStage::run(const RunContext &context, RunState &state)
{
    energy::CarbonInput input;
    input.dispatch = &state.dispatch->dispatch;
    input.consumptionKWh = state.consumptionKWh.get();
    input.generationKWh = state.generationKWh.get();
    input.hourlyGridFactor = state.grid->hourlyKgPerKWh.get();
    addParkQuantities(context.park, state.pvSystems, input);
    addSiteOptions(context.park.site.carbon, state.grid->annualKgPerKWh, input);
    addWindQuantities(context.park, state, input);
    StageInputs inputs{{state.dispatch, state.consumptionKWh, state.generationKWh, state.grid->hourlyKgPerKWh},
                       valuesKey(input)};
    bool computed = false;
    state.carbon = m_carbon.findOrCompute(std::move(inputs), [&] {
        return std::make_shared<const energy::CarbonResult>(energy::computeCarbon(input));
    }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
