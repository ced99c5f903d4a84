// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's resources (icons, example park, translations) live in the static GUI
// library; a static library's resources must be registered explicitly before first use.

namespace pz {

// Registers them once; called by the classes that use them, so that the application and the
// tests alike find ":/icons/...".
void ensureResources();

} // namespace pz
