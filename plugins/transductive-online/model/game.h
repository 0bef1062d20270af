// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once
// Exact solvers for the standard and transductive online-learning games on tiny classes
// (arXiv 2512.12567, §1.1 and Appendix A; the sheet's §7.1). A class has at most 8 points
// and 64 hypotheses; a hypothesis is a bitmask over the points (bit i = h(x_i)) and a
// version space is a bitmask over the hypotheses.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace paperlab::papers::transductiveonline {

using VersionSpace = std::uint64_t;
using Sequence = std::vector<int>;

inline constexpr int kMaxPoints = 8;
inline constexpr int kMaxHypotheses = 64;

/// The learners of the sheet's §7.1. Each is deterministic with the documented tie-breaks.
enum class Learner {
    Soa,     ///< argmax_b LD(V^b), ties -> 0, LD(empty) = -1 (Littlestone 1987)
    Halving, ///< majority label of V, ties -> 0
    Rank     ///< argmax_b R(V^b, t+1) on the known sequence, ties -> 0
};
const char *learnerName(Learner learner);

/// One round of the Algorithm 1 adversary (§2.2, Algorithm 1) against a learner.
struct AdversaryRound {
    int point = 0;
    int sizeBefore = 0, sizeAfter = 0; ///< |H_{t-1}|, |H_t|
    double ratio = 0.0;                ///< r_t: fraction of H_{t-1} with h(x_t) = 1
    int prediction = 0, label = 0;
    bool forced = false;               ///< r_t in [eps, 1 - eps]: the label contradicts
    bool mistake = false;
};

/// A node of a game tree drawn as an indented list: depth, the point asked, the version
/// space there and its value (LD for the Littlestone tree, rank for a labelling tree).
struct TreeNode {
    int depth = 0;
    int edgeLabel = -1;  ///< the label on the edge from the parent; -1 at the root
    int point = -1;      ///< the point asked here; -1 at a leaf
    VersionSpace space = 0;
    int value = 0;
};

/// A class of hypotheses over `points` points, with the exact solvers of the sheet's §7.1.
class HypothesisClass
{
public:
    /// Throws std::invalid_argument on more than 8 points or 64 hypotheses, on a mask with a
    /// bit beyond the last point, on a repeated mask or on an empty class.
    HypothesisClass(int points, std::vector<unsigned> masks);

    int points() const { return m_points; }
    int size() const { return int(m_masks.size()); }
    const std::vector<unsigned> &masks() const { return m_masks; }
    VersionSpace all() const { return m_all; }
    /// The hypotheses of v that label x with y.
    VersionSpace restrict(VersionSpace v, int x, int y) const
    {
        return y ? (v & m_ones[size_t(x)]) : (v & ~m_ones[size_t(x)]);
    }

    /// Littlestone dimension of v, memoised on v; LD(empty) = -1.
    int littlestone(VersionSpace v) const;
    int littlestone() const { return littlestone(m_all); }
    /// The adaptive adversary's question at v: the first point with
    /// LD(V) = 1 + min(LD(V^0), LD(V^1)); -1 when LD(v) <= 0.
    int littlestoneQuestion(VersionSpace v) const;
    /// Rank of the labelling tree of seq from position t on, starting from v (§7.1).
    int rank(VersionSpace v, const Sequence &seq, size_t t = 0) const;
    int rank(const Sequence &seq) const { return rank(m_all, seq, 0); }
    /// The prediction of a deterministic learner at round t of seq with version space v.
    int predict(Learner learner, VersionSpace v, const Sequence &seq, size_t t) const;
    /// Most mistakes an adaptive labelling adversary forces on this learner on seq.
    int worstCase(Learner learner, const Sequence &seq) const;
    int worstCase(Learner learner, VersionSpace v, const Sequence &seq, size_t t) const;

    /// M_tr: the largest rank over every ordered sequence of distinct points (all lengths).
    /// worst, if given, receives a shortest sequence that attains it.
    int transductiveValue(Sequence *worst = nullptr) const;

    /// The Algorithm 1 adversary with threshold epsilon in (0, 1/2] against a learner.
    std::vector<AdversaryRound> playAlgorithm1(Learner learner, const Sequence &seq,
                                               double epsilon) const;

    /// The adaptive adversary's question tree: at each node the first point that attains
    /// LD(V) = 1 + min(LD(V^0), LD(V^1)), down to version spaces with LD 0.
    std::vector<TreeNode> littlestoneTree() const;
    /// The labelling tree of seq: one node per split of the version space.
    std::vector<TreeNode> labellingTree(const Sequence &seq) const;

private:
    void labellingTree(VersionSpace v, const Sequence &seq, size_t t, int depth, int edge,
                       std::vector<TreeNode> &out) const;
    void littlestoneTree(VersionSpace v, int depth, int edge, std::vector<TreeNode> &out) const;

    int m_points = 0;
    std::vector<unsigned> m_masks;
    std::vector<VersionSpace> m_ones; ///< per point: the hypotheses with h(x) = 1
    VersionSpace m_all = 0;
    mutable std::unordered_map<VersionSpace, int> m_ldMemo;
};

