// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `parkzero-cli simulate PROJECT [--weather FILE] [--irradiance as_given|beam_from_ghi_dhi]
// [--json OUT|-] [--hourly OUT.csv]`: runs the whole park model headless and writes the results
// (docs/cli.md).

#include <QStringList>

namespace pz::cli {

// args: the command line after "simulate". Returns an ExitCode (exitcodes.h).
int runSimulate(const QStringList &args);

} // namespace pz::cli
