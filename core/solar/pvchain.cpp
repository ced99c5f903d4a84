#include "pvchain.h"

#include "iam.h"
#include "pvwatts.h"
#include "rowshading.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pz::solar {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// Everything about the array that stays the same for every hour.
struct ArrayConstants {
    double cosTilt, sinTilt, sinAz, cosAz;
    double isoFactor;       // (1 + cos β)/2 · sky view share
    double groundFactor;    // albedo (1 − cos β)/2
    double skyKeep;         // 1 − L (Passias)
    double gcr;
    double p0W, gamma, netFactor;
    PvwattsInverter inverter;
    CellTemperatureModel model;
    double sapmExpA, sapmB, sapmDeltaTPerWm2, u0, u1;
    const double *sapmWind;   // precomputed exp(b·WS) of the sun track, or null
    bool packedWind;          // which packed series matches (0 open rack, 1 close roof)
    PhysicalIamParams iamParams;
    bool iamSeries;
    const float *hidden;
};

ArrayConstants constantsOf(const PvChainParams &p, const ObjectShading &s, const SunTrack &t)
{
    ArrayConstants c;
    const double beta = p.tiltDeg * kDeg, gamma = p.azimuthDeg * kDeg;
    c.cosTilt = std::cos(beta);
    c.sinTilt = std::sin(beta);
    c.sinAz = std::sin(gamma);
    c.cosAz = std::cos(gamma);
    c.isoFactor = (1.0 + c.cosTilt) / 2.0 * std::clamp(s.skyViewShare, 0.0, 1.0);
    c.groundFactor = p.albedo * (1.0 - c.cosTilt) / 2.0;
    c.gcr = p.gcr;
    c.skyKeep = 1.0 - passiasSkyDiffuseLoss(p.tiltDeg, p.gcr);
    c.p0W = p.kwp * 1000.0;
    c.gamma = p.gammaPdcPerC;
    c.netFactor = 1.0 - p.lossesPct / 100.0;
    c.inverter = PvwattsInverter::forArray(c.p0W, p.dcAcRatio, p.etaNom, p.etaRef);
    c.model = p.temperatureModel;
    c.sapmExpA = std::exp(p.sapmA);
    c.sapmB = p.sapmB;
    c.sapmDeltaTPerWm2 = p.sapmDeltaT / 1000.0;
    c.u0 = p.faimanU0;
    c.u1 = p.faimanU1;
    c.sapmWind = nullptr;
    c.packedWind = false;
    if (p.sapmB == -0.075 && t.sapmWindOpenRack.size() == std::size_t(t.hours())) {
        c.sapmWind = t.sapmWindOpenRack.data();
    } else if (p.sapmB == -0.0471 && t.sapmWindCloseRoof.size() == std::size_t(t.hours())) {
        c.sapmWind = t.sapmWindCloseRoof.data();
        c.packedWind = true;
    }
    c.iamSeries = physicalIamSeriesExact(c.iamParams);
    c.hidden = s.beamHiddenShare;
    return c;
}

struct HourOut {
    double cosAoi, fs, beam, sky, ground, poa, iam, eeff, cellTempC, pdcW, pdcNetW, pacW;
};

// One hour of the chain; the single implementation behind simulateArray and traceHour.
[[gnu::always_inline]] inline void evalHour(const ArrayConstants &c, const SunTrack &t, int h, HourOut &o)
{
    const double cz = t.sunUp[h];
    const double p = t.sunNorth[h] * c.cosAz + t.sunEast[h] * c.sinAz;   // sin z cos(γs − γ)
    const double cosAoi = cz * c.cosTilt + c.sinTilt * p;
    const double a = cosAoi > 0 ? cosAoi : 0.0;
    const double hidden = c.hidden ? std::clamp(double(c.hidden[h]), 0.0, 1.0) : 0.0;
    const double keepBeam = 1.0 - hidden;

    double fs = 0;
    if (c.gcr > 0 && t.up[h]) {
        const double denom = std::abs(c.cosTilt * cz + c.sinTilt * p);
        fs = denom > 0 ? std::clamp(1.0 - cz / (c.gcr * denom), 0.0, 1.0) : 1.0;
    }
    const double beam = t.beamNormal[h] * a * (1.0 - fs) * keepBeam;
    const double sky = std::max(0.0, t.isotropic[h] * c.isoFactor
                                         + t.circumsolar[h] * a * keepBeam
                                         + t.horizon[h] * c.sinTilt)
        * c.skyKeep;
    const double ground = t.ghi[h] * c.groundFactor;
    const double poa = beam + sky + ground;

    const double iam = cosAoi > 0 ? physicalIamCore(std::min(cosAoi, 1.0), c.iamParams, c.iamSeries) : 0.0;
    const double eeff = beam * iam + sky + ground;

    const double ta = t.tempC[h], ws = t.windMs[h];
    double tc;
    switch (c.model) {
    case CellTemperatureModel::Faiman:
        tc = faimanCellTemp(poa, ta, ws, c.u0, c.u1);
        break;
    default:
        tc = poa * c.sapmExpA * (c.sapmWind ? c.sapmWind[h] : std::exp(c.sapmB * ws)) + ta
            + poa * c.sapmDeltaTPerWm2;
        break;
    }
    const double pdc = pvwattsDc(eeff, tc, c.p0W, c.gamma);
    const double pdcNet = pdc * c.netFactor;
    o.cosAoi = cosAoi;
    o.fs = fs;
    o.beam = beam;
    o.sky = sky;
    o.ground = ground;
    o.poa = poa;
    o.iam = iam;
    o.eeff = eeff;
    o.cellTempC = tc;
    o.pdcW = pdc;
    o.pdcNetW = pdcNet;
    o.pacW = pvwattsInverter(pdcNet, c.inverter);
}

