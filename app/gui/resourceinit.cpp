// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceinit.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initParkZeroResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace pz {

void ensureResources()
{
    static const bool done = (initParkZeroResources(), true);
    Q_UNUSED(done);
}

} // namespace pz
