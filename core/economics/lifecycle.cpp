// SPDX-License-Identifier: GPL-3.0-or-later
#include "economics/lifecycle.h"

#include "economics/series.h"
#include "energy/carbon.h"
#include "energy/yearcalendar.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pz::economics {

namespace {

std::size_t lengthOf(std::initializer_list<const std::vector<double> *> series)
{
    std::size_t n = 0;
    for (const std::vector<double> *s : series)
        n = std::max(n, s ? s->size() : 0);
    return n;
}

// A component bought again at its life at the same cost.
Component wholeReplacement(const char *key, ComponentGroup group, double capexCNY, double omCNYPerYear, int lifeYears)
{
    return {QLatin1String(key), group, {capexCNY, capexCNY, omCNYPerYear, lifeYears}};
}

// Capex, O&M, replacements and salvage of a set of components, year by year.
struct CostSums {
    double capexCNY = 0, omCNYPerYear = 0, salvageCNY = 0;
    std::vector<double> replacementCNY;   // index = year 0..N
};

template <class Keep>
CostSums costSums(const std::vector<Component> &components, int n, Keep keep)
{
    CostSums s;
    s.replacementCNY.assign(std::size_t(n) + 1, 0.0);
    for (const Component &c : components) {
        if (!keep(c))
            continue;
        s.capexCNY += c.flow.capexCNY;
        s.omCNYPerYear += c.flow.omCNYPerYear;
        s.salvageCNY += salvageCNY(c.flow, n);
        const std::vector<double> r = replacementsByYear(c.flow, n);
        for (int y = 0; y <= n; ++y)
            s.replacementCNY[y] += r[y];
    }
    return s;
}

AnnualBill annualBill(const FuelPrices &prices, ElectricityBill electricity, const HeatSupplySide &heat)
{
    AnnualBill b;
    b.electricity = std::move(electricity);
    b.gasCNY = heat.gasM3 * prices.gasCNYPerM3;
    b.coalCNY = heat.coalT * prices.coalCNYPerT;
    b.heatCNY = heat.purchasedHeatGJ * prices.heatCNYPerGJ;
    b.totalCNY = b.electricity.totalCNY + b.gasCNY + b.coalCNY + b.heatCNY;
    return b;
}

// Location-based CO2 of a year's import, in t.
double importCo2T(const YearFlows &f, const EconomicsInput &in)
{
    return (f.importHourlyFactorKg + f.importAtAnnualFactorKWh * in.annualGridFactorKgPerKWh) / 1000.0;
}

bool hasGreenProfile(const EconomicsInput &in)
{
    return in.greenHourlyKWh && !in.greenHourlyKWh->empty();
}

// Green power bought in a year: G = min(import, green_kWh + share × import) (§15.2, §11), or
// with an hourly profile Σ min(g(t), import(t)).
double greenBought(const EconomicsInput &in, const YearFlows &f)
{
    if (hasGreenProfile(in))
        return f.greenHourlyKWh;
    return std::clamp(std::max(0.0, in.greenPowerKWh) + std::clamp(in.greenPowerShare, 0.0, 1.0) * f.importKWh, 0.0,
                      f.importKWh);
}

// Market-based CO2 of a year's import, in t: the green power counts at zero, in proportion to
// import or, with a profile, at the factor of its own hours.
double marketCo2T(const YearFlows &f, const EconomicsInput &in, double greenKWh)
{
    const double importCo2 = importCo2T(f, in);
    if (hasGreenProfile(in))
        return importCo2 - (f.greenHourlyFactorKg + f.greenAtAnnualFactorKWh * in.annualGridFactorKgPerKWh) / 1000.0;
    return f.importKWh > 0 ? importCo2 * (1.0 - greenKWh / f.importKWh) : 0.0;
}

// Generation of year y: PV scaled by f, wind as it is.
void yearGeneration(const EconomicsInput &in, double pvFactor, std::vector<double> &out)
{
    const std::size_t n = lengthOf({in.pvGenerationKWh, in.windGenerationKWh});
    out.assign(n, 0.0);
    for (std::size_t t = 0; t < n; ++t)
        out[t] = hourValue(in.pvGenerationKWh, t) * pvFactor + hourValue(in.windGenerationKWh, t);
}

// The indicators that follow from the year table and the capex.
void finishIndicators(EconomicsResult &r, double lcoeCostCNY, double lcoeEnergyKWh)
{
    r.npvCNY = r.lccBauCNY - r.lccCNY;
    if (lcoeEnergyKWh > 0)
        r.lcoeCNYPerKWh = lcoeCostCNY / lcoeEnergyKWh;
    std::vector<double> flows{-(r.capexCNY - r.capexBauCNY)}, discounted = flows;
    for (const EconomicsYear &y : r.years) {
        flows.push_back(y.costBauCNY - y.costCNY);
        discounted.push_back(flows.back() * y.discountFactor);
    }
    r.paybackYears = paybackYears(flows);
    r.discountedPaybackYears = paybackYears(discounted);
    if (r.discountedCo2AbatedT > 0)
        r.costOfCarbonAbatedCNYPerT = (r.lccCNY - r.lccBauCNY) / r.discountedCo2AbatedT;
}

} // namespace

