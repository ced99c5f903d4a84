// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How current the results on show are, as the results panel indicates it.

namespace pz {

enum class ResultState {
    UpToDate,   // the shown result belongs to the current document revision
    Computing,  // a new run is under way; the previous result stays on show
    Stale,      // the document changed since the shown result; no run yet
    Failed,     // the last run failed; the previous result (if any) stays on show
    Preview,    // the shown result is of a drag under way, not yet in the document
};

} // namespace pz
