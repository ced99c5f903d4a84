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
    return key.bytes();
}

} // namespace

CarbonStage::CarbonStage() : Stage("carbon", {&m_carbon}) {}

bool CarbonStage::run(const RunContext &context, RunState &state)
{
    energy::CarbonInput input;
    input.dispatch = &state.dispatch->dispatch;
    input.consumptionKWh = state.consumptionKWh.get();
    input.generationKWh = state.pvGenerationKWh.get();
    input.hourlyGridFactor = state.grid->hourlyKgPerKWh.get();
    addParkQuantities(context.park, state.pvSystems, input);
    addSiteOptions(context.park.site.carbon, state.grid->annualKgPerKWh, input);
    StageInputs inputs{{state.dispatch, state.consumptionKWh, state.pvGenerationKWh, state.grid->hourlyKgPerKWh},
                       valuesKey(input)};
    bool computed = false;
    state.carbon = m_carbon.findOrCompute(std::move(inputs), [&] {
        return std::make_shared<const energy::CarbonResult>(energy::computeCarbon(input));
    }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
