// SPDX-License-Identifier: GPL-3.0-or-later
#include "shading/horizonstate.h"

#include "shading/surfacesampling.h"

#include <algorithm>
#include <bit>
#include <map>
#include <mutex>
#include <tuple>

namespace pz::shading {

using namespace detail;

namespace {

// Owner indices are one byte (kNoOwner is the last value): ownership beyond this many
// obstacles is not tracked, and such a state is recomputed in full.
constexpr std::size_t kMaxTrackedOwners = kNoOwner - 1;

std::shared_ptr<const BinTable> binTableFor(int count)
{
    static std::mutex mutex;
    static std::map<int, std::shared_ptr<const BinTable>> tables;
    const std::lock_guard lock(mutex);
    std::shared_ptr<const BinTable> &table = tables[count];
    if (!table)
        table = std::make_shared<const BinTable>(count);
    return table;
}

// Surfaces of one orientation share their sky weights (a park's roofs mostly have a few).
std::shared_ptr<const SkyWeights> skyWeightsFor(const std::shared_ptr<const BinTable> &bins, double tiltDeg,
                                                double azimuthDeg)
{
    using Key = std::tuple<const BinTable *, std::uint64_t, std::uint64_t>;
    static std::mutex mutex;
    static std::map<Key, std::weak_ptr<const SkyWeights>> weights;
    static std::size_t pruneAt = 64;
    const std::lock_guard lock(mutex);
    const Key key{bins.get(), std::bit_cast<std::uint64_t>(tiltDeg), std::bit_cast<std::uint64_t>(azimuthDeg)};
    std::weak_ptr<const SkyWeights> &slot = weights[key];
    std::shared_ptr<const SkyWeights> shared = slot.lock();
    if (!shared) {
        shared = std::make_shared<const SkyWeights>(*bins, tiltDeg, azimuthDeg);
        slot = shared;
    }
    if (weights.size() >= pruneAt) {  // forget the orientations no surface has any more
        std::erase_if(weights, [](const auto &entry) { return entry.second.expired(); });
        pruneAt = std::max<std::size_t>(64, 2 * weights.size());
    }
    return shared;
}

Box envelopeOf(const std::vector<Point2> &points)
{
    Box box(points.front(), points.front());
    for (const Point2 &p : points)
        bg::expand(box, p);
    return box;
}

} // namespace

bool HorizonState::apply(const Candidate &candidate, const Point2 &sample, double surfaceHeightM,
                         const BinTable &bins, std::vector<double> &azimuths, Column &column)
{
    const ShadingScene::Entry &entry = *candidate.entry;
    const double distance = boxDistanceSquared(entry.box, sample.x(), sample.y());
    if (distance > candidate.reachSquared)
        return false;
    if (distance == 0.0 && bg::covered_by(sample, entry.polygon)) {
        for (int k = 0; k < bins.count; ++k)
            column.set(k, kInsideTan, candidate.ownerIndex);
        return true;
    }
    sweepObstacle(entry.polygon, sample.x(), sample.y(), entry.obstacle.topHeightM - surfaceHeightM, bins, azimuths,
                  column, candidate.ownerIndex);
    return false;
}

HorizonState::Candidate HorizonState::candidate(const ShadingScene &scene, const ShadingScene::Entry &entry,
                                                double surfaceHeightM)
{
    const double reach = scene.reachM(entry.obstacle.topHeightM, surfaceHeightM);
    return Candidate{&entry, ownerIndexOf(entry.obstacle.id), reach * reach};
}

OwnerIndex HorizonState::ownerIndexOf(std::uint32_t obstacleId)
{
    if (m_ownerIndex.size() >= kMaxTrackedOwners)
        return OwnerIndex(kMaxTrackedOwners);  // untracked; update() recomputes such a state
    return m_ownerIndex.try_emplace(obstacleId, OwnerIndex(m_ownerIndex.size())).first->second;
}

HorizonState HorizonState::compute(const ShadingScene &scene, const Surface &surface, const SunTable *sun)
{
    HorizonState state;
    const Options &options = scene.options();
    const int binCount = std::max(4, options.azimuthBins);
    state.m_bins = binTableFor(binCount);
    state.m_sky = skyWeightsFor(state.m_bins, surface.tiltDeg, surface.azimuthDeg);
    const BinTable &bins = *state.m_bins;
    const SkyWeights &sky = *state.m_sky;

    SurfaceHorizon &out = state.m_horizon;
    out.surfaceId = surface.id;
    out.azimuthBins = binCount;
    out.samples = samplePoints(surface.outline, options);
    const int n = out.sampleCount();
    out.horizonTan.assign(std::size_t(binCount) * n, 0.0f);
    out.envelopeTan.assign(std::size_t(binCount), 0.0f);
    out.sampleSkyViewShare.assign(std::size_t(n), 1.0);
    state.m_owner.assign(out.horizonTan.size(), kNoOwner);
    state.m_skyLoss.assign(std::size_t(n), 0);
    if (n > 0) {
        std::vector<Candidate> candidates;
        for (const ShadingScene::Entry *entry : scene.candidateEntriesFor(surface)) {
            out.obstacleIds.push_back(entry->obstacle.id);
            candidates.push_back(state.candidate(scene, *entry, surface.heightM));
        }
        std::vector<float> profile(static_cast<std::size_t>(binCount));
        std::vector<OwnerIndex> owner(static_cast<std::size_t>(binCount));
        std::vector<double> azimuths;
        Column column{profile.data(), owner.data()};
        double skySum = 0.0;
        for (int s = 0; s < n; ++s) {
            std::fill(profile.begin(), profile.end(), 0.0f);
            std::fill(owner.begin(), owner.end(), kNoOwner);
            for (const Candidate &c : candidates)
                if (apply(c, out.samples[std::size_t(s)], surface.heightM, bins, azimuths, column))
                    break;
            std::int64_t loss = 0;
            for (int k = 0; k < binCount; ++k) {
                const float t = profile[std::size_t(k)];
                if (t <= 0.0f)
                    continue;
                const std::size_t at = std::size_t(k) * n + s;
                out.horizonTan[at] = t;
                state.m_owner[at] = owner[std::size_t(k)];
                out.envelopeTan[std::size_t(k)] = std::max(out.envelopeTan[std::size_t(k)], t);
                loss += sky.lossFixed(k, t);
                ++state.m_lastChangedBins;
            }
            state.m_skyLoss[std::size_t(s)] = loss;
            const double share = sky.share(loss);
            out.sampleSkyViewShare[std::size_t(s)] = share;
            skySum += share;
        }
        out.skyViewShare = skySum / n;
    }
    if (sun)
        state.countHours(*sun, nullptr);
    return state;
}

void HorizonState::update(const ShadingScene &scene, const Surface &surface, const SunTable *sun,
                          const std::vector<std::uint32_t> &changedObstacleIds)
{
    m_lastChangedBins = 0;
    m_lastChangedShading = false;
    const int n = m_horizon.sampleCount();
    if (n == 0 || changedObstacleIds.empty())
        return;
    if (!m_bins || m_ownerIndex.size() >= kMaxTrackedOwners
        || m_ownerIndex.size() > 2 * m_horizon.obstacleIds.size() + 64) {
        // Ownership untracked, or the owner table is mostly obstacles long gone: start afresh.
        *this = compute(scene, surface, sun);
        return;
    }
    std::vector<std::uint32_t> changed = changedObstacleIds;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());

