// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `parkzero-cli validate <project.parkzero>...`: loads each project as the application would
// and also checks that the files it refers to (weather file, load profiles) exist. Prints
// "<file>: OK (…)" for a valid project and every problem otherwise.

#include <QStringList>

namespace pz::cli {

// args: the command line after "validate". Returns an ExitCode (exitcodes.h).
int runValidate(const QStringList &args);

} // namespace pz::cli
