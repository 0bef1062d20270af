// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/rng.h>

#include <vector>

namespace paperlab::papers::gatedattention {

/// The Bigram-Backcopy task (Guo et al. 2024, arXiv 2410.13835; paper sheet §7.1).
struct TaskConfig
{
    int vocab = 20;          ///< token 0 is BOS, tokens 1..vocab-1 are normal tokens
    int seqLen = 32;         ///< tokens per sequence, BOS included
    int triggers = 3;        ///< k trigger tokens among the normal tokens
    double concentration = 0.3; ///< Dirichlet concentration of every bigram row
};

using Sequence = std::vector<int>;

/// One draw of the task: bigram rows and trigger set fixed per seed. After a trigger the next
/// token copies the token before the trigger (x_{i+1} = x_{i-1}); every other token follows
/// the bigram chain. x_1 is uniform over the non-trigger tokens, so a trigger always has a
/// non-trigger predecessor (and, by induction, two triggers never follow each other).
class BigramBackcopyTask
{
public:
    static constexpr int kBos = 0;

    BigramBackcopyTask(const TaskConfig &config, paperlab::math::Rng &rng);

    const TaskConfig &config() const { return m_config; }
    bool isTrigger(int token) const;
    const std::vector<int> &triggerTokens() const { return m_triggers; }
    /// Transition probabilities out of a normal token (vocab entries; BOS gets 0).
    const std::vector<double> &bigramRow(int token) const { return m_rows[size_t(token)]; }

    Sequence sample(paperlab::math::Rng &rng) const;
    std::vector<Sequence> sampleBatch(int count, paperlab::math::Rng &rng) const;

    /// True if tokens[i] is a trigger query that has a target (i >= 1 and i + 1 < length).
    bool isTriggerQuery(const Sequence &tokens, int i) const;

private:
    TaskConfig m_config;
    std::vector<int> m_triggers;
    std::vector<char> m_isTrigger;
    std::vector<std::vector<double>> m_rows;
};

} // namespace paperlab::papers::gatedattention
