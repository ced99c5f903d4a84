// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the reader of turbine power and thrust curves (wind/turbinetype.h: parseTurbineCsv,
// which readTurbineCsv runs on a file's bytes). A result is either an error or a type, and a
// type's table is what the header promises: speeds finite and strictly increasing, power finite
// and not negative, thrust coefficients clipped to [0, kMaxThrustCoefficient].

#include "wind/turbinetype.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, size_t row, double value)
{
    std::fprintf(stderr, "turbine reader: %s (row %zu, value %g) without an error\n", what, row, value);
    std::abort();
}

void checkTable(const pz::wind::TurbineType &t)
{
    const size_t rows = t.speedMS.size();
    if (t.powerKW.size() != rows || t.thrustCoefficient.size() != rows)
        fail("columns of different lengths", rows, double(t.powerKW.size()));
    for (size_t k = 0; k < rows; ++k) {
        if (!std::isfinite(t.speedMS[k]))
            fail("speed not finite", k, t.speedMS[k]);
        if (k > 0 && !(t.speedMS[k] > t.speedMS[k - 1]))
            fail("speed not increasing", k, t.speedMS[k]);
        if (!std::isfinite(t.powerKW[k]) || t.powerKW[k] < 0)
            fail("power not finite or negative", k, t.powerKW[k]);
        const double ct = t.thrustCoefficient[k];
        if (!std::isfinite(ct) || ct < 0 || ct > pz::wind::kMaxThrustCoefficient)
            fail("thrust coefficient outside [0, kMaxThrustCoefficient]", k, ct);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pz::wind::TurbineReadResult r = pz::wind::parseTurbineCsv(bytes, QStringLiteral("fuzz.csv"));
    if (r.error.isEmpty() == !r.type.has_value()) {
        std::fprintf(stderr, "turbine reader: %s\n", r.type ? "a type and an error" : "neither a type nor an error");
        std::abort();
    }
    if (r.type)
        checkTable(*r.type);
    return 0;
}
