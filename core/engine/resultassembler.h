// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Last stage: the run's outputs as the SimulationResult that the GUI and parkzero-cli show: the
// weather facts, per PV object yields, the park summary (capacities, energy, emissions,
// indicators), the economics and the hourly balance. Computes nothing that a stage before it could keep.

#include "engine/stage.h"

namespace pz {

class ResultAssembler : public Stage
{
public:
    ResultAssembler();
    bool run(const RunContext &context, RunState &state) override;

private:
    static void addWeather(const RunContext &context, const RunState &state, SimulationResult &result);
    static void addPvObjects(const RunState &state, SimulationResult &result);
    static void addBalance(const RunState &state, SimulationResult &result);
    static void addCarbon(const RunContext &context, const RunState &state, SimulationResult &result);
    static void addFuelEmissions(SimulationResult &result);
    static void addEconomics(const RunState &state, SimulationResult &result);
};

} // namespace pz
