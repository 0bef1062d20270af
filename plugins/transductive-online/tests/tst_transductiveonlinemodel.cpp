// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Exact checks of the game solvers against the sheet's §8 robust table (arXiv 2512.12567)
// and against a plain brute-force minimax on random classes.
#include "bounds.h"
#include "census.h"
#include "game.h"

#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

using namespace paperlab::papers::transductiveonline;

namespace {

// Value of the transductive game on a fixed sequence, straight from its definition: the
// learner picks the prediction that minimises the adversary's best realisable reply.
int bruteTransductive(const HypothesisClass &c, VersionSpace v, const Sequence &seq, size_t t)
{
    if (t == seq.size())
        return 0;
    int best = 1 << 20;
    for (int guess = 0; guess < 2; ++guess) {
        int worst = 0;
        for (int y = 0; y < 2; ++y) {
            const VersionSpace next = c.restrict(v, seq[t], y);
            if (next)
                worst = std::max(worst, int(y != guess) + bruteTransductive(c, next, seq, t + 1));
        }
        best = std::min(best, worst);
    }
    return best;
}

// Value of the standard game: the adversary picks any unused point after seeing the history.
int bruteStandard(const HypothesisClass &c, VersionSpace v, unsigned used)
{
    int best = 0;
    for (int x = 0; x < c.points(); ++x) {
        if (used >> x & 1u)
            continue;
        int learnerBest = 1 << 20;
        for (int guess = 0; guess < 2; ++guess) {
            int worst = 0;
            for (int y = 0; y < 2; ++y) {
                const VersionSpace next = c.restrict(v, x, y);
                if (next)
                    worst = std::max(worst, int(y != guess)
                                                + bruteStandard(c, next, used | 1u << x));
            }
            learnerBest = std::min(learnerBest, worst);
        }
        best = std::max(best, learnerBest);
    }
    return best;
}

std::uint32_t setOf(const HypothesisClass &c)
{
    std::uint32_t set = 0;
    for (unsigned m : c.masks())
        set |= 1u << m;
    return set;
}

} // namespace

class TestTransductiveOnlineModel : public QObject
{
    Q_OBJECT
private slots:
    void gameAdaptiveAdversaryForcesLdOnTheUser();
    void gameUserAdversaryAgainstSoaAndRankLearner();
    void gameRejectsIllegalMoves();
    void allFunctionsHaveNoGap();
    void thresholdsFollowBinarySearch();
    void minimalTreesHaveNoGap();
    void gapClassSeparatesTheSettings();
    void gapClassLittlestoneTreeStartsAtX3();
    void solversMatchBruteForce();
    void invariantsOnRandomClasses();
    void algorithm1ShrinksAsPromised();
    void algorithm1ForcesEveryRoundOnAllFunctions();
    void censusOnThreePoints();
    void censusOnFourPoints();
    void labellingTreeRootCarriesTheRank();
    void badClassesAreRejected();
    void boundsHaveThePapersConstants();
    void boundsCrossWhereTheSheetSays();
    void tradeoffIsMinimisedAtRootD();
    void boundsHistoryInOrder();
    void randomCensusIsSeededAndExact();
};

void TestTransductiveOnlineModel::allFunctionsHaveNoGap()
{
    for (int d = 1; d <= 5; ++d) {
        const HypothesisClass c = allFunctions(d);
        QCOMPARE(c.littlestone(), d);
        QCOMPARE(c.transductiveValue(), d);
    }
}

void TestTransductiveOnlineModel::thresholdsFollowBinarySearch()
{
    for (int n = 1; n <= 7; ++n) {
        const HypothesisClass c = thresholds(n);
        const int expected = std::bit_width(unsigned(n + 1)) - 1; // floor(log2(n + 1))
        QCOMPARE(c.size(), n + 1);
        QCOMPARE(c.littlestone(), expected);
        QCOMPARE(c.transductiveValue(), expected);
    }
    const HypothesisClass seven = thresholds(7);
    QCOMPARE(seven.rank({3, 1, 0, 2, 5, 4, 6}), 3);
    QCOMPARE(seven.rank({0, 1, 2, 3, 4, 5, 6}), 1); // left to right: one mistake at most
}

