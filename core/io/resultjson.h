// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON form of a simulation result, as printed by `parkzero-cli simulate --json` and
// documented in docs/cli.md. Key names are stable.

#include "engine/simulationresult.h"

#include <QJsonObject>

namespace pz::io {

QJsonObject resultToJson(const SimulationResult &result);

} // namespace pz::io
