// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Perez et al. (1990) anisotropic sky model, "allsites composite" coefficients (spec §4): the
// sky-clearness bin and the circumsolar / horizon brightening coefficients F1 and F2, and the
// sky diffuse on a tilted plane split into its isotropic, circumsolar and horizon parts.

namespace pz::solar {

struct PerezCoefficients {
    int bin = 0;          // 0..7 (Perez bins 1..8); -1 when the model does not apply
    double epsilon = 0;   // sky clearness
    double delta = 0;     // sky brightness
    double f1 = 0, f2 = 0;
};

// Bin index (0..7) of a clearness epsilon: edges 1, 1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2.
int perezBin(double epsilon);

// F1/F2 for an hour. dhi, dni in W/m², e0 extraterrestrial normal, airMass relative,
// apparent zenith in degrees. bin = -1 and F1 = F2 = 0 when dhi <= 0 or the sun is down.
PerezCoefficients perezCoefficients(double dhi, double dni, double e0, double airMass,
                                    double zenithDeg);

struct PerezSky {
    double isotropic = 0, circumsolar = 0, horizon = 0;
    double total() const;   // max(0, sum)
};

// The three parts of the Perez sky diffuse on a plane of tilt tiltDeg; cosAoi is the cosine of
// the beam's angle of incidence on the plane.
PerezSky perezSkyDiffuse(double dhi, const PerezCoefficients &c, double zenithDeg, double tiltDeg,
                         double cosAoi);

} // namespace pz::solar
