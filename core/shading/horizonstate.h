// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One PV surface's shading, kept up to date across edits of the park: its horizon profile, which
// obstacle sets each bin of each sample's profile, the sky view as exact integer sums, and from
// how many samples the sun is hidden at each hour. After obstacles change, update() redoes only
// the bins those obstacles set or now reach, and only the hours whose sun is in a changed bin;
// the result equals compute() on the changed scene bit for bit (max and integer sums do not
// depend on the order of the work). A park keeps one state per shaded surface, so the state is
// kept small: one byte per owner, the hidden samples only for the hours that have some, and the
// sky weights shared by the surfaces of one orientation.

#include "shading/horizonsweep.h"
#include "shading/shadingscene.h"
#include "shading/surfacehorizon.h"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pz::shading {

class HorizonState
{
public:
    // sun may be null: the profile and sky view only, no hourly hidden shares.
    static HorizonState compute(const ShadingScene &scene, const Surface &surface, const SunTable *sun);

    // Brings the state up to date with the scene. changedObstacleIds must list every obstacle
    // moved, resized, added or removed since the state was computed or last updated (listing
    // others is harmless); the surface and the sun table must be the ones it was computed with.
    void update(const ShadingScene &scene, const Surface &surface, const SunTable *sun,
                const std::vector<std::uint32_t> &changedObstacleIds);

    const SurfaceHorizon &horizon() const { return m_horizon; }
    SurfaceHorizon takeHorizon() && { return std::move(m_horizon); }
    // Whether any obstacle is within reach of the surface.
    bool hasCandidates() const { return !m_horizon.obstacleIds.empty(); }
    // Share of the samples from which the sun is hidden, per hour (empty without a sun table).
    std::vector<float> hiddenShare() const;
    // How many bins of the profile (summed over the samples) the last compute or update changed.
    int lastChangedBins() const { return m_lastChangedBins; }
    // Whether the last compute or update changed the sky view share or any hidden share.
    bool lastChangedShading() const { return m_lastChangedShading; }

private:
    struct Candidate {
        const ShadingScene::Entry *entry = nullptr;
        detail::OwnerIndex ownerIndex = 0;
        double reachSquared = 0.0;
    };
    // Sweeps one candidate into one sample's profile column; true when the sample stands inside
    // its footprint (the column is then full).
    static bool apply(const Candidate &candidate, const Point2 &sample, double surfaceHeightM,
                      const detail::BinTable &bins, std::vector<double> &azimuths, detail::Column &column);
    Candidate candidate(const ShadingScene &scene, const ShadingScene::Entry &entry, double surfaceHeightM);
    // The steps of update().
    struct CandidatesNow {
        std::vector<const ShadingScene::Entry *> unchanged;  // still candidates, not changed
        std::vector<Candidate> changed;  // changed and able to shade the surface now
    };
    struct DirtyBins {
        std::vector<std::pair<int, int>> pairs;  // (sample, bin) set by a changed obstacle, sorted
        std::vector<char> inBin;  // per bin: dirty at some sample
    };
    // False when an obstacle not listed as changed is gone (the caller's list is incomplete).
    bool findCandidatesNow(const ShadingScene &scene, const Surface &surface,
                           const std::vector<std::uint32_t> &changed, CandidatesNow &now);
    DirtyBins findDirtyBins(const std::vector<char> &ownerChanged) const;
    std::vector<Candidate> facingCandidates(const ShadingScene &scene, double surfaceHeightM,
                                            const std::vector<const ShadingScene::Entry *> &unchanged,
                                            const DirtyBins &dirty);
    // Re-sweeps the samples with a dirty bin or within reach of a changed candidate; returns
    // which bins changed at some sample.
    std::vector<char> resweep(double surfaceHeightM, const DirtyBins &dirty, const std::vector<Candidate> &facing,
                              const std::vector<Candidate> &changedNow);
    void refreshEnvelopeAndSkyView(const std::vector<char> &binChanged);
    detail::OwnerIndex ownerIndexOf(std::uint32_t obstacleId);
    void countHours(const SunTable &sun, const std::vector<char> *changedBins);

    SurfaceHorizon m_horizon;
    std::shared_ptr<const detail::BinTable> m_bins;
    std::shared_ptr<const detail::SkyWeights> m_sky;
    std::vector<detail::OwnerIndex> m_owner;  // as horizonTan; an index of m_ownerIndex or kNoOwner
    std::unordered_map<std::uint32_t, detail::OwnerIndex> m_ownerIndex;  // obstacle id → owner index
    std::vector<std::int64_t> m_skyLoss;  // per sample, in SkyWeights' fixed-point unit
    // The hours with the sun hidden from some sample (most hours have none), by hour.
    struct HiddenHour {
        std::uint32_t hour = 0;
        std::uint32_t samples = 0;  // from how many samples
    };
    std::vector<HiddenHour> m_hidden;
    int m_hours = 0;  // hours of the sun table; 0 without one
    int m_lastChangedBins = 0;
    bool m_lastChangedShading = true;
};

} // namespace pz::shading