/// Who the user plays in the interactive game, and against whom (the game mode).
enum class Opponent {
    SoaLearner,       ///< the user is the adversary, adaptive: picks each point and label
    HalvingLearner,   ///< the user is the adversary, adaptive
    RankLearner,      ///< the user is the adversary, committed: the order is fixed in advance
    AdaptiveAdversary,///< the user is the learner; the adversary walks the Littlestone tree
    Algorithm1        ///< the user is the learner; Algorithm 1 on a committed order
};

/// One round of the interactive game.
struct GameRound {
    int point = 0;
    int prediction = 0, label = 0;
    bool mistake = false;
    int sizeBefore = 0, sizeAfter = 0;
};

/// The interactive game, round by round, on one class. Holds the version space, the points
/// asked and the mistakes; the class must outlive it.
class Game
{
public:
    /// committed: the order the adversary commits to (RankLearner, Algorithm1); ignored by
    /// the adaptive opponents. Throws std::invalid_argument on a bad order or epsilon.
    Game(const HypothesisClass &c, Opponent opponent, Sequence committed = {},
         double epsilon = 0.25);

    Opponent opponent() const { return m_opponent; }
    bool userIsAdversary() const { return m_opponent <= Opponent::RankLearner; }
    VersionSpace space() const { return m_space; }
    const std::vector<GameRound> &rounds() const { return m_rounds; }
    int mistakes() const;
    const Sequence &committed() const { return m_committed; }
    /// No point left can split the version space: no more mistakes are possible.
    bool over() const;
    /// The point asked this round: the committed order's next one, or the adaptive
    /// adversary's question; -1 when the user (adaptive adversary) picks it, or when over.
    int pendingPoint() const;
    /// Whether the user, as adversary, may still ask x (not asked before).
    bool pointFree(int x) const { return !(m_used >> x & 1u); }

    /// The user as adversary asks x (must equal pendingPoint() when the order is
    /// committed); the learner's prediction is then pendingPrediction(). Throws
    /// std::invalid_argument when x was asked before or the game is over.
    void ask(int x);
    /// The point asked and not yet labelled (the committed one for the rank learner), or -1.
    int asked() const;
    /// The opponent learner's prediction on asked(), or -1.
    int pendingPrediction() const;
    /// The user as adversary labels the asked point. Throws std::invalid_argument when no
    /// hypothesis is left with h(x) = y (the labels must stay realisable).
    void label(int y);
    /// The user as learner predicts the pending point; the adversary answers.
    void learnerMove(int prediction);

    /// The most mistakes the user's opponent role can achieve from the start, with best
    /// play on both sides: as adversary, the opponent learner's worst case (adaptive over
    /// points for SOA and Halving, over labels on the committed order for the rank
    /// learner); as learner, the mistakes the best learner makes against this adversary
    /// (LD against the adaptive one; the rank learner's against Algorithm 1).
    int optimum() const;

private:
    int adaptiveWorst(Learner learner, VersionSpace v) const;
    /// The adversary's point and label against a prediction (the user-learner opponents);
    /// point -1 when the game is over. next: the committed position, advanced past points
    /// that split nothing.
    std::pair<int, int> adversaryAnswer(VersionSpace v, size_t &next, int prediction) const;
    int adversaryPoint(VersionSpace v, size_t &next) const;
    int fewestMistakes(VersionSpace v, size_t next) const;
    void play(int x, int prediction, int label);

    const HypothesisClass *m_class;
    Opponent m_opponent;
    Sequence m_committed;
    double m_epsilon;
    VersionSpace m_space;
    unsigned m_used = 0;
    int m_asked = -1;
    size_t m_next = 0;  ///< the committed order's next position
    std::vector<GameRound> m_rounds;
    mutable std::unordered_map<VersionSpace, int> m_worstMemo;
};

/// Calls visit on every ordered sequence of distinct points out of `points` (or only the
/// full-length ones), shorter prefixes first, until it returns false; false if stopped.
bool forEachOrderedSequence(int points, bool fullLengthOnly,
                            const std::function<bool(const Sequence &)> &visit);
/// Every ordered sequence of distinct points out of `points`, or only the full-length ones.
std::vector<Sequence> orderedSequences(int points, bool fullLengthOnly);
/// "(3, 0, 1, 2)"
std::string formatSequence(const Sequence &seq);
/// "0110": h(x_0) first, as the sheet writes the gap class.
std::string formatHypothesis(unsigned mask, int points);

// Preset classes of the sheet's §7.2.
HypothesisClass allFunctions(int points);
HypothesisClass thresholds(int n);        ///< h_k(x) = 1(x >= k), k = 0..n, on n points
HypothesisClass minimalTree(int levels);  ///< one hypothesis per branch of a perfect tree
HypothesisClass gapClass();               ///< masks 6, 3, 12, 9, 11, 1, 7, 10 on 4 points
/// `count` distinct random masks over `points` points (count <= 2^points), deterministic
/// in seed.
HypothesisClass randomClass(int points, int count, std::uint64_t seed);

} // namespace paperlab::papers::transductiveonline
