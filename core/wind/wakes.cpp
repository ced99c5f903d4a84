// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "wind/wakes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz::wind {

namespace {

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz::wind"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::wind", text);
}
constexpr double kWarningSpacingDiameters = 3;

void sortOrder(WakeGeometry &g)
{
    const size_t n = g.positions.size();
    g.order.resize(n);
    for (size_t i = 0; i < n; ++i)
        g.order[i] = static_cast<int>(i);
    std::stable_sort(g.order.begin(), g.order.end(), [&](int a, int b) {
        return g.positions[a].downstreamM < g.positions[b].downstreamM;
    });
}

} // namespace

FlowPosition flowPosition(double x, double y, double directionDeg)
{
    const double t = directionDeg * kDegToRad;
    return {-x * std::sin(t) - y * std::cos(t), x * std::cos(t) - y * std::sin(t)};
}

double circleOverlapAreaM2(double a, double b, double d)
{
    if (d >= a + b)
        return 0;
    if (d <= std::abs(a - b)) {
        const double r = std::min(a, b);
        return std::numbers::pi * r * r;
    }
    const double cosA = std::clamp((d * d + a * a - b * b) / (2 * d * a), -1.0, 1.0);
    const double cosB = std::clamp((d * d + b * b - a * a) / (2 * d * b), -1.0, 1.0);
    const double k = (-d + a + b) * (d + a - b) * (d - a + b) * (d + a + b);
    return a * a * std::acos(cosA) + b * b * std::acos(cosB) - 0.5 * std::sqrt(std::max(0.0, k));
}

double wakeGeometryFactor(const WakeTurbine &up, const WakeTurbine &down, double directionDeg, double k)
{
    const FlowPosition pi = flowPosition(up.xM, up.yM, directionDeg);
    const FlowPosition pj = flowPosition(down.xM, down.yM, directionDeg);
    const double ds = pj.downstreamM - pi.downstreamM;
    if (!(ds > 0))
        return 0;
    const double wakeRadius = up.rotorRadiusM + k * ds;
    const double dc = pj.crosswindM - pi.crosswindM, dh = down.hubHeightM - up.hubHeightM;
    const double d = std::sqrt(dc * dc + dh * dh);
    const double rotorArea = std::numbers::pi * down.rotorRadiusM * down.rotorRadiusM;
    const double expansion = up.rotorRadiusM / wakeRadius;
    return expansion * expansion * circleOverlapAreaM2(wakeRadius, down.rotorRadiusM, d) / rotorArea;
}

double pairDeficit(double ct, double factor)
{
    return (1 - std::sqrt(1 - ct)) * factor;
}

WakeGeometry buildWakeGeometry(const std::vector<WakeTurbine> &turbines, double directionDeg, double k)
{
    WakeGeometry g;
    g.directionDeg = directionDeg;
    g.wakeDecay = k;
    const size_t n = turbines.size();
    g.positions.resize(n);
    for (size_t i = 0; i < n; ++i)
        g.positions[i] = flowPosition(turbines[i].xM, turbines[i].yM, directionDeg);
    sortOrder(g);
    g.upstreamOf.assign(n, {});
    for (size_t j = 0; j < n; ++j)
        for (size_t i = 0; i < n; ++i)
            if (i != j)
                if (const double f = wakeGeometryFactor(turbines[i], turbines[j], directionDeg, k); f > 0)
                    g.upstreamOf[j].push_back({static_cast<int>(i), f});
    return g;
}

