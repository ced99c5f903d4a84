// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the NREL TMY3 CSV reader (weather/weatherreader.h: parseTmy3, which readTmy3 and
// readWeatherFile run on a file's bytes).

#include "weatherfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkWeatherResult(pz::weather::parseTmy3(bytes, QStringLiteral("fuzz.csv")));
    return 0;
}
