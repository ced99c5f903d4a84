// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
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
    const double beta = p.tiltDeg * kDegToRad, gamma = p.azimuthDeg * kDegToRad;
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

constexpr double kTiny = 1e-300;

// The packed series of the sun track that packedLoop reads.
struct PackedSeries {
    const double *east, *north, *up, *bn, *iso, *circ, *hor, *ghi, *ta, *wind;
};

PackedSeries packedSeriesOf(const ArrayConstants &c, const SunTrack::Packed &pk)
{
    return {pk.sunEast.data(), pk.sunNorth.data(), pk.sunUp.data(), pk.beamNormal.data(), pk.isotropic.data(),
            pk.circumsolar.data(), pk.horizon.data(), pk.ghi.data(), pk.tempC.data(),
            c.packedWind ? pk.sapmWindCloseRoof.data() : pk.sapmWindOpenRack.data()};
}

// Where packedLoop writes, one value per packed hour.
struct PackedOut {
    double *poa, *eeff, *tc, *pdc, *pac;
};

// The array's constants as packedLoop uses them, with those derived for the IAM and inverter.
struct PackedConstants {
    double cosT, sinT, cosAz, sinAz, isoF, gF, skyKeep, gcr, expA, dT, gamma, net;
    double etaScale, invPdc0, pac0, tare;
    double n1, kl, invN1sq, halfInvIamNorm, p0k;
};

PackedConstants packedConstantsOf(const ArrayConstants &c)
{
    const double p0 = c.p0W;
    const double n1 = c.iamParams.n, n1sq = n1 * n1, kl = c.iamParams.kPerM * c.iamParams.thicknessM;
    const double r0 = (n1 - 1.0) / (n1 + 1.0), iamNorm = 1.0 - r0 * r0;
    return {c.cosTilt, c.sinTilt, c.cosAz, c.sinAz, c.isoFactor, c.groundFactor, c.skyKeep, c.gcr,
            c.sapmExpA, c.sapmDeltaTPerWm2, c.gamma, c.netFactor,
            c.inverter.etaScale, c.inverter.invPdc0, c.inverter.pac0W, 0.0059 * c.inverter.pdc0W,
            n1, kl, 1.0 / n1sq, 0.5 / iamNorm, p0 * 0.001};
}

// One packed hour, i, of packedLoop's work. The square root's argument is never negative
// (>= 1 − 1/n²).
template <bool Rows, bool Shaded>
[[gnu::always_inline]] inline void packedHour(const PackedConstants &k, const PackedSeries &s,
                                              const double *__restrict keepSun, int i, const PackedOut &out)
{
    const double cz = s.up[i];
    const double p = s.north[i] * k.cosAz + s.east[i] * k.sinAz;
    const double cosAoi = cz * k.cosT + k.sinT * p;
    const double a = cosAoi > 0 ? cosAoi : 0.0;
    double keep = 1.0;
    if constexpr (Rows) {
        // Only daylight hours carry beam; at night beamNormal is 0 and fs does not matter.
        const double d = k.cosT * cz + k.sinT * p;
        const double denom = maxOf(d < 0 ? -d : d, kTiny);
        keep = 1.0 - minOf(maxOf(1.0 - cz / (k.gcr * denom), 0.0), 1.0);
    }
    double beam = s.bn[i] * a * keep;
    double circA = s.circ[i] * a;
    if constexpr (Shaded) {
        beam = beam * keepSun[i];
        circA = circA * keepSun[i];
    }
    const double sky = maxOf(0.0, s.iso[i] * k.isoF + circA + s.hor[i] * k.sinT) * k.skyKeep;
    const double ground = s.ghi[i] * k.gF;
    const double poa = beam + sky + ground;
    const double capped = minOf(cosAoi, 1.0);
    const double cc = cosAoi > 0 ? capped : 1.0;
    const double c2 = std::sqrt(1.0 - (1.0 - cc * cc) * k.invN1sq);
    const double sNum = cc - k.n1 * c2, sDen = cc + k.n1 * c2;
    const double pNum = c2 - k.n1 * cc, pDen = c2 + k.n1 * cc;
    const double sp = sDen * pDen;
    const double inv = 1.0 / (sp * c2);
    const double rs = sNum * pDen * c2 * inv, rp = pNum * sDen * c2 * inv;
    const double x = k.kl * (1.0 - sp * inv);
    const double expX =
        1.0 + x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x * (1.0 / 24.0 + x * (1.0 / 120.0)))));
    const double iamValue = ((1.0 - rs * rs) + (1.0 - rp * rp)) * expX * k.halfInvIamNorm;
    const double iam = cosAoi > 0 ? iamValue : 0.0;
    const double eeff = beam * iam + sky + ground;
    const double tc = poa * k.expA * s.wind[i] + s.ta[i] + poa * k.dT;
    const double pdc = maxOf(0.0, eeff * k.p0k * (1.0 + k.gamma * (tc - 25.0)));
    const double pdcNet = pdc * k.net;
    const double pac = minOf(maxOf(k.etaScale * (-0.0162 * pdcNet * pdcNet * k.invPdc0 - k.tare
                                                 + 0.9858 * pdcNet),
                                   0.0),
                             k.pac0);
    out.poa[i] = poa;
    out.eeff[i] = eeff;
    out.tc[i] = tc;
    out.pdc[i] = pdc;
    out.pac[i] = pdcNet > 0 ? pac : 0.0;
}

