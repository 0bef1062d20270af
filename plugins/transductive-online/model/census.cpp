// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "census.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace paperlab::papers::transductiveonline {

Census::Census(int points) : m_points(points)
{
    if (points < 2 || points > 4)
        throw std::invalid_argument("the census covers 2 to 4 points");
    const unsigned functions = 1u << points;
    m_sets = std::uint32_t(1) << functions;
    m_onesOf.assign(size_t(points), 0);
    for (unsigned f = 0; f < functions; ++f)
        for (int x = 0; x < points; ++x)
            if (f >> x & 1u)
                m_onesOf[size_t(x)] |= 1u << f;
    m_sequences = orderedSequences(points, false);
    std::stable_sort(m_sequences.begin(), m_sequences.end(),
                     [](const Sequence &a, const Sequence &b) { return a.size() < b.size(); });
    m_tailIndex.assign(m_sequences.size(), -1);
    for (size_t i = 1; i < m_sequences.size(); ++i) {
        const Sequence tail(m_sequences[i].begin() + 1, m_sequences[i].end());
        m_tailIndex[i] = int(std::find(m_sequences.begin(), m_sequences.end(), tail)
                             - m_sequences.begin());
    }
    m_rank.resize(m_sequences.size());
}

int Census::totalSteps() const
{
    return 1 + int(m_sequences.size()) + int((m_sets - 1 + kTallyChunk - 1) / kTallyChunk);
}

void Census::step()
{
    if (finished())
        return;
    const int sequences = int(m_sequences.size());
    if (m_stepsDone == 0) {
        // A proper subset of a set is a smaller number, so one increasing pass suffices.
        m_ld.assign(m_sets, 0);
        m_ld[0] = -1;
        for (std::uint32_t v = 1; v < m_sets; ++v) {
            int best = 0;
            for (int x = 0; x < m_points; ++x) {
                const std::uint32_t one = v & m_onesOf[size_t(x)], zero = v & ~one;
                if (one && zero)
                    best = std::max(best, 1 + std::min(int(m_ld[one]), int(m_ld[zero])));
            }
            m_ld[v] = std::int8_t(best);
        }
    } else if (m_stepsDone <= sequences) {
        // Rank of a sequence from the rank of its tail (sheet §7.1), for every set at once.
        const size_t i = size_t(m_stepsDone - 1);
        std::vector<std::int8_t> &rank = m_rank[i];
        rank.assign(m_sets, 0);
        if (i > 0) {
            const std::vector<std::int8_t> &tail = m_rank[size_t(m_tailIndex[i])];
            const std::uint32_t ones = m_onesOf[size_t(m_sequences[i].front())];
            for (std::uint32_t v = 1; v < m_sets; ++v) {
                const std::uint32_t one = v & ones, zero = v & ~ones;
                if (!one || !zero) {
                    rank[v] = tail[v];
                } else {
                    const int a = tail[zero], b = tail[one];
                    rank[v] = std::int8_t(a == b ? a + 1 : std::max(a, b));
                }
            }
        }
    } else {
        const std::uint32_t last = std::min(m_sets, m_nextSet + kTallyChunk);
        for (std::uint32_t v = m_nextSet; v < last; ++v) {
            int best = 0, bestFull = 0;
            size_t shortest = size_t(m_points) + 1;
            for (size_t i = 0; i < m_sequences.size(); ++i) {
                const int r = m_rank[i][v];
                if (r > best) {
                    best = r;
                    shortest = m_sequences[i].size();
                }
                if (m_sequences[i].size() == size_t(m_points))
                    bestFull = std::max(bestFull, r);
            }
            if (best == 0)
                shortest = 0;
            ++m_histogram[{int(m_ld[v]), best}];
            ++m_tallied;
            if (bestFull < best)
                ++m_shortBeatsFull;
            if (shortest > (size_t(1) << best) - 1)
                ++m_c2Violations;
        }
        m_nextSet = last;
    }
    ++m_stepsDone;
}

int Census::transductiveValue(std::uint32_t set) const
{
    int best = 0;
    for (const auto &rank : m_rank)
        best = std::max(best, int(rank[set]));
    return best;
}

RandomCensus::RandomCensus(int points, int samples, std::uint64_t seed)
    : m_points(points), m_samples(samples), m_seed(seed)
{
    // 6 points: 64 functions, the most a HypothesisClass holds.
    if (points < 2 || points > 6)
        throw std::invalid_argument("the random search covers 2 to 6 points");
    if (samples < 1 || samples > 1000000)
        throw std::invalid_argument("the random search takes 1 to 10^6 samples");
}

std::vector<unsigned> RandomCensus::sampleMasks(int i) const
{
    // Its own stream per sample: the classes do not depend on how the work is chunked. An
    // empty draw is drawn again (the uniform distribution over non-empty classes).
    paperlab::math::Rng rng = paperlab::math::Rng(m_seed).split(std::uint64_t(i));
    const unsigned functions = 1u << m_points;
    std::vector<unsigned> masks;
    while (masks.empty()) {
        for (unsigned f = 0; f < functions; ++f) {
            if (rng.nextU64() >> 63)
                masks.push_back(f);
        }
    }
    return masks;
}

void RandomCensus::step()
{
    const int last = std::min(m_samples, m_tallied + chunk());
    for (int i = m_tallied; i < last; ++i) {
        std::vector<unsigned> masks = sampleMasks(i);
        const HypothesisClass c(m_points, masks);
        const int ld = c.littlestone(), mtr = c.transductiveValue();
        ++m_histogram[{ld, mtr}];
        if (ld - mtr > m_widestGap) {
            m_widestGap = ld - mtr;
            m_widestMasks = std::move(masks);
        }
    }
    m_tallied = last;
    ++m_stepsDone;
}

} // namespace paperlab::papers::transductiveonline
