// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/carriersstage.h"

#include "engine/cachekey.h"
#include "engine/heatstage.h"
#include "engine/parallelfor.h"
#include "engine/pvstage.h"
#include "heat/parkheat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pz {

namespace {

// Every plain input of the indicator settings.
void addSettings(CacheKey &key, const heat::IndicatorSettings &s)
{
    key << s.electricityKgcePerKWh << s.heatTCO2PerGJ << s.districtHeatCleanShare << s.gasCountsAsClean
        << s.embodiedT;
}

heat::CarrierIndicator withConversion(const heat::CarrierUse &use, heat::IndicatorSettings settings,
                                      double kgcePerKWh)
{
    settings.electricityKgcePerKWh = kgcePerKWh;
    return heat::carrierIndicator(use, settings);
}

// f(t): the hourly grid factor where given and finite, else the annual one (as selfSuppliedElectricity).
std::vector<double> denseFactors(const GridFactorInfo &grid)
{
    std::vector<double> f(std::size_t(kHoursPerYear), grid.annualKgPerKWh);
    if (const std::vector<double> *hourly = grid.hourlyKgPerKWh.get())
        for (std::size_t t = 0; t < f.size() && t < hourly->size(); ++t)
            if (std::isfinite((*hourly)[t]))
                f[t] = (*hourly)[t];
    return f;
}

double roofPvKWhAt(const SystemYield *pv, std::size_t t)
{
    return pv && t < std::size_t(pv->acW.size()) ? std::max(0.0, double(pv->acW[qsizetype(t)]) / 1000.0) : 0.0;
}

// The building's EV charging where it covers the year of its own load, else null.
const double *evLoadOf(const BuildingLoadSeries &loads)
{
    return loads.ev && loads.ev->size() >= loads.own->size() ? loads.ev->data() : nullptr;
}

std::shared_ptr<const AloneBase> aloneBase(const BuildingLoadSeries &loads, const SystemYield *pv,
                                           const std::vector<double> &f)
{
    auto base = std::make_shared<AloneBase>();
    std::vector<double> buffer;
    const double *own = loads.own->data(buffer);
    const double *ev = evLoadOf(loads);
    const std::size_t hours = std::min(loads.own->size(), f.size());
    for (std::size_t t = 0; t < hours; ++t) {
        const double load = own[t] + (ev ? ev[t] : 0.0), pvKWh = roofPvKWhAt(pv, t);
        base->loadKWh += load;
        base->loadCo2Kg += load * f[t];
        // Heat only adds to the load: where the load alone takes all the PV, so does any heat.
        if (pvKWh > 0.0 && pvKWh <= load) {
            base->pvUsedKWh += pvKWh;
            base->pvUsedCo2Kg += pvKWh * f[t];
        } else if (pvKWh > 0.0) {
            base->surplusHours.push_back(std::uint16_t(t));
        }
    }
    return base;
}

// Σ S and Σ S·f of the series of the buildings' heat electricity, each computed when first asked.
class SeriesSums
{
public:
    explicit SeriesSums(const std::vector<double> &f) : m_f(f) {}
    std::pair<double, double> of(const heat::HeatTerm &term)
    {
        if (!term.series)
            return {0.0, 0.0};
        for (const auto &[series, sums] : m_sums)
            if (series == term.series.get())
                return {term.coefficient * sums.first, term.coefficient * sums.second};
        double co2 = 0.0;
        for (std::size_t t = 0; t < m_f.size() && t < term.series->hourly.size(); ++t)
            co2 += term.series->hourly[t] * m_f[t];
        m_sums.emplace_back(term.series.get(), std::pair{term.series->total, co2});
        return {term.coefficient * term.series->total, term.coefficient * co2};
    }

private:
    const std::vector<double> &m_f;
    std::vector<std::pair<const heat::HeatSeries *, std::pair<double, double>>> m_sums;
};

// A building on its own (§14.6): electricity L = B + its heat's, on-site use Σ min(L, P) (all the
// PV in the hours where B takes it, else hour by hour), import L − min(L, P) at f; plus its
// fuels. The loads are never negative.
heat::CarrierUse aloneUse(const BuildingLoadSeries &loads, const BuildingHeatYear &heat, const SystemYield *roofPv,
                          const AloneBase &base, const std::vector<double> &f, SeriesSums &sums)
{
    const heat::BuildingHeatTerms &terms = heat.terms;
    const std::pair<double, double> space = sums.of(terms.spaceElectricity), water = sums.of(terms.waterElectricity);
    // The hot loop reads plain arrays: a missing series is a zero coefficient on the load itself.
    std::vector<double> buffer;
    const double *own = loads.own->data(buffer);
    const double *ev = evLoadOf(loads);
    const float *pv = roofPv ? roofPv->acW.constData() : nullptr;
    const double *s1 = terms.spaceElectricity.series ? terms.spaceElectricity.series->hourly.data() : own;
    const double *s2 = terms.waterElectricity.series ? terms.waterElectricity.series->hourly.data() : own;
    const double c1 = terms.spaceElectricity.series ? terms.spaceElectricity.coefficient : 0.0;
    const double c2 = terms.waterElectricity.series ? terms.waterElectricity.coefficient : 0.0;
    double clean = base.pvUsedKWh, cleanCo2Kg = base.pvUsedCo2Kg;
    for (std::uint16_t hour : base.surplusHours) {
        const std::size_t t = hour;
        const double load = std::max(0.0, own[t] + (ev ? ev[t] : 0.0) + (c1 * s1[t] + c2 * s2[t]));
        const double used = std::min(load, std::max(0.0, double(pv[t]) / 1000.0));
        clean += used;
        cleanCo2Kg += used * f[t];
    }
    heat::CarrierUse use;
    use.electricityKWh = base.loadKWh + space.first + water.first;
    use.cleanElectricityKWh = clean;
    use.electricityCO2T = std::max(0.0, base.loadCo2Kg + space.second + water.second - cleanCo2Kg) / 1000.0;
    use += heat.supply.fuelUse();
    return use;
}

} // namespace

