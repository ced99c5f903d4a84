// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/economicsstage.h"

#include "engine/cachekey.h"

namespace pz {

namespace {

// The inputs of the kernel that are not hourly series (those are identified by their owners).
economics::EconomicsInput kernelInput(const RunContext &context, const RunState &state)
{
    const Site &site = context.park.site;
    economics::EconomicsInput in;
    in.consumptionKWh = state.consumptionKWh.get();
    in.pvGenerationKWh = state.pvGenerationKWh.get();
    in.battery = state.dispatch->battery;
    in.strategy = site.carbon.dispatch;
    in.exportLimitKW = site.grid.exportLimitKW;
    in.hourlyGridFactor = state.grid->hourlyKgPerKWh.get();
    in.annualGridFactorKgPerKWh = state.grid->annualKgPerKWh;
    in.greenPowerKWh = site.carbon.greenPowerKWh;
    in.greenPowerShare = site.carbon.greenPowerShare;
    in.pvArrays.reserve(state.pvSystems.size());
    for (const PvSystemInstance &system : state.pvSystems)
        in.pvArrays.push_back({system.kwp, system.pv.dcAcRatio, system.kind == PvKind::Rooftop});
    return in;
}

// What the yearly dispatches depend on besides the hourly series.
QByteArray dispatchKey(const economics::EconomicsSettings &s, const economics::EconomicsInput &in)
{
    const energy::BatteryParams &b = in.battery;
    CacheKey key;
    key << b.capacityKWh << b.powerKW << b.roundTripEfficiency << b.socMin << b.socMax << in.strategy
        << in.exportLimitKW << s.analysisYears << s.pvDegradation;
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

EconomicsStage::EconomicsStage() : Stage("economics", {&m_years, &m_economics}) {}

bool EconomicsStage::run(const RunContext &context, RunState &state)
{
    const economics::EconomicsSettings &settings = context.park.site.economics;
    // The document refuses such settings; a snapshot built in code may still hold them.
    if (const QStringList problems = economics::settingsProblems(settings, QStringLiteral("site.economics."));
        !problems.isEmpty()) {
        state.error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const economics::EconomicsInput input = kernelInput(context, state);
    const std::vector<std::shared_ptr<const void>> series{state.pvGenerationKWh, state.consumptionKWh,
                                                          state.grid->hourlyKgPerKWh};
    bool computed = false;
    const std::shared_ptr<const economics::YearFlowTable> years = m_years.findOrCompute(
        StageInputs{series, dispatchKey(settings, input)}, [&] {
            return std::make_shared<const economics::YearFlowTable>(
                economics::dispatchYears(settings.analysisYears, settings.pvDegradation, input));
        }, &computed);
    context.timings.stage("economics.dispatch").computed += computed ? 1 : 0;
    context.timings.stage("economics.dispatch").reused += computed ? 0 : 1;
    std::vector<std::shared_ptr<const void>> upstream = series;
    upstream.push_back(years);
    state.economics = m_economics.findOrCompute(StageInputs{upstream, economicsKey(settings, input)},
                                                [&] { return compute(settings, input, *years); }, &computed);
    count(context, computed);
    return true;
}

} // namespace pz
