// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/economicsstage.h"
#include "engine/parallelfor.h"

#include "engine/cachekey.h"
#include "engine/heatstage.h"
#include "heat/carriers.h"
#include "model/building.h"

namespace pz {

namespace {

using economics::HeatTechnology;

// The economics' heat technology of a supply (the two enumerations list them in the same order).
HeatTechnology technologyOf(heat::HeatSupply supply)
{
    static_assert(economics::kHeatTechnologyCount == heat::kHeatSupplyCount);
    return HeatTechnology(int(supply));
}

void addSeries(std::vector<double> &sum, const std::vector<double> &series)
{
    if (sum.size() < series.size())
        sum.resize(series.size(), 0.0);
    for (std::size_t t = 0; t < series.size(); ++t)
        sum[t] += series[t];
}

// §15.2: PV (on site and the off-site PV plants' delivered energy) degrades, wind does not.
std::shared_ptr<const EconomicsSupply> splitSupply(const RunState &state)
{
    auto out = std::make_shared<EconomicsSupply>();
    if (state.pvGenerationKWh)
        out->pvKWh = *state.pvGenerationKWh;
    for (const PvSystemInstance &system : state.pvSystems)
        out->pvArrays.push_back({system.kwp, system.pv.dcAcRatio, system.kind == PvKind::Rooftop});
    if (state.windFarm) {
        addSeries(out->windKWh, state.windFarm->yield().netKW);
        for (const WindFarmOutput::Turbine &t : state.windFarm->turbines)
            out->windKW += t.ratedKW;
    }
    for (const std::shared_ptr<const PlantRun> &plant : state.plants) {
        if (plant->kind == PlantKind::Wind) {
            addSeries(out->windKWh, plant->line.deliveredKW);
            out->windKW += plant->output.capacityKW;
        } else {
            addSeries(out->pvKWh, plant->line.deliveredKW);
            // An off-site PV plant is costed as ground PV of its nameplate and inverters.
            out->pvArrays.push_back({plant->output.capacityKW, 1.0, false});
        }
    }
    return out;
}

// CO2 of the fuels and purchased heat (§14.6), in t.
double fuelCo2T(const heat::CarrierUse &fuels, const heat::SiteHeat &site)
{
    const heat::CarrierIndicator c = heat::carrierIndicator(fuels, heat::indicatorSettings(site));
    return c.co2GasT + c.co2CoalT + c.co2HeatT;
}

void addFuels(economics::HeatSupplySide &side, const heat::CarrierUse &fuels, const heat::SiteHeat &site)
{
    side.gasM3 = fuels.gasM3;
    side.coalT = fuels.coalKg / 1000.0;
    side.purchasedHeatGJ = fuels.heatGJ;
    side.fuelCo2T = fuelCo2T(fuels, site);
}

// The design's heat side from the heat stage: per building its technology and peak.
std::shared_ptr<const EconomicsHeat> designHeat(const ParkHeatOutput &heat, const heat::SiteHeat &site)
{
    auto out = std::make_shared<EconomicsHeat>();
    for (const std::shared_ptr<const BuildingHeatYear> &y : heat.buildings)
        if (y->supply.supply != heat::HeatSupply::None)
            out->side.plants.push_back({technologyOf(y->supply.supply), y->demand.peakHeatKW});
    out->side.electricityKWh = heat.heatElectricityKWh.get();   // kept alive with the stage's input
    addFuels(out->side, heat.fuels, site);
    return out;
}

// §15.6: the BAU park's heat: every heated building's demand served by `technology` at that
// technology's default efficiency.
std::shared_ptr<const EconomicsHeat> bauHeat(const Park &park, const ParkHeatOutput &heat, HeatTechnology technology)
{
    const heat::SiteHeat &site = park.site.heat;
    auto out = std::make_shared<EconomicsHeat>();
    heat::CarrierUse fuels;
    heat::HeatTermSum electricity;
    std::size_t i = 0;
    for (const ParkObject &object : park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b)
            continue;
        const bool heated = i < heat.buildings.size() && heat.buildings[i]->supply.supply != heat::HeatSupply::None;
        ++i;
        if (!heated)
            continue;
        heat::BuildingHeatInput input{b->useType, heatFloorAreaM2(*b), b->heat};
        input.heat.supply = heat::HeatSupply(int(technology));
        input.heat.efficiency.reset();
        const BuildingHeatYear y = heat::buildingHeatYear(input, *heat.basis);
        out->side.plants.push_back({technology, y.demand.peakHeatKW});
        electricity.add(y.terms.spaceElectricity);
        electricity.add(y.terms.waterElectricity);
        fuels += y.supply.fuelUse();
    }
    out->electricityKWh = electricity.hourly();
    out->side.electricityKWh = &out->electricityKWh;
    addFuels(out->side, fuels, site);
    return out;
}

// The inputs of the kernel that are not hourly series (those are identified by their owners).
economics::EconomicsInput kernelInput(const RunContext &context, const RunState &state, const EconomicsSupply &supply)
{
    const Site &site = context.park.site;
    economics::EconomicsInput in;
    in.consumptionKWh = state.consumptionKWh.get();
    in.pvGenerationKWh = supply.pvKWh.empty() ? nullptr : &supply.pvKWh;
    in.windGenerationKWh = supply.windKWh.empty() ? nullptr : &supply.windKWh;
    in.battery = state.dispatch->battery;
    in.strategy = site.carbon.dispatch;
    in.exportLimitKW = site.grid.exportLimitKW;
    in.hourlyGridFactor = state.grid->hourlyKgPerKWh.get();
    in.annualGridFactorKgPerKWh = state.grid->annualKgPerKWh;
    in.greenPowerKWh = site.carbon.greenPowerKWh;
    in.greenPowerShare = site.carbon.greenPowerShare;
    in.greenHourlyKWh = &site.carbon.greenPowerHourlyKWh;
    in.pvArrays = supply.pvArrays;
    in.windKW = supply.windKW;
    return in;
}

// What the yearly dispatches depend on besides the hourly series.
QByteArray dispatchKey(const economics::EconomicsSettings &s, const economics::EconomicsInput &in)
{
    const energy::BatteryParams &b = in.battery;
    CacheKey key;
    key << b.capacityKWh << b.powerKW << b.roundTripEfficiency << b.socMin << b.socMax << in.strategy
        << in.exportLimitKW << s.analysisYears << s.pvDegradation;
    key << (in.greenHourlyKWh ? *in.greenHourlyKWh : std::vector<double>{});   // the flows count it
    return key.bytes();
}

// Every setting and every plain input of the arithmetic.
QByteArray economicsKey(const economics::EconomicsSettings &s, const economics::EconomicsInput &in)
{
    CacheKey key;
    key << dispatchKey(s, in) << in.annualGridFactorKgPerKWh << in.greenPowerKWh << in.greenPowerShare << in.windKW;
    for (const economics::SettingField &f : economics::settingFields())
        if (f.get)
            key << f.get(s);
    key << qsizetype(s.tariff.periods.size());
    for (const economics::TouPeriod &p : s.tariff.periods)
        key << p.name << p.priceCNYPerKWh;
    for (const economics::PeriodGrid *grid : {&s.tariff.weekday, &s.tariff.weekend})
        for (const auto &row : *grid)
            for (int p : row)
                key << p;
    key << s.bauHeatSupply.has_value() << (s.bauHeatSupply ? int(*s.bauHeatSupply) : -1);
    key << qsizetype(in.pvArrays.size());
    for (const economics::PvCapacity &pv : in.pvArrays)
        key << pv.kWp << pv.dcAcRatio << pv.rooftop;
    return key.bytes();
}

std::shared_ptr<const EconomicsOutput> compute(const economics::EconomicsSettings &s, const economics::EconomicsInput &in,
                                               const economics::YearFlowTable &years)
{
    auto out = std::make_shared<EconomicsOutput>();
    out->result = economics::computeEconomics(s, in, years);
    for (const economics::TouPeriod &p : s.tariff.periods)
        out->periodNames << p.name;
    out->hourlyPeriod = economics::hourlyPeriods(s.tariff);
    out->hourlyPriceCNYPerKWh.reserve(out->hourlyPeriod.size());
    for (int p : out->hourlyPeriod)
        out->hourlyPriceCNYPerKWh.push_back(s.tariff.periods[std::size_t(p)].priceCNYPerKWh);
    return out;
}

} // namespace

