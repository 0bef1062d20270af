// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pathpolicy.h"
#include "world.h"

#include <paperlab/math/rng.h>

#include <cstdint>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// Exact per-problem success probabilities p_j = sum_{y in C_j} pi(y) of one policy on the
/// problems first..first+count-1, with log(1 - p_j) computed from the complement sum when
/// p_j > 0.99, so that pass@k = 1 - (1 - p_j)^k stays accurate at both ends.
struct SolveProbabilities
{
    std::vector<double> p;
    std::vector<double> logFailure;
};

SolveProbabilities solveProbabilities(const World &world, const std::vector<double> &pathProbs,
                                      int first, int count);

/// Exact pass@k averaged over the problems: (1/J) sum_j [1 - (1 - p_j)^k] (sheet §7.1).
double exactPassAtK(const SolveProbabilities &s, double k);

/// exactPassAtK for k = 1..kMax (element k - 1).
std::vector<double> exactPassCurve(const SolveProbabilities &s, int kMax);

/// Problems solvable by each model, where "solvable" means pass@k >= threshold
/// (sheet §7.1: pass@256 >= 0.5), tabulated as in the paper's coverage table (v5 Table 2).
struct Coverage
{
    int both = 0;
    int baseOnly = 0;
    int rlOnly = 0;
    int neither = 0;
    int total() const { return both + baseOnly + rlOnly + neither; }
};

Coverage coverage(const SolveProbabilities &base, const SolveProbabilities &rl, double k,
                  double threshold = 0.5);

/// The crossover k*: the first k (1-based) at which pass@k of the base model reaches that of
/// the RL model; 0 if it never does within the curves.
int crossoverK(const std::vector<double> &baseCurve, const std::vector<double> &rlCurve);

/// Perplexity under a reference model of samples from model X, as an exact expectation over
/// all paths: exp( sum_y pi_X(y) (-log pi_ref(y)) / L ) (arXiv 2504.13837 §4.1, sheet §7.1).
double perplexityUnder(const std::vector<double> &pathProbsX,
                       const std::vector<double> &logProbsRef, int length);

/// Probability mass on the out-of-prior strategies (first token V - 1).
double outOfPriorMass(const PathSpace &space, const std::vector<double> &pathProbs);

/// Histogram of `values` with weights, bins equal-width bins over [lo, hi] with numpy's edge
/// rule (last bin closed); values outside are dropped.
std::vector<double> weightedHistogram(const std::vector<double> &values,
                                      const std::vector<double> &weights, int bins, double lo,
                                      double hi);

/// The path tree as an icicle chart: L rows (depth 1..L) by V^L columns, row-major; cell
/// (t, y) holds log10 of the mass of the length-(t+1) prefix of path y, floored at `floor`.
std::vector<double> prefixMassGrid(const PathSpace &space, const std::vector<double> &pathProbs,
                                   double floor = -12.0);

/// Correct counts c_j from n real samples per problem (drawn from the policy's path
/// distribution) on problems first..first+count-1, for the unbiased estimator.
struct SampledCounts
{
    int n = 0;
    std::vector<int64_t> correct;
};

SampledCounts sampleCounts(const World &world, const std::vector<double> &pathProbs, int first,
                           int count, int n, math::Rng &rng);

/// Unbiased estimator (Chen et al.; arXiv 2504.13837 eq. 2) averaged over the problems, for
/// k = 1..kMax (kMax <= n).
std::vector<double> estimatorCurve(const SampledCounts &counts, int kMax);

/// The estimator at one k against the exact value, with the exact standard error of the
/// estimate over the sampling of the n draws per problem: sqrt(sum_j Var_j) / J.
struct EstimatorCheck
{
    int k = 0;
    double estimate = 0.0;
    double exact = 0.0;
    double se = 0.0;
    double z = 0.0; ///< (estimate - exact) / se; 0 when se is 0
};

EstimatorCheck checkEstimator(const SampledCounts &counts, const SolveProbabilities &exact, int k);

} // namespace paperlab::papers::rlvrlimits
