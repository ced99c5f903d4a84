// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hourly heat-pump COP of spec §14.5 after when2heat (Ruhnau, Hirth & Praktiknjo 2019; code at
// oruhnau/when2heat b2cc81e, input/cop/cop_parameters.csv): a quadratic in the temperature lift,
// the lift clipped below at 15 K and above at the quadratic's vertex, times 0.85 for real-world
// performance. Sink temperatures by emitter and for hot water; source air or ground.

#include "heat/heatsettings.h"

namespace pz::heat {

enum class HeatPumpSource { Air, Ground };

struct CopCoefficients {
    double a0, a1, a2;
};
// when2heat's fit (not the rounded coefficients of the 2019 paper).
CopCoefficients copCoefficients(HeatPumpSource source);

inline constexpr double kCopCorrection = 0.85;     // when2heat finishing(..., correction=.85)
inline constexpr double kMinLiftK = 15.0;          // when2heat's lower clip
inline constexpr double kHotWaterSinkC = 50.0;     // DHW and process heat

// Upper clip of the lift: the vertex −a1/(2·a2) of the quadratic (ASHP 101.400862 K,
// GSHP 78.819970 K).
double vertexLiftK(HeatPumpSource source);
// ΔT_c = min(max(ΔT, 15), vertex).
double clippedLiftK(HeatPumpSource source, double liftK);
// COP = 0.85·(a0 + a1·ΔT_c + a2·ΔT_c²) for a sink and a source temperature (°C); not rounded.
double heatPumpCop(HeatPumpSource source, double sinkC, double sourceC);

// Space-heating sink temperature: radiator 40 − T, floor 30 − 0.5·T (T the outdoor °C).
double spaceHeatingSinkC(Emitter emitter, double outdoorC);
// Source temperature: the outdoor air, or the ground temperature − 5 K.
double sourceTempC(HeatPumpSource source, double outdoorC, double groundTempC);

} // namespace pz::heat
