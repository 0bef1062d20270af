// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Unit tests of the deep-crl model (arXiv 2503.14858) against hand-computed values and the
// definitions of the authors' code (train.py::update_critic, residual_block, SA_encoder;
// buffer.py::flatten_crl_fn; envs/ant_maze.py::U4_MAZE): the sheet's §8 items 1, 2 and 4.
// Fast: no training runs.

#include <paperlab/comparenear.h>

#include "contrastiveloss.h"
#include "critic.h"
#include "encoder.h"
#include "randomwalk.h"
#include "u4maze.h"

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <vector>

using namespace paperlab::papers::deepcrl;
using paperlab::math::Rng;


namespace {

// A 3 x 3 batch with 2-D representations whose distances are whole numbers.
Eigen::MatrixXd handPhi()
{
    Eigen::MatrixXd phi(3, 2);
    phi << 0, 0, //
        3, 0,    //
        0, 4;
    return phi;
}

Eigen::MatrixXd handPsi()
{
    Eigen::MatrixXd psi(3, 2);
    psi << 0, 0, //
        3, 4,    //
        0, 1;
    return psi;
}

double plainLogSumExp(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += std::exp(x);
    return std::log(s);
}

} // namespace

class TestDeepCrlModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logitsAreNegativeDistances();
    void infoNceAndPenaltyHandComputed();
    void equalLogitsGiveLogB();
    void lossGradientMatchesFiniteDifferences();
    void depthIsFourTimesBlocks();
    void parameterCountFormula();
    void initialiserBound();
    void residualBlockBackpropMatchesChecker();
    void encoderBackpropMatchesChecker_data();
    void encoderBackpropMatchesChecker();
    void mazeLayout();
    void tenMovePathToGoalBehindWall();
    void optimalActionsOnHandCheckedCells();
    void subCellDistances();
    void randomWalksFollowTheMaze();
    void futureOffsetsMatchTruncatedGeometric();
    void wrongDiscountIsRejected();
    void trainerIsDeterministic();
};

void TestDeepCrlModel::logitsAreNegativeDistances()
{
    const ContrastiveLoss l = contrastiveLoss(handPhi(), handPsi(), 0.1);
    // |phi_i - psi_j|: row 0: 0, 5, 1; row 1: 3, 4, sqrt(10); row 2: 4, 3, 3.
    const double expected[3][3] = {{0, 5, 1}, {3, 4, std::sqrt(10.0)}, {4, 3, 3}};
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j)
            PL_COMPARE_NEAR(l.logits(i, j), -expected[i][j], 1e-15);
    }
}

void TestDeepCrlModel::infoNceAndPenaltyHandComputed()
{
    const std::vector<std::vector<double>> logits = {
        {0, -5, -1}, {-3, -4, -std::sqrt(10.0)}, {-4, -3, -3}};
    double infoNce = 0.0;
    double penalty = 0.0;
    for (int i = 0; i < 3; ++i) {
        infoNce -= logits[size_t(i)][size_t(i)] - plainLogSumExp(logits[size_t(i)]);
        std::vector<double> shifted = logits[size_t(i)];
        for (double &x : shifted)
            x += 1e-6;
        penalty += std::pow(plainLogSumExp(shifted), 2);
    }
    infoNce /= 3.0;
    penalty *= 0.1 / 3.0;
    const ContrastiveLoss l = contrastiveLoss(handPhi(), handPsi(), 0.1);
    PL_COMPARE_NEAR(l.infoNce, infoNce, 1e-12);
    PL_COMPARE_NEAR(l.penalty, penalty, 1e-12);
    PL_COMPARE_NEAR(l.total, infoNce + penalty, 1e-12);
    // Row 0 by hand: -(0 - log(1 + e^-5 + e^-1)) = log(1.374617...).
    PL_COMPARE_NEAR(plainLogSumExp(logits[0]), std::log(1.0 + std::exp(-5.0) + std::exp(-1.0)), 1e-15);
}

