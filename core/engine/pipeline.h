// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The park run as a sequence of stages (stage.h). The pipeline owns the stages and with them
// everything kept between runs; run() goes through them in order inside one run scope, times
// each, and stops at the first that cannot go on (an error or a cancellation).

#include "engine/stage.h"

#include <memory>
#include <vector>

namespace pz {

class Pipeline
{
public:
    Pipeline();
    ~Pipeline();

    // The park model: every stage, in run order.
    static std::unique_ptr<Pipeline> parkModel();

    template<typename S>
    S &add()
    {
        auto stage = std::make_unique<S>();
        S &ref = *stage;
        m_stages.push_back(std::move(stage));
        return ref;
    }
    // Returns true when every stage ran; else the state's error says why (empty: cancelled).
    bool run(const RunContext &context, RunState &state);
    void clear();

    const std::vector<std::unique_ptr<Stage>> &stages() const { return m_stages; }

private:
    std::vector<std::unique_ptr<Stage>> m_stages;
};

// Tells every stage that a run begins, and when the scope ends, that it ended: completed when
// complete() was called (a cancelled or failed run keeps every cache as it is).
class RunScope
{
public:
    explicit RunScope(const std::vector<std::unique_ptr<Stage>> &stages);
    ~RunScope();
    RunScope(const RunScope &) = delete;
    RunScope &operator=(const RunScope &) = delete;
    void complete() { m_completed = true; }

private:
    const std::vector<std::unique_ptr<Stage>> &m_stages;
    bool m_completed = false;
};

} // namespace pz
