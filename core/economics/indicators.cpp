// SPDX-License-Identifier: GPL-3.0-or-later
#include "economics/indicators.h"

#include <cmath>

namespace pz::economics {

double discountFactor(double rate, int year)
{
    return std::pow(1.0 + rate, -year);
}

std::vector<double> replacementsByYear(const ComponentCashFlow &c, int n)
{
    std::vector<double> out(std::size_t(std::max(n, 0)) + 1, 0.0);
    if (c.lifeYears > 0)
        for (int y = c.lifeYears; y < n; y += c.lifeYears)
            out[y] = c.replacementCNY;
    return out;
}

double salvageCNY(const ComponentCashFlow &c, int n)
{
    if (c.lifeYears <= 0 || n <= 0)
        return 0.0;
    const int lastYear = (n - 1) / c.lifeYears * c.lifeYears;   // the largest k·L < N, or 0
    const double lastCost = lastYear > 0 ? c.replacementCNY : c.capexCNY;
    const double share = double(c.lifeYears - (n - lastYear)) / c.lifeYears;
    return share > 0 ? lastCost * share : 0.0;
}

std::optional<double> paybackYears(const std::vector<double> &cf)
{
    if (cf.empty())
        return std::nullopt;
    std::vector<double> k(cf.size());
    double sum = 0;
    for (std::size_t y = 0; y < cf.size(); ++y)
        k[y] = sum += cf[y];
    if (k.back() < 0)
        return std::nullopt;
    double years = 0;
    for (std::size_t y = 1; y < cf.size(); ++y) {
        if (k[y] < 0)
            years += 1;
        else if (k[y - 1] < 0)
            years += -k[y - 1] / cf[y];
    }
    return years;
}

} // namespace pz::economics
