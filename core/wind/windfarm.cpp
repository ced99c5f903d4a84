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
        finishTurbine(y.turbines[i], hours);
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

WindFarmYield simulateWindFarm(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                               const WindSiteSettings &settings)
{
    WindFarmYield y;
    const int hours = weather.hours();
    const size_t n = turbines.size();
    y.turbines.resize(n);
    for (size_t i = 0; i < n; ++i) {
        y.turbines[i].ratedKW = turbines[i].type->ratedKW;
        y.turbines[i].netKW.assign(hours, 0);
    }
    y.netKW.assign(hours, 0);
    HourRunner runner(weather, turbines, settings);
    WindHourTrace hour;
    for (int h = 0; h < hours; ++h) {
        runner.run(h, hour);
        const int month = pz::solar::WeatherYear::monthOfHour(h);
        for (size_t i = 0; i < n; ++i) {
            TurbineYield &t = y.turbines[i];
            t.netKW[h] = hour.netKW[i];
            t.annualNetKWh += hour.netKW[i];
            t.monthlyNetKWh[month] += hour.netKW[i];
            t.annualGrossKWh += hour.waked.grossKW[i];
            t.annualFreeKWh += hour.freeGrossKW[i];
            t.meanFreeHubSpeedMS += hour.free[i].speedMS;
            t.meanHubDensityKgM3 += hour.free[i].air.densityKgM3;
            t.operatingHours += hour.waked.grossKW[i] > 0 ? 1 : 0;
            y.netKW[h] += hour.netKW[i];
        }
    }
    if (hours > 0)
        summarise(y, turbines, hours);
    return y;
}

WindHourTrace traceWindHour(const WindWeather &weather, const std::vector<PlacedTurbine> &turbines,
                            const WindSiteSettings &settings, int hour)
{
    WindHourTrace trace;
    HourRunner(weather, turbines, settings).run(hour, trace);
    return trace;
}

} // namespace pz::wind
