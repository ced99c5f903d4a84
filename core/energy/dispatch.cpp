// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy/dispatch.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pz::energy {

namespace {

double valueAt(const std::vector<double> *v, std::size_t t)
{
    if (!v || t >= v->size())
        return 0.0;
    const double x = (*v)[t];
    return std::isfinite(x) ? x : 0.0;
}

struct Store {
    double eMin = 0, eMax = 0, powerKW = 0, etaC = 1, etaD = 1;
};

Store storeOf(const BatteryParams &b)
{
    Store s;
    const double cap = std::max(0.0, b.capacityKWh);
    const double lo = std::clamp(b.socMin, 0.0, 1.0);
    const double hi = std::clamp(b.socMax, lo, 1.0);
    s.eMin = lo * cap;
    s.eMax = hi * cap;
    s.powerKW = std::max(0.0, b.powerKW);
    const double rte = std::clamp(b.roundTripEfficiency, 1e-6, 1.0);
    s.etaC = s.etaD = std::sqrt(rte);
    return s;
}

// Carbon-aware improvement of a self-consumption schedule, day by day: moves stored energy from
// a lower-carbon hour c to a later higher-carbon hour k of the same day, where k still imports.
// At c it first withholds discharge (saves f_k - f_c per kWh, no extra losses), then charges
// from the grid (saves RTE·f_k - f_c per kWh taken in). SOC rises only over [c, k), within the
// SOC window, so on-site charging is never crowded out and each day ends at the same SOC.
void improveCarbonAware(DispatchResult &r, const Store &s, const std::vector<double> &factor)
{
    const std::size_t n = r.socKWh.size();
    const double eps = 1e-9;
    const double rte = s.etaC * s.etaD;
    std::vector<std::size_t> byHigh, byLow;
    for (std::size_t day0 = 0; day0 < n; day0 += 24) {
        const std::size_t day1 = std::min(n, day0 + 24);
        byHigh.clear();
        for (std::size_t t = day0; t < day1; ++t)
            byHigh.push_back(t);
        byLow = byHigh;
        auto f = [&](std::size_t t) { return t < factor.size() && std::isfinite(factor[t]) ? factor[t] : 0.0; };
        std::stable_sort(byHigh.begin(), byHigh.end(), [&](auto a, auto b) { return f(a) > f(b); });
        std::stable_sort(byLow.begin(), byLow.end(), [&](auto a, auto b) { return f(a) < f(b); });
        for (std::size_t k : byHigh) {
            if (r.chargeKWh[k] > 0.0)
                continue;
            for (std::size_t c : byLow) {
                if (f(c) >= f(k))
                    break;
                if (c >= k)
                    continue;
                double dischargeRoom = std::min(s.powerKW - r.dischargeKWh[k], r.importKWh[k]);
                if (dischargeRoom <= eps)
                    break;
                double peak = 0.0;
                for (std::size_t j = c; j < k; ++j)
                    peak = std::max(peak, r.socKWh[j]);
                double room = s.eMax - peak;   // stored kWh that may be held from c to k
                if (room <= eps)
                    continue;
                auto shift = [&](double stored, double deliveredAtK) {
                    for (std::size_t j = c; j < k; ++j)
                        r.socKWh[j] += stored;
                    r.dischargeKWh[k] += deliveredAtK;
                    r.importKWh[k] -= deliveredAtK;
                    room -= stored;
                    dischargeRoom -= deliveredAtK;
                };
                if (r.dischargeKWh[c] > eps) {
                    const double withheld = std::min({r.dischargeKWh[c], room * s.etaD, dischargeRoom});
                    r.dischargeKWh[c] -= withheld;
                    r.importKWh[c] += withheld;
                    shift(withheld / s.etaD, withheld);
                }
                // Never charge and discharge in one hour; no grid charging while exporting.
                if (r.dischargeKWh[c] == 0.0 && r.exportKWh[c] <= eps && r.curtailedKWh[c] <= eps
                    && f(c) < rte * f(k) && room > eps && dischargeRoom > eps) {
                    const double taken = std::min({s.powerKW - r.chargeKWh[c], room / s.etaC, dischargeRoom / rte});
                    if (taken > eps) {
                        r.chargeKWh[c] += taken;
                        r.gridChargeKWh[c] += taken;
                        r.importKWh[c] += taken;
                        shift(taken * s.etaC, taken * rte);
                    }
                }
            }
        }
    }
}

// Resets the totals and sizes every hourly vector to n zeros, keeping the vectors' memory.
void resetResult(DispatchResult &r, std::size_t n)
{
    DispatchResult old = std::move(r);
    r = DispatchResult{};
    r.chargeKWh.swap(old.chargeKWh);
    r.dischargeKWh.swap(old.dischargeKWh);
    r.socKWh.swap(old.socKWh);
    r.importKWh.swap(old.importKWh);
    r.exportKWh.swap(old.exportKWh);
    r.curtailedKWh.swap(old.curtailedKWh);
    r.selfConsumedKWh.swap(old.selfConsumedKWh);
    r.directUseKWh.swap(old.directUseKWh);
    r.gridChargeKWh.swap(old.gridChargeKWh);
    r.onsiteDischargeKWh.swap(old.onsiteDischargeKWh);
    for (auto *v : {&r.chargeKWh, &r.dischargeKWh, &r.socKWh, &r.importKWh, &r.exportKWh, &r.curtailedKWh,
                    &r.selfConsumedKWh, &r.directUseKWh, &r.gridChargeKWh, &r.onsiteDischargeKWh})
        v->assign(n, 0.0);
}

// Self-consumption pass: surplus charges, deficit discharges, rest to/from the grid.
void selfConsumptionPass(const DispatchInput &in, const Store &s, double exportCapKWh, std::size_t n,
                         DispatchResult &r)
{
    double e = s.eMin;
    for (std::size_t t = 0; t < n; ++t) {
        const double gen = std::max(0.0, valueAt(in.generationKWh, t));
        const double cons = std::max(0.0, valueAt(in.consumptionKWh, t));
        r.directUseKWh[t] = std::min(gen, cons);
        if (gen > cons) {
            const double surplus = gen - cons;
            const double charge = std::max(0.0, std::min({surplus, s.powerKW, (s.eMax - e) / s.etaC}));
            e += s.etaC * charge;
            r.chargeKWh[t] = charge;
            const double rest = surplus - charge;
            const double exported = exportCapKWh < 0 ? rest : std::min(rest, exportCapKWh);
            r.exportKWh[t] = exported;
            r.curtailedKWh[t] = rest - exported;
        } else {
            const double deficit = cons - gen;
            const double discharge = std::max(0.0, std::min({deficit, s.powerKW, (e - s.eMin) * s.etaD}));
            e -= discharge / s.etaD;
            r.dischargeKWh[t] = discharge;
            r.importKWh[t] = deficit - discharge;
        }
        r.socKWh[t] = e;
    }
}

// Totals, and where the discharged energy came from (pro rata to the stored energy's origin;
// the initial SOC counts as on-site).
void sumTotals(const DispatchInput &in, const Store &s, std::size_t n, DispatchResult &r)
{
    double e = r.initialSoc;
    double eGrid = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        const double gen = std::max(0.0, valueAt(in.generationKWh, t));
        const double cons = std::max(0.0, valueAt(in.consumptionKWh, t));
        const double charge = r.chargeKWh[t], discharge = r.dischargeKWh[t];
        double fromGrid = 0.0;
        if (discharge > 0.0 && e > 0.0) {
            const double gridShare = std::clamp(eGrid / e, 0.0, 1.0);
            fromGrid = discharge * gridShare;
            eGrid -= discharge / s.etaD * gridShare;
        }
        eGrid += r.gridChargeKWh[t] * s.etaC;
        e = r.socKWh[t];
        r.onsiteDischargeKWh[t] = discharge - fromGrid;
        r.selfConsumedKWh[t] = r.directUseKWh[t] + (charge - r.gridChargeKWh[t]);

        r.totalGeneration += gen;
        r.totalConsumption += cons;
        r.totalImport += r.importKWh[t];
        r.totalExport += r.exportKWh[t];
        r.totalCurtailed += r.curtailedKWh[t];
        r.totalCharge += charge;
        r.totalDischarge += discharge;
        r.totalGridCharge += r.gridChargeKWh[t];
        r.totalOnsiteDischarge += r.onsiteDischargeKWh[t];
        r.totalSelfConsumed += r.selfConsumedKWh[t];
        r.totalDirectUse += r.directUseKWh[t];
    }
    r.finalSoc = n > 0 ? r.socKWh[n - 1] : r.initialSoc;
    r.losses = r.totalCharge * (1.0 - s.etaC) + r.totalDischarge * (1.0 / s.etaD - 1.0);
    r.equivalentFullCycles = r.usableCapacityKWh > 0 ? r.totalDischarge / r.usableCapacityKWh : 0.0;
    r.balanceResidualKWh = (r.totalGeneration + r.totalImport)
        - (r.totalConsumption + r.totalExport + r.totalCurtailed + r.losses + (r.finalSoc - r.initialSoc));
}

} // namespace

