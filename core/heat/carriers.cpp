// SPDX-License-Identifier: GPL-3.0-or-later
#include "heat/carriers.h"

#include "energy/carbon.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pz::heat {

namespace {

double pct(double part, double whole)
{
    return whole > 0 ? std::min(100.0, 100.0 * part / whole) : 0.0;
}

} // namespace

CarrierUse &CarrierUse::operator+=(const CarrierUse &o)
{
    electricityKWh += o.electricityKWh;
    electricityCO2T += o.electricityCO2T;
    cleanElectricityKWh += o.cleanElectricityKWh;
    gasM3 += o.gasM3;
    coalKg += o.coalKg;
    heatGJ += o.heatGJ;
    return *this;
}

IndicatorSettings indicatorSettings(const SiteHeat &site)
{
    IndicatorSettings s;
    s.electricityKgcePerKWh = site.electricityKgcePerKWh;
    s.heatTCO2PerGJ = site.heatFactorTCO2PerGJ;
    s.districtHeatCleanShare = site.districtHeatCleanShare;
    s.gasCountsAsClean = site.gasCountsAsClean;
    return s;
}

CarrierIndicator carrierIndicator(const CarrierUse &use, const IndicatorSettings &s)
{
    CarrierIndicator r;
    r.tceElectricity = use.electricityKWh * s.electricityKgcePerKWh / 1000.0;
    r.tceGas = use.gasM3 * kGasKgcePerM3 / 1000.0;
    r.tceCoal = use.coalKg * kCoalKgcePerKg / 1000.0;
    r.tceHeat = use.heatGJ * kHeatKgcePerGJ / 1000.0;
    r.tceTotal = r.tceElectricity + r.tceGas + r.tceCoal + r.tceHeat;

    r.co2ElectricityT = use.electricityCO2T;
    r.co2GasT = use.gasM3 * kGasKgCO2PerM3 / 1000.0;
    r.co2CoalT = use.coalKg * kCoalKgCO2PerKg / 1000.0;
    r.co2HeatT = use.heatGJ * s.heatTCO2PerGJ;
    r.co2TotalT = r.co2ElectricityT + r.co2GasT + r.co2CoalT + r.co2HeatT;

    const double numeratorT = r.co2TotalT + std::max(0.0, s.embodiedT);
    r.thresholdTCO2PerTce = pz::energy::thresholdForEnergyUse(r.tceTotal);
    r.intensityTCO2PerTce = r.tceTotal > 0 ? numeratorT / r.tceTotal : 0.0;
    r.zeroCarbon = r.tceTotal > 0 ? r.intensityTCO2PerTce <= r.thresholdTCO2PerTce : numeratorT <= 0;

    // Ambient heat of heat pumps is in neither total: it never enters CarrierUse.
    const double renewableTce = use.cleanElectricityKWh * s.electricityKgcePerKWh / 1000.0
        + r.tceHeat * std::clamp(s.districtHeatCleanShare, 0.0, 1.0);
    r.renewableSharePct = pct(renewableTce, r.tceTotal);
    r.cleanSharePct = pct(renewableTce + (s.gasCountsAsClean ? r.tceGas : 0.0), r.tceTotal);
    r.cleanShareMet = r.cleanSharePct >= kCleanShareBarPct;
    r.renewableShareMet = r.renewableSharePct >= kRenewableShareBarPct;
    return r;
}

CarrierUse selfSuppliedElectricity(const std::vector<double> &loadKWh, const std::vector<double> &pvKWh,
                                   double gridFactorKgPerKWh, const std::vector<double> *hourlyGridFactor)
{
    return selfSuppliedElectricity(
        loadKWh.size(), [&](std::size_t t) { return loadKWh[t]; },
        [&](std::size_t t) { return t < pvKWh.size() ? pvKWh[t] : 0.0; }, gridFactorKgPerKWh, hourlyGridFactor);
}

QString carrierUnit(Carrier c)
{
    switch (c) {
    case Carrier::Electricity: return QCoreApplication::translate("pz", "kWh");
    case Carrier::NaturalGas: return QCoreApplication::translate("pz", "m³");
    case Carrier::RawCoal: return QCoreApplication::translate("pz", "t");
    case Carrier::PurchasedHeat: return QCoreApplication::translate("pz", "GJ");
    case Carrier::None: break;
    }
    return {};
}

} // namespace pz::heat
