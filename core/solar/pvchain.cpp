#include "pvchain.h"

#include "iam.h"
#include "pvwatts.h"
#include "rowshading.h"

#include <algorithm>
#include <cmath>
#include <numbers>

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
    double sapmExpA, sapmB, sapmDeltaT, u0, u1;
    const float *hidden;
};

ArrayConstants constantsOf(const PvChainParams &p, const ObjectShading &s)
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
    c.sapmDeltaT = p.sapmDeltaT;
    c.u0 = p.faimanU0;
    c.u1 = p.faimanU1;
    c.hidden = s.beamHiddenShare;
    return c;
}

struct HourOut {
    double cosAoi, fs, beam, sky, ground, poa, iam, eeff, cellTempC, pdcW, pdcNetW, pacW;
};

// One hour of the chain; the single implementation behind simulateArray and traceHour.
inline void evalHour(const ArrayConstants &c, const SunTrack &t, int h, HourOut &o)
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

    double iam = 0;
    if (cosAoi > 0)
        iam = physicalIamFromCos(cosAoi, std::sqrt(std::max(0.0, 1.0 - cosAoi * cosAoi)));
    const double eeff = beam * iam + sky + ground;

    const double ta = t.tempC[h], ws = t.windMs[h];
    double tc;
    switch (c.model) {
    case CellTemperatureModel::Faiman:
        tc = faimanCellTemp(poa, ta, ws, c.u0, c.u1);
        break;
    default:
        tc = poa * c.sapmExpA * std::exp(c.sapmB * ws) + ta + poa / 1000.0 * c.sapmDeltaT;
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
    const ArrayConstants c = constantsOf(params, shading);
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
    double annual = 0;
    for (int m = 0; m < 12; ++m) {
        y.monthlyAcKWh[m] = monthly[m] / 1000.0;
        annual += monthly[m];
    }
    y.annualAcKWh = annual / 1000.0;
    y.annualPoaKWhM2 = poaSum / 1000.0;
    y.annualEeffKWhM2 = eeffSum / 1000.0;
    y.dcGrossKWh = dcSum / 1000.0;
    y.dcNetKWh = dcNetSum / 1000.0;
    y.peakAcKW = peak / 1000.0;
    y.performanceRatio = (params.kwp > 0 && y.annualPoaKWhM2 > 0)
        ? y.annualAcKWh / (params.kwp * y.annualPoaKWhM2) : 0.0;
    return y;
}

HourTrace traceHour(const WeatherYear &weather, const SunTrack &track, const PvChainParams &params,
                    int hourIndex, const ObjectShading &shading)
{
    const ArrayConstants c = constantsOf(params, shading);
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
