// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "game.h"

#include <paperlab/math/rng.h>

#include <algorithm>
#include <bit>
#include <functional>
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
    if (const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
        twice != sorted.end())
        throw std::invalid_argument("mask " + std::to_string(*twice)
                                    + " appears twice; the masks must be distinct");
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
    // Visited in place: materialising up to 109,601 sequences cost more than ranking them.
    forEachOrderedSequence(m_points, false, [&](const Sequence &seq) {
        const int r = rank(seq);
        if (r > best || (r == best && seq.size() < bestSequence.size())) {
            best = r;
            bestSequence = seq;
        }
        return !(best == ceiling && bestSequence.size() <= size_t(ceiling));
    });
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

int HypothesisClass::littlestoneQuestion(VersionSpace v) const
{
    const int ld = littlestone(v);
    for (int x = 0; ld > 0 && x < m_points; ++x) {
        const VersionSpace zero = restrict(v, x, 0), one = restrict(v, x, 1);
        if (zero && one && 1 + std::min(littlestone(zero), littlestone(one)) == ld)
            return x;
    }
    return -1;
}

void HypothesisClass::littlestoneTree(VersionSpace v, int depth, int edge,
                                      std::vector<TreeNode> &out) const
{
    TreeNode node{depth, edge, -1, v, littlestone(v)};
    const int question = littlestoneQuestion(v);
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

namespace {

bool splits(const HypothesisClass &c, VersionSpace v, int x)
{
    return c.restrict(v, x, 0) != 0 && c.restrict(v, x, 1) != 0;
}

} // namespace

Game::Game(const HypothesisClass &c, Opponent opponent, Sequence committed, double epsilon)
    : m_class(&c), m_opponent(opponent), m_committed(std::move(committed)),
      m_epsilon(epsilon), m_space(c.all())
{
    const bool needsOrder = opponent == Opponent::RankLearner || opponent == Opponent::Algorithm1;
    if (needsOrder && m_committed.empty())
        throw std::invalid_argument("this opponent needs a committed order of the points");
    unsigned seen = 0;
    for (int x : m_committed) {
        if (x < 0 || x >= c.points() || (seen >> x & 1u))
            throw std::invalid_argument("the committed order repeats or leaves the points: "
                                        + formatSequence(m_committed));
        seen |= 1u << x;
    }
    if (opponent == Opponent::Algorithm1 && !(epsilon > 0.0 && epsilon <= 0.5))
        throw std::invalid_argument("epsilon must lie in (0, 1/2]");
}

int Game::mistakes() const
{
    return int(std::count_if(m_rounds.begin(), m_rounds.end(),
                             [](const GameRound &r) { return r.mistake; }));
}

int Game::adversaryPoint(VersionSpace v, size_t &next) const
{
    if (m_opponent == Opponent::SoaLearner || m_opponent == Opponent::HalvingLearner)
        return -1;
    if (m_opponent == Opponent::AdaptiveAdversary)
        return m_class->littlestoneQuestion(v);
    // A committed point that splits nothing is answered for free: skip it.
    while (next < m_committed.size() && !splits(*m_class, v, m_committed[next]))
        ++next;
    return next < m_committed.size() ? m_committed[next] : -1;
}

bool Game::over() const
{
    size_t next = m_next;
    if (!userIsAdversary() || m_opponent == Opponent::RankLearner)
        return adversaryPoint(m_space, next) < 0;
    for (int x = 0; x < m_class->points(); ++x)
        if (pointFree(x) && splits(*m_class, m_space, x))
            return false;
    return true;
}

int Game::pendingPoint() const
{
    size_t next = m_next;
    return adversaryPoint(m_space, next);
}

void Game::play(int x, int prediction, int label)
{
    GameRound round{x, prediction, label, prediction != label, std::popcount(m_space), 0};
    m_space = m_class->restrict(m_space, x, label);
    m_used |= 1u << x;
    round.sizeAfter = std::popcount(m_space);
    m_rounds.push_back(round);
}

int Game::asked() const
{
    if (!userIsAdversary())
        return -1;
    return m_opponent == Opponent::RankLearner ? pendingPoint() : m_asked;
}

int Game::pendingPrediction() const
{
    const int x = asked();
    if (x < 0)
        return -1;
    switch (m_opponent) {
    case Opponent::SoaLearner: return m_class->predict(Learner::Soa, m_space, {x}, 0);
    case Opponent::HalvingLearner: return m_class->predict(Learner::Halving, m_space, {x}, 0);
    default: {
        size_t next = m_next;
        adversaryPoint(m_space, next); // the committed position of x
        return m_class->predict(Learner::Rank, m_space, m_committed, next);
    }
    }
}

void Game::ask(int x)
{
    if (!userIsAdversary())
        throw std::invalid_argument("you play the learner: predict a label instead");
    if (over())
        throw std::invalid_argument("the game is over: no point can split the version space");
    if (x < 0 || x >= m_class->points() || !pointFree(x))
        throw std::invalid_argument("x" + std::to_string(x) + " is not a point left to ask");
    if (m_opponent == Opponent::RankLearner && x != pendingPoint())
        throw std::invalid_argument("the order is committed: the next point is x"
                                    + std::to_string(pendingPoint()));
    m_asked = x;
}

void Game::label(int y)
{
    const int x = asked();
    if (x < 0)
        throw std::invalid_argument("ask a point first");
    if (y != 0 && y != 1)
        throw std::invalid_argument("a label is 0 or 1");
    if (m_class->restrict(m_space, x, y) == 0)
        throw std::invalid_argument("no hypothesis left labels x" + std::to_string(x) + " with "
                                    + std::to_string(y));
    const int prediction = pendingPrediction();
    if (m_opponent == Opponent::RankLearner)
        m_next = size_t(std::find(m_committed.begin(), m_committed.end(), x)
                        - m_committed.begin()) + 1;
    play(x, prediction, y);
    m_asked = -1;
}

std::pair<int, int> Game::adversaryAnswer(VersionSpace v, size_t &next, int prediction) const
{
    const int x = adversaryPoint(v, next);
    if (x < 0)
        return {-1, 0};
    if (m_opponent == Opponent::AdaptiveAdversary)
        return {x, 1 - prediction}; // both sides are non-empty: always a mistake
    // Algorithm 1 (§2.2): contradict inside [eps, 1 - eps], else follow the majority.
    const double ratio = double(std::popcount(m_class->restrict(v, x, 1)))
                         / double(std::popcount(v));
    const bool forced = ratio >= m_epsilon && ratio <= 1.0 - m_epsilon;
    return {x, forced ? 1 - prediction : (ratio >= 0.5 ? 1 : 0)};
}

void Game::learnerMove(int prediction)
{
    if (userIsAdversary())
        throw std::invalid_argument("you play the adversary: pick a point and a label");
    if (prediction != 0 && prediction != 1)
        throw std::invalid_argument("a prediction is 0 or 1");
    const auto [x, label] = adversaryAnswer(m_space, m_next, prediction);
    if (x < 0)
        throw std::invalid_argument("the game is over: no point can split the version space");
    play(x, prediction, label);
    if (m_opponent == Opponent::Algorithm1)
        ++m_next;
}

int Game::adaptiveWorst(Learner learner, VersionSpace v) const
{
    // A point asked before no longer splits v, so the memo needs only v.
    if (const auto it = m_worstMemo.find(v); it != m_worstMemo.end())
        return it->second;
    int worst = 0;
    for (int x = 0; x < m_class->points(); ++x) {
        if (!splits(*m_class, v, x))
            continue;
        const int guess = m_class->predict(learner, v, {x}, 0);
        for (int y = 0; y < 2; ++y)
            worst = std::max(worst, int(y != guess)
                                        + adaptiveWorst(learner, m_class->restrict(v, x, y)));
    }
    m_worstMemo.emplace(v, worst);
    return worst;
}

int Game::fewestMistakes(VersionSpace v, size_t next) const
{
    // The adversary is deterministic given the predictions: try both at every round.
    int best = -1;
    for (int prediction = 0; prediction < 2; ++prediction) {
        size_t position = next;
        const auto [x, label] = adversaryAnswer(v, position, prediction);
        if (x < 0)
            return 0;
        const int total = int(label != prediction)
                          + fewestMistakes(m_class->restrict(v, x, label), position + 1);
        best = best < 0 ? total : std::min(best, total);
    }
    return best;
}

int Game::optimum() const
{
    switch (m_opponent) {
    case Opponent::SoaLearner: return adaptiveWorst(Learner::Soa, m_class->all());
    case Opponent::HalvingLearner: return adaptiveWorst(Learner::Halving, m_class->all());
    case Opponent::RankLearner: return m_class->worstCase(Learner::Rank, m_committed);
    default: return fewestMistakes(m_class->all(), 0);
    }
}

bool forEachOrderedSequence(int points, bool fullLengthOnly,
                            const std::function<bool(const Sequence &)> &visit)
{
    Sequence current;
    unsigned used = 0;
    // Depth-first, shorter prefixes first: the empty sequence, (0), (0, 1), ...
    auto walk = [&](auto &&self) -> bool {
        if ((!fullLengthOnly || int(current.size()) == points) && !visit(current))
            return false;
        for (int x = 0; x < points; ++x) {
            if (used >> x & 1u)
                continue;
            used |= 1u << x;
            current.push_back(x);
            const bool more = self(self);
            current.pop_back();
            used &= ~(1u << x);
            if (!more)
                return false;
        }
        return true;
    };
    return walk(walk);
}

std::vector<Sequence> orderedSequences(int points, bool fullLengthOnly)
{
    std::vector<Sequence> out;
    forEachOrderedSequence(points, fullLengthOnly, [&](const Sequence &seq) {
        out.push_back(seq);
        return true;
    });
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
