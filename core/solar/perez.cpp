// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "perez.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::solar {
namespace {

// f11 f12 f13 f21 f22 f23 per bin (Perez et al. 1990, Table 6, allsites composite).
constexpr double kCoefficients[8][6] = {
    {-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220},
    {0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290},
    {0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260},
    {0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140},
    {0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010},
    {1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560},
    {1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310},
    {0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510}};

constexpr double kEdges[7] = {1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2};

} // namespace

int perezBin(double epsilon)
{
    int bin = 0;
    while (bin < 7 && epsilon >= kEdges[bin])
        ++bin;
    return bin;
}

PerezCoefficients perezCoefficients(double dhi, double dni, double e0, double airMass,
                                    double zenithDeg)
{
    PerezCoefficients c;
    if (!(dhi > 0) || !(zenithDeg < 90.0) || !std::isfinite(airMass)) {
        c.bin = -1;
        return c;
    }
    const double zr = zenithDeg * kDegToRad;
    const double kz3 = 1.041 * zr * zr * zr;
    c.epsilon = ((dhi + dni) / dhi + kz3) / (1.0 + kz3);
    c.delta = dhi * airMass / e0;
    c.bin = perezBin(c.epsilon);
    const double *f = kCoefficients[c.bin];
    c.f1 = std::max(0.0, f[0] + f[1] * c.delta + f[2] * zr);
    c.f2 = f[3] + f[4] * c.delta + f[5] * zr;
    return c;
}

double PerezSky::total() const
{
    return std::max(0.0, isotropic + circumsolar + horizon);
}

PerezSky perezSkyDiffuse(double dhi, const PerezCoefficients &c, double zenithDeg, double tiltDeg,
                         double cosAoi)
{
    PerezSky s;
    if (c.bin < 0 || !(dhi > 0))
        return s;
    const double a = std::max(0.0, cosAoi);
    const double b = std::max(std::cos(zenithDeg * kDegToRad), std::cos(85.0 * kDegToRad));
    const double beta = tiltDeg * kDegToRad;
    s.isotropic = dhi * (1.0 - c.f1) * (1.0 + std::cos(beta)) / 2.0;
    s.circumsolar = dhi * c.f1 * a / b;
    s.horizon = dhi * c.f2 * std::sin(beta);
    return s;
}

} // namespace pz::solar
