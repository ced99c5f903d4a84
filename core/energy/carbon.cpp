// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy/carbon.h"

#include <algorithm>
#include <cmath>

namespace pz::energy {

namespace {

double annualised(double quantity, double kgPerUnit, double lifeYears)
{
    if (!(quantity > 0) || !(lifeYears > 0))
        return 0.0;
    return quantity * kgPerUnit / lifeYears / 1000.0;   // t/yr
}

double pct(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

// Resets the figures, keeping the vectors' memory.
void resetFigures(CarbonResult &r)
{
    CarbonResult old = std::move(r);
    r = CarbonResult{};
    r.emissionsKg.swap(old.emissionsKg);
    r.cfeMatchedKWh.swap(old.cfeMatchedKWh);
}

struct HourlySums {
    double locationKg = 0, marketKg = 0, exportKg = 0, consumption = 0, matched = 0, greenKWh = 0;
};

// Hour by hour: emissions of the import (location- and market-based), of the export, and the
// consumption matched by carbon-free supply; fills r's hourly vectors.
HourlySums sumHours(const CarbonInput &in, const DispatchResult &d, double greenPerImport, CarbonResult &r)
{
    const std::size_t n = d.importKWh.size();
    auto factorAt = [&](std::size_t t) {
        if (in.hourlyGridFactor && t < in.hourlyGridFactor->size() && std::isfinite((*in.hourlyGridFactor)[t]))
            return (*in.hourlyGridFactor)[t];
        return in.annualGridFactor;
    };
    auto consAt = [&](std::size_t t) {
        return in.consumptionKWh && t < in.consumptionKWh->size() ? std::max(0.0, (*in.consumptionKWh)[t]) : 0.0;
    };

    r.emissionsKg.assign(n, 0.0);
    r.cfeMatchedKWh.assign(n, 0.0);
    double locationKg = 0, marketKg = 0, exportKg = 0, consumption = 0, matched = 0, greenKWh = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const double f = factorAt(t);
        const double imp = d.importKWh[t];
        const double greenT = greenInHour(in.greenHourlyKWh, greenPerImport, t, imp);
        r.emissionsKg[t] = imp * f;
        locationKg += r.emissionsKg[t];
        marketKg += (imp - greenT) * f;
        greenKWh += greenT;
        exportKg += d.exportKWh[t] * f;
        const double cons = consAt(t);
        consumption += cons;
        // Carbon-free supply: generation used in the hour + discharge of on-site origin + green power.
        const double supply = d.directUseKWh[t] + d.onsiteDischargeKWh[t] + greenT;
        r.cfeMatchedKWh[t] = std::min(cons, supply);
        matched += r.cfeMatchedKWh[t];
    }
    return HourlySums{locationKg, marketKg, exportKg, consumption, matched, greenKWh};
}

// Embodied carbon of PV, storage and buildings, spread over their lives (t/yr).
void annualiseEmbodied(const EmbodiedInputs &e, CarbonResult &r)
{
    r.embodiedPvT = annualised(e.pvKwp, e.pvKgPerKWp, e.pvLifeYears)
        + annualised(e.inverterKW, e.inverterKgPerKW, e.inverterLifeYears);
    r.embodiedStorageT = annualised(e.storageKWhLfp, e.storageKgPerKWhLfp, e.storageLifeYears)
        + annualised(e.storageKWhNmc, e.storageKgPerKWhNmc, e.storageLifeYears);
    r.embodiedBuildingsT = annualised(e.buildingFloorM2Steel, e.buildingKgPerM2Steel, e.buildingLifeYears)
        + annualised(e.buildingFloorM2Concrete, e.buildingKgPerM2Concrete, e.buildingLifeYears);
    r.embodiedAnnualT = r.embodiedPvT + r.embodiedStorageT + r.embodiedBuildingsT;
    if (e.windKW > 0 && e.windKgPerKW > 0) {
        r.embodiedWindT = annualised(e.windKW, e.windKgPerKW, e.windLifeYears);
        r.embodiedAnnualT += r.embodiedWindT;
    }
}

} // namespace

double thresholdForEnergyUse(double tcePerYear)
{
    return tcePerYear >= 1.0e6 ? 0.30 : 0.20;
}

CarbonResult computeCarbon(const CarbonInput &in)
{
    CarbonResult r;
    computeCarbon(in, r);
    return r;
}

void computeCarbon(const CarbonInput &in, CarbonResult &r)
{
    resetFigures(r);
    DispatchResult noBattery;
    const DispatchResult *d = in.dispatch;
    if (!d) {
        DispatchInput di;
        di.generationKWh = in.generationKWh;
        di.consumptionKWh = in.consumptionKWh;
        noBattery = dispatch(di);
        d = &noBattery;
    }
    // Green power: a fixed amount plus a share of import, capped at the import, spread over the
    // import hours in proportion to the import; or an hourly profile, capped hour by hour.
    const double totalImport = d->totalImport;
    const double annualGreen = std::clamp(std::max(0.0, in.greenPowerKWh) + std::clamp(in.greenPowerShare, 0.0, 1.0) * totalImport,
                                          0.0, totalImport);
    const double greenPerImport = totalImport > 0 ? annualGreen / totalImport : 0.0;

    const HourlySums sums = sumHours(in, *d, greenPerImport, r);
    const double green = in.greenHourlyKWh && !in.greenHourlyKWh->empty() ? sums.greenKWh : annualGreen;
    r.greenPowerKWh = green;
    const double consumption = sums.consumption;
    r.operationalLocationT = sums.locationKg / 1000.0;
    r.operationalMarketT = sums.marketKg / 1000.0;
    r.exportCreditT = in.exportCredit ? sums.exportKg / 1000.0 : 0.0;

    const EmbodiedInputs &e = in.embodied;
    annualiseEmbodied(e, r);

    r.sinkT = std::max(0.0, in.greenSpaceHa) * std::max(0.0, in.sinkTPerHaYr);
    r.netT = r.operationalMarketT - r.sinkT - r.exportCreditT;
    r.netWithEmbodiedT = r.netT + r.embodiedAnnualT;

    const double metOnSite = d->totalDirectUse + d->totalOnsiteDischarge;
    r.selfConsumptionPct = pct(d->totalSelfConsumed, d->totalGeneration);
    r.selfSufficiencyPct = pct(metOnSite, consumption);
    r.cfeScorePct = pct(sums.matched, consumption);
    r.cleanEnergySharePct = std::min(100.0, pct(metOnSite + green, consumption));

    r.energyUseTce = consumption * in.kgcePerKWh / 1000.0;
    const double numeratorT = r.operationalMarketT
        + (in.headline == pz::HeadlineEmissions::WithEmbodied ? r.embodiedAnnualT : 0.0);
    r.intensityTCO2PerTce = r.energyUseTce > 0 ? numeratorT / r.energyUseTce : 0.0;
    r.zeroCarbon = r.energyUseTce > 0 ? r.intensityTCO2PerTce <= in.thresholdTCO2PerTce : numeratorT <= 0;

    // Whole PV embodied carbon (modules, plus one set of inverters) over the emissions its
    // annual output avoids at the annual grid factor.
    const double pvEmbodiedT = (std::max(0.0, e.pvKwp) * e.pvKgPerKWp + std::max(0.0, e.inverterKW) * e.inverterKgPerKW) / 1000.0;
    const double avoidedT = (in.pvAnnualKWh >= 0 ? in.pvAnnualKWh : d->totalGeneration) * in.annualGridFactor / 1000.0;
    r.pvCarbonPaybackYears = pvEmbodiedT > 0 && avoidedT > 0 ? pvEmbodiedT / avoidedT : 0.0;
}

} // namespace pz::energy