void TestTransductiveOnlineModel::minimalTreesHaveNoGap()
{
    for (int levels = 2; levels <= 3; ++levels) {
        const HypothesisClass c = minimalTree(levels);
        QCOMPARE(c.size(), 1 << levels);
        QCOMPARE(c.littlestone(), levels);
        QCOMPARE(c.transductiveValue(), levels);
        Sequence breadthFirst(size_t(c.points()));
        std::iota(breadthFirst.begin(), breadthFirst.end(), 0);
        QCOMPARE(c.rank(breadthFirst), levels);
    }
}

void TestTransductiveOnlineModel::gapClassSeparatesTheSettings()
{
    const HypothesisClass c = gapClass();
    QCOMPARE(c.littlestone(), 3);
    Sequence worst;
    QCOMPARE(c.transductiveValue(&worst), 2);
    QCOMPARE(c.rank(worst), 2);
    const std::set<Sequence> soaThree = {{3, 0, 1, 2}, {3, 0, 2, 1}, {3, 1, 0, 2}, {3, 1, 2, 0}};
    int permutations = 0;
    for (const Sequence &seq : orderedSequences(4, true)) {
        ++permutations;
        QCOMPARE(c.worstCase(Learner::Soa, seq), soaThree.count(seq) ? 3 : 2);
        QCOMPARE(c.worstCase(Learner::Rank, seq), 2);
        QCOMPARE(c.rank(seq), 2);
    }
    QCOMPARE(permutations, 24);
}

void TestTransductiveOnlineModel::gapClassLittlestoneTreeStartsAtX3()
{
    const std::vector<TreeNode> tree = gapClass().littlestoneTree();
    QCOMPARE(tree.front().point, 3);
    QCOMPARE(tree.front().value, 3);
    // Depth-first: root x3, its 0-child x2, whose 0-child asks x1 (sheet §7.4).
    QCOMPARE(tree[1].point, 2);
    QCOMPARE(tree[2].point, 1);
    int deepest = 0;
    for (const TreeNode &node : tree)
        deepest = std::max(deepest, node.depth);
    QCOMPARE(deepest, 3);
}

void TestTransductiveOnlineModel::solversMatchBruteForce()
{
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        paperlab::math::Rng rng(seed);
        for (int trial = 0; trial < 6; ++trial) {
            const int points = 3 + int(rng.below(3));              // 3..5
            const int count = 2 + int(rng.below(std::min(30, (1 << points) - 1)));
            const HypothesisClass c = randomClass(points, count, seed * 100 + unsigned(trial));
            QCOMPARE(c.littlestone(), bruteStandard(c, c.all(), 0));
            int best = 0;
            for (const Sequence &seq : orderedSequences(points, false)) {
                const int brute = bruteTransductive(c, c.all(), seq, 0);
                QCOMPARE(c.rank(seq), brute);
                best = std::max(best, brute);
            }
            QCOMPARE(c.transductiveValue(), best);
        }
    }
}

void TestTransductiveOnlineModel::invariantsOnRandomClasses()
{
    int gaps = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        for (int trial = 0; trial < 8; ++trial) {
            paperlab::math::Rng rng(seed * 31 + unsigned(trial));
            const int points = 4 + int(rng.below(3));              // 4..6
            const int count = 3 + int(rng.below(std::min(40, (1 << points) - 3)));
            const HypothesisClass c = randomClass(points, count, seed * 1000 + unsigned(trial));
            const int mtr = c.transductiveValue();
            QVERIFY(mtr <= c.littlestone());
            gaps += mtr < c.littlestone();
            for (const Sequence &seq : orderedSequences(points, true)) {
                const int rank = c.rank(seq);
                QVERIFY(rank <= mtr);
                QCOMPARE(c.worstCase(Learner::Rank, seq), rank);
                QVERIFY(rank <= c.worstCase(Learner::Soa, seq));
                QVERIFY(rank <= c.worstCase(Learner::Halving, seq));
                QVERIFY(c.worstCase(Learner::Soa, seq) <= c.littlestone());
            }
        }
    }
    qInfo("classes with a gap among 48 random ones: %d", gaps);
}

