// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "bounds.h"

#include <paperlab/math/roots.h>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::transductiveonline::bounds {

using paperlab::math::bisectLog;

double standard(double d) { return d; }
double lower(double d) { return kLowerConstant * std::sqrt(d); }
double upper(double d) { return kUpperConstant * std::sqrt(d); }
double tradeoff(double d, double k) { return d / k + k; }

double logLogShape(double d) { return d > 2 ? std::log2(std::log2(d)) : 0.0; }
double sqrtLogShape(double d) { return d > 1 ? std::sqrt(std::log2(d)) : 0.0; }
double logShape(double d) { return d > 1 ? std::log2(d) : 0.0; }
double twoThirds(double d) { return 2.0 * d / 3.0; }

Crossings crossings()
{
    // Brackets: each difference is positive at the low end and not positive at the high end
    // (√d/10 - log₂ d is negative from d = 2 up to about 2·10⁴, then grows without bound).
    Crossings c;
    c.upperBelowStandard = bisectLog([](double d) { return upper(d) - standard(d); }, 1, 1e9);
    c.lowerAtLeastOne = bisectLog([](double d) { return 1 - lower(d); }, 1, 1e9);
    c.lowerAboveLog = bisectLog([](double d) { return logShape(d) - lower(d); }, 4, 1e9);
    c.lowerAboveSqrtLog = bisectLog([](double d) { return sqrtLogShape(d) - lower(d); }, 4, 1e9);
    c.lowerAboveLogLog = bisectLog([](double d) { return logLogShape(d) - lower(d); }, 16, 1e9);
    return c;
}

TradeoffMinimum minimiseTradeoff(double d)
{
    // Coarse scan in log k over [1, d], then golden-section search around the best point:
    // independent of the closed form k = √d it is compared with.
    const int steps = 400;
    const double top = std::max(d, 1.0);
    int best = 0;
    for (int i = 1; i <= steps; ++i) {
        if (tradeoff(d, std::pow(top, double(i) / steps))
            < tradeoff(d, std::pow(top, double(best) / steps)))
            best = i;
    }
    double a = std::log(top) * std::max(0, best - 1) / steps;
    double b = std::log(top) * std::min(steps, best + 1) / steps;
    const double phi = (std::sqrt(5.0) - 1) / 2;
    for (int it = 0; it < 100; ++it) {
        const double m1 = b - phi * (b - a), m2 = a + phi * (b - a);
        if (tradeoff(d, std::exp(m1)) < tradeoff(d, std::exp(m2)))
            b = m2;
        else
            a = m1;
    }
    const double k = std::exp(0.5 * (a + b));
    return {k, tradeoff(d, k)};
}

const std::vector<HistoryRow> &history()
{
    // The sheet's §4.2 (the paper's abstract and §1.3); BKM = Ben-David, Kushilevitz,
    // Mansour. Ω(log d) is Hanneke-Moran-Shafer 2023, not BKM 1997, which proved Ω(√log d).
    static const std::vector<HistoryRow> rows{
        {1987, "exact", "d (standard game)", "Littlestone 1987 (Theorem A.7)",
         "the standard optimum is the Littlestone dimension", &standard},
        {1995, "lower", "Ω(log log d)", "BKM 1995 (EuroCOLT)",
         "the \"worst sequence off-line model\"", &logLogShape},
        {1997, "lower", "Ω(√log d)", "BKM 1997 (Machine Learning 29)", "", &sqrtLogShape},
        {1997, "upper", "≤ ⅔·d", "BKM 1997", "for a specific class", &twoThirds},
        {2023, "lower", "Ω(log d)", "Hanneke, Moran, Shafer 2023 (NeurIPS)",
         "also the trichotomy n, Θ(log n), Θ(1) in n", &logShape},
        {2025, "lower", "Ω(√d): √d/10", "this paper, Theorem B.1",
         "every class; proved for d ≥ 800", &lower},
        {2025, "upper", "O(√d): 48√d", "this paper, Theorem D.1",
         "some class; for every d ≥ 43", &upper}};
    return rows;
}

} // namespace paperlab::papers::transductiveonline::bounds