CarriersStage::CarriersStage() : Stage("carriers", {&m_pooled, &m_factors, &m_bases, &m_alone}) {}

bool CarriersStage::run(const RunContext &context, RunState &state)
{
    state.carriers.reset();
    if (!state.heat)
        return true;
    auto out = std::make_shared<CarriersOutput>(*pooled(context, state));
    addBuildingsAlone(context, state, *out);
    state.carriers = std::move(out);
    return !context.isCancelled();
}

std::shared_ptr<const CarriersOutput> CarriersStage::pooled(const RunContext &context, const RunState &state)
{
    const Site &site = context.park.site;
    const energy::CarbonResult &carbon = *state.carbon;
    heat::IndicatorSettings settings = heat::indicatorSettings(site.heat);
    settings.embodiedT = site.carbon.headline == HeadlineEmissions::WithEmbodied ? carbon.embodiedAnnualT : 0.0;
    CacheKey key;
    addSettings(key, settings);
    StageInputs inputs{{state.heat, state.carbon, state.dispatch, state.consumptionKWh}, key.bytes()};
    bool computed = false;
    auto result = m_pooled.findOrCompute(std::move(inputs), [&] {
        const std::vector<double> &consumption = *state.consumptionKWh;
        const energy::DispatchResult &d = state.dispatch->dispatch;
        auto out = std::make_shared<CarriersOutput>();
        const heat::ParkHeat fuelsOnly{{}, {}, {}, 0, 0, state.heat->fuels};
        out->pooled = heat::pooledUse(std::accumulate(consumption.begin(), consumption.end(), 0.0),
                                      carbon.operationalMarketT, d.totalDirectUse + d.totalOnsiteDischarge,
                                      carbon.greenPowerKWh, fuelsOnly);
        out->verdict = heat::carrierIndicator(out->pooled, settings);
        out->equivalent = withConversion(out->pooled, settings, heat::kKgcePerKWhCalorificEquivalent);
        out->coalMethod = withConversion(out->pooled, settings, heat::kKgcePerKWhCoalConsumption);
        return std::shared_ptr<const CarriersOutput>(std::move(out));
    }, &computed);
    count(context, computed);
    return result;
}

