// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `parkzero-cli optimize --scenario SCEN.json [--exact] [--json OUT|-] [--lp-out MODEL.mps]
// [--hourly OUT.csv] [--whole-turbines]`: solves the least-cost zero-carbon design of an
// optimizer scenario (spec §16.11) and writes the results of §16.7 (docs/optimizer.md).
// Building the scenario from a project is not there yet: the command asks for --scenario.

#include <QStringList>

namespace pz::cli {

// args: the command line after "optimize". Returns an ExitCode (exitcodes.h).
int runOptimize(const QStringList &args);

} // namespace pz::cli
