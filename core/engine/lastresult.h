// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The last result of a stage's computation with the inputs it came from: earlier stages'
// outputs by identity and plain values by their bytes (CacheKey). The entry holds those outputs,
// so that no other object can take their address while they identify it; an output that an
// earlier stage reused is the same object, so a run whose inputs did not change finds the entry.
// One entry: what the latest run computed or used.

#include "engine/runcache.h"

#include <QByteArray>
#include <memory>
#include <vector>

namespace pz {

struct StageInputs {
    std::vector<std::shared_ptr<const void>> upstream;  // earlier stages' outputs (null allowed)
    QByteArray values;                                  // every other input's exact bytes

    bool operator==(const StageInputs &other) const = default;
};

template<typename T>
class LastResult : public RunCache
{
public:
    // The kept result when inputs are those it came from, else compute() kept under them.
    // compute() returns null on failure (nothing is kept then). *computed tells whether it ran.
    template<typename Compute>
    std::shared_ptr<const T> findOrCompute(StageInputs inputs, Compute &&compute, bool *computed = nullptr)
    {
        const bool hit = m_value && inputs == m_inputs;
        if (computed)
            *computed = !hit;
        if (hit)
            return m_value;
        std::shared_ptr<const T> value = compute();
        if (value) {
            m_inputs = std::move(inputs);
            m_value = value;
        }
        return value;
    }
    // The kept result (null when none), e.g. to update it instead of computing afresh.
    const std::shared_ptr<const T> &last() const { return m_value; }
    void beginRun() override {}
    void endRun(bool) override {}
    void clear() override
    {
        m_inputs = {};
        m_value.reset();
    }

private:
    StageInputs m_inputs;
    std::shared_ptr<const T> m_value;
};

} // namespace pz