    // The owners whose bins lose their value (before new obstacles join the owner table).
    std::vector<char> ownerChanged(m_ownerIndex.size(), 0);
    for (std::uint32_t id : changed)
        if (const auto it = m_ownerIndex.find(id); it != m_ownerIndex.end())
            ownerChanged[it->second] = 1;

    CandidatesNow now;
    if (!findCandidatesNow(scene, surface, changed, now)) {
        *this = compute(scene, surface, sun);
        return;
    }
    const DirtyBins dirty = findDirtyBins(ownerChanged);
    const std::vector<Candidate> facing = facingCandidates(scene, surface.heightM, now.unchanged, dirty);
    std::vector<char> binChanged = resweep(surface.heightM, dirty, facing, now.changed);
    if (m_lastChangedBins == 0)
        return;
    refreshEnvelopeAndSkyView(binChanged);
    if (sun)
        countHours(*sun, &binChanged);
}

bool HorizonState::findCandidatesNow(const ShadingScene &scene, const Surface &surface,
                                     const std::vector<std::uint32_t> &changed, CandidatesNow &now)
{
    // The candidates now: the unchanged ones stay candidates (neither they nor the surface
    // moved); the changed ones are tested anew.
    const auto isChanged = [&](std::uint32_t id) { return std::binary_search(changed.begin(), changed.end(), id); };
    const Polygon polygon = toPolygon(surface.outline);
    const Box box = envelope(surface.outline);
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id : m_horizon.obstacleIds) {
        if (isChanged(id))
            continue;
        const ShadingScene::Entry *entry = scene.find(id);
        if (!entry)  // not listed as changed, yet gone: the caller's list is incomplete
            return false;
        now.unchanged.push_back(entry);
        ids.push_back(id);
    }
    for (std::uint32_t id : changed) {
        const ShadingScene::Entry *entry = scene.find(id);
        if (entry && scene.canShade(*entry, surface, polygon, box)) {
            now.changed.push_back(candidate(scene, *entry, surface.heightM));
            ids.push_back(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    m_horizon.obstacleIds = std::move(ids);
    return true;
}

HorizonState::DirtyBins HorizonState::findDirtyBins(const std::vector<char> &ownerChanged) const
{
    // Bins set by a changed obstacle: (sample, bin) pairs, and the union over the samples.
    const int n = m_horizon.sampleCount();
    const int binCount = m_bins->count;
    std::vector<OwnerIndex> lostOwners;
    for (std::size_t o = 0; o < ownerChanged.size(); ++o)
        if (ownerChanged[o])
            lostOwners.push_back(OwnerIndex(o));
    // Most rows hold none of them: a branch-free test (vectorised) skips such a row at once.
    const auto rowMayHoldLost = [&](const OwnerIndex *row) {
        if (lostOwners.size() != 1)
            return !lostOwners.empty();
        const OwnerIndex lost = lostOwners.front();
        int any = 0;
        for (int s = 0; s < n; ++s)
            any |= row[s] == lost;
        return any != 0;
    };
    DirtyBins dirty;
    dirty.inBin.assign(std::size_t(binCount), 0);
    for (int k = 0; k < binCount; ++k) {
        const OwnerIndex *row = m_owner.data() + std::size_t(k) * n;
        if (!rowMayHoldLost(row))
            continue;
        for (int s = 0; s < n; ++s) {
            const OwnerIndex o = row[s];
            if (o < ownerChanged.size() && ownerChanged[o]) {
                dirty.inBin[std::size_t(k)] = 1;
                dirty.pairs.emplace_back(s, k);
            }
        }
    }
    std::sort(dirty.pairs.begin(), dirty.pairs.end());
    return dirty;
}

std::vector<HorizonState::Candidate> HorizonState::facingCandidates(
    const ShadingScene &scene, double surfaceHeightM, const std::vector<const ShadingScene::Entry *> &unchanged,
    const DirtyBins &dirty)
{
    // Only unchanged candidates that face a dirty bin from some sample can refill it.
    std::vector<Candidate> facing;
    if (dirty.pairs.empty())
        return facing;
    const BinTable &bins = *m_bins;
    const int binCount = bins.count;
    std::vector<int> before(std::size_t(binCount) + 1, 0);  // dirty bins before bin k
    for (int k = 0; k < binCount; ++k)
        before[std::size_t(k) + 1] = before[std::size_t(k)] + dirty.inBin[std::size_t(k)];
    const auto anyDirtyIn = [&](BinRange r) {
        const int end = r.first + r.count;
        if (end <= binCount)
            return before[std::size_t(end)] > before[std::size_t(r.first)];
        return before[std::size_t(binCount)] > before[std::size_t(r.first)] || before[std::size_t(end - binCount)] > 0;
    };
    const Box samples = envelopeOf(m_horizon.samples);
    for (const ShadingScene::Entry *entry : unchanged)
        if (anyDirtyIn(binsFacing(samples, entry->box, bins)))
            facing.push_back(candidate(scene, *entry, surfaceHeightM));
    return facing;
}

std::vector<char> HorizonState::resweep(double surfaceHeightM, const DirtyBins &dirty, const std::vector<Candidate> &facing,
                                        const std::vector<Candidate> &changedNow)
{
    // Each sample's column is changed in place; the journal keeps what the changed bins held.
    const BinTable &bins = *m_bins;
    const SkyWeights &sky = *m_sky;
    const int n = m_horizon.sampleCount();
    const int binCount = bins.count;
    Journal journal(binCount);
    std::vector<char> binChanged(std::size_t(binCount), 0);
    std::vector<double> azimuths;
    auto nextDirty = dirty.pairs.cbegin();
    for (int s = 0; s < n; ++s) {
        const Point2 &p = m_horizon.samples[std::size_t(s)];
        const auto firstDirty = nextDirty;
        while (nextDirty != dirty.pairs.cend() && nextDirty->first == s)
            ++nextDirty;
        const bool hasDirty = firstDirty != nextDirty;
        bool touched = hasDirty;
        for (std::size_t c = 0; !touched && c < changedNow.size(); ++c)
            touched = boxDistanceSquared(changedNow[c].entry->box, p.x(), p.y()) <= changedNow[c].reachSquared;
        if (!touched)
            continue;
        Column column{m_horizon.horizonTan.data() + s, m_owner.data() + s, std::size_t(n), &journal};
        journal.startColumn();
        for (auto it = firstDirty; it != nextDirty; ++it)
            column.set(it->second, 0.0f, kNoOwner);
        bool full = false;
        if (hasDirty)
            for (std::size_t c = 0; !full && c < facing.size(); ++c)
                full = apply(facing[c], p, surfaceHeightM, bins, azimuths, column);
        for (std::size_t c = 0; !full && c < changedNow.size(); ++c)
            full = apply(changedNow[c], p, surfaceHeightM, bins, azimuths, column);

        std::int64_t loss = m_skyLoss[std::size_t(s)];
        bool sampleChanged = false;
        for (const auto &[k, old] : journal.entries) {
            const float t = m_horizon.horizonTan[std::size_t(k) * n + s];
            if (t == old)
                continue;
            loss += sky.lossFixed(k, t) - sky.lossFixed(k, old);
            binChanged[std::size_t(k)] = 1;
            sampleChanged = true;
            ++m_lastChangedBins;
        }
        if (sampleChanged) {
            m_skyLoss[std::size_t(s)] = loss;
            m_horizon.sampleSkyViewShare[std::size_t(s)] = sky.share(loss);
        }
    }
    return binChanged;
}

void HorizonState::refreshEnvelopeAndSkyView(const std::vector<char> &binChanged)
{
    const int n = m_horizon.sampleCount();
    const int binCount = m_bins->count;
    for (int k = 0; k < binCount; ++k) {
        if (!binChanged[std::size_t(k)])
            continue;
        const float *row = m_horizon.horizonTan.data() + std::size_t(k) * n;
        float envelope = 0.0f;
        for (int s = 0; s < n; ++s)
            envelope = std::max(envelope, row[s]);
        m_horizon.envelopeTan[std::size_t(k)] = envelope;
    }
    double skySum = 0.0;
    for (int s = 0; s < n; ++s)
        skySum += m_horizon.sampleSkyViewShare[std::size_t(s)];
    const double skyViewShare = skySum / n;
    m_lastChangedShading = skyViewShare != m_horizon.skyViewShare;
    m_horizon.skyViewShare = skyViewShare;
}

void HorizonState::countHours(const SunTable &sun, const std::vector<char> *changedBins)
{
    const int n = m_horizon.sampleCount();
    const bool usable = n > 0 && sun.azimuthBins == m_horizon.azimuthBins;
    if (!changedBins) {
        m_hours = sun.hours();
        m_hidden.clear();
        if (usable)
            for (int h = 0; h < sun.hours(); ++h)
                if (const int hidden = hiddenSampleCount(m_horizon, sun, h); hidden > 0)
                    m_hidden.push_back({std::uint32_t(h), std::uint32_t(hidden)});
        m_hidden.shrink_to_fit();
        return;
    }
    if (!usable)
        return;
    // The hours whose sun is in a changed bin, each once and in order, merged into the list.
    std::vector<std::uint32_t> hours;
    for (int k = 0; k < sun.azimuthBins; ++k)
        if ((*changedBins)[std::size_t(k)])
            for (int i = sun.binHourStart[std::size_t(k)]; i < sun.binHourStart[std::size_t(k) + 1]; ++i)
                hours.push_back(std::uint32_t(sun.binHours[std::size_t(i)]));
    if (hours.empty())
        return;
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
    std::vector<HiddenHour> merged;
    merged.reserve(m_hidden.size() + hours.size());
    auto old = m_hidden.cbegin();
    for (std::uint32_t h : hours) {
        while (old != m_hidden.cend() && old->hour < h)
            merged.push_back(*old++);
        std::uint32_t before = 0;
        if (old != m_hidden.cend() && old->hour == h)
            before = (old++)->samples;
        const auto hidden = std::uint32_t(hiddenSampleCount(m_horizon, sun, int(h)));
        m_lastChangedShading = m_lastChangedShading || hidden != before;
        if (hidden > 0)
            merged.push_back({h, hidden});
    }
    merged.insert(merged.end(), old, m_hidden.cend());
    m_hidden.assign(merged.begin(), merged.end());
    m_hidden.shrink_to_fit();
}

std::vector<float> HorizonState::hiddenShare() const
{
    std::vector<float> share(std::size_t(m_hours), 0.0f);
    const float n = float(m_horizon.sampleCount());
    for (const HiddenHour &hour : m_hidden)
        share[hour.hour] = float(hour.samples) / n;
    return share;
}

} // namespace pz::shading