BatteryParams poolBatteries(const std::vector<BatteryParams> &stores)
{
    BatteryParams pooled;
    double cap = 0, power = 0, eMin = 0, eMax = 0, rteWeighted = 0;
    for (const BatteryParams &b : stores) {
        const double c = std::max(0.0, b.capacityKWh);
        const double lo = std::clamp(b.socMin, 0.0, 1.0);
        cap += c;
        power += std::max(0.0, b.powerKW);
        eMin += lo * c;
        eMax += std::clamp(b.socMax, lo, 1.0) * c;
        rteWeighted += std::clamp(b.roundTripEfficiency, 0.0, 1.0) * c;
    }
    pooled.capacityKWh = cap;
    pooled.powerKW = power;
    if (cap > 0) {
        pooled.socMin = eMin / cap;
        pooled.socMax = eMax / cap;
        pooled.roundTripEfficiency = rteWeighted / cap;
    } else if (!stores.empty()) {
        pooled.roundTripEfficiency = stores.front().roundTripEfficiency;
    }
    return pooled;
}

DispatchResult dispatch(const DispatchInput &in)
{
    DispatchResult r;
    dispatch(in, r);
    return r;
}

void dispatch(const DispatchInput &in, DispatchResult &r)
{
    const std::size_t n = std::max(in.generationKWh ? in.generationKWh->size() : 0,
                                   in.consumptionKWh ? in.consumptionKWh->size() : 0);
    resetResult(r, n);

    const Store s = storeOf(in.battery);
    const double exportCapKWh = in.exportLimitKW < 0 ? -1.0 : in.exportLimitKW;
    r.initialSoc = s.eMin;
    r.usableCapacityKWh = s.eMax - s.eMin;

    selfConsumptionPass(in, s, exportCapKWh, n, r);
    if (in.strategy == pz::DispatchStrategy::CarbonAware && in.hourlyGridFactor && !in.hourlyGridFactor->empty()
        && s.eMax > s.eMin && s.powerKW > 0)
        improveCarbonAware(r, s, *in.hourlyGridFactor);
    sumTotals(in, s, n, r);
}

} // namespace pz::energy
