// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Closure of a weather year's irradiance: on a horizontal plane GHI = DNI·cos z + DHI. Measured
// and well-made typical years close to a few per cent; some files (e.g. CSWD years whose
// radiation was estimated from sunshine hours) carry a DNI far below what their own GHI and DHI
// imply, which understates the yield of every tilted plane. The check tells the user; the
// rebuild lets them take the beam from GHI and DHI instead (as PVsyst does with such files).

#include "solar/suntrack.h"
#include "solar/weatheryear.h"

namespace pz::weather {

struct ClosureCheck {
    double ghiKWhM2 = 0.0;              // annual sums over the hours the sun is up
    double dhiKWhM2 = 0.0;
    double beamHorizontalKWhM2 = 0.0;   // Σ DNI·cos z
    // 100 · (1 − (beam + DHI) / GHI): positive when the file's DNI is too low for its GHI.
    double gapPct = 0.0;
};

// sun: the track of the year at the file's own site.
ClosureCheck checkClosure(const pz::solar::WeatherYear &year, const pz::solar::SunTrack &sun);

// The year with DNI = (GHI − DHI) / cos z while the sun is more than 3° up (never negative nor
// above the extraterrestrial normal irradiance), and 0 otherwise.
pz::solar::WeatherYear withBeamFromGhiDhi(pz::solar::WeatherYear year, const pz::solar::SunTrack &sun);

// A gap larger than this (in either direction) is worth a warning.
inline constexpr double kClosureWarningPct = 5.0;

} // namespace pz::weather
