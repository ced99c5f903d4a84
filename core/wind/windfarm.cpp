// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/windfarm.h"

#include "solar/weatheryear.h"

#include <algorithm>
#include <map>

namespace pz::wind {

namespace {

// Runs hours of one layout, keeping one wake geometry per distinct direction.
class HourRunner
{
public:
    HourRunner(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines, const WindSiteSettings &settings)
        : m_weather(weather), m_turbines(turbines), m_settings(settings), m_wake(wakeTurbines(turbines))
    {
        for (const PlacedTurbine &t : turbines)
            m_types.push_back(t.type);
    }

    void run(int h, WindHourTrace &out)
    {
        const size_t n = m_turbines.size();
        out.free.resize(n);
        out.freeGrossKW.resize(n);
        m_freeSpeed.resize(n);
        m_factor.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const PlacedTurbine &t = m_turbines[i];
            out.free[i] = freeStream(m_weather, h, t.hubM(), t.type->referenceDensityKgM3, m_settings.shear,
                                     m_settings.densityNormalisation);
            out.freeGrossKW[i] = t.type->powerAtKW(out.free[i].eqSpeedMS);
            m_freeSpeed[i] = out.free[i].speedMS;
            m_factor[i] = out.free[i].factor;
        }
        // §12.6: wakes in an hour with a valid direction, speed > 0 and at least two turbines.
        out.wakes = m_weather.directionValid[h] && m_weather.speedMS[h] > 0 && n >= 2;
        const WakeGeometry *g = out.wakes ? &geometry(m_weather.directionDeg[h]) : nullptr;
        solveWakeHour(g, {&m_types, &m_freeSpeed, &m_factor}, out.waked);
        out.netKW.resize(n);
        const double loss = m_settings.losses.factor();
        for (size_t i = 0; i < n; ++i)
            out.netKW[i] = out.waked.grossKW[i] * loss;
    }

private:
    const WakeGeometry &geometry(double directionDeg)
    {
        auto it = m_geometries.find(directionDeg);
        if (it == m_geometries.end())
            it = m_geometries.emplace(directionDeg, buildWakeGeometry(m_wake, directionDeg, m_settings.wakeDecay)).first;
        return it->second;
    }

    const WindWeather &m_weather;
    const std::vector<PlacedTurbine> &m_turbines;
    const WindSiteSettings &m_settings;
    std::vector<WakeTurbine> m_wake;
    std::vector<const TurbineType *> m_types;
    std::vector<double> m_freeSpeed, m_factor;
    std::map<double, WakeGeometry> m_geometries;
};

void finishTurbine(TurbineYield &y, int hours)
{
    y.capacityFactor = y.ratedKW > 0 ? y.annualNetKWh / (y.ratedKW * hours) : 0;
    y.fullLoadHours = y.ratedKW > 0 ? y.annualNetKWh / y.ratedKW : 0;
    y.wakeLossPct = y.annualFreeKWh > 0 ? 100 * (1 - y.annualGrossKWh / y.annualFreeKWh) : 0;
    y.meanFreeHubSpeedMS /= hours;
    y.meanHubDensityKgM3 /= hours;
}

void addToGroup(GroupYield &g, const TurbineYield &t, int index)
{
    g.turbines.push_back(index);
    g.ratedKW += t.ratedKW;
    g.annualNetKWh += t.annualNetKWh;
    g.annualGrossKWh += t.annualGrossKWh;
    g.annualFreeKWh += t.annualFreeKWh;
    for (int m = 0; m < 12; ++m)
        g.monthlyNetKWh[m] += t.monthlyNetKWh[m];
}

void finishGroup(GroupYield &g, int hours)
{
    g.capacityFactor = g.ratedKW > 0 ? g.annualNetKWh / (g.ratedKW * hours) : 0;
    g.fullLoadHours = g.ratedKW > 0 ? g.annualNetKWh / g.ratedKW : 0;
    g.wakeLossPct = g.annualFreeKWh > 0 ? 100 * (1 - g.annualGrossKWh / g.annualFreeKWh) : 0;
}

void summarise(WindFarmYield &y, const std::vector<PlacedTurbine> &turbines, int hours)
{
    y.park.name = "Park";
    for (size_t i = 0; i < turbines.size(); ++i) {
        auto g = std::find_if(y.groups.begin(), y.groups.end(),
                              [&](const GroupYield &x) { return x.name == turbines[i].group; });
        if (g == y.groups.end()) {
            y.groups.push_back({});
            g = y.groups.end() - 1;
            g->name = turbines[i].group;
        }
        addToGroup(*g, y.turbines[i], int(i));
        addToGroup(y.park, y.turbines[i], int(i));
    }
    for (GroupYield &g : y.groups)
        finishGroup(g, hours);
    finishGroup(y.park, hours);
}

} // namespace