inline double maxOf(double a, double b) { return a > b ? a : b; }
inline double minOf(double a, double b) { return a < b ? a : b; }

// The per-hour work of runPacked, free of branches so that the compiler vectorises it. The square
// root's argument is never negative (>= 1 − 1/n²), so errno handling can go.
// Square roots of n non-negative values in place. std::sqrt keeps a branch for errno that stops
// the compiler from vectorising the loop around it; SSE2 takes two at a time.
void sqrtInPlace(double *v, int n)
{
    int i = 0;
#if defined(__SSE2__)
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(v + i, _mm_sqrt_pd(_mm_loadu_pd(v + i)));
#endif
    for (; i < n; ++i)
        v[i] = std::sqrt(v[i]);
}

template <bool Rows>
void packedLoop(const ArrayConstants &c, const SunTrack::Packed &pk, int n, double *poaOut,
                double *eeffOut, double *tcOut, double *pdcOut, double *pacOut, double *c2s)
{
    const double *east = pk.sunEast.data(), *north = pk.sunNorth.data(), *up = pk.sunUp.data(),
                 *bn = pk.beamNormal.data(), *iso = pk.isotropic.data(),
                 *circ = pk.circumsolar.data(), *hor = pk.horizon.data(), *ghi = pk.ghi.data(),
                 *ta = pk.tempC.data(),
                 *wind = c.packedWind ? pk.sapmWindCloseRoof.data() : pk.sapmWindOpenRack.data();
    const double cosT = c.cosTilt, sinT = c.sinTilt, cosAz = c.cosAz, sinAz = c.sinAz;
    const double isoF = c.isoFactor, gF = c.groundFactor, skyKeep = c.skyKeep, gcr = c.gcr;
    const double expA = c.sapmExpA, dT = c.sapmDeltaTPerWm2, p0 = c.p0W, gamma = c.gamma;
    const double net = c.netFactor;
    const double etaScale = c.inverter.etaScale, invPdc0 = c.inverter.invPdc0,
                 pdc0 = c.inverter.pdc0W, pac0 = c.inverter.pac0W;
    const double n1 = c.iamParams.n, kl = c.iamParams.kPerM * c.iamParams.thicknessM;
    const double r0 = (n1 - 1.0) / (n1 + 1.0);
    // cos θ2 of the IAM for every hour first (see sqrtInPlace).
    for (int i = 0; i < n; ++i) {
        const double cosAoi = up[i] * cosT + sinT * (north[i] * cosAz + east[i] * sinAz);
        const double cc = cosAoi > 0 ? minOf(cosAoi, 1.0) : 1.0;
        c2s[i] = 1.0 - (1.0 - cc * cc) / (n1 * n1);
    }
    sqrtInPlace(c2s, n);
    for (int i = 0; i < n; ++i) {
        const double cz = up[i];
        const double p = north[i] * cosAz + east[i] * sinAz;
        const double cosAoi = cz * cosT + sinT * p;
        const double a = cosAoi > 0 ? cosAoi : 0.0;
        double fs = 0;
        if constexpr (Rows) {
            // Only daylight hours carry beam; at night beamNormal is 0 and fs does not matter.
            const double d = cosT * cz + sinT * p;
            const double denom = maxOf(d < 0 ? -d : d, 1e-300);
            fs = minOf(maxOf(1.0 - cz / (gcr * denom), 0.0), 1.0);
        }
        const double beam = bn[i] * a * (1.0 - fs) * 1.0;
        const double sky = maxOf(0.0, iso[i] * isoF + circ[i] * a * 1.0 + hor[i] * sinT) * skyKeep;
        const double ground = ghi[i] * gF;
        const double poa = beam + sky + ground;
        // physicalIamCore, series form (the caller checked physicalIamSeriesExact).
        const double cc = cosAoi > 0 ? minOf(cosAoi, 1.0) : 1.0;
        const double c2 = c2s[i];
        const double sNum = cc - n1 * c2, sDen = cc + n1 * c2;
        const double pNum = c2 - n1 * cc, pDen = c2 + n1 * cc;
        const double inv = 1.0 / (sDen * pDen * c2);
        const double rs = sNum * pDen * c2 * inv, rp = pNum * sDen * c2 * inv;
        const double invC2 = sDen * pDen * inv;
        const double x = kl * (1.0 - invC2);
        const double expX =
            1.0 + x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x * (1.0 / 24.0 + x * (1.0 / 120.0)))));
        const double iamValue = ((1.0 - rs * rs) + (1.0 - rp * rp)) / 2.0 * expX / (1.0 - r0 * r0);
        const double iam = cosAoi > 0 ? iamValue : 0.0;
        const double eeff = beam * iam + sky + ground;
        const double tc = poa * expA * wind[i] + ta[i] + poa * dT;
        const double pdc = maxOf(0.0, eeff / 1000.0 * p0 * (1.0 + gamma * (tc - 25.0)));
        const double pdcNet = pdc * net;
        const double pac = minOf(maxOf(etaScale * (-0.0162 * pdcNet * pdcNet * invPdc0
                                                   - 0.0059 * pdc0 + 0.9858 * pdcNet),
                                       0.0),
                                 pac0);
        poaOut[i] = poa;
        eeffOut[i] = eeff;
        tcOut[i] = tc;
        pdcOut[i] = pdc;
        pacOut[i] = pdcNet > 0 ? pac : 0.0;
    }
}