void TestDeepCrlModel::equalLogitsGiveLogB()
{
    // Every phi and psi at the same point: all logits 0, InfoNCE = log B, the untrained level.
    const Eigen::MatrixXd same = Eigen::MatrixXd::Constant(128, 4, 0.25);
    const ContrastiveLoss l = contrastiveLoss(same, same, 0.1);
    PL_COMPARE_NEAR(l.infoNce, std::log(128.0), 1e-12);
    PL_COMPARE_NEAR(l.penalty, 0.1 * std::pow(std::log(128.0) + 1e-6, 2), 1e-12);
}

void TestDeepCrlModel::lossGradientMatchesFiniteDifferences()
{
    Rng rng(3);
    Eigen::MatrixXd phi = rng.normalMatrix(6, 3, 1.0);
    Eigen::MatrixXd psi = rng.normalMatrix(6, 3, 1.0);
    const ContrastiveLoss l = contrastiveLoss(phi, psi, 0.1);
    Eigen::MatrixXd gPhi = l.gradPhi;
    Eigen::MatrixXd gPsi = l.gradPsi;
    const auto r = paperlab::math::checkGradients(
        [&] { return contrastiveLoss(phi, psi, 0.1).total; },
        {{&phi, &gPhi}, {&psi, &gPsi}});
    QVERIFY2(r.maxRelError < 1e-7, qPrintable(QString::number(r.maxRelError)));
}

void TestDeepCrlModel::depthIsFourTimesBlocks()
{
    Rng rng(1);
    for (int depth : {4, 8, 16, 32, 64}) {
        Encoder e({6, 8, depth, 4, true}, rng);
        QCOMPARE(e.shape().blocks() * 4, depth);
        // Dense layers: the input one, depth inside the blocks, the output one.
        QCOMPARE(int(e.denseLayers().size()), depth + 2);
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Encoder({6, 8, 6, 4, true}, rng));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Encoder({6, 8, 0, 4, true}, rng));
}

void TestDeepCrlModel::parameterCountFormula()
{
    // i = 6, w = 64, D = 8, r = 16: (384 + 64) + 128 + 8 (4096 + 192) + (1024 + 16) = 35920.
    QCOMPARE(encoderParameterCount({6, 64, 8, 16, true}), 35920LL);
    Rng rng(2);
    for (const EncoderShape &s : {EncoderShape{6, 64, 8, 16, true}, EncoderShape{2, 32, 32, 16,
                                                                                  false},
                                  EncoderShape{6, 16, 4, 64, true}}) {
        Encoder e(s, rng);
        long long count = 0;
        for (const auto &p : e.params())
            count += p.value->size();
        QCOMPARE(count, encoderParameterCount(s));
    }
}

void TestDeepCrlModel::initialiserBound()
{
    Rng rng(4);
    Encoder e({6, 64, 8, 16, true}, rng);
    for (const paperlab::math::Linear *layer : e.denseLayers()) {
        const double bound = std::sqrt(1.0 / layer->inDim());
        const double maxAbs = layer->weight().cwiseAbs().maxCoeff();
        QVERIFY(maxAbs <= bound);
        // Uniform on (-bound, bound): the largest of >= 96 draws is close to the bound, and
        // the variance is bound^2 / 3 (variance_scaling(1/3, fan_in, uniform)).
        QVERIFY(maxAbs > 0.9 * bound);
        const double var = layer->weight().array().square().mean();
        PL_COMPARE_NEAR(var, bound * bound / 3.0, 0.35 * bound * bound / 3.0);
        QCOMPARE(layer->bias().cwiseAbs().maxCoeff(), 0.0);
    }
}

void TestDeepCrlModel::residualBlockBackpropMatchesChecker()
{
    Rng rng(5);
    paperlab::math::ResidualBlock block(6, rng);
    const auto r = paperlab::math::checkLayerGradients(block, rng.normalMatrix(5, 6, 1.0));
    QVERIFY2(r.maxRelError < 1e-6, qPrintable(QString::number(r.maxRelError)));
}

