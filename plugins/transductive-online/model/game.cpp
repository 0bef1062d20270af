// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "game.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <bit>
#include <numeric>
#include <stdexcept>

namespace paperlab::papers::transductiveonline {

namespace {

int popcount(VersionSpace v) { return std::popcount(v); }

// Rank of a node whose two subtrees have ranks a and b (Ben-David, Kushilevitz and Mansour
// 1997; the sheet's §7.1): equal subtrees add one, unequal ones keep the larger.
int combineRanks(int a, int b) { return a == b ? a + 1 : std::max(a, b); }

} // namespace

const char *learnerName(Learner learner)
{
    switch (learner) {
    case Learner::Soa: return "SOA";
    case Learner::Halving: return "Halving";
    case Learner::Rank: return "Rank learner";
    }
    return "";
}

HypothesisClass::HypothesisClass(int points, std::vector<unsigned> masks)
    : m_points(points), m_masks(std::move(masks))
{
    if (points < 1 || points > kMaxPoints)
        throw std::invalid_argument("a class needs 1 to 8 points, not " + std::to_string(points));
    if (m_masks.empty())
        throw std::invalid_argument("a class needs at least one hypothesis");
    if (m_masks.size() > size_t(kMaxHypotheses))
        throw std::invalid_argument("a class has at most 64 hypotheses, not "
                                    + std::to_string(m_masks.size()));
    std::vector<unsigned> sorted = m_masks;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        throw std::invalid_argument("the hypothesis masks must be distinct");
    m_ones.assign(size_t(points), 0);
    for (size_t h = 0; h < m_masks.size(); ++h) {
        if (m_masks[h] >> points)
            throw std::invalid_argument("mask " + std::to_string(m_masks[h])
                                        + " has a bit beyond point " + std::to_string(points - 1));
        for (int x = 0; x < points; ++x)
            if (m_masks[h] >> x & 1u)
                m_ones[size_t(x)] |= VersionSpace(1) << h;
    }
    m_all = m_masks.size() == 64 ? ~VersionSpace(0) : (VersionSpace(1) << m_masks.size()) - 1;
}

int HypothesisClass::littlestone(VersionSpace v) const
{
    if (v == 0)
        return -1;
    if ((v & (v - 1)) == 0)
        return 0;
    if (const auto it = m_ldMemo.find(v); it != m_ldMemo.end())
        return it->second;
    int best = 0;
    for (int x = 0; x < m_points; ++x) {
        const VersionSpace zero = restrict(v, x, 0), one = restrict(v, x, 1);
        if (zero == 0 || one == 0)
            continue;
        best = std::max(best, 1 + std::min(littlestone(zero), littlestone(one)));
    }
    m_ldMemo.emplace(v, best);
    return best;
}

int HypothesisClass::rank(VersionSpace v, const Sequence &seq, size_t t) const
{
    // A single hypothesis (or none) leaves nothing to force.
    for (; t < seq.size() && (v & (v - 1)) != 0; ++t) {
        const VersionSpace zero = restrict(v, seq[t], 0), one = restrict(v, seq[t], 1);
        if (zero == 0 || one == 0)
            continue;
        return combineRanks(rank(zero, seq, t + 1), rank(one, seq, t + 1));
    }
    return 0;
}

int HypothesisClass::predict(Learner learner, VersionSpace v, const Sequence &seq,
                             size_t t) const
{
    const VersionSpace zero = restrict(v, seq[t], 0), one = restrict(v, seq[t], 1);
    switch (learner) {
    case Learner::Soa: return littlestone(one) > littlestone(zero) ? 1 : 0;
    case Learner::Halving: return popcount(one) > popcount(zero) ? 1 : 0;
    case Learner::Rank: {
        // An empty side can never be the truth; -1 keeps the learner off it.
        const int r0 = zero ? rank(zero, seq, t + 1) : -1;
        const int r1 = one ? rank(one, seq, t + 1) : -1;
        return r1 > r0 ? 1 : 0;
    }
    }
    return 0;
}

int HypothesisClass::worstCase(Learner learner, VersionSpace v, const Sequence &seq,
                               size_t t) const
{
    if (t >= seq.size() || v == 0)
        return 0;
    const int guess = predict(learner, v, seq, t);
    int worst = 0;
    for (int y = 0; y < 2; ++y) {
        const VersionSpace next = restrict(v, seq[t], y);
        if (next != 0)
            worst = std::max(worst, int(y != guess) + worstCase(learner, next, seq, t + 1));
    }
    return worst;
}

int HypothesisClass::worstCase(Learner learner, const Sequence &seq) const
{
    return worstCase(learner, m_all, seq, 0);
}

int HypothesisClass::transductiveValue(Sequence *worst) const
{
    // M_tr <= LD (the learner may ignore the sequence and run SOA), so stop once it is hit.
    const int ceiling = littlestone();
    int best = -1;
    Sequence bestSequence;
    for (const Sequence &seq : orderedSequences(m_points, false)) {
        const int r = rank(seq);
        if (r > best || (r == best && seq.size() < bestSequence.size())) {
            best = r;
            bestSequence = seq;
        }
        if (best == ceiling && bestSequence.size() <= size_t(ceiling))
            break;
    }
    if (worst)
        *worst = bestSequence;
    return best;
}

std::vector<AdversaryRound> HypothesisClass::playAlgorithm1(Learner learner,
                                                            const Sequence &seq,
                                                            double epsilon) const
{
    if (!(epsilon > 0.0 && epsilon <= 0.5))
        throw std::invalid_argument("epsilon must lie in (0, 1/2]");
    std::vector<AdversaryRound> rounds;
    VersionSpace v = m_all;
    for (size_t t = 0; t < seq.size(); ++t) {
        AdversaryRound round;
        round.point = seq[t];
        round.sizeBefore = popcount(v);
        const VersionSpace one = restrict(v, seq[t], 1);
        round.ratio = double(popcount(one)) / double(round.sizeBefore);
        round.prediction = predict(learner, v, seq, t);
        round.forced = round.ratio >= epsilon && round.ratio <= 1.0 - epsilon;
        round.label = round.forced ? 1 - round.prediction : (round.ratio >= 0.5 ? 1 : 0);
        round.mistake = round.label != round.prediction;
        v = restrict(v, seq[t], round.label);
        round.sizeAfter = popcount(v);
        rounds.push_back(round);
    }
    return rounds;
}

void HypothesisClass::littlestoneTree(VersionSpace v, int depth, int edge,
                                      std::vector<TreeNode> &out) const
{
    TreeNode node{depth, edge, -1, v, littlestone(v)};
    int question = -1;
    if (node.value > 0) {
        for (int x = 0; x < m_points && question < 0; ++x) {
            const VersionSpace zero = restrict(v, x, 0), one = restrict(v, x, 1);
            if (zero && one && 1 + std::min(littlestone(zero), littlestone(one)) == node.value)
                question = x;
        }
    }
    node.point = question;
    out.push_back(node);
    if (question >= 0)
        for (int y = 0; y < 2; ++y)
            littlestoneTree(restrict(v, question, y), depth + 1, y, out);
}

std::vector<TreeNode> HypothesisClass::littlestoneTree() const
{
    std::vector<TreeNode> out;
    littlestoneTree(m_all, 0, -1, out);
    return out;
}

void HypothesisClass::labellingTree(VersionSpace v, const Sequence &seq, size_t t, int depth,
                                    int edge, std::vector<TreeNode> &out) const
{
    // Points that do not split v are answered for free and leave no node.
    while (t < seq.size() && (restrict(v, seq[t], 0) == 0 || restrict(v, seq[t], 1) == 0))
        ++t;
    TreeNode node{depth, edge, t < seq.size() ? seq[t] : -1, v, rank(v, seq, t)};
    out.push_back(node);
    if (node.point >= 0)
        for (int y = 0; y < 2; ++y)
            labellingTree(restrict(v, seq[t], y), seq, t + 1, depth + 1, y, out);
}

std::vector<TreeNode> HypothesisClass::labellingTree(const Sequence &seq) const
{
    std::vector<TreeNode> out;
    labellingTree(m_all, seq, 0, 0, -1, out);
    return out;
}

std::vector<Sequence> orderedSequences(int points, bool fullLengthOnly)
{
    std::vector<Sequence> out;
    Sequence current;
    std::vector<bool> used(size_t(points), false);
    // Depth-first, shorter prefixes first: the empty sequence, (0), (0, 1), ...
    auto visit = [&](auto &&self) -> void {
        if (!fullLengthOnly || int(current.size()) == points)
            out.push_back(current);
        for (int x = 0; x < points; ++x) {
            if (used[size_t(x)])
                continue;
            used[size_t(x)] = true;
            current.push_back(x);
            self(self);
            current.pop_back();
            used[size_t(x)] = false;
        }
    };
    visit(visit);
    return out;
}

std::string formatSequence(const Sequence &seq)
{
    std::string s = "(";
    for (size_t i = 0; i < seq.size(); ++i)
        s += (i ? ", " : "") + std::to_string(seq[i]);
    return s + ")";
}

std::string formatHypothesis(unsigned mask, int points)
{
    std::string s;
    for (int x = 0; x < points; ++x)
        s += (mask >> x & 1u) ? '1' : '0';
    return s;
}

HypothesisClass allFunctions(int points)
{
    if (points < 1 || points > 6)
        throw std::invalid_argument("all functions: 1 to 6 points");
    std::vector<unsigned> masks(size_t(1) << points);
    std::iota(masks.begin(), masks.end(), 0u);
    return HypothesisClass(points, masks);
}

HypothesisClass thresholds(int n)
{
    std::vector<unsigned> masks;
    for (int k = 0; k <= n; ++k) {
        unsigned mask = 0;
        for (int x = k; x < n; ++x)
            mask |= 1u << x;
        masks.push_back(mask);
    }
    return HypothesisClass(n, masks);
}

HypothesisClass minimalTree(int levels)
{
    if (levels < 1 || levels > 3)
        throw std::invalid_argument("minimal tree class: 1 to 3 levels");
    // Nodes in breadth-first (heap) order: node i has children 2i+1 (label 0), 2i+2 (label 1).
    const int nodes = (1 << levels) - 1;
    std::vector<unsigned> masks;
    for (unsigned branch = 0; branch < (1u << levels); ++branch) {
        unsigned mask = 0;
        int node = 0;
        for (int level = 0; level < levels; ++level) {
            const unsigned label = branch >> (levels - 1 - level) & 1u;
            mask |= label << node;
            node = 2 * node + 1 + int(label);
        }
        masks.push_back(mask);
    }
    return HypothesisClass(nodes, masks);
}

HypothesisClass gapClass()
{
    return HypothesisClass(4, {6, 3, 12, 9, 11, 1, 7, 10});
}

HypothesisClass randomClass(int points, int count, std::uint64_t seed)
{
    if (points < 1 || points > kMaxPoints)
        throw std::invalid_argument("random class: 1 to 8 points");
    const unsigned universe = 1u << points;
    if (count < 1 || unsigned(count) > universe || count > kMaxHypotheses)
        throw std::invalid_argument("random class: 1 to min(64, 2^points) hypotheses");
    // A partial Fisher-Yates shuffle of all masks: distinct and deterministic in the seed.
    std::vector<unsigned> all(universe);
    std::iota(all.begin(), all.end(), 0u);
    paperlab::math::Rng rng(seed);
    for (int i = 0; i < count; ++i)
        std::swap(all[size_t(i)], all[size_t(i) + size_t(rng.below(universe - unsigned(i)))]);
    all.resize(size_t(count));
    return HypothesisClass(points, all);
}

} // namespace paperlab::papers::transductiveonline