#if defined(__SSE2__)
// PackedConstants broadcast to both lanes, with the literals of the two-hour form.
struct PackedVectors {
    __m128d zero, one, cosT, sinT, cosAz, sinAz, isoF, gF, skyKeep, gcr, tiny, signBit;
    __m128d n, kl, invNsq, halfInvIamNorm, c2nd, c3rd, c4th, c5th;
    __m128d expA, dT, gamma, t25, p0k, net, eta, invPdc0, pac0, tare, k1, k3;
};

PackedVectors packedVectorsOf(const PackedConstants &k)
{
    PackedVectors v;
    v.zero = _mm_setzero_pd();
    v.one = _mm_set1_pd(1.0);
    v.cosT = _mm_set1_pd(k.cosT);
    v.sinT = _mm_set1_pd(k.sinT);
    v.cosAz = _mm_set1_pd(k.cosAz);
    v.sinAz = _mm_set1_pd(k.sinAz);
    v.isoF = _mm_set1_pd(k.isoF);
    v.gF = _mm_set1_pd(k.gF);
    v.skyKeep = _mm_set1_pd(k.skyKeep);
    v.gcr = _mm_set1_pd(k.gcr);
    v.tiny = _mm_set1_pd(kTiny);
    v.signBit = _mm_set1_pd(-0.0);
    v.n = _mm_set1_pd(k.n1);
    v.kl = _mm_set1_pd(k.kl);
    v.invNsq = _mm_set1_pd(k.invN1sq);
    v.halfInvIamNorm = _mm_set1_pd(k.halfInvIamNorm);
    v.c2nd = _mm_set1_pd(0.5);
    v.c3rd = _mm_set1_pd(1.0 / 6.0);
    v.c4th = _mm_set1_pd(1.0 / 24.0);
    v.c5th = _mm_set1_pd(1.0 / 120.0);
    v.expA = _mm_set1_pd(k.expA);
    v.dT = _mm_set1_pd(k.dT);
    v.gamma = _mm_set1_pd(k.gamma);
    v.t25 = _mm_set1_pd(25.0);
    v.p0k = _mm_set1_pd(k.p0k);
    v.net = _mm_set1_pd(k.net);
    v.eta = _mm_set1_pd(k.etaScale);
    v.invPdc0 = _mm_set1_pd(k.invPdc0);
    v.pac0 = _mm_set1_pd(k.pac0);
    v.tare = _mm_set1_pd(k.tare);
    v.k1 = _mm_set1_pd(-0.0162);
    v.k3 = _mm_set1_pd(0.9858);
    return v;
}

