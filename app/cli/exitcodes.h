// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exit codes of parkzero-cli, the same for every command and every path through it:
//   0  success (also --help and --version);
//   1  the input was fine but the command failed, e.g. an output file could not be written;
//   2  bad input: a wrong command line (unknown command or option, a missing or unexpected
//      argument, a bad option value), or a project or a file it refers to that is missing or
//      has problems (including a weather or load profile file the simulation cannot read).
// docs/cli.md documents the same table.

namespace pz::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitInvalid = 2,
};

} // namespace pz::cli