void updateWakeGeometry(WakeGeometry &g, const std::vector<WakeTurbine> &turbines, int moved)
{
    const int n = static_cast<int>(turbines.size());
    const WakeTurbine &m = turbines[moved];
    g.positions[moved] = flowPosition(m.xM, m.yM, g.directionDeg);
    sortOrder(g);
    std::vector<WakePair> own;
    for (int j = 0; j < n; ++j) {
        if (j == moved)
            continue;
        auto &pairs = g.upstreamOf[j];
        std::erase_if(pairs, [&](const WakePair &p) { return p.upstream == moved; });
        if (const double f = wakeGeometryFactor(m, turbines[j], g.directionDeg, g.wakeDecay); f > 0) {
            // keep the pairs in increasing upstream index, as buildWakeGeometry does
            const auto at = std::lower_bound(pairs.begin(), pairs.end(), moved,
                                             [](const WakePair &p, int i) { return p.upstream < i; });
            pairs.insert(at, {moved, f});
        }
        if (const double f = wakeGeometryFactor(turbines[j], m, g.directionDeg, g.wakeDecay); f > 0)
            own.push_back({j, f});
    }
    g.upstreamOf[moved] = std::move(own);
}

double wakeDeficit(const std::vector<WakePair> &upstream, const double *thrust)
{
    double sumSq = 0;
    for (const WakePair &p : upstream) {
        const double d = pairDeficit(thrust[p.upstream], p.factor);
        sumSq += d * d;
    }
    return std::sqrt(sumSq);
}

SettledTurbine settleTurbine(const TurbineType &type, double freeSpeedMS, double densityFactor, double deficit)
{
    SettledTurbine s;
    s.speedMS = freeSpeedMS * std::max(0.0, 1 - deficit);
    s.eqSpeedMS = s.speedMS * densityFactor;
    s.thrust = type.thrustAt(s.eqSpeedMS);
    s.grossKW = type.powerAtKW(s.eqSpeedMS);
    return s;
}

void solveWakeHour(const WakeGeometry *g, const WakeHourInput &in, WakeHourResult &out)
{
    const auto &types = *in.types;
    const size_t n = types.size();
    out.deficit.assign(n, 0);
    out.speedMS.assign(n, 0);
    out.eqSpeedMS.assign(n, 0);
    out.thrust.assign(n, 0);
    out.grossKW.assign(n, 0);
    auto settle = [&](size_t j) {
        const SettledTurbine s = settleTurbine(*types[j], (*in.freeSpeedMS)[j], (*in.densityFactor)[j], out.deficit[j]);
        out.speedMS[j] = s.speedMS;
        out.eqSpeedMS[j] = s.eqSpeedMS;
        out.thrust[j] = s.thrust;
        out.grossKW[j] = s.grossKW;
    };
    if (!g) {
        for (size_t j = 0; j < n; ++j)
            settle(j);
        return;
    }
    for (const int j : g->order) {
        out.deficit[j] = wakeDeficit(g->upstreamOf[j], out.thrust.data());
        settle(j);
    }
}

LayoutCheck checkLayout(const std::vector<WakeTurbine> &t, const QStringList &names)
{
    LayoutCheck check;
    for (size_t i = 0; i < t.size(); ++i)
        for (size_t j = i + 1; j < t.size(); ++j) {
            const double dist = std::hypot(t[j].xM - t[i].xM, t[j].yM - t[i].yM);
            const QString a = names.value(int(i)), b = names.value(int(j));
            const double diameter = 2 * std::max(t[i].rotorRadiusM, t[j].rotorRadiusM);
            if (dist < t[i].rotorRadiusM + t[j].rotorRadiusM)
                check.errors << tr("Turbines %1 and %2 are %3 m apart: their rotors overlap (at least %4 m needed).")
                                    .arg(a, b).arg(dist, 0, 'f', 1).arg(t[i].rotorRadiusM + t[j].rotorRadiusM, 0, 'f', 1);
            else if (dist < kWarningSpacingDiameters * diameter)
                check.warnings << tr("Turbines %1 and %2 are %3 m apart, less than 3 rotor diameters (%4 m).")
                                      .arg(a, b).arg(dist, 0, 'f', 1).arg(kWarningSpacingDiameters * diameter, 0, 'f', 1);
        }
    return check;
}

} // namespace pz::wind
