// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wakes between the park's own turbines (spec wind.md §12.6): the Jensen top-hat wake with
// Katic root-sum-square superposition and the circle-overlap rotor fraction. Split into a
// geometric part that depends only on positions and the wind direction (a WakeGeometry per
// direction, where moving one turbine recomputes only that turbine's pairs) and the hourly
// solve that walks the turbines upstream first with their thrust coefficients. Also the
// layout check of §12.6.

#include "wind/turbinetype.h"

#include <QStringList>

#include <vector>

namespace pz::wind {

inline constexpr double kDefaultWakeDecay = 0.075;   // k, onshore

struct WakeTurbine {
    double xM = 0, yM = 0;   // plan metres, x east, y north
    double hubHeightM = 0, rotorRadiusM = 0;
};

// Coordinates along the flow for a wind coming from directionDeg (clockwise from north):
// s = −x·sin θ − y·cos θ downstream, c = x·cos θ − y·sin θ crosswind.
struct FlowPosition {
    double downstreamM = 0, crosswindM = 0;
};
FlowPosition flowPosition(double xM, double yM, double directionDeg);

// Area of the intersection of two circles of radii a and b with centres d apart.
double circleOverlapAreaM2(double a, double b, double d);

// The part of δ_ij that does not depend on the hour: (R_i/(R_i + k·Δs))² · A/(π·R_j²) for
// upstream i and downstream j, 0 unless Δs = s_j − s_i > 0. The wake stays a circle centred at
// the upstream hub height.
double wakeGeometryFactor(const WakeTurbine &upstream, const WakeTurbine &downstream,
                          double directionDeg, double wakeDecay);

// δ_ij = (1 − √(1 − Ct_i)) · geometry factor.
double pairDeficit(double upstreamThrust, double geometryFactor);

struct WakePair {
    int upstream = 0;
    double factor = 0;   // wakeGeometryFactor, > 0
    bool operator==(const WakePair &) const = default;
};

// The wake geometry of a layout in one direction: the turbines upstream first, and for each
// turbine the upstream turbines whose wake reaches it.
struct WakeGeometry {
    double directionDeg = 0, wakeDecay = kDefaultWakeDecay;
    std::vector<FlowPosition> positions;
    std::vector<int> order;                        // by increasing s; ties by index
    std::vector<std::vector<WakePair>> upstreamOf; // per downstream turbine j
};

WakeGeometry buildWakeGeometry(const std::vector<WakeTurbine> &turbines, double directionDeg,
                               double wakeDecay);

// After turbine `moved` changed position, hub height or rotor: recomputes only the pairs it
// belongs to and the order. Gives the same as buildWakeGeometry on the new layout.
void updateWakeGeometry(WakeGeometry &geometry, const std::vector<WakeTurbine> &turbines, int moved);

// One hour of the wake model: for each turbine its free-stream hub speed and its density
// factor (ρ/ρ_ref)^(1/3) (1 when normalisation is off).
struct WakeHourInput {
    const std::vector<const TurbineType *> *types = nullptr;
    const std::vector<double> *freeSpeedMS = nullptr;
    const std::vector<double> *densityFactor = nullptr;
};

struct WakeHourResult {
    std::vector<double> deficit;       // δ_j (RSS)
    std::vector<double> speedMS;       // v_j = v_free,j · max(0, 1 − δ_j)
    std::vector<double> eqSpeedMS;     // v_eq,j
    std::vector<double> thrust;        // Ct(v_eq,j), used by j's downstream turbines
    std::vector<double> grossKW;       // P(v_eq,j)
};

// Walks the turbines upstream first (§12.6). geometry null: no wakes (every δ = 0).
void solveWakeHour(const WakeGeometry *geometry, const WakeHourInput &input, WakeHourResult &out);

// The two steps of the walk for one turbine, shared with the farm's incremental update so both
// compute alike: δ_j = √Σ δ_ij² over its upstream pairs (in their order) from their thrusts,
// then its state under that deficit.
double wakeDeficit(const std::vector<WakePair> &upstream, const double *thrust);
struct SettledTurbine {
    double speedMS = 0, eqSpeedMS = 0, thrust = 0, grossKW = 0;
};
SettledTurbine settleTurbine(const TurbineType &type, double freeSpeedMS, double densityFactor, double deficit);

// Layout check of §12.6: an error when two turbines stand closer horizontally than R_i + R_j,
// a warning below 3 D (the larger rotor). Names are used in the translated messages.
struct LayoutCheck {
    QStringList errors, warnings;
};
LayoutCheck checkLayout(const std::vector<WakeTurbine> &turbines, const QStringList &names);

} // namespace pz::wind