void CarriersStage::addBuildingsAlone(const RunContext &context, const RunState &state, CarriersOutput &out)
{
    const heat::IndicatorSettings settings = heat::indicatorSettings(context.park.site.heat);
    CacheKey key;
    addSettings(key, settings);
    CacheKey factorKey;
    factorKey << state.grid->annualKgPerKWh;
    const std::shared_ptr<const std::vector<double>> f =
        m_factors.findOrCompute(StageInputs{{state.grid->hourlyKgPerKWh}, factorKey.bytes()}, [&] {
            return std::make_shared<const std::vector<double>>(denseFactors(*state.grid));
        });
    SeriesSums sums(*f);
    QHash<ObjectId, std::size_t> roofOf;
    for (std::size_t i = 0; i < state.pvSystems.size(); ++i)
        if (state.pvSystems[i].kind == PvKind::Rooftop)
            roofOf.insert(state.pvSystems[i].id, i);
    const ParkHeatOutput &heat = *state.heat;
    const std::size_t n = std::min(heat.buildings.size(), state.buildingLoads.size());
    out.buildings.resize(n);
    // The buildings to compute: their inputs, with every series sum taken before the parallel loop.
    struct Job {
        std::size_t index;
        StageInputs inputs;
        std::shared_ptr<const SystemYield> pv;
        std::shared_ptr<const AloneBase> base;
    };
    std::vector<Job> jobs;
    for (std::size_t i = 0; i < n; ++i) {
        const BuildingLoadSeries &loads = state.buildingLoads[i];
        const std::shared_ptr<const BuildingHeatYear> &y = heat.buildings[i];
        const auto roof = roofOf.constFind(loads.id);
        const std::shared_ptr<const SystemYield> pv = roof == roofOf.constEnd() ? nullptr : state.pvYields[*roof];
        bool computed = false;
        const std::shared_ptr<const AloneBase> base = m_bases.findOrCompute(
            loads.id, StageInputs{{loads.own, loads.ev, pv, f}, {}}, [&] { return aloneBase(loads, pv.get(), *f); },
            &computed);
        context.timings.stage("carriers.base").computed += computed ? 1 : 0;
        context.timings.stage("carriers.base").reused += computed ? 0 : 1;
        StageInputs inputs{{base, y}, key.bytes()};
        out.buildings[i] = m_alone.find(loads.id, inputs);
        count(context, !out.buildings[i]);
        if (!out.buildings[i]) {
            sums.of(y->terms.spaceElectricity);
            sums.of(y->terms.waterElectricity);
            jobs.push_back({i, std::move(inputs), pv, base});
        }
    }
    parallelFor(jobs.size(), [&](std::size_t k, int) {
        const Job &job = jobs[k];
        if (context.isCancelled())
            return;
        const heat::CarrierUse use = aloneUse(state.buildingLoads[job.index], *heat.buildings[job.index], job.pv.get(),
                                              *job.base, *f, sums);
        auto r = std::make_shared<BuildingAlone>();
        r->electricityKWh = use.electricityKWh;
        r->indicator = heat::carrierIndicator(use, settings);
        out.buildings[job.index] = std::move(r);
    });
    if (context.isCancelled())
        return;
    for (Job &job : jobs)
        m_alone.store(state.buildingLoads[job.index].id, std::move(job.inputs), out.buildings[job.index]);
    for (const std::shared_ptr<const BuildingAlone> &alone : out.buildings)
        out.buildingsPassingAlone += alone->indicator.zeroCarbon ? 1 : 0;
}

} // namespace pz
