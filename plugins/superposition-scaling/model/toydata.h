// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <vector>

namespace paperlab::math {
class Rng;
}

namespace paperlab::papers::superpositionscaling {

/// How the feature frequencies p_i fall with the frequency rank i = 1..n.
/// arXiv 2505.10465 §2 uses the power law; App. B.1 (exp-17.py) adds the other three.
enum class FrequencyLaw {
    Power,       ///< p_i ∝ i^(-alpha)
    Exponential, ///< p_i ∝ exp(-i / 400)
    Linear,      ///< p_i ∝ n - i (so the last feature never fires)
    Flat,        ///< p_i = E / n
};

/// The frequencies p_1..p_n (0-based vector), normalised so that sum_i p_i = density (the
/// activation density E of §2; exp-10.py: prob = prob / prob.sum()). A probability above 1
/// is capped at 1, which only happens for a very large E on a skewed law; then the sum is
/// below E (see effectiveDensity()). Empty for n < 1.
std::vector<double> featureProbabilities(int n, FrequencyLaw law, double alpha, double density);

/// Sum of the probabilities: E, unless capping made it smaller.
double effectiveDensity(const std::vector<double> &probabilities);

/// One batch of x_i = u_i v_i (§2) in sparse form: only the active entries are stored, one
/// sample after another (CSR by sample). Sample s owns entries rowStart[s] .. rowStart[s+1]-1.
struct SparseBatch
{
    int batch = 0;
    int features = 0;
    std::vector<int> rowStart;   ///< batch + 1 offsets
    std::vector<int> feature;    ///< feature index of each active entry
    std::vector<double> value;   ///< v ~ U(0, 2) of each active entry

    int nonZeros() const { return static_cast<int>(feature.size()); }
    /// The batch as a dense batch x features matrix (rows are samples).
    Eigen::MatrixXd toDense() const;
};

/// Draws sparse batches by geometric skipping (paper sheet §7.1): for feature i the gap to
/// the next active sample is Geometric(p_i), so a batch costs O(n + active entries) random
/// draws instead of the B n of the authors' dense (rand(B, n) < prob) * rand(B, n) * 2.
/// The distribution is the same: every entry is active independently with probability p_i,
/// and an active entry's value is 2U with U ~ U(0, 1).
class SparseSampler
{
public:
    explicit SparseSampler(std::vector<double> probabilities);

    /// Overwrites @p out with a fresh batch of @p batch samples drawn from @p rng.
    /// Not thread-safe (it reuses scratch buffers): one sampler per training run.
    void sample(int batch, math::Rng &rng, SparseBatch &out);

    const std::vector<double> &probabilities() const { return m_p; }

private:
    std::vector<double> m_p;
    std::vector<int> m_sampleOf;  // scratch: feature-major draws before bucketing
    std::vector<int> m_featureOf;
    std::vector<double> m_valueOf;
    std::vector<int> m_next;
};

/// The straightforward dense sampler, as in exp-10.py: every one of the batch x n entries
/// draws its Bernoulli mask and its value. Reference for tests and the benchmark.
Eigen::MatrixXd sampleDense(const std::vector<double> &probabilities, int batch,
                            math::Rng &rng);

/// Paper's Eq. 4 (§3.1): the loss when the first @p represented features are represented
/// perfectly and every other feature is replaced by its optimal bias <x_i>:
///     L = sum_{i > k} (<v^2> p_i - <v>^2 p_i^2) = sum_{i > k} (4/3 p_i - p_i^2),
/// with <v> = 1 and <v^2> = 4/3 for v ~ U(0, 2). @p represented is clamped to [0, n].
double eq4Loss(const std::vector<double> &probabilities, int represented);

/// The leading-order form of Eq. 4, (4/3) sum_{i > k} p_i, drawn as the "ideal weak
/// superposition" curve with k = m (paper sheet §8, "not robust": shown, not asserted).
double eq4LeadingOrder(const std::vector<double> &probabilities, int represented);

} // namespace paperlab::papers::superpositionscaling