void TestTransductiveOnlineModel::algorithm1ShrinksAsPromised()
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const HypothesisClass c = randomClass(6, 40, seed);
        for (double epsilon : {0.05, 0.2, 1.0 / 3.0, 0.5}) {
            for (Learner learner : {Learner::Soa, Learner::Halving, Learner::Rank}) {
                for (const Sequence &seq : {Sequence{0, 1, 2, 3, 4, 5}, Sequence{5, 3, 1, 0, 2, 4}}) {
                    const auto rounds = c.playAlgorithm1(learner, seq, epsilon);
                    QCOMPARE(rounds.size(), seq.size());
                    for (const AdversaryRound &r : rounds) {
                        QVERIFY(r.sizeAfter >= 1); // realisable
                        const double shrink = double(r.sizeAfter) / double(r.sizeBefore);
                        QVERIFY(shrink >= (r.forced ? epsilon : 1.0 - epsilon) - 1e-12);
                        if (r.forced)
                            QVERIFY(r.mistake);
                    }
                }
            }
        }
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             gapClass().playAlgorithm1(Learner::Soa, {0}, 0.0));
}

void TestTransductiveOnlineModel::algorithm1ForcesEveryRoundOnAllFunctions()
{
    // Every point splits all functions in half, so r_t = 1/2 and every round is forced.
    const HypothesisClass c = allFunctions(4);
    const auto rounds = c.playAlgorithm1(Learner::Halving, {2, 0, 3, 1}, 0.25);
    QCOMPARE(int(std::count_if(rounds.begin(), rounds.end(),
                               [](const AdversaryRound &r) { return r.mistake; })), 4);
    QCOMPARE(rounds.back().sizeAfter, 1);
}

void TestTransductiveOnlineModel::censusOnThreePoints()
{
    Census census(3);
    while (!census.finished())
        census.step();
    QCOMPARE(census.tallied(), std::int64_t(255));
    const std::map<std::pair<int, int>, std::int64_t> expected = {
        {{0, 0}, 8}, {{1, 1}, 92}, {{2, 2}, 154}, {{3, 3}, 1}};
    QCOMPARE(census.histogram(), expected);
    QCOMPARE(census.theoremC2Violations(), std::int64_t(0));
    Census two(2); // Theorem C.2 on every class of 2 points too
    while (!two.finished())
        two.step();
    QCOMPARE(two.tallied(), std::int64_t(15));
    QCOMPARE(two.theoremC2Violations(), std::int64_t(0));
}

void TestTransductiveOnlineModel::censusOnFourPoints()
{
    Census census(4);
    while (!census.finished())
        census.step();
    QCOMPARE(census.tallied(), std::int64_t(65535));
    const std::map<std::pair<int, int>, std::int64_t> expected = {
        {{0, 0}, 16}, {{1, 1}, 872}, {{2, 2}, 31140}, {{3, 2}, 2880}, {{3, 3}, 30626},
        {{4, 4}, 1}};
    QCOMPARE(census.histogram(), expected);
    QCOMPARE(census.shortBeatsFull(), std::int64_t(0));
    QCOMPARE(census.theoremC2Violations(), std::int64_t(0));
    // The table-based census agrees with the per-class solver.
    const HypothesisClass gap = gapClass();
    QCOMPARE(census.littlestone(setOf(gap)), 3);
    QCOMPARE(census.transductiveValue(setOf(gap)), 2);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const HypothesisClass c = randomClass(4, 2 + int(seed) * 2, seed);
        QCOMPARE(census.littlestone(setOf(c)), c.littlestone());
        QCOMPARE(census.transductiveValue(setOf(c)), c.transductiveValue());
    }
}

void TestTransductiveOnlineModel::labellingTreeRootCarriesTheRank()
{
    const HypothesisClass c = gapClass();
    const Sequence seq{3, 0, 1, 2};
    const std::vector<TreeNode> tree = c.labellingTree(seq);
    QCOMPARE(tree.front().value, c.rank(seq));
    int leaves = 0;
    for (const TreeNode &node : tree)
        leaves += node.point < 0;
    QCOMPARE(leaves, c.size()); // every hypothesis ends alone in a leaf on a full sequence
}

