// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 6: the hourly battery dispatch and grid exchange. Reads the park's own generation (the
// wind stage's G_t: PV, wind and off-site plants delivered), the
// load stage's consumption, the grid factor stage's hourly profile (carbon-aware dispatch), the
// park's storage (pooled into one battery) and the site's dispatch strategy and export limit.

#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

class DispatchStage : public Stage
{
public:
    DispatchStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    LastResult<DispatchOutput> m_dispatch;
};

} // namespace pz
