// SPDX-License-Identifier: GPL-3.0-or-later
#include "wind/offsite.h"

#include <QCoreApplication>

#include <algorithm>

namespace pz::wind {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz::wind"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::wind", text);
}

} // namespace

QString plantWeatherOffsetError(double siteUtcOffsetHours, double plantUtcOffsetHours, const QString &plantFile)
{
    if (plantUtcOffsetHours == siteUtcOffsetHours)
        return {};
    return tr("%1: the weather file is in UTC%2, the site's in UTC%3; an off-site plant's weather must use "
              "the site's time zone.")
        .arg(plantFile)
        .arg(plantUtcOffsetHours >= 0 ? QStringLiteral("+%1").arg(plantUtcOffsetHours) : QString::number(plantUtcOffsetHours))
        .arg(siteUtcOffsetHours >= 0 ? QStringLiteral("+%1").arg(siteUtcOffsetHours) : QString::number(siteUtcOffsetHours));
}

PlantOutput simulateOffSiteWindPlant(const WindWeather &weather, const OffSiteWindPlant &plant)
{
    PlantOutput out;
    const int hours = weather.hours();
    out.plantKW.assign(hours, 0);
    out.capacityKW = plant.capacityKW();
    const double hub = plant.hubHeightM > 0 ? plant.hubHeightM : plant.type->hubHeightM;
    const double factor = plant.count * (1 - plant.internalWakeLossPct / 100) * plant.losses.factor();
    for (int h = 0; h < hours; ++h) {
        const FreeStream f = freeStream(weather, h, hub, plant.type->referenceDensityKgM3, plant.shear,
                                        plant.densityNormalisation);
        out.plantKW[h] = plant.type->powerAtKW(f.eqSpeedMS) * factor;
        out.meanHubDensityKgM3 += f.air.densityKgM3;
    }
    if (hours > 0)
        out.meanHubDensityKgM3 /= hours;
    return out;
}

PlantOutput simulateOffSitePvPlant(const pz::solar::WeatherYear &weather, const pz::solar::SunTrack &plantTrack,
                                   const pz::solar::PvChainParams &params)
{
    PlantOutput out;
    const pz::solar::ArrayYield y = pz::solar::simulateArray(weather, plantTrack, params, {}, true);
    out.plantKW.resize(y.acW.size());
    std::transform(y.acW.begin(), y.acW.end(), out.plantKW.begin(), [](float w) { return double(w) / 1000; });
    out.capacityKW = params.kwp;
    return out;
}

LineResult applyDirectLine(const PlantOutput &plant, const DirectLine &line)
{
    LineResult r;
    const size_t hours = plant.plantKW.size();
    const double capKW = 1000 * line.capacityMW;
    const double keep = 1 - line.lossPct / 100;
    r.deliveredKW.assign(hours, 0);
    for (size_t h = 0; h < hours; ++h) {
        const double p = plant.plantKW[h];
        const double sent = std::min(p, capKW);
        r.deliveredKW[h] = sent * keep;
        r.plantKWh += p;
        r.clippedKWh += p - sent;
        r.clippedHours += p > capKW ? 1 : 0;
        r.lineLossKWh += sent * line.lossPct / 100;
        r.deliveredKWh += r.deliveredKW[h];
        r.monthlyDeliveredKWh[pz::solar::WeatherYear::monthOfHour(int(h))] += r.deliveredKW[h];
        r.peakPlantKW = std::max(r.peakPlantKW, p);
    }
    r.plantCapacityFactor = plant.capacityKW > 0 && hours > 0 ? r.plantKWh / (plant.capacityKW * hours) : 0;
    return r;
}

std::vector<double> ownGenerationKW(const std::vector<const std::vector<double> *> &series)
{
    size_t hours = 0;
    for (const auto *s : series)
        hours = std::max(hours, s ? s->size() : 0);
    std::vector<double> g(hours, 0);
    for (const auto *s : series)
        if (s)
            for (size_t h = 0; h < s->size(); ++h)
                g[h] += (*s)[h];
    return g;
}

double availableGenerationKWh(const std::vector<const std::vector<double> *> &series)
{
    double sum = 0;
    for (const auto *s : series)
        if (s)
            for (double p : *s)
                sum += p;
    return sum;
}

DirectSupplyChecks directSupplyChecks(const SupplyTotals &t, const DirectSupplySettings &s)
{
    DirectSupplyChecks c;
    const double self = t.selfUseKWh();
    c.selfShareOfAvailablePct = t.availableKWh > 0 ? 100 * self / t.availableKWh : 0;
    c.selfShareOfLoadPct = t.loadKWh > 0 ? 100 * self / t.loadKWh : 0;
    c.exportShareOfAvailablePct = t.availableKWh > 0 ? 100 * t.exportKWh / t.availableKWh : 0;
    c.selfShareOfAvailablePass = c.selfShareOfAvailablePct >= s.minSelfShareOfAvailablePct;
    c.selfShareOfLoadPass = c.selfShareOfLoadPct >= s.minSelfShareOfLoadPct;
    c.selfShareOfLoad2030Pass = c.selfShareOfLoadPct >= s.minSelfShareOfLoad2030Pct;
    c.exportCapChecked = s.exportCapApplies;
    c.exportSharePass = !s.exportCapApplies || c.exportShareOfAvailablePct <= s.maxExportShareOfAvailablePct;
    return c;
}

QString directSupplySourceNote()
{
    return tr("Checks after NDRC and NEA, 发改能源〔2025〕650号, 《关于有序推动绿电直连发展有关事项的通知》. "
              "The 60 % / 30 % / 35 % thresholds for grid-connected projects are verified from a secondary source "
              "quoting the notice (youfuw.com/guides/27018.html): \"并网型项目整体新能源年自发自用电量占总可用发电量的比例应不低于"
              "60%，占总用电量的比例应不低于30%，并不断提高自发自用比例，2030年前不低于35%\"; \"2030年前\" is read as \"by 2030\". "
              "The 20 % export cap where a province applies it is unverified. ParkZero's definitions of self-use "
              "(consumption minus grid import) and of available generation (at the plants' terminals, before line "
              "clipping and loss), and counting on-site generation as part of the project, are its own reading and "
              "unverified against the notice's metering rules.");
}

} // namespace pz::wind
