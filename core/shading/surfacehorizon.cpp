#include "shading/surfacehorizon.h"

#include "shading/surfacesampling.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <thread>

namespace pz::shading {

namespace {

constexpr double pi = std::numbers::pi;
constexpr double degToRad = pi / 180.0;
// Tangent stored for a sample that stands inside an obstacle's footprint: the whole sky is
// hidden (a finite value so that interpolation stays finite).
constexpr float insideTan = 1.0e7f;

// Unit ray directions of the bin centres.
struct BinTable {
    int count = 0;
    double widthRad = 0.0;
    std::vector<double> east;   // sin(azimuth)
    std::vector<double> north;  // cos(azimuth)

    explicit BinTable(int n)
        : count(n), widthRad(2.0 * pi / n), east(n), north(n)
    {
        for (int k = 0; k < n; ++k) {
            east[k] = std::sin(k * widthRad);
            north[k] = std::cos(k * widthRad);
        }
    }
};

// atan on [0, ∞) and atan2 to about 1e-5 rad (a minimax polynomial), several times faster than
// the library calls that dominated the sweep. Bin ranges derived from these angles are widened
// by one bin and every ray is then checked against the edge exactly, so the profile does not
// depend on this approximation.
double fastAtanUnit(double x)  // |x| ≤ 1
{
    const double x2 = x * x;
    return x * (0.99997726 + x2 * (-0.33262347 + x2 * (0.19354346 + x2 * (-0.11643287 + x2 * (0.05265332 + x2 * -0.01172120)))));
}

double fastAtan2(double y, double x)
{
    const double ay = std::abs(y), ax = std::abs(x);
    if (ax == 0.0 && ay == 0.0)
        return 0.0;
    double a = ay <= ax ? fastAtanUnit(ay / ax) : pi / 2.0 - fastAtanUnit(ax / ay);
    if (x < 0.0)
        a = pi - a;
    return y < 0.0 ? -a : a;
}

double fastAtan(double t)  // t ≥ 0
{
    return t <= 1.0 ? fastAtanUnit(t) : pi / 2.0 - fastAtanUnit(1.0 / t);
}

double boxDistanceSquared(const Box &box, double x, double y)
{
    const double dx = std::max({box.min_corner().x() - x, 0.0, x - box.max_corner().x()});
    const double dy = std::max({box.min_corner().y() - y, 0.0, y - box.max_corner().y()});
    return dx * dx + dy * dy;
}

// Raises profile[k] to the tangent of the obstacle's top edge seen along each bin ray it spans.
// The obstacle's top is flat at dh above the point, so along a ray the highest elevation is at the
// nearest crossing of the footprint boundary: the maximum over all edges gives exactly that.
void sweepObstacle(const Polygon &polygon, double px, double py, double dh, const BinTable &bins,
                   std::vector<double> &azimuths, float *profile)
{
    const auto &ring = polygon.outer();
    const std::size_t n = ring.size();
    azimuths.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        azimuths[i] = fastAtan2(ring[i].x() - px, ring[i].y() - py);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double span = azimuths[i + 1] - azimuths[i];
        if (span > pi)
            span -= 2.0 * pi;
        else if (span <= -pi)
            span += 2.0 * pi;
        const double lo = span > 0.0 ? azimuths[i] : azimuths[i + 1];
        const long kStart = long(std::ceil(lo / bins.widthRad)) - 1;
        const long kEnd = long(std::floor((lo + std::abs(span)) / bins.widthRad)) + 1;
        const double ax = ring[i].x() - px, ay = ring[i].y() - py;
        const double ex = ring[i + 1].x() - ring[i].x(), ey = ring[i + 1].y() - ring[i].y();
        // cross(A − P, e): negative when the point is outside this edge of the counter-clockwise
        // ring. Only such front-facing edges can be the first crossing along a ray.
        const double numerator = ax * ey - ay * ex;
        if (!(numerator < 0.0))
            continue;
        // Along the ray u the edge is met at t = numerator / cross(u, e), at the edge parameter
        // cross(A − P, u) / cross(u, e); with numerator < 0 a hit needs cross(u, e) < 0 and
        // cross(u, e) ≤ cross(A − P, u) ≤ 0. tan(elevation) = dh / t, without a division per bin.
        const double tanPerCross = dh / numerator;
        int bin = int(((kStart % bins.count) + bins.count) % bins.count);
        for (long k = kStart; k <= kEnd; ++k, bin = bin + 1 == bins.count ? 0 : bin + 1) {
            const double ux = bins.east[bin], uy = bins.north[bin];
            const double cross = ux * ey - uy * ex;
            if (!(cross < 0.0))
                continue;
            const double where = ax * uy - ay * ux;
            const double slack = 1e-12 * (std::abs(cross) + 1.0);
            if (where > slack || where < cross - slack)
                continue;
            const float tanElevation = float(std::min(cross * tanPerCross, double(insideTan)));
            profile[bin] = std::max(profile[bin], tanElevation);
        }
    }
}

// Cosine-weighted sky integral per azimuth bin for a plane of tilt β and azimuth γ:
// ∫ max(0, cos θ) cos e de over elevations e, with cos θ = a·sin e + b·cos e.
struct SkyWeights {
    double a = 1.0;
    std::vector<double> b;
    std::vector<double> eMin;   // lowest elevation still in front of the plane
    std::vector<double> tanMin; // its tangent
    std::vector<double> fMin;   // primitive at eMin
    double total = 0.0;         // Σ over bins of the visible integral with no obstacles