std::vector<Component> heatComponents(const CostSettings &costs, const HeatSupplySide &heat)
{
    std::array<double, kHeatTechnologyCount> kW{};
    for (const HeatPlant &p : heat.plants)
        kW[std::size_t(p.technology)] += std::max(0.0, p.peakHeatKW) * costs.heatSizingFactor;
    std::vector<Component> out;
    for (int i = 0; i < kHeatTechnologyCount; ++i) {
        const HeatCosts &c = costs.heat[i];
        if (kW[i] > 0 && (c.capexCNYPerKWth > 0 || c.omCNYPerKWthYr > 0))
            out.push_back({QLatin1String("heat.") + QLatin1String(heatTechnologyKey(HeatTechnology(i))), ComponentGroup::Heat,
                           {kW[i] * c.capexCNYPerKWth, kW[i] * c.capexCNYPerKWth, kW[i] * c.omCNYPerKWthYr, c.lifeYears}});
    }
    return out;
}

std::vector<Component> designComponents(const EconomicsSettings &s, const EconomicsInput &in)
{
    const CostSettings &c = s.costs;
    double groundKWp = 0, rooftopKWp = 0, inverterKWac = 0;
    for (const PvCapacity &pv : in.pvArrays) {
        const double kWp = std::max(0.0, pv.kWp);
        (pv.rooftop ? rooftopKWp : groundKWp) += kWp;
        inverterKWac += pv.dcAcRatio > 0 ? kWp / pv.dcAcRatio : 0.0;
    }
    std::vector<Component> out;
    auto add = [&out](Component component) {
        if (component.flow.capexCNY > 0 || component.flow.replacementCNY > 0 || component.flow.omCNYPerYear > 0)
            out.push_back(std::move(component));
    };
    using G = ComponentGroup;
    add(wholeReplacement("pv_ground", G::Generation, groundKWp * c.pvGroundCapexCNYPerKWp, groundKWp * c.pvOmCNYPerKWpYr, c.pvLifeYears));
    add(wholeReplacement("pv_rooftop", G::Generation, rooftopKWp * c.pvRooftopCapexCNYPerKWp, rooftopKWp * c.pvOmCNYPerKWpYr,
                         c.pvLifeYears));
    add({QLatin1String("inverters"), G::Generation, {0.0, inverterKWac * c.inverterReplacementCNYPerKWac, 0.0, c.inverterLifeYears}});
    const double windKW = std::max(0.0, in.windKW);
    add(wholeReplacement("wind", G::Generation, windKW * c.windCapexCNYPerKW, windKW * c.windOmCNYPerKWYr, c.windLifeYears));
    const double kWh = std::max(0.0, in.battery.capacityKWh), kW = std::max(0.0, in.battery.powerKW);
    const double storageCapex = kWh * c.storageCapexCNYPerKWh + kW * c.storageCapexCNYPerKW;
    add({QLatin1String("storage"), G::Storage,
         {storageCapex, storageCapex * c.storageReplacementFactor, kWh * c.storageOmCNYPerKWhYr, c.storageLifeYears}});
    for (Component &h : heatComponents(c, in.heat))
        add(std::move(h));
    const double lineCapex = std::max(0.0, s.directLineKm) * c.directLineCNYPerKm;
    add(wholeReplacement("direct_line", G::DirectLine, lineCapex, lineCapex * c.directLineOmFractionYr, c.directLineLifeYears));
    return out;
}

std::vector<double> bauConsumption(const EconomicsInput &in)
{
    const std::size_t n = in.bauHeat ? lengthOf({in.consumptionKWh, in.heat.electricityKWh, in.bauHeat->electricityKWh})
                                     : lengthOf({in.consumptionKWh});
    std::vector<double> out(n);
    for (std::size_t t = 0; t < n; ++t) {
        out[t] = hourValue(in.consumptionKWh, t);
        if (in.bauHeat)
            out[t] += hourValue(in.bauHeat->electricityKWh, t) - hourValue(in.heat.electricityKWh, t);
    }
    return out;
}

