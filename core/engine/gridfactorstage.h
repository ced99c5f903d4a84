// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 5: the grid's emission factor: the named factor of the site (or the user's value) and the
// optional hourly profile, read once and kept while its file (path, modification time, size)
// stays the same. Reads the site's grid settings and the options' project file.

#include "engine/lastresult.h"
#include "engine/stage.h"

namespace pz {

class GridFactorStage : public Stage
{
public:
    GridFactorStage();
    bool run(const RunContext &context, RunState &state) override;

private:
    // The hourly profile at path; null with the state's error set when it cannot be read.
    std::shared_ptr<const std::vector<double>> profile(const QString &path, const RunContext &context,
                                                       RunState &state);

    LastResult<std::vector<double>> m_profile;
};

} // namespace pz