void TestDeepCrlModel::encoderBackpropMatchesChecker_data()
{
    QTest::addColumn<bool>("skips");
    QTest::newRow("skips") << true;
    QTest::newRow("no skips") << false;
}

void TestDeepCrlModel::encoderBackpropMatchesChecker()
{
    QFETCH(bool, skips);
    Rng rng(6);
    Encoder e({6, 5, 8, 3, skips}, rng);
    const auto r = paperlab::math::checkLayerGradients(e, rng.normalMatrix(4, 6, 1.0));
    QVERIFY2(r.maxRelError < 1e-6, qPrintable(QString::number(r.maxRelError)));
}

void TestDeepCrlModel::mazeLayout()
{
    const U4Maze cells(1);
    QCOMPARE(cells.stateCount(), 11);
    const U4Maze maze(3);
    QCOMPARE(maze.stateCount(), 99);
    QCOMPARE(maze.rows(), 21);
    QCOMPARE(maze.cols(), 15);
    // The wall between the start (2,1) and the goal (4,1) is cell (3,1); (2,2) is a wall.
    QVERIFY(U4Maze::cellFree(2, 1));
    QVERIFY(!U4Maze::cellFree(3, 1));
    QVERIFY(!U4Maze::cellFree(2, 2));
    QVERIFY(U4Maze::cellFree(4, 1));
    QVERIFY(U4Maze::cellFree(3, 3));
    QCOMPARE(cells.stateAt(3, 1), -1);
    // A move into a wall keeps the state.
    const int start = cells.centreOf(U4Maze::startCell());
    QCOMPARE(cells.next(start, Down), start);
    QCOMPARE(cells.next(start, Left), start);
    QCOMPARE(cells.next(start, Right), start);
    QCOMPARE(cells.rowOf(cells.next(start, Up)), 1);
}

void TestDeepCrlModel::tenMovePathToGoalBehindWall()
{
    const U4Maze cells(1);
    const int start = cells.centreOf(U4Maze::startCell());
    const int goal = cells.centreOf({4, 1});
    const std::vector<int> dist = cells.distancesTo(goal);
    QCOMPARE(dist[size_t(start)], 10);
    // Up, across the top, down the right side, back along the bottom, up into (4,1).
    const std::vector<int> moves = {Up, Right, Right, Down, Down, Down, Down, Left, Left, Up};
    int s = start;
    for (int a : moves) {
        QVERIFY(cells.isOptimal(dist, s, a));
        s = cells.next(s, a);
    }
    QCOMPARE(s, goal);
    // Other goals of U4_MAZE_EVAL: (5,1) is 9 moves away, (5,3) 7.
    QCOMPARE(cells.distancesTo(cells.centreOf({5, 1}))[size_t(start)], 9);
    QCOMPARE(cells.distancesTo(cells.centreOf({5, 3}))[size_t(start)], 7);
}

void TestDeepCrlModel::optimalActionsOnHandCheckedCells()
{
    const U4Maze cells(1);
    const int goal = cells.centreOf({4, 1});
    const std::vector<int> dist = cells.distancesTo(goal);
    const auto optimalSet = [&](Cell c) {
        std::vector<int> set;
        for (int a = 0; a < kActionCount; ++a) {
            if (cells.isOptimal(dist, cells.centreOf(c), a))
                set.push_back(a);
        }
        return set;
    };
    QCOMPARE(optimalSet({2, 1}), std::vector<int>{Up});     // Down hits the wall at (3,1)
    QCOMPARE(optimalSet({1, 2}), std::vector<int>{Right});
    QCOMPARE(optimalSet({1, 3}), std::vector<int>{Down});
    QCOMPARE(optimalSet({5, 3}), std::vector<int>{Left});
    QCOMPARE(optimalSet({5, 1}), std::vector<int>{Up});
    QVERIFY(optimalSet({4, 1}).empty()); // the goal itself has no optimal move
}

