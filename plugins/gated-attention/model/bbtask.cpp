// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "bbtask.h"

#include <algorithm>
#include <numeric>

namespace paperlab::papers::gatedattention {

BigramBackcopyTask::BigramBackcopyTask(const TaskConfig &config, paperlab::math::Rng &rng)
    : m_config(config), m_isTrigger(size_t(config.vocab), 0), m_rows(size_t(config.vocab))
{
    const int normal = config.vocab - 1;
    // Triggers: a uniformly random k-subset of the normal tokens (partial Fisher-Yates).
    std::vector<int> pool(static_cast<size_t>(normal));
    std::iota(pool.begin(), pool.end(), 1);
    for (int i = 0; i < config.triggers && i < normal; ++i) {
        const int j = i + int(rng.below(uint64_t(normal - i)));
        std::swap(pool[size_t(i)], pool[size_t(j)]);
        m_triggers.push_back(pool[size_t(i)]);
        m_isTrigger[size_t(pool[size_t(i)])] = 1;
    }
    std::sort(m_triggers.begin(), m_triggers.end());
    const std::vector<double> alpha(size_t(normal), config.concentration);
    m_rows[kBos].assign(size_t(config.vocab), 0.0);
    for (int t = 1; t < config.vocab; ++t) {
        const std::vector<double> row = rng.dirichlet(alpha);
        m_rows[size_t(t)].assign(size_t(config.vocab), 0.0);
        std::copy(row.begin(), row.end(), m_rows[size_t(t)].begin() + 1);
    }
}

bool BigramBackcopyTask::isTrigger(int token) const
{
    return token > 0 && token < m_config.vocab && m_isTrigger[size_t(token)];
}

Sequence BigramBackcopyTask::sample(paperlab::math::Rng &rng) const
{
    Sequence s(size_t(m_config.seqLen), kBos);
    if (m_config.seqLen < 2)
        return s;
    std::vector<double> firstWeights(size_t(m_config.vocab), 0.0);
    for (int t = 1; t < m_config.vocab; ++t)
        firstWeights[size_t(t)] = isTrigger(t) ? 0.0 : 1.0;
    s[1] = rng.categorical(firstWeights);
    for (int i = 2; i < m_config.seqLen; ++i) {
        const int current = s[size_t(i - 1)];
        s[size_t(i)] = isTrigger(current) ? s[size_t(i - 2)]
                                          : rng.categorical(m_rows[size_t(current)]);
    }
    return s;
}

std::vector<Sequence> BigramBackcopyTask::sampleBatch(int count, paperlab::math::Rng &rng) const
{
    std::vector<Sequence> batch;
    batch.reserve(size_t(count));
    for (int b = 0; b < count; ++b)
        batch.push_back(sample(rng));
    return batch;
}

bool BigramBackcopyTask::isTriggerQuery(const Sequence &tokens, int i) const
{
    return i >= 1 && i + 1 < int(tokens.size()) && isTrigger(tokens[size_t(i)]);
}

} // namespace paperlab::papers::gatedattention