FreeStream freeStream(const WindWeather &w, int h, double hubHeightM, double referenceDensityKgM3,
                      const ShearSettings &shear, bool densityNormalisation)
{
    FreeStream f;
    f.air = hubAir(w.tempC[h], w.pressurePa[h], hubHeightM);
    f.speedMS = hubSpeedMS(w.speedMS[h], hubHeightM, shear);
    f.factor = densityFactor(f.air.densityKgM3, referenceDensityKgM3, densityNormalisation);
    f.eqSpeedMS = f.speedMS * f.factor;
    return f;
}

std::vector<WakeTurbine> wakeTurbines(const std::vector<PlacedTurbine> &turbines)
{
    std::vector<WakeTurbine> w;
    w.reserve(turbines.size());
    for (const PlacedTurbine &t : turbines)
        w.push_back({t.xM, t.yM, t.hubM(), t.type->rotorRadiusM()});
    return w;
}

namespace {

// One row of free-stream state per distinct (hub height, type): turbines that share both see
// the same air and speed in every hour.
void buildFreeStreams(const WindWeather &weather, const WindSiteSettings &settings, WindFarmRun &run)
{
    const int hours = weather.hours();
    std::vector<std::pair<double, const TurbineType *>> keys;
    for (const PlacedTurbine &t : run.turbines) {
        const std::pair<double, const TurbineType *> key{t.hubM(), t.type};
        auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            std::vector<FreeStream> free(hours);
            std::vector<double> gross(hours);
            for (int h = 0; h < hours; ++h) {
                free[h] = freeStream(weather, h, key.first, key.second->referenceDensityKgM3, settings.shear,
                                     settings.densityNormalisation);
                gross[h] = key.second->powerAtKW(free[h].eqSpeedMS);
            }
            run.free.push_back(std::move(free));
            run.freeGrossKW.push_back(std::move(gross));
            keys.push_back(key);
            it = keys.end() - 1;
        }
        run.freeClass.push_back(int(it - keys.begin()));
    }
}

// §12.6: wakes in an hour with a valid direction, speed > 0 and at least two turbines; one
// geometry per direction, with the hours it serves.
void buildGeometries(const WindWeather &weather, const WindSiteSettings &settings, WindFarmRun &run)
{
    if (run.turbines.size() < 2)
        return;
    const std::vector<WakeTurbine> wake = wakeTurbines(run.turbines);
    std::map<double, std::size_t> index;
    for (int h = 0; h < weather.hours(); ++h) {
        if (!(weather.directionValid[h] && weather.speedMS[h] > 0))
            continue;
        const double d = weather.directionDeg[h];
        const auto [it, added] = index.emplace(d, run.geometries.size());
        if (added) {
            run.geometries.emplace_back(d, buildWakeGeometry(wake, d, settings.wakeDecay));
            run.wakeHours.emplace_back();
        }
        run.wakeHours[it->second].push_back(h);
    }
}

// Turbine j of hour h under the deficit δ_j: its thrust and gross power for the turbines behind
// it and the sums, its net power for the balance.
void settleInRun(WindFarmRun &run, int h, std::size_t j, double deficit)
{
    const std::size_t n = run.turbines.size();
    const FreeStream &f = run.free[std::size_t(run.freeClass[j])][std::size_t(h)];
    const SettledTurbine s = settleTurbine(*run.turbines[j].type, f.speedMS, f.factor, deficit);
    run.thrust[std::size_t(h) * n + j] = s.thrust;
    run.grossKW[std::size_t(h) * n + j] = s.grossKW;
    run.yield.turbines[j].netKW[std::size_t(h)] = s.grossKW * run.lossFactor;
}

// Re-solves the turbines marked in `solve` (all when null) in an hour, upstream first.
void solveHour(WindFarmRun &run, int h, const WakeGeometry *g, const std::vector<char> *solve)
{
    const std::size_t n = run.turbines.size();
    if (!g) {
        for (std::size_t j = 0; j < n; ++j)
            settleInRun(run, h, j, 0.0);
        return;
    }
    const double *thrust = &run.thrust[std::size_t(h) * n];
    for (const int j : g->order)
        if (!solve || (*solve)[std::size_t(j)])
            settleInRun(run, h, std::size_t(j), wakeDeficit(g->upstreamOf[std::size_t(j)], thrust));
}

// One turbine's yearly sums, hour by hour as the hours come.
void sumTurbine(WindFarmRun &run, std::size_t i, int hours)
{
    const std::size_t n = run.turbines.size();
    TurbineYield &t = run.yield.turbines[i];
    std::vector<double> net = std::move(t.netKW);
    t = {};
    t.ratedKW = run.turbines[i].type->ratedKW;
    const std::vector<FreeStream> &free = run.free[std::size_t(run.freeClass[i])];
    const std::vector<double> &freeGross = run.freeGrossKW[std::size_t(run.freeClass[i])];
    for (int m = 0; m < 12; ++m) {
        const int end = std::min(hours, pz::solar::WeatherYear::firstHourOfMonth(m + 1));
        for (int h = std::min(hours, pz::solar::WeatherYear::firstHourOfMonth(m)); h < end; ++h) {
            const double gross = run.grossKW[std::size_t(h) * n + i];
            t.annualNetKWh += net[std::size_t(h)];
            t.monthlyNetKWh[std::size_t(m)] += net[std::size_t(h)];
            t.annualGrossKWh += gross;
            t.annualFreeKWh += freeGross[std::size_t(h)];
            t.meanFreeHubSpeedMS += free[std::size_t(h)].speedMS;
            t.meanHubDensityKgM3 += free[std::size_t(h)].air.densityKgM3;
            t.operatingHours += gross > 0 ? 1 : 0;
        }
    }
    t.netKW = std::move(net);
    if (hours > 0)
        finishTurbine(t, hours);
}

