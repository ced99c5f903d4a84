#pragma once
// Exit codes shared by all parkzero-cli commands.

namespace pz::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // the command ran but failed (e.g. an output could not be written)
    ExitInvalid = 2,  // bad input: a project with problems, a missing file, a wrong command line
};

} // namespace pz::cli