EconomicsStage::EconomicsStage() : Stage("economics", {&m_supply, &m_heat, &m_bauHeat, &m_years, &m_economics}) {}

// The heat sides of the run (design and, with a BAU technology, BAU), set in `input`; both null
// without heat.
EconomicsStage::HeatSides EconomicsStage::heatSides(const RunContext &context, const RunState &state,
                                                     economics::EconomicsInput &input)
{
    HeatSides sides;
    if (!state.heat)
        return sides;
    const economics::EconomicsSettings &settings = context.park.site.economics;
    const heat::SiteHeat &site = context.park.site.heat;
    CacheKey siteKey;
    siteKey << site.heatFactorTCO2PerGJ;
    sides.design = m_heat.findOrCompute(StageInputs{{state.heat}, siteKey.bytes()},
                                        [&] { return designHeat(*state.heat, site); });
    input.heat = sides.design->side;
    if (!settings.bauHeatSupply)
        return sides;
    // The heat stage's output stands for the weather, the season, the ground temperature (its
    // basis) and every building's heat inputs: it is a new object when any of them changes.
    CacheKey bauKey;
    bauKey << siteKey.bytes() << int(*settings.bauHeatSupply);
    sides.bau = m_bauHeat.findOrCompute(StageInputs{{state.heat}, bauKey.bytes()}, [&] {
        return bauHeat(context.park, *state.heat, *settings.bauHeatSupply);
    });
    input.bauHeat = &sides.bau->side;
    return sides;
}

