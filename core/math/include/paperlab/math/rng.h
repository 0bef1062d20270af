// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace paperlab::math {

/// Seeded random-number generator whose sequence is the same with every standard library.
///
/// The engine is xoshiro256** seeded through SplitMix64 (Blackman and Vigna). Every
/// distribution is implemented here because std::*_distribution is implementation-defined.
/// A given seed therefore yields the same integers everywhere; floating-point draws may
/// differ in the last bits only where std::log/std::sqrt differ between C libraries.
///
/// Threading: an Rng is not thread-safe. Give each run or thread its own stream with
/// split(), e.g. run i of a sweep uses master.split(i).
class PAPERLAB_MATH_EXPORT Rng
{
public:
    /// Creates the stream for @p seed.
    explicit Rng(uint64_t seed);

    /// An independent stream derived from the constructor seed and @p streamIndex only, so it
    /// does not depend on how many numbers this generator has already produced. Different
    /// indices give different streams; the same index always gives the same stream.
    Rng split(uint64_t streamIndex) const;

    /// The seed this stream was created from (for split streams, the derived seed).
    uint64_t seed() const { return m_seed; }

    /// Next raw 64-bit output.
    uint64_t nextU64();

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform();

    /// Uniform double in [a, b).
    double uniform(double a, double b);

    /// Standard normal N(0, 1), Marsaglia polar method (draws are produced in pairs; the
    /// second is cached and returned by the next call).
    double normal();

    /// True with probability @p p (false for p <= 0, true for p >= 1).
    bool bernoulli(double p);

    /// Index i drawn with probability weights[i] / sum(weights). Weights must be finite and
    /// non-negative with a positive sum; otherwise returns -1.
    int categorical(const std::vector<double> &weights);

    /// Gamma(shape, scale 1) by Marsaglia and Tsang (2000); for shape < 1 uses
    /// Gamma(shape + 1) * U^(1/shape). Returns NaN for shape <= 0.
    double gamma(double shape);

    /// Dirichlet(alpha) sample (non-negative, sums to 1), from normalised Gamma draws.
    /// All alpha must be > 0; otherwise returns an empty vector. If every Gamma draw
    /// underflows to 0 (only for tiny alpha), returns the vertex chosen with probability
    /// proportional to alpha, which is the small-alpha limit of the distribution.
    std::vector<double> dirichlet(const std::vector<double> &alpha);

    /// Uniformly distributed unit vector in R^dim (normalised Gaussian); empty for dim <= 0.
    Eigen::VectorXd unitVector(int dim);

    /// rows x cols matrix of i.i.d. N(0, stddev^2) entries, filled in column-major order.
    Eigen::MatrixXd normalMatrix(int rows, int cols, double stddev);

    /// Number of failures before the next success in Bernoulli(p) trials, i.e. a
    /// Geometric(p) draw on {0, 1, ...} with mean (1 - p) / p, by inversion. Use it to visit
    /// only the successes of a sparse Bernoulli mask: skip, set, skip, ... Returns 0 for
    /// p >= 1 and INT_MAX for p <= 0 (and saturates at INT_MAX).
    int geometricSkip(double p);

    /// Unbiased integer in [0, n) by rejection (no modulo bias); returns 0 for n == 0.
    uint64_t below(uint64_t n);

private:
    uint64_t m_seed;
    std::array<uint64_t, 4> m_state;
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace paperlab::math
