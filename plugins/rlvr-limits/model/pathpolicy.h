// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/rng.h>

#include <Eigen/Core>

#include <memory>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// The space of "reasoning paths": every sequence of L tokens from V symbols (paper sheet §7.1).
/// Path y is numbered 0..V^L-1 with token t its base-V digit, most significant first, so the
/// paths that share a prefix are contiguous. The prefix tree has 1 + V + ... + V^(L-1)
/// internal nodes; node(y, t) is the prefix y_<t, where the policy chooses token t.
class PathSpace
{
public:
    PathSpace(int vocab, int length);

    int vocab() const { return m_vocab; }
    int length() const { return m_length; }
    int paths() const { return m_paths; }
    int nodes() const { return m_nodes; }
    /// V^t: the number of prefixes of length t.
    int prefixes(int depth) const { return m_pow[size_t(depth)]; }
    /// Index of the first node at depth t (prefixes of length t).
    int nodeOffset(int depth) const { return m_offset[size_t(depth)]; }
    int token(int path, int t) const { return m_tokens[size_t(path * m_length + t)]; }
    int node(int path, int t) const { return m_nodeOf[size_t(path * m_length + t)]; }
    /// The prefix of length `depth` of `path`, as an index among the V^depth prefixes.
    int prefix(int path, int depth) const { return path / m_pow[size_t(m_length - depth)]; }
    /// True for the "out-of-prior" strategies: paths whose first token is V - 1.
    bool outOfPrior(int path) const { return token(path, 0) == m_vocab - 1; }

private:
    int m_vocab;
    int m_length;
    int m_paths;
    int m_nodes;
    std::vector<int> m_pow;
    std::vector<int> m_offset;
    std::vector<int> m_tokens;
    std::vector<int> m_nodeOf;
};

/// An autoregressive tabular softmax policy: logits theta[node][v], one row per prefix.
/// It can represent every distribution over the V^L paths. Copyable (checkpoints are copies).
class TabularPolicy
{
public:
    /// Uniform policy (all logits 0).
    explicit TabularPolicy(std::shared_ptr<const PathSpace> space);

    /// The policy whose path distribution is exactly exp(logWeights) / sum(exp(logWeights)):
    /// theta[prefix][v] = log(mass below prefix+v) - log(mass below prefix), computed in log
    /// space so that weights of 1e-12 and below survive (sheet §7.1, "factorise exactly").
    static TabularPolicy fromLogWeights(std::shared_ptr<const PathSpace> space,
                                        const std::vector<double> &logWeights);

    const PathSpace &space() const { return *m_space; }
    const std::shared_ptr<const PathSpace> &spacePtr() const { return m_space; }
    Eigen::MatrixXd &logits() { return m_logits; }
    const Eigen::MatrixXd &logits() const { return m_logits; }

    /// softmax of every row: pi(v | node), nodes x V.
    Eigen::MatrixXd conditionals() const;
    /// log softmax of every row.
    Eigen::MatrixXd logConditionals() const;
    /// log pi(y) for every path: the sum of L log-softmax entries.
    std::vector<double> logPathProbabilities() const;
    /// pi(y) for every path (sums to 1 up to rounding).
    std::vector<double> pathProbabilities() const;

private:
    std::shared_ptr<const PathSpace> m_space;
    Eigen::MatrixXd m_logits;
};

/// Draws one path token by token from the conditionals (one uniform per token).
int samplePath(const PathSpace &space, const Eigen::MatrixXd &conditionals, math::Rng &rng);

/// Adds weight * d log pi(path) / d theta to `grad` (nodes x V). For a tabular softmax this
/// is (one-hot(y_t) - pi(. | y_<t)) on each of the L visited rows and zero elsewhere.
void addLogProbGradient(const PathSpace &space, const Eigen::MatrixXd &conditionals, int path,
                        double weight, Eigen::MatrixXd &grad);

/// Shannon entropy of a distribution over paths given its log-probabilities, in nats.
double pathEntropy(const std::vector<double> &logProbabilities);

/// Inverse-CDF sampler over a fixed discrete distribution (the teacher, or a policy being
/// evaluated): O(log P) per draw by binary search.
class PathSampler
{
public:
    explicit PathSampler(const std::vector<double> &probabilities);
    int sample(math::Rng &rng) const;

private:
    std::vector<double> m_cdf;
};

} // namespace paperlab::papers::rlvrlimits
