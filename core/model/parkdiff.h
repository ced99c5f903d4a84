// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What differs between two parks of one project (two scenarios): the objects only in the
// second (added), only in the first (removed) and in both with another value (changed), matched
// by ObjectId (scenarios are copies, so an object keeps its id across them), and whether the
// site settings differ. Used by the scenario map diff and to turn one park into another as
// document edits (applying an optimum).

#include "model/park.h"

namespace pz {

struct ParkDiff {
    ObjectIds added;     // in `to` only, in `to`'s drawing order
    ObjectIds removed;   // in `from` only, in `from`'s drawing order
    ObjectIds changed;   // in both with different values, in `to`'s drawing order
    bool siteChanged = false;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !siteChanged; }
};

ParkDiff diffParks(const Park &from, const Park &to);

} // namespace pz
