// SPDX-License-Identifier: GPL-3.0-or-later
#include "heat/heatpumpcop.h"

#include <algorithm>

namespace pz::heat {

CopCoefficients copCoefficients(HeatPumpSource source)
{
    // when2heat input/cop/cop_parameters.csv at b2cc81e ("improved precision of COP parameters").
    return source == HeatPumpSource::Ground ? CopCoefficients{10.29, -0.2084, 0.001322}
                                            : CopCoefficients{6.08, -0.0941, 0.000464};
}

double vertexLiftK(HeatPumpSource source)
{
    const CopCoefficients c = copCoefficients(source);
    return -c.a1 / (2.0 * c.a2);
}

double clippedLiftK(HeatPumpSource source, double liftK)
{
    return std::min(std::max(liftK, kMinLiftK), vertexLiftK(source));
}

double heatPumpCop(HeatPumpSource source, double sinkC, double sourceC)
{
    const CopCoefficients c = copCoefficients(source);
    const double dt = clippedLiftK(source, sinkC - sourceC);
    return kCopCorrection * (c.a0 + c.a1 * dt + c.a2 * dt * dt);
}

double spaceHeatingSinkC(Emitter emitter, double outdoorC)
{
    return emitter == Emitter::Floor ? 30.0 - 0.5 * outdoorC : 40.0 - 1.0 * outdoorC;
}

double sourceTempC(HeatPumpSource source, double outdoorC, double groundTempC)
{
    return source == HeatPumpSource::Ground ? groundTempC - 5.0 : outdoorC;
}

} // namespace pz::heat
