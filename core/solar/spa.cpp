// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "spa.h"

#include <algorithm>
#include <cmath>
#include <numbers>

// Implemented from the equations of Reda & Andreas (2004). The periodic-term tables are those of
// the report's Appendix (VSOP87 terms for the Earth, IAU 1980 nutation terms).

namespace pz::solar {
namespace {


struct Term { double a, b, c; };

// Earth heliocentric longitude terms L0..L5.
constexpr Term kL0[] = {
    {175347046.0, 0, 0}, {3341656.0, 4.6692568, 6283.07585}, {34894.0, 4.6261, 12566.1517},
    {3497.0, 2.7441, 5753.3849}, {3418.0, 2.8289, 3.5231}, {3136.0, 3.6277, 77713.7715},
    {2676.0, 4.4181, 7860.4194}, {2343.0, 6.1352, 3930.2097}, {1324.0, 0.7425, 11506.7698},
    {1273.0, 2.0371, 529.691}, {1199.0, 1.1096, 1577.3435}, {990, 5.233, 5884.927},
    {902, 2.045, 26.298}, {857, 3.508, 398.149}, {780, 1.179, 5223.694},
    {753, 2.533, 5507.553}, {505, 4.583, 18849.228}, {492, 4.205, 775.523},
    {357, 2.92, 0.067}, {317, 5.849, 11790.629}, {284, 1.899, 796.298},
    {271, 0.315, 10977.079}, {243, 0.345, 5486.778}, {206, 4.806, 2544.314},
    {205, 1.869, 5573.143}, {202, 2.458, 6069.777}, {156, 0.833, 213.299},
    {132, 3.411, 2942.463}, {126, 1.083, 20.775}, {115, 0.645, 0.98},
    {103, 0.636, 4694.003}, {102, 0.976, 15720.839}, {102, 4.267, 7.114},
    {99, 6.21, 2146.17}, {98, 0.68, 155.42}, {86, 5.98, 161000.69},
    {85, 1.3, 6275.96}, {85, 3.67, 71430.7}, {80, 1.81, 17260.15},
    {79, 3.04, 12036.46}, {75, 1.76, 5088.63}, {74, 3.5, 3154.69},
    {74, 4.68, 801.82}, {70, 0.83, 9437.76}, {62, 3.98, 8827.39},
    {61, 1.82, 7084.9}, {57, 2.78, 6286.6}, {56, 4.39, 14143.5},
    {56, 3.47, 6279.55}, {52, 0.19, 12139.55}, {52, 1.33, 1748.02},
    {51, 0.28, 5856.48}, {49, 0.49, 1194.45}, {41, 5.37, 8429.24},
    {41, 2.4, 19651.05}, {39, 6.17, 10447.39}, {37, 6.04, 10213.29},
    {37, 2.57, 1059.38}, {36, 1.71, 2352.87}, {36, 1.78, 6812.77},
    {33, 0.59, 17789.85}, {30, 0.44, 83996.85}, {30, 2.74, 1349.87},
    {25, 3.16, 4690.48}};
constexpr Term kL1[] = {
    {628331966747.0, 0, 0}, {206059.0, 2.678235, 6283.07585}, {4303.0, 2.6351, 12566.1517},
    {425, 1.59, 3.523}, {119, 5.796, 26.298}, {109, 2.966, 1577.344}, {93, 2.59, 18849.23},
    {72, 1.14, 529.69}, {68, 1.87, 398.15}, {67, 4.41, 5507.55}, {59, 2.89, 5223.69},
    {56, 2.17, 155.42}, {45, 0.4, 796.3}, {36, 0.47, 775.52}, {29, 2.65, 7.11},
    {21, 5.34, 0.98}, {19, 1.85, 5486.78}, {19, 4.97, 213.3}, {17, 2.99, 6275.96},
    {16, 0.03, 2544.31}, {16, 1.43, 2146.17}, {15, 1.21, 10977.08}, {12, 2.83, 1748.02},
    {12, 3.26, 5088.63}, {12, 5.27, 1194.45}, {12, 2.08, 4694}, {11, 0.77, 553.57},
    {10, 1.3, 6286.6}, {10, 4.24, 1349.87}, {9, 2.7, 242.73}, {9, 5.64, 951.72},
    {8, 5.3, 2352.87}, {6, 2.65, 9437.76}, {6, 4.67, 4690.48}};
constexpr Term kL2[] = {
    {52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152}, {27, 0.05, 3.52},
    {16, 5.19, 26.3}, {16, 3.68, 155.42}, {10, 0.76, 18849.23}, {9, 2.06, 77713.77},
    {7, 0.83, 775.52}, {5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14},
    {3, 5.14, 796.3}, {3, 6.05, 5507.55}, {3, 1.19, 242.73}, {3, 6.12, 529.69},
    {3, 0.31, 398.15}, {3, 2.28, 553.57}, {2, 4.38, 5223.69}, {2, 3.75, 0.98}};
constexpr Term kL3[] = {
    {289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15}, {3, 5.2, 155.42},
    {1, 4.72, 3.52}, {1, 5.3, 18849.23}, {1, 5.97, 242.73}};
constexpr Term kL4[] = {{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15}};
constexpr Term kL5[] = {{1, 3.14, 0}};

constexpr Term kB0[] = {
    {280, 3.199, 84334.662}, {102, 5.422, 5507.553}, {80, 3.88, 5223.69}, {44, 3.7, 2352.87},
    {32, 4, 1577.34}};
constexpr Term kB1[] = {{9, 3.9, 5507.55}, {6, 1.73, 5223.69}};

constexpr Term kR0[] = {
    {100013989.0, 0, 0}, {1670700.0, 3.0984635, 6283.07585}, {13956.0, 3.05525, 12566.1517},
    {3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849}, {1576, 2.8469, 7860.4194},
    {925, 5.453, 11506.77}, {542, 4.564, 3930.21}, {472, 3.661, 5884.927},
    {346, 0.964, 5507.553}, {329, 5.9, 5223.694}, {307, 0.299, 5573.143},
    {243, 4.273, 11790.629}, {212, 5.847, 1577.344}, {186, 5.022, 10977.079},
    {175, 3.012, 18849.228}, {110, 5.055, 5486.778}, {98, 0.89, 6069.78},
    {86, 5.69, 15720.84}, {86, 1.27, 161000.69}, {65, 0.27, 17260.15},
    {63, 0.92, 529.69}, {57, 2.01, 83996.85}, {56, 5.24, 71430.7},
    {49, 3.25, 2544.31}, {47, 2.58, 775.52}, {45, 5.54, 9437.76},
    {43, 6.01, 6275.96}, {39, 5.36, 4694}, {38, 2.39, 8827.39},
    {37, 0.83, 19651.05}, {37, 4.9, 12139.55}, {36, 1.67, 12036.46},
    {35, 1.84, 2942.46}, {33, 0.24, 7084.9}, {32, 0.18, 5088.63},
    {32, 1.78, 398.15}, {28, 1.21, 6286.6}, {28, 1.9, 6279.55}, {26, 4.59, 10447.39}};
constexpr Term kR1[] = {
    {103019, 1.10749, 6283.07585}, {1721, 1.0644, 12566.1517}, {702, 3.142, 0},
    {32, 1.02, 18849.23}, {31, 2.84, 5507.55}, {25, 1.32, 5223.69}, {18, 1.42, 1577.34},
    {10, 5.91, 10977.08}, {9, 1.42, 6275.96}, {9, 0.27, 5486.78}};
constexpr Term kR2[] = {
    {4359, 5.7846, 6283.0758}, {124, 5.579, 12566.152}, {12, 3.14, 0}, {9, 3.63, 77713.77},
    {6, 1.87, 5573.14}, {3, 5.47, 18849.23}};
constexpr Term kR3[] = {{145, 4.273, 6283.076}, {7, 3.92, 12566.15}};
constexpr Term kR4[] = {{4, 2.56, 6283.08}};

// Nutation: multipliers of X0..X4 and the coefficients a, b, c, d (0.0001 arcsec).
struct NutationTerm { signed char y[5]; double a, b, c, d; };
constexpr NutationTerm kNutation[] = {
    {{0, 0, 0, 0, 1}, -171996, -174.2, 92025, 8.9},
    {{-2, 0, 0, 2, 2}, -13187, -1.6, 5736, -3.1},
    {{0, 0, 0, 2, 2}, -2274, -0.2, 977, -0.5},
    {{0, 0, 0, 0, 2}, 2062, 0.2, -895, 0.5},
    {{0, 1, 0, 0, 0}, 1426, -3.4, 54, -0.1},
    {{0, 0, 1, 0, 0}, 712, 0.1, -7, 0},
    {{-2, 1, 0, 2, 2}, -517, 1.2, 224, -0.6},
    {{0, 0, 0, 2, 1}, -386, -0.4, 200, 0},
    {{0, 0, 1, 2, 2}, -301, 0, 129, -0.1},
    {{-2, -1, 0, 2, 2}, 217, -0.5, -95, 0.3},
    {{-2, 0, 1, 0, 0}, -158, 0, 0, 0},
    {{-2, 0, 0, 2, 1}, 129, 0.1, -70, 0},
    {{0, 0, -1, 2, 2}, 123, 0, -53, 0},
    {{2, 0, 0, 0, 0}, 63, 0, 0, 0},
    {{0, 0, 1, 0, 1}, 63, 0.1, -33, 0},
    {{2, 0, -1, 2, 2}, -59, 0, 26, 0},
    {{0, 0, -1, 0, 1}, -58, -0.1, 32, 0},
    {{0, 0, 1, 2, 1}, -51, 0, 27, 0},
    {{-2, 0, 2, 0, 0}, 48, 0, 0, 0},
    {{0, 0, -2, 2, 1}, 46, 0, -24, 0},
    {{2, 0, 0, 2, 2}, -38, 0, 16, 0},
    {{0, 0, 2, 2, 2}, -31, 0, 13, 0},
    {{0, 0, 2, 0, 0}, 29, 0, 0, 0},
    {{-2, 0, 1, 2, 2}, 29, 0, -12, 0},
    {{0, 0, 0, 2, 0}, 26, 0, 0, 0},
    {{-2, 0, 0, 2, 0}, -22, 0, 0, 0},
    {{0, 0, -1, 2, 1}, 21, 0, -10, 0},
    {{0, 2, 0, 0, 0}, 17, -0.1, 0, 0},
    {{2, 0, -1, 0, 1}, 16, 0, -8, 0},
    {{-2, 2, 0, 2, 2}, -16, 0.1, 7, 0},
    {{0, 1, 0, 0, 1}, -15, 0, 9, 0},
    {{-2, 0, 1, 0, 1}, -13, 0, 7, 0},
    {{0, -1, 0, 0, 1}, -12, 0, 6, 0},
    {{0, 0, 2, -2, 0}, 11, 0, 0, 0},
    {{2, 0, -1, 2, 1}, -10, 0, 5, 0},
    {{2, 0, 1, 2, 2}, -8, 0, 3, 0},
    {{0, 1, 0, 2, 2}, 7, 0, -3, 0},
    {{-2, 1, 1, 0, 0}, -7, 0, 0, 0},
    {{0, -1, 0, 2, 2}, -7, 0, 3, 0},
    {{2, 0, 0, 2, 1}, -7, 0, 3, 0},
    {{2, 0, 1, 0, 0}, 6, 0, 0, 0},
    {{-2, 0, 2, 2, 2}, 6, 0, -3, 0},
    {{-2, 0, 1, 2, 1}, 6, 0, -3, 0},
    {{2, 0, -2, 0, 1}, -6, 0, 3, 0},
    {{2, 0, 0, 0, 1}, -6, 0, 3, 0},
    {{0, -1, 1, 0, 0}, 5, 0, 0, 0},
    {{-2, -1, 0, 2, 1}, -5, 0, 3, 0},
    {{-2, 0, 0, 0, 1}, -5, 0, 3, 0},
    {{0, 0, 2, 2, 1}, -5, 0, 3, 0},
    {{-2, 0, 2, 0, 1}, 4, 0, 0, 0},
    {{-2, 1, 0, 2, 1}, 4, 0, 0, 0},
    {{0, 0, 1, -2, 0}, 4, 0, 0, 0},
    {{-1, 0, 1, 0, 0}, -4, 0, 0, 0},
    {{-2, 1, 0, 0, 0}, -4, 0, 0, 0},
    {{1, 0, 0, 0, 0}, -4, 0, 0, 0},
    {{0, 0, 1, 2, 0}, 3, 0, 0, 0},
    {{0, 0, -2, 2, 2}, -3, 0, 0, 0},
    {{-1, -1, 1, 0, 0}, -3, 0, 0, 0},
    {{0, 1, 1, 0, 0}, -3, 0, 0, 0},
    {{0, -1, 1, 2, 2}, -3, 0, 0, 0},
    {{2, -1, -1, 2, 2}, -3, 0, 0, 0},
    {{0, 0, 3, 2, 2}, -3, 0, 0, 0},
    {{2, -1, 0, 2, 2}, -3, 0, 0, 0}};

template <std::size_t N>
double termSum(const Term (&terms)[N], double jme)
{
    double sum = 0;
    for (const Term &t : terms)
        sum += t.a * std::cos(t.b + t.c * jme);
    return sum;
}

double limitDegrees(double deg)
{
    double r = std::fmod(deg, 360.0);
    return r < 0 ? r + 360.0 : r;
}

double rad(double deg) { return deg * kDegToRad; }
double deg(double rad) { return rad / kDegToRad; }

} // namespace

double julianDay(int year, int month, int day, int hour, int minute, double second,
                 double timezoneHours)
{
    const double dayFraction = (hour - timezoneHours + (minute + second / 60.0) / 60.0) / 24.0;
    int y = year, m = month;
    if (m < 3) {
        --y;
        m += 12;
    }
    double jd = std::floor(365.25 * (y + 4716.0)) + std::floor(30.6001 * (m + 1)) + day
        + dayFraction - 1524.5;
    if (jd > 2299160.0) {
        const int a = y / 100;
        jd += 2 - a + a / 4;
    }
    return jd;
}

namespace {

struct Heliocentric {
    double lDeg, bDeg, rAu;  // Earth heliocentric longitude, latitude, radius vector
};

Heliocentric earthHeliocentric(double jme)
{
    const double l = limitDegrees(deg(
        (termSum(kL0, jme)
         + jme * (termSum(kL1, jme)
                  + jme * (termSum(kL2, jme)
                           + jme * (termSum(kL3, jme) + jme * (termSum(kL4, jme) + jme * termSum(kL5, jme))))))
        / 1e8));
    const double b = deg((termSum(kB0, jme) + jme * termSum(kB1, jme)) / 1e8);
    const double r = (termSum(kR0, jme)
                      + jme * (termSum(kR1, jme)
                               + jme * (termSum(kR2, jme) + jme * (termSum(kR3, jme) + jme * termSum(kR4, jme)))))
        / 1e8;
    return {l, b, r};
}

struct Nutation {
    double dPsiDeg, dEpsDeg;  // in longitude and obliquity
};

Nutation nutation(double jce)
{
    const double jce2 = jce * jce, jce3 = jce2 * jce;
    const double x[5] = {
        297.85036 + 445267.111480 * jce - 0.0019142 * jce2 + jce3 / 189474.0,
        357.52772 + 35999.050340 * jce - 0.0001603 * jce2 - jce3 / 300000.0,
        134.96298 + 477198.867398 * jce + 0.0086972 * jce2 + jce3 / 56250.0,
        93.27191 + 483202.017538 * jce - 0.0036825 * jce2 + jce3 / 327270.0,
        125.04452 - 1934.136261 * jce + 0.0020708 * jce2 + jce3 / 450000.0};
    double dPsi = 0, dEps = 0;
    for (const NutationTerm &t : kNutation) {
        double arg = 0;
        for (int j = 0; j < 5; ++j)
            arg += t.y[j] * x[j];
        arg = rad(arg);
        dPsi += (t.a + t.b * jce) * std::sin(arg);
        dEps += (t.c + t.d * jce) * std::cos(arg);
    }
    dPsi /= 36000000.0;
    dEps /= 36000000.0;
    return {dPsi, dEps};
}

double meanObliquityArcsec(double jme)
{
    const double u = jme / 10.0;
    return 84381.448
        + u * (-4680.93 + u * (-1.55 + u * (1999.25 + u * (-51.38 + u * (-249.67
        + u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
}

struct Equatorial {
    double alphaDeg, deltaDeg;  // geocentric right ascension and declination
};

Equatorial geocentricSun(double lambda, double eps, double beta)
{
    const double lambdaR = rad(lambda), epsR = rad(eps), betaR = rad(beta);
    const double alpha = limitDegrees(deg(std::atan2(
        std::sin(lambdaR) * std::cos(epsR) - std::tan(betaR) * std::sin(epsR), std::cos(lambdaR))));
    const double delta = deg(std::asin(std::sin(betaR) * std::cos(epsR)
                                       + std::cos(betaR) * std::sin(epsR) * std::sin(lambdaR)));
    return {alpha, delta};
}

struct Topocentric {
    double deltaPrimeR, hPrimeR;  // declination and local hour angle, radians
};

// Topocentric correction (parallax).
Topocentric topocentric(const SpaSite &site, double r, double h, double delta)
{
    const double xi = rad(8.794 / (3600.0 * r));
    const double xx = site.xx, yy = site.yy;
    const double hR = rad(h), deltaR = rad(delta);
    const double dAlpha = std::atan2(-xx * std::sin(xi) * std::sin(hR),
                                     std::cos(deltaR) - xx * std::sin(xi) * std::cos(hR));
    const double deltaPrime = std::atan2((std::sin(deltaR) - yy * std::sin(xi)) * std::cos(dAlpha),
                                         std::cos(deltaR) - xx * std::sin(xi) * std::cos(hR));
    const double hPrime = hR - dAlpha;
    return {deltaPrime, hPrime};
}

// Elevation (with refraction), zenith, azimuth and, if asked for, incidence on the surface.
SpaResult observedAngles(const SpaInput &in, const SpaSite &site, double deltaPrime, double hPrime,
                         bool withIncidence)
{
    const double sinPhi = site.sinPhi, cosPhi = site.cosPhi;
    const double e0 = deg(std::asin(sinPhi * std::sin(deltaPrime)
                                    + cosPhi * std::cos(deltaPrime) * std::cos(hPrime)));
    double dE = 0;
    if (e0 >= -(0.26667 + in.atmosphericRefractionDeg))
        dE = in.pressureMbar / 1010.0 * 283.0 / (273.0 + in.temperatureC) * 1.02
            / (60.0 * std::tan(rad(e0 + 10.3 / (e0 + 5.11))));
    const double e = e0 + dE;

    SpaResult res;
    res.geometricElevationDeg = e0;
    res.elevationDeg = e;
    res.zenithDeg = 90.0 - e;
    const double gamma = limitDegrees(deg(std::atan2(
        std::sin(hPrime), std::cos(hPrime) * sinPhi - std::tan(deltaPrime) * cosPhi)));
    res.azimuthDeg = limitDegrees(gamma + 180.0);
    if (!withIncidence)
        return res;

    const double zR = rad(res.zenithDeg), slope = rad(in.slopeDeg);
    res.incidenceDeg = deg(std::acos(std::cos(zR) * std::cos(slope)
                                     + std::sin(slope) * std::sin(zR)
                                           * std::cos(rad(gamma - in.azimuthRotationDeg))));
    return res;
}

// Four-point (cubic) Lagrange interpolation at fraction f in [0, 1) between y1 and y2.
double cubic(const double y[4], double f)
{
    const double fm1 = f - 1.0, fm2 = f - 2.0, fp1 = f + 1.0;
    return -f * fm1 * fm2 / 6.0 * y[0] + fp1 * fm1 * fm2 / 2.0 * y[1]
        - fp1 * f * fm2 / 2.0 * y[2] + fp1 * f * fm1 / 6.0 * y[3];
}

} // namespace

SpaSite::SpaSite(const SpaInput &in)
{
    const double phi = rad(in.latitudeDeg);
    sinPhi = std::sin(phi);
    cosPhi = std::cos(phi);
    const double uu = std::atan(0.99664719 * std::tan(phi));
    xx = std::cos(uu) + in.elevationM / 6378140.0 * cosPhi;
    yy = 0.99664719 * std::sin(uu) + in.elevationM / 6378140.0 * sinPhi;
}

SpaSlowTerms spaSlowTerms(double jde)
{
    const double jce = (jde - 2451545.0) / 36525.0;
    const double jme = jce / 10.0;

    const Heliocentric earth = earthHeliocentric(jme);
    const double theta = limitDegrees(earth.lDeg + 180.0);
    const double beta = -earth.bDeg;

    const Nutation nut = nutation(jce);
    const double eps = meanObliquityArcsec(jme) / 3600.0 + nut.dEpsDeg;

    const double dTau = -20.4898 / (3600.0 * earth.rAu);
    const double lambda = theta + nut.dPsiDeg + dTau;

    const Equatorial sun = geocentricSun(lambda, eps, beta);
    SpaSlowTerms s;
    s.alphaDeg = sun.alphaDeg;
    s.deltaDeg = sun.deltaDeg;
    s.rAu = earth.rAu;
    s.equinoxDeg = nut.dPsiDeg * std::cos(rad(eps));
    return s;
}

SpaResult spaFromSlowTerms(const SpaInput &in, const SpaSite &site, double jd, const SpaSlowTerms &slow,
                           bool withIncidence)
{
    const double jc = (jd - 2451545.0) / 36525.0;
    const double nu0 = limitDegrees(280.46061837 + 360.98564736629 * (jd - 2451545.0)
                                    + 0.000387933 * jc * jc - jc * jc * jc / 38710000.0);
    const double nu = nu0 + slow.equinoxDeg;
    const double h = limitDegrees(nu + in.longitudeDeg - slow.alphaDeg);

    const Topocentric topo = topocentric(site, slow.rAu, h, slow.deltaDeg);
    return observedAngles(in, site, topo.deltaPrimeR, topo.hPrimeR, withIncidence);
}

SpaResult spa(const SpaInput &in)
{
    const double jd = julianDay(in.year, in.month, in.day, in.hour, in.minute, in.second,
                                in.timezoneHours);
    const double jde = jd + in.deltaTSeconds / 86400.0;
    return spaFromSlowTerms(in, SpaSite(in), jd, spaSlowTerms(jde));
}

SpaSlowTermsTable::SpaSlowTermsTable(double firstJde, double lastJde, double stepDays)
    : m_firstJde(firstJde - stepDays), m_stepDays(stepDays)
{
    // One node before the first day and two after the last, so that every instant in range
    // has two nodes on either side.
    const int n = int(std::ceil((lastJde - firstJde) / stepDays)) + 4;
    m_nodes.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        SpaSlowTerms s = spaSlowTerms(m_firstJde + i * stepDays);
        // α is continuous from node to node (it passes 360° once a year).
        if (i > 0)
            s.alphaDeg += 360.0 * std::round((m_nodes.back().alphaDeg - s.alphaDeg) / 360.0);
        m_nodes.push_back(s);
    }
}

SpaSlowTerms SpaSlowTermsTable::at(double jde) const
{
    const double u = (jde - m_firstJde) / m_stepDays;
    const int last = int(m_nodes.size()) - 3;
    const int i = std::clamp(int(std::floor(u)), 1, last);
    const double f = u - i;
    const SpaSlowTerms *n = &m_nodes[std::size_t(i - 1)];
    auto interpolate = [&](double SpaSlowTerms::*q) {
        const double y[4] = {n[0].*q, n[1].*q, n[2].*q, n[3].*q};
        return cubic(y, f);
    };
    SpaSlowTerms s;
    s.alphaDeg = interpolate(&SpaSlowTerms::alphaDeg);
    s.deltaDeg = interpolate(&SpaSlowTerms::deltaDeg);
    s.rAu = interpolate(&SpaSlowTerms::rAu);
    s.equinoxDeg = interpolate(&SpaSlowTerms::equinoxDeg);
    return s;
}

} // namespace pz::solar