YearFlows yearFlows(const std::vector<double> &importKWh, const std::vector<double> *exportKWh,
                    const std::vector<double> *hourlyGridFactor, const std::vector<double> *greenHourlyKWh)
{
    if (greenHourlyKWh && greenHourlyKWh->empty())
        greenHourlyKWh = nullptr;
    YearFlows f;
    const std::size_t n = std::max(importKWh.size(), exportKWh ? exportKWh->size() : 0);
    // Day by day (a year is whole days): the calendar once per day, the hours in order.
    for (std::size_t h0 = 0; h0 < n; h0 += 24) {
        const int day = int(h0 % std::size_t(pz::kHoursPerYear)) / 24, month = pz::energy::monthOfDay(day);
        const int weekend = pz::energy::dayType(day) == pz::energy::DayType::Weekday ? 0 : 1;
        std::array<double, 24> &bins = f.importBinsKWh[weekend][month];
        double &peak = f.monthlyPeakKW[month];
        for (std::size_t h = h0; h < std::min(n, h0 + 24); ++h) {
            const double imp = hourValue(&importKWh, h);
            bins[h - h0] += imp;
            peak = std::max(peak, imp);
            f.billedImportKWh += imp;
            f.billedExportKWh += hourValue(exportKWh, h);
            const bool hourly = hourlyGridFactor && h < hourlyGridFactor->size() && std::isfinite((*hourlyGridFactor)[h]);
            const double green = greenHourlyKWh ? pz::energy::greenInHour(greenHourlyKWh, 0.0, h, imp) : 0.0;
            f.greenHourlyKWh += green;
            if (hourly) {
                f.importHourlyFactorKg += imp * (*hourlyGridFactor)[h];
                f.greenHourlyFactorKg += green * (*hourlyGridFactor)[h];
            } else {
                f.importAtAnnualFactorKWh += imp;
                f.greenAtAnnualFactorKWh += green;
            }
        }
    }
    return f;
}

ElectricityBill billOfFlows(const Tariff &t, const YearFlows &f, double greenKWh)
{
    ElectricityBill b;
    const int periods = int(t.periods.size());
    b.importByPeriodKWh.assign(std::size_t(periods), 0.0);
    for (int weekend = 0; weekend < 2; ++weekend) {
        const PeriodGrid &grid = weekend ? t.weekend : t.weekday;
        for (int m = 0; m < 12; ++m)
            for (int h = 0; h < 24; ++h)
                if (const int p = grid[m][h]; p >= 0 && p < periods)
                    b.importByPeriodKWh[std::size_t(p)] += f.importBinsKWh[weekend][m][h];
    }
    b.monthlyPeakKW = f.monthlyPeakKW;
    b.importKWh = f.billedImportKWh;
    b.exportKWh = f.billedExportKWh;
    priceBill(t, greenKWh, b);
    return b;
}

namespace {

// One year's dispatch with the PV scaled by pvFactor, and its flows.
std::shared_ptr<YearFlows> dispatchYear(const EconomicsInput &in, double pvFactor)
{
    thread_local std::vector<double> generation;
    yearGeneration(in, pvFactor, generation);
    pz::energy::DispatchInput input;
    input.generationKWh = generation.empty() ? nullptr : &generation;
    input.consumptionKWh = in.consumptionKWh;
    input.battery = in.battery;
    input.strategy = in.strategy;
    input.exportLimitKW = in.exportLimitKW;
    input.hourlyGridFactor = in.hourlyGridFactor;
    thread_local pz::energy::DispatchResult d;   // its hourly vectors' memory kept between years
    pz::energy::dispatch(input, d);
    auto flows = std::make_shared<YearFlows>(yearFlows(d.importKWh, &d.exportKWh, in.hourlyGridFactor, in.greenHourlyKWh));
    flows->pvFactor = pvFactor;
    flows->generationKWh = d.totalGeneration;
    flows->importKWh = d.totalImport;
    flows->exportKWh = d.totalExport;
    flows->curtailedKWh = d.totalCurtailed;
    return flows;
}

bool hasPv(const EconomicsInput &in)
{
    return in.pvGenerationKWh
        && std::any_of(in.pvGenerationKWh->begin(), in.pvGenerationKWh->end(), [](double v) { return v != 0.0; });
}

} // namespace

YearFlowTable dispatchYears(int analysisYears, double pvDegradation, const EconomicsInput &in, const ForEachYear &forEach)
{
    const int n = std::max(1, analysisYears);
    // The years that need a dispatch of their own: a new PV factor, and only with PV.
    std::vector<double> factors(static_cast<std::size_t>(n));
    std::vector<std::size_t> own;
    const bool pv = hasPv(in);
    for (int y = 1; y <= n; ++y) {
        factors[std::size_t(y - 1)] = std::pow(1.0 - pvDegradation, y - 1);
        if (y == 1 || (pv && factors[std::size_t(y - 1)] != factors[std::size_t(y - 2)]))
            own.push_back(std::size_t(y - 1));
    }
    std::vector<std::shared_ptr<YearFlows>> dispatched(own.size());
    const auto body = [&](std::size_t k) { dispatched[k] = dispatchYear(in, factors[own[k]]); };
    if (forEach)
        forEach(own.size(), body);
    else
        for (std::size_t k = 0; k < own.size(); ++k)
            body(k);
    YearFlowTable table;
    table.reserve(std::size_t(n));
    std::size_t k = 0;
    for (std::size_t y = 0; y < std::size_t(n); ++y) {
        if (k < own.size() && own[k] == y) {
            table.push_back(dispatched[k++]);
        } else if (factors[y] == table.back()->pvFactor) {
            table.push_back(table.back());
        } else {   // no PV: year 1's flows under this year's factor
            auto copy = std::make_shared<YearFlows>(*table.back());
            copy->pvFactor = factors[y];
            table.push_back(std::move(copy));
        }
    }
    return table;
}