void TestDeepCrlModel::subCellDistances()
{
    const U4Maze maze(3);
    const int start = maze.centreOf(U4Maze::startCell());
    const int goal = maze.centreOf({4, 1});
    // Sub-cell (7,4) to (13,4) around the inner corners: up 2 to row 5, right 5 to column 9,
    // down 10 to row 15, left 5 to column 4, up 2 to row 13: 24 moves.
    const std::vector<int> dist = maze.distancesTo(goal);
    QCOMPARE(dist[size_t(start)], 24);
    int reachable = 0;
    for (int d : dist)
        reachable += d >= 0;
    QCOMPARE(reachable, 99);
}

void TestDeepCrlModel::randomWalksFollowTheMaze()
{
    const U4Maze maze(3);
    Rng rng(7);
    const RandomWalkData data = randomWalks(maze, 20, 50, rng);
    QCOMPARE(int(data.states.size()), 20);
    for (size_t i = 0; i < data.states.size(); ++i) {
        QCOMPARE(int(data.states[i].size()), 51);
        for (size_t t = 0; t < 50; ++t)
            QCOMPARE(data.states[i][t + 1], maze.next(data.states[i][t], data.actions[i][t]));
    }
}

namespace {

// Chi-square p-value of 10^5 draws of sampler at maxOffset against the law of @p gamma.
double offsetPValue(double samplerGamma, double lawGamma, int maxOffset)
{
    const FutureOffsetSampler sampler(samplerGamma);
    const FutureOffsetSampler law(lawGamma);
    Rng rng(11);
    const int draws = 100000;
    std::vector<double> observed(size_t(maxOffset), 0.0);
    for (int k = 0; k < draws; ++k) {
        const int d = sampler.sample(maxOffset, rng);
        if (d < 1 || d > maxOffset)
            return -1.0;
        observed[size_t(d - 1)] += 1.0;
    }
    std::vector<double> expected;
    for (int d = 1; d <= maxOffset; ++d)
        expected.push_back(draws * law.probability(d, maxOffset));
    return paperlab::math::chiSquareSurvival(
        paperlab::math::chiSquareStatistic(observed, expected), maxOffset - 1);
}

} // namespace

void TestDeepCrlModel::futureOffsetsMatchTruncatedGeometric()
{
    // Truncation matters at 40 remaining states (0.97^40 = 0.30 of the untruncated mass
    // lies beyond); every bin expects > 300 draws.
    const double p = offsetPValue(0.97, 0.97, 40);
    QVERIFY2(p > 0.001, qPrintable(QString::number(p)));
    double sum = 0.0;
    for (int k = 1; k <= 40; ++k)
        sum += FutureOffsetSampler(0.97).probability(k, 40);
    PL_COMPARE_NEAR(sum, 1.0, 1e-12);
    Rng rng(12);
    QCOMPARE(FutureOffsetSampler(0.97).sample(1, rng), 1);
}

void TestDeepCrlModel::wrongDiscountIsRejected()
{
    // The same check rejects a sampler with gamma 0.95 against the 0.97 law: it can fail.
    const double p = offsetPValue(0.95, 0.97, 40);
    QVERIFY2(p >= 0.0 && p < 1e-6, qPrintable(QString::number(p)));
}

void TestDeepCrlModel::trainerIsDeterministic()
{
    const U4Maze maze(3);
    const auto data = randomWalkData(maze, 20, 50, 3);
    CriticConfig c;
    c.depth = 4;
    c.width = 16;
    c.batch = 16;
    CriticTrainer a(maze, data, c, 5);
    CriticTrainer b(maze, data, c, 5);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(a.step(), b.step());
    const ValueMap ma = a.qMap(maze.centreOf({4, 1}));
    QCOMPARE(int(ma.value.size()), 99);
    QVERIFY(ma.optimalFraction >= 0.0 && ma.optimalFraction <= 1.0);
}

QTEST_APPLESS_MAIN(TestDeepCrlModel)
#include "tst_deepcrlmodel.moc"