    double primitive(int k, double e) const
    {
        const double s = std::sin(e);
        return a * s * s / 2.0 + b[k] * (e / 2.0 + std::sin(2.0 * e) / 4.0);
    }
    // The same at the elevation whose tangent is t (no trigonometric calls: sin²e = t²/(1+t²),
    // sin 2e = 2t/(1+t²)).
    double primitiveAtTan(int k, double t) const
    {
        const double q = 1.0 / (1.0 + t * t);
        return a * t * t * q / 2.0 + b[k] * (fastAtan(t) / 2.0 + t * q / 2.0);
    }

    SkyWeights(const BinTable &bins, double tiltDeg, double azimuthDeg)
        : a(std::cos(tiltDeg * degToRad)), b(bins.count), eMin(bins.count), tanMin(bins.count), fMin(bins.count)
    {
        const double sinTilt = std::sin(tiltDeg * degToRad);
        for (int k = 0; k < bins.count; ++k) {
            b[k] = sinTilt * std::cos(k * bins.widthRad - azimuthDeg * degToRad);
            eMin[k] = b[k] < 0.0 ? std::atan2(-b[k], std::max(a, 0.0)) : 0.0;
            tanMin[k] = eMin[k] >= pi / 2.0 - 1e-12 ? 1e300 : std::tan(eMin[k]);
            fMin[k] = primitive(k, eMin[k]);
            total += primitive(k, pi / 2.0) - fMin[k];
        }
    }
};

} // namespace

double SurfaceHorizon::horizonElevationDeg(int sample, double azimuthDeg) const
{
    const int n = sampleCount();
    if (sample < 0 || sample >= n || azimuthBins <= 0)
        return 0.0;
    double pos = std::fmod(azimuthDeg, 360.0) / 360.0 * azimuthBins;
    if (pos < 0.0)
        pos += azimuthBins;
    const int k0 = int(pos) % azimuthBins;
    const int k1 = (k0 + 1) % azimuthBins;
    const double w = pos - std::floor(pos);
    const double t = (1.0 - w) * horizonTan[std::size_t(k0) * n + sample] + w * horizonTan[std::size_t(k1) * n + sample];
    return std::atan(t) / degToRad;
}

SurfaceHorizon computeHorizon(const ShadingScene &scene, const Surface &surface)
{
    const Options &options = scene.options();
    const int binCount = std::max(4, options.azimuthBins);
    const BinTable bins(binCount);

    SurfaceHorizon out;
    out.surfaceId = surface.id;
    out.azimuthBins = binCount;
    out.samples = samplePoints(surface.outline, options);
    const int n = out.sampleCount();
    out.horizonTan.assign(std::size_t(binCount) * n, 0.0f);
    out.envelopeTan.assign(binCount, 0.0f);
    out.sampleSkyViewShare.assign(n, 1.0);
    if (n == 0)
        return out;

    const std::vector<const ShadingScene::Entry *> candidates = scene.candidateEntriesFor(surface);
    out.obstacleIds.reserve(candidates.size());
    std::vector<double> reachSquared;
    reachSquared.reserve(candidates.size());
    for (const auto *entry : candidates) {
        out.obstacleIds.push_back(entry->obstacle.id);
        const double reach = scene.reachM(entry->obstacle.topHeightM, surface.heightM);
        reachSquared.push_back(reach * reach);
    }

    std::vector<float> profile(binCount);
    std::vector<double> azimuths;
    const SkyWeights sky(bins, surface.tiltDeg, surface.azimuthDeg);
    double skySum = 0.0;
    for (int s = 0; s < n; ++s) {
        const double px = out.samples[s].x(), py = out.samples[s].y();
        std::fill(profile.begin(), profile.end(), 0.0f);
        bool any = false;
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            const ShadingScene::Entry *entry = candidates[c];
            const double dh = entry->obstacle.topHeightM - surface.heightM;
            const double distance = boxDistanceSquared(entry->box, px, py);
            if (distance > reachSquared[c])
                continue;
            any = true;
            if (distance == 0.0 && bg::covered_by(out.samples[s], entry->polygon)) {
                std::fill(profile.begin(), profile.end(), insideTan);
                break;
            }
            sweepObstacle(entry->polygon, px, py, dh, bins, azimuths, profile.data());
        }
        double lost = 0.0;
        if (any) {
            for (int k = 0; k < binCount; ++k) {
                const float t = profile[k];
                out.horizonTan[std::size_t(k) * n + s] = t;
                out.envelopeTan[k] = std::max(out.envelopeTan[k], t);
                if (t <= 0.0f)
                    continue;
                if (double(t) > sky.tanMin[k])
                    lost += sky.primitiveAtTan(k, double(t)) - sky.fMin[k];
            }
        }
        const double share = sky.total > 0.0 ? std::clamp(1.0 - lost / sky.total, 0.0, 1.0) : 1.0;
        out.sampleSkyViewShare[s] = share;
        skySum += share;
    }
    out.skyViewShare = skySum / n;
    return out;
}

