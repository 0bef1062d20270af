// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "pathpolicy.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace paperlab::papers::rlvrlimits {

namespace {

double logAddExp(double a, double b)
{
    if (a == -std::numeric_limits<double>::infinity())
        return b;
    if (b == -std::numeric_limits<double>::infinity())
        return a;
    const double m = std::max(a, b);
    return m + std::log1p(std::exp(-std::abs(a - b)));
}

} // namespace

PathSpace::PathSpace(int vocab, int length) : m_vocab(vocab), m_length(length)
{
    if (vocab < 2 || length < 1)
        throw std::invalid_argument("PathSpace needs V >= 2 and L >= 1");
    m_pow.assign(size_t(length + 1), 1);
    for (int t = 1; t <= length; ++t)
        m_pow[size_t(t)] = m_pow[size_t(t - 1)] * vocab;
    m_paths = m_pow[size_t(length)];
    m_offset.assign(size_t(length + 1), 0);
    for (int t = 1; t <= length; ++t)
        m_offset[size_t(t)] = m_offset[size_t(t - 1)] + m_pow[size_t(t - 1)];
    m_nodes = m_offset[size_t(length)];
    m_tokens.resize(size_t(m_paths * length));
    m_nodeOf.resize(size_t(m_paths * length));
    for (int y = 0; y < m_paths; ++y) {
        for (int t = 0; t < length; ++t) {
            m_tokens[size_t(y * length + t)] = (y / m_pow[size_t(length - 1 - t)]) % vocab;
            m_nodeOf[size_t(y * length + t)] = m_offset[size_t(t)] + y / m_pow[size_t(length - t)];
        }
    }
}

TabularPolicy::TabularPolicy(std::shared_ptr<const PathSpace> space)
    : m_space(std::move(space)),
      m_logits(Eigen::MatrixXd::Zero(m_space->nodes(), m_space->vocab()))
{}

TabularPolicy TabularPolicy::fromLogWeights(std::shared_ptr<const PathSpace> space,
                                            const std::vector<double> &logWeights)
{
    const PathSpace &s = *space;
    if (int(logWeights.size()) != s.paths())
        throw std::invalid_argument("fromLogWeights: one weight per path expected");
    TabularPolicy policy(space);
    const int V = s.vocab();
    const int L = s.length();
    // logMass[t][prefix]: log of the total weight of the paths below a prefix of length t.
    std::vector<std::vector<double>> logMass(size_t(L + 1));
    logMass[size_t(L)] = logWeights;
    for (int t = L - 1; t >= 0; --t) {
        auto &cur = logMass[size_t(t)];
        const auto &child = logMass[size_t(t + 1)];
        cur.assign(size_t(s.prefixes(t)), -std::numeric_limits<double>::infinity());
        for (int p = 0; p < s.prefixes(t); ++p)
            for (int v = 0; v < V; ++v)
                cur[size_t(p)] = logAddExp(cur[size_t(p)], child[size_t(p * V + v)]);
    }
    for (int t = 0; t < L; ++t) {
        for (int p = 0; p < s.prefixes(t); ++p) {
            const double parent = logMass[size_t(t)][size_t(p)];
            for (int v = 0; v < V; ++v)
                policy.m_logits(s.nodeOffset(t) + p, v)
                    = logMass[size_t(t + 1)][size_t(p * V + v)] - parent;
        }
    }
    return policy;
}

Eigen::MatrixXd TabularPolicy::logConditionals() const
{
    Eigen::MatrixXd out = m_logits;
    for (Eigen::Index r = 0; r < out.rows(); ++r) {
        const double m = out.row(r).maxCoeff();
        const double lse = m + std::log((out.row(r).array() - m).exp().sum());
        out.row(r).array() -= lse;
    }
    return out;
}

Eigen::MatrixXd TabularPolicy::conditionals() const
{
    return logConditionals().array().exp().matrix();
}

std::vector<double> TabularPolicy::logPathProbabilities() const
{
    const PathSpace &s = *m_space;
    const Eigen::MatrixXd lc = logConditionals();
    // Depth by depth: log pi(prefix + v) = log pi(prefix) + log pi(v | prefix).
    std::vector<double> cur{0.0};
    for (int t = 0; t < s.length(); ++t) {
        std::vector<double> next(size_t(s.prefixes(t + 1)));
        for (int p = 0; p < s.prefixes(t); ++p)
            for (int v = 0; v < s.vocab(); ++v)
                next[size_t(p * s.vocab() + v)] = cur[size_t(p)] + lc(s.nodeOffset(t) + p, v);
        cur.swap(next);
    }
    return cur;
}

std::vector<double> TabularPolicy::pathProbabilities() const
{
    std::vector<double> p = logPathProbabilities();
    for (double &x : p)
        x = std::exp(x);
    return p;
}

int samplePath(const PathSpace &space, const Eigen::MatrixXd &conditionals, math::Rng &rng)
{
    int path = 0;
    int prefix = 0;
    const int V = space.vocab();
    for (int t = 0; t < space.length(); ++t) {
        const int node = space.nodeOffset(t) + prefix;
        const double u = rng.uniform();
        double acc = 0.0;
        int v = V - 1; // rounding: a u above the last partial sum picks the last token
        for (int w = 0; w < V; ++w) {
            acc += conditionals(node, w);
            if (u < acc) {
                v = w;
                break;
            }
        }
        // Never emit a token of zero probability through rounding.
        while (conditionals(node, v) <= 0.0 && v > 0)
            --v;
        prefix = prefix * V + v;
        path = prefix;
    }
    return path;
}

void addLogProbGradient(const PathSpace &space, const Eigen::MatrixXd &conditionals, int path,
                        double weight, Eigen::MatrixXd &grad)
{
    for (int t = 0; t < space.length(); ++t) {
        const int node = space.node(path, t);
        grad.row(node) -= weight * conditionals.row(node);
        grad(node, space.token(path, t)) += weight;
    }
}

double pathEntropy(const std::vector<double> &logProbabilities)
{
    double h = 0.0;
    for (double lp : logProbabilities) {
        if (std::isfinite(lp))
            h -= std::exp(lp) * lp;
    }
    return h;
}

PathSampler::PathSampler(const std::vector<double> &probabilities)
{
    m_cdf.resize(probabilities.size());
    double acc = 0.0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        acc += probabilities[i];
        m_cdf[i] = acc;
    }
    for (double &c : m_cdf)
        c /= acc;
}

int PathSampler::sample(math::Rng &rng) const
{
    const double u = rng.uniform();
    const auto it = std::upper_bound(m_cdf.begin(), m_cdf.end(), u);
    int i = int(it - m_cdf.begin());
    if (i >= int(m_cdf.size()))
        i = int(m_cdf.size()) - 1;
    // Skip zero-probability paths that a rounding tie could land on.
    while (i > 0 && m_cdf[size_t(i)] == m_cdf[size_t(i - 1)])
        --i;
    return i;
}

} // namespace paperlab::papers::rlvrlimits