void TestTransductiveOnlineModel::badClassesAreRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HypothesisClass(4, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HypothesisClass(4, {1, 16}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HypothesisClass(4, {3, 3}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HypothesisClass(9, {1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Census(5));
}

// The game mode on the gap class (sheet §7.4): the adaptive adversary forces LD = 3 mistakes
// on any learner; committed to (3, 0, 1, 2), an adversary forces at most its rank, 2.
void TestTransductiveOnlineModel::gameAdaptiveAdversaryForcesLdOnTheUser()
{
    const HypothesisClass c = gapClass();
    for (int guess = 0; guess < 2; ++guess) {
        Game game(c, Opponent::AdaptiveAdversary);
        QCOMPARE(game.optimum(), 3);
        VersionSpace previous = game.space();
        while (!game.over()) {
            game.learnerMove(guess);
            QVERIFY((game.space() & ~previous) == 0); // the version space only shrinks
            QVERIFY(game.space() != previous);
            previous = game.space();
        }
        QCOMPARE(game.mistakes(), 3);
        QCOMPARE(int(game.rounds().size()), 3);
        QCOMPARE(c.littlestone(game.space()), 0);
    }
    Game committed(c, Opponent::Algorithm1, {3, 0, 1, 2}, 0.25);
    // No learner can be forced to more than the order's rank; some learner meets it.
    QVERIFY(committed.optimum() <= c.rank({3, 0, 1, 2}));
    QCOMPARE(committed.optimum(), 2);
}

void TestTransductiveOnlineModel::gameUserAdversaryAgainstSoaAndRankLearner()
{
    const HypothesisClass c = gapClass();
    // Walking the Littlestone tree and contradicting SOA every time: 3 mistakes.
    Game soa(c, Opponent::SoaLearner);
    QCOMPARE(soa.optimum(), 3);
    while (!soa.over()) {
        soa.ask(c.littlestoneQuestion(soa.space()));
        soa.label(1 - soa.pendingPrediction());
    }
    QCOMPARE(soa.mistakes(), 3);
    QCOMPARE(std::popcount(soa.space()), 1);

    // The rank learner on the committed order (3, 0, 1, 2): contradict whenever the
    // version space allows, and it still errs only twice.
    Game rank(c, Opponent::RankLearner, {3, 0, 1, 2});
    QCOMPARE(rank.optimum(), 2);
    while (!rank.over()) {
        const int x = rank.asked();
        QVERIFY(x >= 0);
        const int y = 1 - rank.pendingPrediction();
        rank.label(c.restrict(rank.space(), x, y) ? y : 1 - y);
    }
    QCOMPARE(rank.mistakes(), 2);
}

void TestTransductiveOnlineModel::gameRejectsIllegalMoves()
{
    const HypothesisClass c = gapClass();
    Game rank(c, Opponent::RankLearner, {3, 0, 1, 2});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rank.ask(0)); // x3 is next
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rank.learnerMove(0));
    Game soa(c, Opponent::SoaLearner);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, soa.label(0)); // nothing asked
    soa.ask(0);
    soa.label(1);
    // x0 now splits nothing and cannot be asked again.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, soa.ask(0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Game(c, Opponent::Algorithm1, {0, 0}));
}

void TestTransductiveOnlineModel::boundsHaveThePapersConstants()
{
    // Theorem B.1: √d/10; Theorem D.1: 48√d (d >= 43); Theorem A.7: d.
    QCOMPARE(bounds::lower(10000), 10.0);
    QCOMPARE(bounds::upper(10000), 4800.0);
    QCOMPARE(bounds::standard(10000), 10000.0);
    QCOMPARE(bounds::kLowerBoundFrom, 800.0);
    QCOMPARE(bounds::kUpperClassFrom, 43.0);
    QCOMPARE(bounds::tradeoff(100, 10), 20.0);
    QCOMPARE(bounds::twoThirds(300), 200.0);
}

void TestTransductiveOnlineModel::boundsCrossWhereTheSheetSays()
{
    const bounds::Crossings c = bounds::crossings();
    // The sheet's §7.3 and §9: 48√d < d needs d > 2304 = 48², √d/10 >= 1 needs d >= 100.
    QVERIFY2(std::abs(c.upperBelowStandard - 2304) < 1e-6, qPrintable(QString::number(
                                                               c.upperBelowStandard, 'g', 17)));
    QVERIFY(std::abs(c.lowerAtLeastOne - 100) < 1e-9);
    // No closed form: each is a sign change of its difference (bisection to ~1e-15).
    const std::pair<double, double (*)(double)> older[] = {
        {c.lowerAboveLog, &bounds::logShape},
        {c.lowerAboveSqrtLog, &bounds::sqrtLogShape},
        {c.lowerAboveLogLog, &bounds::logLogShape}};
    for (const auto &[d, shape] : older) {
        QVERIFY(bounds::lower(d * 0.999) < shape(d * 0.999));
        QVERIFY(bounds::lower(d * 1.001) > shape(d * 1.001));
        QVERIFY(std::abs(bounds::lower(d) - shape(d)) < 1e-9);
    }
    // Measured: 20,519.78 (log₂ d), 996.00 (√log₂ d), 1,115.29 (log₂ log₂ d).
    QVERIFY(c.lowerAboveLog > 20000 && c.lowerAboveLog < 21000);
    QVERIFY(c.lowerAboveSqrtLog > 900 && c.lowerAboveSqrtLog < 1000);
    QVERIFY(c.lowerAboveLogLog > 1100 && c.lowerAboveLogLog < 1200);
}

