// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// The proven mistake bounds as functions of the Littlestone dimension d (arXiv 2512.12567,
// Theorem 1.1 with the constants of Theorems B.1 and D.1; history from §1.3 and the
// abstract; the sheet's §4.2 and §7.3), the heuristic trade-off of §2.4, and where the
// curves cross.

#include <string>
#include <vector>

namespace paperlab::papers::transductiveonline::bounds {

/// Standard game: exactly d mistakes (Littlestone 1987; Theorem A.7).
double standard(double d);
/// Lower bound for every class: √d/10 (Theorem B.1, proved for d >= kLowerBoundFrom).
double lower(double d);
/// Upper bound for some class: 48·√d (Theorem D.1, a class exists for d >= kUpperClassFrom).
double upper(double d);
/// §2.4's heuristic: off-path label 1 with probability 2^-k costs about d/k + k mistakes.
double tradeoff(double d, double k);

inline constexpr double kLowerConstant = 0.1;  ///< Theorem B.1: √d/10
inline constexpr double kUpperConstant = 48.0; ///< Theorem D.1: 48√d
inline constexpr double kLowerBoundFrom = 800; ///< Theorem B.1's d_0
inline constexpr double kUpperClassFrom = 43;  ///< Theorem D.1: every integer d >= 43

/// The earlier lower bounds are stated only up to constants (Ω(·), §1.3): we draw their
/// shapes with constant 1 and base-2 logarithms, and say so wherever they are shown.
double logLogShape(double d); ///< log₂ log₂ d: BKM 1995
double sqrtLogShape(double d); ///< √(log₂ d): BKM 1997
double logShape(double d);     ///< log₂ d: Hanneke, Moran, Shafer 2023
/// BKM 1997's upper bound for a specific class, stated with its constant: ⅔·d.
double twoThirds(double d);

/// Where the curves cross, computed (not typed in): each is the d at which a bound starts to
/// say something the older or trivial one does not.
struct Crossings {
    double upperBelowStandard = 0; ///< 48√d < d for d above this (48² = 2304)
    double lowerAtLeastOne = 0;    ///< √d/10 >= 1 from here (100)
    double lowerAboveLog = 0;      ///< √d/10 > log₂ d above this
    double lowerAboveSqrtLog = 0;  ///< √d/10 > √(log₂ d) above this
    double lowerAboveLogLog = 0;   ///< √d/10 > log₂ log₂ d above this
};
Crossings crossings();

/// The k minimising d/k + k over k >= 1 (√d), found by search on a fine log grid and
/// refined, so the test can compare it with the closed form; and the minimum (2√d).
struct TradeoffMinimum {
    double k = 0;
    double value = 0;
};
TradeoffMinimum minimiseTradeoff(double d);

/// One row of the history of the bounds (the sheet's §4.2).
struct HistoryRow {
    int year = 0;
    std::string kind;   ///< "lower", "upper" or "exact"
    std::string bound;  ///< as the paper states it, e.g. "Ω(√log d)"
    std::string source; ///< authors (BKM: Ben-David, Kushilevitz, Mansour) and venue
    std::string note;   ///< for the notes column (CLI output); the view shows the short form
    double (*shape)(double) = nullptr; ///< a curve to evaluate at the marked d, or null
};
const std::vector<HistoryRow> &history();

} // namespace paperlab::papers::transductiveonline::bounds
