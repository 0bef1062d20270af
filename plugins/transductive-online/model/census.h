// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// The census of every class on 2 to 4 points (the sheet's §8): LD and M_tr of each of the
// 2^(2^n) - 1 non-empty sets of functions. Both depend only on the set of functions, so one
// table per quantity over all sets serves every class at once.

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "game.h"

namespace paperlab::papers::transductiveonline {

class Census
{
public:
    explicit Census(int points); ///< 2 to 4; throws std::invalid_argument otherwise

    int points() const { return m_points; }
    std::uint32_t classes() const { return m_sets - 1; }
    /// Work in steps: 1 for LD, one per ordered sequence for its rank table, then the tally
    /// in chunks. Each step is a few milliseconds at most.
    int totalSteps() const;
    int stepsDone() const { return m_stepsDone; }
    bool finished() const { return m_stepsDone >= totalSteps(); }
    void step();

    /// (LD, M_tr) -> number of classes, over the classes tallied so far.
    const std::map<std::pair<int, int>, std::int64_t> &histogram() const { return m_histogram; }
    std::int64_t tallied() const { return m_tallied; }
    /// Classes where no full-length permutation attains M_tr (the sheet saw none on 4 points).
    std::int64_t shortBeatsFull() const { return m_shortBeatsFull; }
    /// Classes where no sequence of length <= 2^M_tr - 1 attains M_tr (Theorem C.2: none).
    std::int64_t theoremC2Violations() const { return m_c2Violations; }

    /// LD and M_tr of the set of functions `set` (bit f = function with mask f); finished only.
    int littlestone(std::uint32_t set) const { return m_ld[set]; }
    int transductiveValue(std::uint32_t set) const;

private:
    static constexpr std::uint32_t kTallyChunk = 8192;

    int m_points = 0;
    std::uint32_t m_sets = 0;                 ///< 2^(2^points)
    std::vector<std::uint32_t> m_onesOf;      ///< per point: the functions with f(x) = 1
    std::vector<Sequence> m_sequences;        ///< every ordered sequence, shortest first
    std::vector<int> m_tailIndex;             ///< index of each sequence without its head
    std::vector<std::vector<std::int8_t>> m_rank; ///< per sequence: rank of every set
    std::vector<std::int8_t> m_ld;
    int m_stepsDone = 0;
    std::uint32_t m_nextSet = 1;
    std::map<std::pair<int, int>, std::int64_t> m_histogram;
    std::int64_t m_tallied = 0, m_shortBeatsFull = 0, m_c2Violations = 0;
};

/// A random search on 2 to 6 points (the sheet's §8, "observed but not robust"): uniformly
/// random non-empty classes (each of the 2^(2^n) functions in or out with probability 1/2),
/// each solved exactly. What it finds depends on the sampling and the seed: exploration, not
/// a result of the paper, and never asserted beyond the exact invariants.
class RandomCensus
{
public:
    /// Throws std::invalid_argument outside 2 to 6 points or 1 to 10^6 samples.
    RandomCensus(int points, int samples, std::uint64_t seed);

    int points() const { return m_points; }
    int samples() const { return m_samples; }
    std::uint64_t seed() const { return m_seed; }
    /// One step solves a chunk of classes: a few milliseconds to ~100 ms on 6 points.
    int totalSteps() const { return (m_samples + chunk() - 1) / chunk(); }
    int stepsDone() const { return m_stepsDone; }
    bool finished() const { return m_tallied >= m_samples; }
    void step();

    const std::map<std::pair<int, int>, std::int64_t> &histogram() const { return m_histogram; }
    int tallied() const { return m_tallied; }
    /// The masks of sample i (deterministic in the seed and i alone).
    std::vector<unsigned> sampleMasks(int i) const;
    /// The first sampled class with the largest gap LD - M_tr seen so far (empty if none).
    const std::vector<unsigned> &widestGapMasks() const { return m_widestMasks; }
    int widestGap() const { return m_widestGap; }

private:
    int chunk() const { return m_points <= 4 ? 2000 : m_points == 5 ? 200 : 40; }

    int m_points = 0;
    int m_samples = 0;
    std::uint64_t m_seed = 0;
    int m_stepsDone = 0;
    int m_tallied = 0;
    std::map<std::pair<int, int>, std::int64_t> m_histogram;
    std::vector<unsigned> m_widestMasks;
    int m_widestGap = -1;
};

} // namespace paperlab::papers::transductiveonline