// The common case (no object shading, SAPM with a precomputed wind term, default IAM) over the
// packed active hours: the per-hour work over contiguous arrays, then the sums. Same arithmetic
// as evalHour, so the results are identical.
void runPacked(const ArrayConstants &c, const SunTrack &t, ArrayYield &y, bool keepHourly)
{
    const SunTrack::Packed &pk = t.packed;
    const int n = int(t.activeHours.size());
    std::vector<double> buf(std::size_t(n) * 6);
    double *poaOut = buf.data(), *eeffOut = poaOut + n, *tcOut = eeffOut + n, *pdcOut = tcOut + n,
           *pacOut = pdcOut + n;
    double *scratch = pacOut + n;
    if (c.gcr > 0)
        packedLoop<true>(c, pk, n, poaOut, eeffOut, tcOut, pdcOut, pacOut, scratch);
    else
        packedLoop<false>(c, pk, n, poaOut, eeffOut, tcOut, pdcOut, pacOut, scratch);
    const double net = c.netFactor;
    double poaSum = 0, eeffSum = 0, dcSum = 0, peak = 0;
    for (int i = 0; i < n; ++i) {
        poaSum += poaOut[i];
        eeffSum += eeffOut[i];
        dcSum += pdcOut[i];
        peak = std::max(peak, pacOut[i]);
    }
    for (int m = 0; m < 12; ++m) {
        double sum = 0;
        for (int i = pk.monthStart[m]; i < pk.monthStart[m + 1]; ++i)
            sum += pacOut[i];
        y.monthlyAcKWh[m] = sum;
    }
    y.annualPoaKWhM2 = poaSum;
    y.annualEeffKWhM2 = eeffSum;
    y.dcGrossKWh = dcSum;
    y.dcNetKWh = dcSum * net;
    y.peakAcKW = peak;
    if (keepHourly) {
        for (int i = 0; i < n; ++i) {
            const int h = t.activeHours[i];
            y.acW[h] = float(pacOut[i]);
            y.poaWm2[h] = float(poaOut[i]);
            y.cellTempC[h] = float(tcOut[i]);
        }
    }
}