void TestTransductiveOnlineModel::tradeoffIsMinimisedAtRootD()
{
    // §2.4: d/k + k is smallest at k = √d, where it is 2√d.
    for (double d : {4.0, 100.0, 2304.0, 1e4, 123456.0, 1e6}) {
        const bounds::TradeoffMinimum m = bounds::minimiseTradeoff(d);
        QVERIFY2(std::abs(m.k - std::sqrt(d)) < 1e-6 * std::sqrt(d),
                 qPrintable(QStringLiteral("d = %1: k = %2").arg(d).arg(m.k)));
        QVERIFY(std::abs(m.value - 2 * std::sqrt(d)) < 1e-9 * d);
    }
    // d = 1: k is at least 1, so the minimum is at the edge, k = 1, with value 2.
    QVERIFY(std::abs(bounds::minimiseTradeoff(1).value - 2) < 1e-9);
}

void TestTransductiveOnlineModel::boundsHistoryInOrder()
{
    const auto &rows = bounds::history();
    QCOMPARE(int(rows.size()), 7);
    for (size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].year <= rows[i].year);
    // The sheet's §4.2 correction: Ω(log d) is Hanneke-Moran-Shafer 2023, not BKM 1997.
    const auto log = std::find_if(rows.begin(), rows.end(),
                                  [](const auto &r) { return r.bound == "Ω(log d)"; });
    QVERIFY(log != rows.end());
    QCOMPARE(log->year, 2023);
    QVERIFY(log->source.find("Hanneke") != std::string::npos);
    QVERIFY(rows.back().shape == &bounds::upper);
}

// The random search is exploration (sheet §8): only what holds for every class is asserted,
// never its counts. Determinism, the uniform sampling, and no gap on 3 points (exhaustive).
void TestTransductiveOnlineModel::randomCensusIsSeededAndExact()
{
    auto run = [](int points, int samples, std::uint64_t seed) {
        RandomCensus c(points, samples, seed);
        while (!c.finished())
            c.step();
        return c;
    };
    const RandomCensus a = run(4, 3000, 7), b = run(4, 3000, 7), other = run(4, 3000, 8);
    QCOMPARE(a.histogram(), b.histogram());
    QVERIFY(a.histogram() != other.histogram());
    std::int64_t total = 0;
    for (const auto &[key, count] : a.histogram()) {
        QVERIFY(key.second <= key.first); // M_tr <= LD for every class
        total += count;
    }
    QCOMPARE(total, std::int64_t(3000));
    // Each of the 16 functions in or out with probability 1/2: mean size 8 (SE 0.04 here).
    double size = 0;
    for (int i = 0; i < 3000; ++i)
        size += double(a.sampleMasks(i).size());
    QVERIFY(std::abs(size / 3000 - 8) < 0.3);
    // Sample i does not depend on the chunking: the same masks from a fresh search.
    QCOMPARE(RandomCensus(4, 10, 7).sampleMasks(2999), a.sampleMasks(2999));

    // Every class on 3 points has M_tr = LD (sheet §8), so no sample can show a gap.
    const RandomCensus three = run(3, 2000, 1);
    for (const auto &[key, count] : three.histogram())
        QCOMPARE(key.first, key.second);
    QCOMPARE(three.widestGap(), 0);
    // A gap found on 4 points is a real one: its class re-solved from its masks.
    if (a.widestGap() > 0) {
        const HypothesisClass c(4, a.widestGapMasks());
        QCOMPARE(c.littlestone() - c.transductiveValue(), a.widestGap());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RandomCensus(7, 10, 1));
}

QTEST_APPLESS_MAIN(TestTransductiveOnlineModel)
#include "tst_transductiveonlinemodel.moc"
