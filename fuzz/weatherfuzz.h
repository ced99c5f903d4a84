// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the EPW and TMY3 fuzzers: a year that reads without error is complete and finite.

#include "weather/weatherreader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

inline void checkWeatherResult(const pz::weather::ReadResult &r)
{
    if (r.year.has_value() == !r.error.isEmpty()) {
        std::fprintf(stderr, "weather reader: a year and an error (or neither)\n");
        std::abort();
    }
    if (!r.year)
        return;
    if (!r.year->isComplete()) {
        std::fprintf(stderr, "weather reader: an incomplete year without an error\n");
        std::abort();
    }
    for (const auto *series : {&r.year->ghi, &r.year->dni, &r.year->dhi, &r.year->tempC, &r.year->windMs})
        for (double v : *series)
            if (!std::isfinite(v)) {
                std::fprintf(stderr, "weather reader: a non-finite value without an error\n");
                std::abort();
            }
}