// Sums in W·h → kWh and the derived figures.
ArrayYield &finish(ArrayYield &y, const PvChainParams &params)
{
    double annual = 0;
    for (int m = 0; m < 12; ++m) {
        annual += y.monthlyAcKWh[m];
        y.monthlyAcKWh[m] /= 1000.0;
    }
    y.annualAcKWh = annual / 1000.0;
    y.annualPoaKWhM2 /= 1000.0;
    y.annualEeffKWhM2 /= 1000.0;
    y.dcGrossKWh /= 1000.0;
    y.dcNetKWh /= 1000.0;
    y.peakAcKW /= 1000.0;
    y.performanceRatio = (params.kwp > 0 && y.annualPoaKWhM2 > 0)
        ? y.annualAcKWh / (params.kwp * y.annualPoaKWhM2) : 0.0;
    return y;
}

} // namespace

PvChainParams withMountingDefaults(PvChainParams p, CellTemperatureModel m)
{
    p.temperatureModel = m;
    if (m != CellTemperatureModel::Faiman) {
        const SapmCoefficients s = sapmCoefficients(m);
        p.sapmA = s.a;
        p.sapmB = s.b;
        p.sapmDeltaT = s.deltaT;
    }
    return p;
}

ArrayYield simulateArray(const WeatherYear &weather, const SunTrack &track,
                         const PvChainParams &params, const ObjectShading &shading,
                         bool keepHourly)
{
    const ArrayConstants c = constantsOf(params, shading, track);
    ArrayYield y;
    const int n = track.hours();
    if (keepHourly) {
        y.acW.assign(n, 0.0f);
        y.poaWm2.assign(n, 0.0f);
        y.cellTempC.resize(n);
        for (int h = 0; h < n; ++h)
            y.cellTempC[h] = float(h < int(weather.tempC.size()) ? weather.tempC[h] : track.tempC[h]);
    }
    double poaSum = 0, eeffSum = 0, dcSum = 0, dcNetSum = 0, peak = 0;
    std::array<double, 12> monthly{};
    if (!c.hidden && c.sapmWind && c.model != CellTemperatureModel::Faiman && c.iamSeries
        && track.packed.sunUp.size() == track.activeHours.size()) {
        runPacked(c, track, y, keepHourly);
        return finish(y, params);
    }
    int month = 0, nextMonthStart = WeatherYear::firstHourOfMonth(1);
    HourOut o;
    for (const int h : track.activeHours) {
        evalHour(c, track, h, o);
        while (h >= nextMonthStart && month < 11) {
            ++month;
            nextMonthStart = WeatherYear::firstHourOfMonth(month + 1);
        }
        poaSum += o.poa;
        eeffSum += o.eeff;
        dcSum += o.pdcW;
        dcNetSum += o.pdcNetW;
        monthly[month] += o.pacW;
        peak = std::max(peak, o.pacW);
        if (keepHourly) {
            y.acW[h] = float(o.pacW);
            y.poaWm2[h] = float(o.poa);
            y.cellTempC[h] = float(o.cellTempC);
        }
    }
    for (int m = 0; m < 12; ++m)
        y.monthlyAcKWh[m] = monthly[m];
    y.annualPoaKWhM2 = poaSum;
    y.annualEeffKWhM2 = eeffSum;
    y.dcGrossKWh = dcSum;
    y.dcNetKWh = dcNetSum;
    y.peakAcKW = peak;
    return finish(y, params);
}

HourTrace traceHour(const WeatherYear &weather, const SunTrack &track, const PvChainParams &params,
                    int hourIndex, const ObjectShading &shading)
{
    const ArrayConstants c = constantsOf(params, shading, track);
    const int h = std::clamp(hourIndex, 0, track.hours() - 1);
    HourOut o;
    evalHour(c, track, h, o);
    HourTrace t;
    t.zenithDeg = track.apparentZenithDeg[h];
    t.azimuthDeg = track.azimuthDeg[h];
    t.e0 = track.e0[h];
    t.airMass = track.airMass[h];
    const bool haveWeather = weather.isComplete();
    t.ghi = haveWeather ? weather.ghi[h] : track.ghi[h];
    t.dni = haveWeather ? weather.dni[h] : track.beamNormal[h];
    t.dhi = haveWeather ? weather.dhi[h] : 0.0;
    t.tempC = track.tempC[h];
    t.windMs = track.windMs[h];
    t.aoiDeg = std::acos(std::clamp(o.cosAoi, -1.0, 1.0)) / kDeg;
    t.beam = o.beam;
    t.sky = o.sky;
    t.ground = o.ground;
    t.iam = o.iam;
    t.eeff = o.eeff;
    t.cellTempC = o.cellTempC;
    t.pdcW = o.pdcW;
    t.pdcNetW = o.pdcNetW;
    t.pacW = o.pacW;
    t.poa = o.poa;
    t.rowShadedFraction = o.fs;
    t.perezBin = track.perezBin[h];
    return t;
}

} // namespace pz::solar
