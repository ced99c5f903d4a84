// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sums many hourly series (one per PV system, or per building load) in fixed blocks of
// consecutive members, and keeps each block's sum between runs. A re-run after an edit re-adds
// only the blocks whose members changed, and hands back the very same total when nothing changed
// (later stages recognise it by identity). A fresh run adds in exactly the same order (members in
// their block, then blocks), so a reused sum equals a fresh one bit for bit.

#include <cstddef>
#include <memory>
#include <vector>

namespace pz {

template<typename T>
class BlockSum
{
public:
    // One series: its values, the scale they are taken at (values[h]·scale, a building's load
    // as its use type's shape) and the object that owns them (kept alive while a block holds
    // it, so that its address identifies it).
    struct Member {
        std::shared_ptr<const void> owner;
        const T *values = nullptr;
        double scale = 1.0;
    };

    static constexpr std::size_t kBlockSize = 32;

    // Σ over members of values[h]·scale / divisor, for h in [0, length).
    std::shared_ptr<const std::vector<double>> sum(const std::vector<Member> &members, std::size_t length,
                                                   double divisor)
    {
        const std::size_t blockCount = (members.size() + kBlockSize - 1) / kBlockSize;
        bool changed = !m_total || blockCount != m_blocks.size();
        if (length != m_length || divisor != m_divisor) {
            m_blocks.clear();
            m_length = length;
            m_divisor = divisor;
            changed = true;
        }
        m_blocks.resize(blockCount);
        for (std::size_t b = 0; b < blockCount; ++b) {
            const std::size_t first = b * kBlockSize;
            const std::size_t last = std::min(members.size(), first + kBlockSize);
            Block &block = m_blocks[b];
            if (!block.holds(members, first, last)) {
                block.members.assign(members.begin() + std::ptrdiff_t(first), members.begin() + std::ptrdiff_t(last));
                block.total.assign(length, 0.0);
                for (const Member &m : block.members)
                    for (std::size_t h = 0; h < length; ++h)
                        block.total[h] += m.values[h] * m.scale / divisor;
                ++m_blocksSummed;
                changed = true;
            }
        }
        if (!changed)
            return m_total;
        auto total = std::make_shared<std::vector<double>>(length, 0.0);
        for (const Block &block : m_blocks)
            for (std::size_t h = 0; h < length; ++h)
                (*total)[h] += block.total[h];
        m_total = std::move(total);
        return m_total;
    }

    void clear()
    {
        m_blocks.clear();
        m_total.reset();
    }
    // Blocks added up (not reused) since construction, for tests and timings.
    int blocksSummed() const { return m_blocksSummed; }

private:
    struct Block {
        std::vector<Member> members;
        std::vector<double> total;

        bool holds(const std::vector<Member> &all, std::size_t first, std::size_t last) const
        {
            if (members.size() != last - first || total.empty())
                return false;
            for (std::size_t i = first; i < last; ++i)
                if (members[i - first].values != all[i].values || members[i - first].owner != all[i].owner
                    || members[i - first].scale != all[i].scale)
                    return false;
            return true;
        }
    };

    std::vector<Block> m_blocks;
    std::shared_ptr<const std::vector<double>> m_total;
    std::size_t m_length = 0;
    double m_divisor = 1.0;
    int m_blocksSummed = 0;
};

} // namespace pz
