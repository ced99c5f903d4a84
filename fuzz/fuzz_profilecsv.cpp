// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the reader of 8760-hour load profiles and hourly grid factors
// (energy/profilecsv.h: parseProfileCsv, which readProfileCsv runs on a file's bytes).

#include "energy/profilecsv.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pz::energy::ProfileReadResult r = pz::energy::parseProfileCsv(bytes, QStringLiteral("fuzz.csv"));
    if (!r.error.isEmpty())
        return 0;
    if (r.valuesKWh.size() != 8760) {
        std::fprintf(stderr, "profile reader: %zu values without an error\n", r.valuesKWh.size());
        std::abort();
    }
    for (double v : r.valuesKWh)
        if (!std::isfinite(v) || v < 0) {
            std::fprintf(stderr, "profile reader: value %g without an error\n", v);
            std::abort();
        }
    return 0;
}