EconomicsResult computeEconomics(const EconomicsSettings &s, const EconomicsInput &in)
{
    return computeEconomics(s, in, dispatchYears(s.analysisYears, s.pvDegradation, in));
}

namespace {

// The design's cost of year y from its flows (bill, fuels, O&M, replacement, salvage) and the
// BAU's; fills the year's row. Returns the year's annual bill.
AnnualBill costYear(const EconomicsSettings &s, const EconomicsInput &in, const YearFlows &f, const CostSums &design,
                    EconomicsYear &year)
{
    const int n = std::max(1, s.analysisYears);
    const int y = year.year;
    year.pvFactor = f.pvFactor;
    year.generationKWh = f.generationKWh;
    year.importKWh = f.importKWh;
    year.exportKWh = f.exportKWh;
    year.curtailedKWh = f.curtailedKWh;
    year.greenKWh = greenBought(in, f);
    AnnualBill bill = annualBill(s.fuelPrices, billOfFlows(s.tariff, f, year.greenKWh), in.heat);
    year.billCNY = bill.electricity.totalCNY;
    year.fuelsCNY = bill.totalCNY - bill.electricity.totalCNY;
    year.omCNY = design.omCNYPerYear;
    year.replacementCNY = design.replacementCNY[y];
    year.salvageCNY = y == n ? design.salvageCNY : 0.0;
    year.costCNY = bill.totalCNY + year.omCNY + year.replacementCNY - year.salvageCNY;
    year.co2T = marketCo2T(f, in, year.greenKWh) + in.heat.fuelCo2T;
    return bill;
}

} // namespace

EconomicsResult computeEconomics(const EconomicsSettings &s, const EconomicsInput &in, const YearFlowTable &flows)
{
    const int n = std::max(1, s.analysisYears);
    const HeatSupplySide &bauHeat = in.bauHeat ? *in.bauHeat : in.heat;
    EconomicsResult r;
    r.components = designComponents(s, in);
    r.bauComponents = heatComponents(s.costs, bauHeat);
    const CostSums design = costSums(r.components, n, [](const Component &) { return true; });
    const CostSums generation = costSums(r.components, n, [](const Component &c) { return c.group == ComponentGroup::Generation; });
    const CostSums bau = costSums(r.bauComponents, n, [](const Component &) { return true; });
    r.capexCNY = design.capexCNY;
    r.capexBauCNY = bau.capexCNY;

    const YearFlows bauFlows = yearFlows(bauConsumption(in), nullptr, in.hourlyGridFactor);
    r.billBau = annualBill(s.fuelPrices, billOfFlows(s.tariff, bauFlows, 0.0), bauHeat);
    const double co2Bau = importCo2T(bauFlows, in) + bauHeat.fuelCo2T;

    r.lccCNY = r.capexCNY;
    r.lccBauCNY = r.capexBauCNY;
    double lcoeCost = generation.capexCNY, lcoeEnergy = 0;
    for (int y = 1; y <= n && std::size_t(y) <= flows.size(); ++y) {
        EconomicsYear &year = r.years.emplace_back();
        year.year = y;
        year.discountFactor = discountFactor(s.discountRate, y);
        AnnualBill bill = costYear(s, in, *flows[std::size_t(y) - 1], design, year);
        year.costBauCNY = r.billBau.totalCNY + bau.omCNYPerYear + bau.replacementCNY[y] - (y == n ? bau.salvageCNY : 0.0);
        year.co2BauT = co2Bau;
        if (y == 1)
            r.billYear1 = std::move(bill);

        r.lccCNY += year.discountFactor * year.costCNY;
        r.lccBauCNY += year.discountFactor * year.costBauCNY;
        lcoeCost += year.discountFactor * (generation.omCNYPerYear + generation.replacementCNY[y]
                                           - (y == n ? generation.salvageCNY : 0.0));
        lcoeEnergy += year.discountFactor * (year.generationKWh - year.curtailedKWh);
        r.discountedCo2AbatedT += year.discountFactor * (year.co2BauT - year.co2T);
    }
    finishIndicators(r, lcoeCost, lcoeEnergy);
    return r;
}

} // namespace pz::economics
