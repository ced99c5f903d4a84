// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the EnergyPlus EPW reader (weather/weatherreader.h: parseEpw, which readEpw and
// readWeatherFile run on a file's bytes).

#include "weatherfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkWeatherResult(pz::weather::parseEpw(bytes, QStringLiteral("fuzz.epw")));
    return 0;
}