// IAM of two hours (physicalIamCore, series form); 0 where the sun is behind the plane (pos
// clear).
[[gnu::always_inline]] inline __m128d iamPair(const PackedVectors &v, __m128d cosAoi, __m128d pos)
{
    const __m128d one = v.one;
    const __m128d capped = _mm_min_pd(cosAoi, one);
    const __m128d cc = _mm_or_pd(_mm_and_pd(pos, capped), _mm_andnot_pd(pos, one));
    const __m128d c2 = _mm_sqrt_pd(
        _mm_sub_pd(one, _mm_mul_pd(_mm_sub_pd(one, _mm_mul_pd(cc, cc)), v.invNsq)));
    const __m128d sNum = _mm_sub_pd(cc, _mm_mul_pd(v.n, c2)), sDen = _mm_add_pd(cc, _mm_mul_pd(v.n, c2));
    const __m128d pNum = _mm_sub_pd(c2, _mm_mul_pd(v.n, cc)), pDen = _mm_add_pd(c2, _mm_mul_pd(v.n, cc));
    const __m128d sp = _mm_mul_pd(sDen, pDen);
    const __m128d inv = _mm_div_pd(one, _mm_mul_pd(sp, c2));
    const __m128d rs = _mm_mul_pd(_mm_mul_pd(_mm_mul_pd(sNum, pDen), c2), inv);
    const __m128d rp = _mm_mul_pd(_mm_mul_pd(_mm_mul_pd(pNum, sDen), c2), inv);
    const __m128d x = _mm_mul_pd(v.kl, _mm_sub_pd(one, _mm_mul_pd(sp, inv)));
    __m128d e = _mm_add_pd(v.c4th, _mm_mul_pd(x, v.c5th));
    e = _mm_add_pd(v.c3rd, _mm_mul_pd(x, e));
    e = _mm_add_pd(v.c2nd, _mm_mul_pd(x, e));
    e = _mm_add_pd(one, _mm_mul_pd(x, e));
    e = _mm_add_pd(one, _mm_mul_pd(x, e));
    const __m128d fresnel = _mm_add_pd(_mm_sub_pd(one, _mm_mul_pd(rs, rs)),
                                       _mm_sub_pd(one, _mm_mul_pd(rp, rp)));
    return _mm_and_pd(pos, _mm_mul_pd(_mm_mul_pd(fresnel, e), v.halfInvIamNorm));
}
#endif

// The per-hour work of runPacked. Written twice with the same operations in the same order: two
// hours at a time with SSE2 (the compiler does not vectorise it itself because of the square
// root's errno handling and IEEE trapping rules), and one hour at a time for the rest
// (packedHour). x86 maxpd/minpd return (a > b ? a : b) / (a < b ? a : b), as the scalar
// maxOf/minOf, so both give identical results.
// With Shaded, keepSun[i] = 1 − (share of the surface from which the sun is hidden) scales the
// beam and the circumsolar term, in the same order of operations as evalHour.
// The two-hour body stays in the loop, apart from the IAM: it is the hot path, and read top to
// bottom it is the chain itself (geometry, row shading, sky, POA, IAM, cell temperature, DC, AC).
template <bool Rows, bool Shaded>
void packedLoop(const ArrayConstants &c, const SunTrack::Packed &pk, int n, const double *__restrict keepSun,
                double *__restrict poaOut, double *__restrict eeffOut, double *__restrict tcOut,
                double *__restrict pdcOut, double *__restrict pacOut)
{
    const PackedSeries s = packedSeriesOf(c, pk);
    const PackedConstants k = packedConstantsOf(c);
    const PackedOut out{poaOut, eeffOut, tcOut, pdcOut, pacOut};
    int i = 0;
#if defined(__SSE2__)
    const PackedVectors v = packedVectorsOf(k);
    const __m128d zero = v.zero, one = v.one;
    for (; i + 2 <= n; i += 2) {
        const __m128d cz = _mm_loadu_pd(s.up + i);
        const __m128d p = _mm_add_pd(_mm_mul_pd(_mm_loadu_pd(s.north + i), v.cosAz),
                                     _mm_mul_pd(_mm_loadu_pd(s.east + i), v.sinAz));
        const __m128d cosAoi = _mm_add_pd(_mm_mul_pd(cz, v.cosT), _mm_mul_pd(v.sinT, p));
        const __m128d pos = _mm_cmpgt_pd(cosAoi, zero);
        const __m128d a = _mm_and_pd(pos, cosAoi);
        __m128d keep = one;   // 1 − fs
        if constexpr (Rows) {
            const __m128d d = _mm_add_pd(_mm_mul_pd(v.cosT, cz), _mm_mul_pd(v.sinT, p));
            const __m128d denom = _mm_max_pd(_mm_andnot_pd(v.signBit, d), v.tiny);
            const __m128d q = _mm_div_pd(cz, _mm_mul_pd(v.gcr, denom));
            const __m128d fs = _mm_min_pd(_mm_max_pd(_mm_sub_pd(one, q), zero), one);
            keep = _mm_sub_pd(one, fs);
        }
        __m128d beam = _mm_mul_pd(_mm_mul_pd(_mm_loadu_pd(s.bn + i), a), keep);
        __m128d circA = _mm_mul_pd(_mm_loadu_pd(s.circ + i), a);
        if constexpr (Shaded) {
            const __m128d kb = _mm_loadu_pd(keepSun + i);
            beam = _mm_mul_pd(beam, kb);
            circA = _mm_mul_pd(circA, kb);
        }
        const __m128d skyIn = _mm_add_pd(_mm_add_pd(_mm_mul_pd(_mm_loadu_pd(s.iso + i), v.isoF), circA),
                                         _mm_mul_pd(_mm_loadu_pd(s.hor + i), v.sinT));
        const __m128d sky = _mm_mul_pd(_mm_max_pd(zero, skyIn), v.skyKeep);
        const __m128d ground = _mm_mul_pd(_mm_loadu_pd(s.ghi + i), v.gF);
        const __m128d poa = _mm_add_pd(_mm_add_pd(beam, sky), ground);
        const __m128d iam = iamPair(v, cosAoi, pos);
        const __m128d eeff = _mm_add_pd(_mm_add_pd(_mm_mul_pd(beam, iam), sky), ground);
        const __m128d tc = _mm_add_pd(
            _mm_add_pd(_mm_mul_pd(_mm_mul_pd(poa, v.expA), _mm_loadu_pd(s.wind + i)), _mm_loadu_pd(s.ta + i)),
            _mm_mul_pd(poa, v.dT));
        const __m128d pdc = _mm_max_pd(
            zero, _mm_mul_pd(_mm_mul_pd(eeff, v.p0k),
                             _mm_add_pd(one, _mm_mul_pd(v.gamma, _mm_sub_pd(tc, v.t25)))));
        const __m128d pdcNet = _mm_mul_pd(pdc, v.net);
        const __m128d raw = _mm_mul_pd(
            v.eta, _mm_add_pd(_mm_sub_pd(_mm_mul_pd(_mm_mul_pd(_mm_mul_pd(v.k1, pdcNet), pdcNet), v.invPdc0), v.tare),
                              _mm_mul_pd(v.k3, pdcNet)));
        const __m128d pac = _mm_min_pd(_mm_max_pd(raw, zero), v.pac0);
        _mm_storeu_pd(poaOut + i, poa);
        _mm_storeu_pd(eeffOut + i, eeff);
        _mm_storeu_pd(tcOut + i, tc);
        _mm_storeu_pd(pdcOut + i, pdc);
        _mm_storeu_pd(pacOut + i, _mm_and_pd(_mm_cmpgt_pd(pdcNet, zero), pac));
    }
#endif
    for (; i < n; ++i)
        packedHour<Rows, Shaded>(k, s, keepSun, i, out);
}