bool EconomicsStage::run(const RunContext &context, RunState &state)
{
    const economics::EconomicsSettings &settings = context.park.site.economics;
    // The document refuses such settings; a snapshot built in code may still hold them.
    if (const QStringList problems = economics::settingsProblems(settings, QStringLiteral("site.economics."));
        !problems.isEmpty()) {
        state.error = problems.join(QLatin1Char('\n'));
        return false;
    }
    StageInputs supplyInputs{{state.pvGenerationKWh, state.windFarm}, {}};
    for (const auto &plant : state.plants)
        supplyInputs.upstream.push_back(plant);
    CacheKey arrays;
    for (const PvSystemInstance &system : state.pvSystems)
        arrays << system.kwp << system.pv.dcAcRatio << system.kind;
    supplyInputs.values = arrays.bytes();
    const std::shared_ptr<const EconomicsSupply> supply =
        m_supply.findOrCompute(std::move(supplyInputs), [&] { return splitSupply(state); });
    economics::EconomicsInput input = kernelInput(context, state, *supply);
    const HeatSides heat = heatSides(context, state, input);

    // The heat sides change the consumption of the BAU park, never the design's dispatch.
    const std::vector<std::shared_ptr<const void>> series{supply, state.consumptionKWh, state.grid->hourlyKgPerKWh};
    bool computed = false;
    const std::shared_ptr<const economics::YearFlowTable> years = m_years.findOrCompute(
        StageInputs{series, dispatchKey(settings, input)}, [&] {
            return std::make_shared<const economics::YearFlowTable>(
                economics::dispatchYears(settings.analysisYears, settings.pvDegradation, input,
                                         [](std::size_t count, const std::function<void(std::size_t)> &body) {
                                             parallelFor(count, [&](std::size_t k, int) { body(k); });
                                         }));
        }, &computed);
    context.timings.stage("economics.dispatch").computed += computed ? 1 : 0;
    context.timings.stage("economics.dispatch").reused += computed ? 0 : 1;
    std::vector<std::shared_ptr<const void>> upstream = series;
    upstream.push_back(years);
    upstream.push_back(heat.design);
    upstream.push_back(heat.bau);
    state.economics = m_economics.findOrCompute(StageInputs{upstream, economicsKey(settings, input)},
                                                [&] { return compute(settings, input, *years); }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