// The yearly sums of the turbines marked in `changed` (all when null; the others keep theirs),
// the hourly park sum (turbine by turbine) and the groups.
void sumUp(WindFarmRun &run, int hours, const std::vector<char> *changed)
{
    WindFarmYield &y = run.yield;
    const std::size_t n = run.turbines.size();
    for (std::size_t i = 0; i < n; ++i)
        if (!changed || (*changed)[i])
            sumTurbine(run, i, hours);
    y.netKW.assign(std::size_t(hours), 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::vector<double> &net = y.turbines[i].netKW;
        for (std::size_t h = 0; h < std::size_t(hours); ++h)
            y.netKW[h] += net[h];
    }
    y.groups.clear();
    y.park = {};
    if (hours > 0)
        summarise(y, run.turbines, hours);
}

// Which turbines of a direction see a change: their upstream pairs differ, or a turbine upstream
// of them changes (walked upstream first).
std::vector<char> changedTurbines(const WakeGeometry &before, const WakeGeometry &after)
{
    std::vector<char> changed(after.upstreamOf.size(), 0);
    for (const int j : after.order) {
        const auto &pairs = after.upstreamOf[std::size_t(j)];
        bool c = pairs != before.upstreamOf[std::size_t(j)];
        for (std::size_t k = 0; !c && k < pairs.size(); ++k)
            c = changed[std::size_t(pairs[k].upstream)] != 0;
        changed[std::size_t(j)] = c ? 1 : 0;
    }
    return changed;
}

} // namespace

WindFarmRun runWindFarm(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                        const WindSiteSettings &settings)
{
    WindFarmRun run;
    const int hours = weather.hours();
    const std::size_t n = turbines.size();
    run.turbines = turbines;
    run.lossFactor = settings.losses.factor();
    run.yield.turbines.resize(n);
    for (TurbineYield &t : run.yield.turbines)
        t.netKW.assign(std::size_t(hours), 0);
    run.thrust.assign(std::size_t(hours) * n, 0);
    run.grossKW.assign(std::size_t(hours) * n, 0);
    buildFreeStreams(weather, settings, run);
    buildGeometries(weather, settings, run);
    std::vector<const WakeGeometry *> geometryOfHour(std::size_t(hours), nullptr);
    for (std::size_t d = 0; d < run.geometries.size(); ++d)
        for (const int h : run.wakeHours[d])
            geometryOfHour[std::size_t(h)] = &run.geometries[d].second;
    for (int h = 0; h < hours; ++h)
        solveHour(run, h, geometryOfHour[std::size_t(h)], nullptr);
    sumUp(run, hours, nullptr);
    run.changed.assign(n, 1);
    return run;
}

std::optional<WindFarmRun> moveTurbines(const WindFarmRun &previous, const std::vector<PlacedTurbine> &turbines)
{
    const std::size_t n = turbines.size();
    if (n != previous.turbines.size())
        return std::nullopt;
    std::vector<int> moved;
    for (std::size_t i = 0; i < n; ++i) {
        const PlacedTurbine &a = previous.turbines[i], &b = turbines[i];
        if (a.type != b.type || a.hubM() != b.hubM())
            return std::nullopt;
        if (a.xM != b.xM || a.yM != b.yM)
            moved.push_back(int(i));
    }
    WindFarmRun run = previous;
    run.turbines = turbines;
    const std::vector<WakeTurbine> wake = wakeTurbines(turbines);
    std::vector<char> anyChange(n, 0);
    for (std::size_t d = 0; d < run.geometries.size() && !moved.empty(); ++d) {
        WakeGeometry &g = run.geometries[d].second;
        const WakeGeometry before = g;
        for (const int m : moved)
            updateWakeGeometry(g, wake, m);
        const std::vector<char> changed = changedTurbines(before, g);
        if (std::find(changed.begin(), changed.end(), 1) == changed.end())
            continue;
        for (const int h : run.wakeHours[d])
            solveHour(run, h, &g, &changed);
        for (std::size_t i = 0; i < n; ++i)
            anyChange[i] |= changed[i];
    }
    sumUp(run, int(run.yield.netKW.size()), &anyChange);
    run.changed = std::move(anyChange);
    return run;
}

WindFarmYield simulateWindFarm(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                               const WindSiteSettings &settings)
{
    return runWindFarm(weather, turbines, settings).yield;
}

WindHourTrace traceWindHour(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                            const WindSiteSettings &settings, int hour)
{
    WindHourTrace trace;
    HourRunner(weather, turbines, settings).run(hour, trace);
    return trace;
}

} // namespace pz::wind
