// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <cstdint>
#include <vector>

namespace paperlab::math {

// The unbiased pass@k estimator of Chen et al. (2021, "Evaluating Large Language Models
// Trained on Code", eq. 1) and the exact pass@k of a known success probability, in forms that
// stay accurate for n up to several thousand. All functions are pure and thread-safe.

/// Unbiased estimate of pass@k for one problem from n samples of which c are correct:
/// 1 - C(n - c, k) / C(n, k), in the product form of the reference code (Chen et al.;
/// limit-of-RLVR math/pass@k.py::pass_at_k): 1 if n - c < k, else
/// 1 - prod_{i = n-c+1}^{n} (1 - k / i). Never forms a binomial coefficient.
/// NaN unless 0 <= c <= n and 1 <= k <= n. Cost O(c).
PAPERLAB_MATH_EXPORT double passAtK(int64_t n, int64_t c, int64_t k);

/// passAtK(n, c, k) for every k = 1..kMax at once (element k - 1), in O(kMax), from
/// C(n-c, k) / C(n, k) = prod_{j=0}^{k-1} (n - c - j) / (n - j). Agrees with passAtK to
/// about 1e-13 for n <= 4096. Empty unless 0 <= c <= n and 1 <= kMax <= n.
PAPERLAB_MATH_EXPORT std::vector<double> passAtKCurve(int64_t n, int64_t c, int64_t kMax);

/// Exact pass@k = 1 - (1 - p)^k of a problem that each independent sample solves with
/// probability p, as -expm1(k log1p(-p)): accurate for p as small as 1e-300 and any k >= 0.
/// NaN unless 0 <= p <= 1.
PAPERLAB_MATH_EXPORT double passAtKFromProbability(double p, double k);

/// The same from log(1 - p) (<= 0), for callers that know 1 - p more accurately than p,
/// i.e. when p is close to 1: -expm1(k * logFailure).
PAPERLAB_MATH_EXPORT double passAtKFromLogFailure(double logFailure, double k);

/// ln C(n, k) for 0 <= k <= n (NaN otherwise), from lgamma_r (thread-safe, unlike
/// std::lgamma, which writes the global signgam). Absolute error about 1e-15 * ln C.
PAPERLAB_MATH_EXPORT double logBinomial(int64_t n, int64_t k);

/// Mean and variance of the estimator passAtK(n, c, k) when c ~ Binomial(n, p), i.e. over
/// the randomness of drawing the n samples. The mean equals 1 - (1 - p)^k (the estimator is
/// unbiased); the variance gives the standard error of a pass@k estimate. O(n).
struct PassAtKMoments
{
    double mean = 0.0;
    double variance = 0.0;
};

/// NaN fields unless 1 <= k <= n and 0 <= p <= 1.
PAPERLAB_MATH_EXPORT PassAtKMoments passAtKEstimatorMoments(int64_t n, double p, int64_t k);

} // namespace paperlab::math
