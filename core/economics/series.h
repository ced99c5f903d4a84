// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading hourly series of the economics inputs: a missing series, an hour past its end or a
// value that is not finite counts as 0.

#include <cmath>
#include <vector>

namespace pz::economics {

inline double hourValue(const std::vector<double> *series, std::size_t hour)
{
    return series && hour < series->size() && std::isfinite((*series)[hour]) ? (*series)[hour] : 0.0;
}

} // namespace pz::economics