// The common case (SAPM with a precomputed wind term, default IAM; with or without shading by
// park objects) over the
// packed active hours: the per-hour work over contiguous arrays, then the sums. Same arithmetic
// as evalHour, so the results are identical.
void runPacked(const ArrayConstants &c, const SunTrack &t, ArrayYield &y, bool keepHourly)
{
    const SunTrack::Packed &pk = t.packed;
    const int n = int(t.activeHours.size());
    std::vector<double> buf(std::size_t(n) * 5);
    double *poaOut = buf.data(), *eeffOut = poaOut + n, *tcOut = eeffOut + n, *pdcOut = tcOut + n,
           *pacOut = pdcOut + n;
    std::vector<double> keepSun;
    if (c.hidden) {
        keepSun.resize(std::size_t(n));
        for (int i = 0; i < n; ++i)
            keepSun[std::size_t(i)] = 1.0 - std::clamp(double(c.hidden[t.activeHours[std::size_t(i)]]), 0.0, 1.0);
    }
    const double *keep = keepSun.data();
    if (c.gcr > 0 && c.hidden)
        packedLoop<true, true>(c, pk, n, keep, poaOut, eeffOut, tcOut, pdcOut, pacOut);
    else if (c.gcr > 0)
        packedLoop<true, false>(c, pk, n, keep, poaOut, eeffOut, tcOut, pdcOut, pacOut);
    else if (c.hidden)
        packedLoop<false, true>(c, pk, n, keep, poaOut, eeffOut, tcOut, pdcOut, pacOut);
    else
        packedLoop<false, false>(c, pk, n, keep, poaOut, eeffOut, tcOut, pdcOut, pacOut);
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
    if (c.sapmWind && c.model != CellTemperatureModel::Faiman && c.iamSeries
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
    t.aoiDeg = std::acos(std::clamp(o.cosAoi, -1.0, 1.0)) / kDegToRad;
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