std::vector<SurfaceHorizon> computeHorizons(const ShadingScene &scene, const std::vector<Surface> &surfaces,
                                            int threadCount)
{
    std::vector<SurfaceHorizon> out(surfaces.size());
    int threads = threadCount > 0 ? threadCount : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min<int>(threads, int(surfaces.size()));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < surfaces.size(); i = next++)
            out[i] = computeHorizon(scene, surfaces[i]);
    };
    if (threads <= 1) {
        work();
        return out;
    }
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &thread : pool)
        thread.join();
    return out;
}

SunTable makeSunTable(const std::vector<double> &zenithDeg, const std::vector<double> &azimuthDeg, int azimuthBins)
{
    SunTable table;
    table.azimuthBins = azimuthBins;
    const std::size_t hours = std::min(zenithDeg.size(), azimuthDeg.size());
    table.tanElevation.assign(zenithDeg.size(), -1.0);
    table.bin0.assign(zenithDeg.size(), 0);
    table.bin1.assign(zenithDeg.size(), 0);
    table.weight.assign(zenithDeg.size(), 0.0);
    if (azimuthBins <= 0)
        return table;
    for (std::size_t h = 0; h < hours; ++h) {
        const double zenith = zenithDeg[h];
        if (!(zenith < 90.0))
            continue;
        table.tanElevation[h] = std::tan((90.0 - zenith) * degToRad);
        double pos = std::fmod(azimuthDeg[h], 360.0) / 360.0 * azimuthBins;
        if (pos < 0.0)
            pos += azimuthBins;
        table.bin0[h] = int(pos) % azimuthBins;
        table.bin1[h] = (table.bin0[h] + 1) % azimuthBins;
        table.weight[h] = pos - std::floor(pos);
    }
    return table;
}

std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const SunTable &sun)
{
    std::vector<float> out(std::size_t(sun.hours()), 0.0f);
    const int n = horizon.sampleCount();
    if (n == 0 || horizon.azimuthBins <= 0 || sun.azimuthBins != horizon.azimuthBins)
        return out;
    const float *table = horizon.horizonTan.data();
    const float *envelope = horizon.envelopeTan.data();
    for (int h = 0; h < sun.hours(); ++h) {
        const double tanSun = sun.tanElevation[std::size_t(h)];
        if (tanSun < 0.0)
            continue;
        const int k0 = sun.bin0[std::size_t(h)];
        const int k1 = sun.bin1[std::size_t(h)];
        // Above every sample's horizon at both neighbouring bins: nothing to count.
        if (tanSun >= std::max(envelope[k0], envelope[k1]))
            continue;
        const double w = sun.weight[std::size_t(h)];
        const float *h0 = table + std::size_t(k0) * n;
        const float *h1 = table + std::size_t(k1) * n;
        int hidden = 0;
        for (int s = 0; s < n; ++s)
            hidden += tanSun < (1.0 - w) * h0[s] + w * h1[s];
        out[std::size_t(h)] = float(hidden) / float(n);
    }
    return out;
}

std::vector<float> beamHiddenShare(const SurfaceHorizon &horizon, const std::vector<double> &zenithDeg,
                                   const std::vector<double> &azimuthDeg)
{
    if (horizon.sampleCount() == 0 || horizon.azimuthBins <= 0)
        return std::vector<float>(zenithDeg.size(), 0.0f);
    return beamHiddenShare(horizon, makeSunTable(zenithDeg, azimuthDeg, horizon.azimuthBins));
}

bool isSunHidden(const SurfaceHorizon &horizon, int samplePoint, double sunElevationDeg, double sunAzimuthDeg)
{
    if (samplePoint < 0 || samplePoint >= horizon.sampleCount())
        return false;
    return sunElevationDeg < horizon.horizonElevationDeg(samplePoint, sunAzimuthDeg);
}

} // namespace pz::shading
