// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace paperlab::math {

class Rng;

// All functions here are pure and thread-safe, except that the bootstrap functions advance
// the Rng they are given (use one Rng per thread).

/// Sample mean and its standard error.
struct MeanSe
{
    double mean = 0.0;
    /// Sample standard deviation (n - 1 denominator) divided by sqrt(n).
    double se = 0.0;
    int n = 0;
};

/// Mean and standard error of @p values. For n = 0 both are NaN; for n = 1 the mean is the
/// value and the SE is NaN (undefined), so error bars never claim false certainty.
PAPERLAB_MATH_EXPORT MeanSe meanWithSe(const std::vector<double> &values);

/// A statistic of a sample, e.g. the mean; called once per bootstrap resample.
using Statistic = std::function<double(const std::vector<double> &)>;

/// Bootstrap standard error of @p statistic: the standard deviation (n - 1 denominator)
/// of the statistic over @p resamples resamples drawn with replacement from @p values
/// using @p rng. NaN if values is empty or resamples < 2.
PAPERLAB_MATH_EXPORT double bootstrapSe(const std::vector<double> &values,
                                        const Statistic &statistic, int resamples, Rng &rng);

/// A closed interval [lo, hi].
struct Interval
{
    double lo = 0.0;
    double hi = 0.0;
};

/// Percentile bootstrap confidence interval: the (1 - confidence)/2 and (1 + confidence)/2
/// quantiles (numpy linear interpolation) of the statistic over @p resamples resamples.
/// @p confidence is a fraction, e.g. 0.95. NaN bounds if values is empty or resamples < 1.
PAPERLAB_MATH_EXPORT Interval bootstrapPercentileCi(const std::vector<double> &values,
                                                    const Statistic &statistic,
                                                    int resamples, double confidence, Rng &rng);

/// Outcome of a least-squares fit; numerical problems are reported here, never thrown.
enum class FitStatus {
    Ok,
    /// x and y differ in length.
    SizeMismatch,
    /// Fewer than 2 points.
    TooFewPoints,
    /// fitLogLog only: some x or y is <= 0 (or not finite).
    NonPositiveInput,
    /// All x are equal, so the slope is undefined.
    DegenerateX,
};

/// Ordinary least squares y = intercept + slope * x. Fields other than status are NaN
/// unless status is Ok.
struct LinearFit
{
    double slope = 0.0;
    double intercept = 0.0;
    /// sqrt(s^2 / Sxx) with s^2 = residual sum of squares / (n - 2); NaN when n = 2.
    double slopeSe = 0.0;
    FitStatus status = FitStatus::Ok;
};

/// OLS fit of y on x.
PAPERLAB_MATH_EXPORT LinearFit fitLinear(const std::vector<double> &x,
                                         const std::vector<double> &y);

/// OLS fit of ln y on ln x: slope is the power-law exponent of y = C x^slope and
/// intercept = ln C. All inputs must be positive (else status NonPositiveInput).
PAPERLAB_MATH_EXPORT LinearFit fitLogLog(const std::vector<double> &x,
                                         const std::vector<double> &y);

/// 1-based ranks with ties given the average of the ranks they span, as
/// scipy.stats.rankdata(method='average'): {10, 20, 20, 5} -> {2, 3.5, 3.5, 1}.
/// Values must not be NaN.
PAPERLAB_MATH_EXPORT std::vector<double> rankAverage(const std::vector<double> &values);

/// Spearman rank correlation: the Pearson correlation of rankAverage(x) and rankAverage(y),
/// as scipy.stats.spearmanr. NaN if the lengths differ, n < 2, or either is constant.
PAPERLAB_MATH_EXPORT double spearman(const std::vector<double> &x, const std::vector<double> &y);

/// Pearson correlation coefficient. NaN if the lengths differ, n < 2, or either is constant.
PAPERLAB_MATH_EXPORT double pearson(const std::vector<double> &x, const std::vector<double> &y);

/// Shannon entropy in bits, -sum p log2 p, with 0 log 0 = 0 and non-positive entries
/// skipped. The probabilities are used as given (not renormalised).
PAPERLAB_MATH_EXPORT double entropyBits(const std::vector<double> &probabilities);

/// Entropy in bits of the distribution counts / sum(counts); 0 if the sum is not positive.
PAPERLAB_MATH_EXPORT double entropyBitsFromCounts(const std::vector<double> &counts);

/// numpy.histogram(values, bins, range=(lo, hi)) counts: bins equal-width bins with
/// numpy's edges (linspace), each [edge_i, edge_i+1) except the last, which is closed;
/// values outside [lo, hi] and NaNs are dropped. lo == hi widens the range to
/// [lo - 0.5, hi + 0.5] as numpy does. Empty result if bins < 1, lo > hi or a bound is not
/// finite.
PAPERLAB_MATH_EXPORT std::vector<int64_t> histogram(const std::vector<double> &values,
                                                    int bins, double lo, double hi);

/// numpy.percentile(values, q) with the default 'linear' method, q in percent [0, 100].
/// NaN if values is empty, contains NaN, or q is outside [0, 100].
PAPERLAB_MATH_EXPORT double percentile(const std::vector<double> &values, double q);

/// Upper tail P(X >= x) of the chi-square law with @p dof degrees of freedom, i.e. the
/// regularised upper incomplete gamma Q(dof / 2, x / 2) (series below a + 1, Lentz's
/// continued fraction above, as scipy.special.gammaincc): the p-value of a chi-square
/// goodness-of-fit statistic. 1 for x <= 0; NaN if dof < 1 or x is NaN.
PAPERLAB_MATH_EXPORT double chiSquareSurvival(double x, int dof);

/// Pearson's statistic sum (observed - expected)^2 / expected over bins with expected > 0;
/// NaN if the lengths differ.
PAPERLAB_MATH_EXPORT double chiSquareStatistic(const std::vector<double> &observed,
                                               const std::vector<double> &expected);

} // namespace paperlab::math
