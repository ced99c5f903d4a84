// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The geometry kernels shared by the horizon computation and its incremental update: azimuth
// bins, the sweep of one obstacle's edges over the bins seen from a sample point, the sky
// integral per bin, and the angular extent of a box seen from a box. Internal to pz_shading.

#include "geometry/geometry.h"

#include <cstdint>
#include <numbers>
#include <vector>

namespace pz::shading::detail {

// Tangent stored for a sample that stands inside an obstacle's footprint: the whole sky is
// hidden (a finite value so that interpolation stays finite).
constexpr float kInsideTan = 1.0e7f;
// Which obstacle sets a bin: an index into the state's table of candidates, one byte per
// (sample, bin) to keep the kept profiles small.
using OwnerIndex = std::uint8_t;
// Owner index of a bin no obstacle rises above.
constexpr OwnerIndex kNoOwner = 0xFF;
// Sky losses are summed as integers of this scale so that the sum does not depend on the order
// in which bins change (an incremental update subtracts and adds exactly).
constexpr double kSkyFixedScale = 17592186044416.0;  // 2^44

// Unit ray directions of the bin centres.
struct BinTable {
    int count = 0;
    double widthRad = 0.0;
    std::vector<double> east;   // sin(azimuth)
    std::vector<double> north;  // cos(azimuth)

    explicit BinTable(int n);
};

// atan2 to about 1e-5 rad (a minimax polynomial), several times faster than the library call.
double fastAtan2(double y, double x);
// atan on [0, ∞), same accuracy.
double fastAtan(double t);

double boxDistanceSquared(const Box &box, double x, double y);

// The bins a sweep changed in one sample's column, each with its value before the first change.
struct Journal {
    std::vector<int> stampOfBin;  // the bin was recorded for the column with this stamp
    int stamp = 0;
    std::vector<std::pair<int, float>> entries;

    explicit Journal(int binCount) : stampOfBin(std::size_t(binCount), -1) {}
    void startColumn()
    {
        ++stamp;
        entries.clear();
    }
    void record(int bin, float before)
    {
        if (stampOfBin[std::size_t(bin)] != stamp) {
            stampOfBin[std::size_t(bin)] = stamp;
            entries.emplace_back(bin, before);
        }
    }
};

// One sample's profile column: per bin the tangent and the index of the obstacle that sets it,
// `stride` apart (1 for a scratch column, the sample count inside a bin-major table).
struct Column {
    float *value = nullptr;
    OwnerIndex *owner = nullptr;
    std::size_t stride = 1;
    Journal *journal = nullptr;  // optional

    void set(int bin, float t, OwnerIndex ownerIndex)
    {
        const std::size_t at = std::size_t(bin) * stride;
        if (journal)
            journal->record(bin, value[at]);
        value[at] = t;
        owner[at] = ownerIndex;
    }
    void raise(int bin, float t, OwnerIndex ownerIndex)
    {
        if (t > value[std::size_t(bin) * stride])
            set(bin, t, ownerIndex);
    }
};

// Raises each bin of the column to the tangent of the obstacle's top edge seen along the bin's
// ray, where the obstacle rises above it, and makes it the bin's owner. The top is flat at dh
// above the point, so along a ray the highest elevation is at the nearest crossing of the
// footprint boundary.
void sweepObstacle(const Polygon &polygon, double px, double py, double dh, const BinTable &bins,
                   std::vector<double> &azimuths, Column &column, OwnerIndex ownerIndex);

// Cosine-weighted sky integral per azimuth bin for a plane of tilt β and azimuth γ:
// ∫ max(0, cos θ) cos e de over elevations e, with cos θ = a·sin e + b·cos e.
struct SkyWeights {
    double a = 1.0;
    std::vector<double> b;
    std::vector<double> tanMin; // tangent of the lowest elevation still in front of the plane
    std::vector<double> fMin;   // primitive there
    double total = 0.0;         // Σ over bins of the visible integral with no obstacles

    SkyWeights(const BinTable &bins, double tiltDeg, double azimuthDeg);
    // The visible sky lost in bin k behind a horizon of tangent t, as a fixed-point integer.
    std::int64_t lossFixed(int k, float t) const;
    // Share of the sky seen from a sample whose fixed-point losses sum to lossSum.
    double share(std::int64_t lossSum) const;

private:
    double primitive(int k, double e) const;
    double primitiveAtTan(int k, double t) const;
};

// The bins (as a first bin and a count, wrapping around) whose rays from some point of `from`
// can meet some point of `to`, widened by one bin on either side; all bins when the boxes meet.
struct BinRange {
    int first = 0;
    int count = 0;
};
BinRange binsFacing(const Box &from, const Box &to, const BinTable &bins);

} // namespace pz::shading::detail
