// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// Unit tests of the toy RLVR lab's formulas (arXiv 2504.13837; paper sheet §5, §7.1, §8).
#include <paperlab/comparenear.h>

#include "evaluation.h"
#include "grpo.h"
#include "lab.h"
#include "pathpolicy.h"
#include "world.h"

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/passk.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace paperlab::papers::rlvrlimits;
namespace math = paperlab::math;


namespace {

std::shared_ptr<const PathSpace> space(int v, int l)
{
    return std::make_shared<PathSpace>(v, l);
}

TabularPolicy randomPolicy(int v, int l, uint64_t seed, double scale = 1.0)
{
    TabularPolicy p(space(v, l));
    math::Rng rng(seed);
    for (Eigen::Index r = 0; r < p.logits().rows(); ++r)
        for (Eigen::Index c = 0; c < p.logits().cols(); ++c)
            p.logits()(r, c) = scale * rng.normal();
    return p;
}

LabConfig smallConfig()
{
    LabConfig c;
    c.trainProblems = 60;
    c.testProblems = 60;
    c.rlSteps = 20;
    c.checkpoints = {10};
    c.distillSteps = 10;
    c.estimatorSamples = 256;
    c.kMax = 256;
    return c;
}

} // namespace

class TestRlvrLimitsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathSpaceIndexing();
    void factorisationReproducesWeights();
    void factorisationKeepsTinyWeights();
    void pathProbabilitiesSumToOne();
    void logProbGradientMatchesFiniteDifferences();
    void grpoLossGradientMatchesFiniteDifferences();
    void grpoAdvantagesEdgeCases();
    void grpoStepIgnoresAllEqualGroups();
    void unvisitedTokensGetNoGradient();
    void samplingMatchesProbabilities();
    void exactPassAtKIdentities();
    void exactPassAtKStableForTinyP();
    void coverageAndCrossover();
    void perplexityHandComputed();
    void entropyAndHistograms();
    void prefixMassGrid();
    void estimatorCheckAgreesWithMoments();
    void worldIsDeterministic();
    void labPhasesAndCheckpoints();
    void invalidConfigIsRejected();
};

void TestRlvrLimitsModel::pathSpaceIndexing()
{
    const PathSpace s(4, 5);
    QCOMPARE(s.paths(), 1024);
    QCOMPARE(s.nodes(), 1 + 4 + 16 + 64 + 256); // sheet §7.1: 341 conditional distributions
    // Path 0b11_10_01_00_11 in base 4: tokens 3,2,1,0,3 (most significant first).
    const int y = ((((3 * 4) + 2) * 4 + 1) * 4 + 0) * 4 + 3;
    QCOMPARE(s.token(y, 0), 3);
    QCOMPARE(s.token(y, 1), 2);
    QCOMPARE(s.token(y, 4), 3);
    QCOMPARE(s.node(y, 0), 0); // the root
    QCOMPARE(s.node(y, 1), 1 + 3); // prefix "3"
    QCOMPARE(s.node(y, 2), 1 + 4 + (3 * 4 + 2)); // prefix "32"
    QCOMPARE(s.prefix(y, 2), 3 * 4 + 2);
    QVERIFY(s.outOfPrior(y));
    QVERIFY(!s.outOfPrior(0));
    int oop = 0;
    for (int p = 0; p < s.paths(); ++p)
        oop += s.outOfPrior(p) ? 1 : 0;
    QCOMPARE(oop, 256);
}

void TestRlvrLimitsModel::factorisationReproducesWeights()
{
    // Sheet §8: the exact factorisation of pi_0 reproduces q_0 to 1e-12 relative error.
    auto sp = space(4, 5);
    math::Rng rng(7);
    std::vector<double> logW(size_t(sp->paths()));
    for (double &w : logW)
        w = 2.0 * rng.normal();
    const double lse = [&] {
        const double m = *std::max_element(logW.begin(), logW.end());
        double s = 0.0;
        for (double w : logW)
            s += std::exp(w - m);
        return m + std::log(s);
    }();
    const TabularPolicy p = TabularPolicy::fromLogWeights(sp, logW);
    const std::vector<double> probs = p.pathProbabilities();
    for (size_t y = 0; y < probs.size(); ++y) {
        const double q0 = std::exp(logW[y] - lse);
        PL_COMPARE_NEAR(probs[y] / q0, 1.0, 1e-12);
    }
}

void TestRlvrLimitsModel::factorisationKeepsTinyWeights()
{
    // Out-of-prior paths with raw weight 1e-12 keep their exact relative mass.
    const World w(LabConfig{}, math::Rng(3));
    const TabularPolicy base = TabularPolicy::fromLogWeights(w.space(), w.baseLogWeights());
    const std::vector<double> lp = base.logPathProbabilities();
    const auto &lw = w.baseLogWeights();
    for (int y = 1; y < w.paths(); ++y)
        PL_COMPARE_NEAR((lp[size_t(y)] - lp[0]) - (lw[size_t(y)] - lw[0]), 0.0, 1e-10);
    const double oop = outOfPriorMass(*w.space(), base.pathProbabilities());
    QVERIFY(oop > 0.0);
    QVERIFY(oop < 1e-10); // measured 3.5e-13 at seed 3
}

void TestRlvrLimitsModel::pathProbabilitiesSumToOne()
{
    for (int v : {2, 3, 4, 6}) {
        const TabularPolicy p = randomPolicy(v, 4, uint64_t(v), 2.0);
        const std::vector<double> probs = p.pathProbabilities();
        PL_COMPARE_NEAR(std::accumulate(probs.begin(), probs.end(), 0.0), 1.0, 1e-12);
        const Eigen::MatrixXd cond = p.conditionals();
        for (Eigen::Index r = 0; r < cond.rows(); ++r)
            PL_COMPARE_NEAR(cond.row(r).sum(), 1.0, 1e-12);
    }
}

void TestRlvrLimitsModel::logProbGradientMatchesFiniteDifferences()
{
    TabularPolicy p = randomPolicy(3, 3, 11);
    Eigen::MatrixXd grad = Eigen::MatrixXd::Zero(p.logits().rows(), p.logits().cols());
    // f = 0.7 log pi(y1) - 1.3 log pi(y2): visited rows shared and not shared.
    const int y1 = 5, y2 = 22;
    addLogProbGradient(p.space(), p.conditionals(), y1, 0.7, grad);
    addLogProbGradient(p.space(), p.conditionals(), y2, -1.3, grad);
    const auto f = [&] {
        const std::vector<double> lp = p.logPathProbabilities();
        return 0.7 * lp[y1] - 1.3 * lp[y2];
    };
    const math::GradCheckResult r = math::checkGradients(f, {{&p.logits(), &grad}});
    QVERIFY2(r.maxRelError < 1e-7, qPrintable(QString::number(r.maxRelError)));
}

void TestRlvrLimitsModel::grpoLossGradientMatchesFiniteDifferences()
{
    TabularPolicy p = randomPolicy(3, 3, 5);
    const TabularPolicy ref = randomPolicy(3, 3, 6);
    const Eigen::MatrixXd refLog = ref.logConditionals();
    const std::vector<int> paths{0, 4, 4, 17, 26, 9};
    const std::vector<double> adv = grpoAdvantages({1, 0, 0, 1, 0, 1});
    for (double kl : {0.0, 0.05}) {
        Eigen::MatrixXd grad = Eigen::MatrixXd::Zero(p.logits().rows(), p.logits().cols());
        const Eigen::MatrixXd lc = p.logConditionals();
        addGrpoLossGradient(p.space(), lc.array().exp().matrix(), lc, refLog, paths, adv,
                            1.0 / 6.0, kl, grad);
        const auto f = [&] { return grpoLoss(p, refLog, paths, adv, 1.0 / 6.0, kl); };
        const math::GradCheckResult r = math::checkGradients(f, {{&p.logits(), &grad}});
        QVERIFY2(r.maxRelError < 1e-7, qPrintable(QString::number(r.maxRelError)));
    }
}

void TestRlvrLimitsModel::grpoAdvantagesEdgeCases()
{
    // All-equal groups: exactly zero (verl), for failures, successes and fractional rewards.
    for (double r : {0.0, 1.0, 0.3}) {
        const std::vector<double> a = grpoAdvantages(std::vector<double>(8, r));
        for (double x : a)
            QCOMPARE(x, 0.0);
    }
    // Singleton group: mean 0, std 1, so A = r / (1 + 1e-6).
    PL_COMPARE_NEAR(grpoAdvantages({1.0})[0], 1.0 / (1.0 + 1e-6), 1e-15);
    PL_COMPARE_NEAR(grpoAdvantages({0.0})[0], 0.0, 0.0);
    QVERIFY(grpoAdvantages({}).empty());
    // {1, 0, 0, 0}: mean 1/4, unbiased std sqrt(3/16 * 4/3) = 1/2.
    const std::vector<double> a = grpoAdvantages({1, 0, 0, 0});
    PL_COMPARE_NEAR(a[0], 0.75 / (0.5 + 1e-6), 1e-12);
    PL_COMPARE_NEAR(a[1], -0.25 / (0.5 + 1e-6), 1e-12);
    // {1, 0}: mean 1/2, unbiased std 1/sqrt(2).
    const std::vector<double> b = grpoAdvantages({1, 0});
    PL_COMPARE_NEAR(b[0], 0.5 / (std::sqrt(0.5) + 1e-6), 1e-12);
    // Group-normalised advantages sum to zero.
    const std::vector<double> c = grpoAdvantages({1, 1, 0, 1, 0, 0, 0, 1});
    PL_COMPARE_NEAR(std::accumulate(c.begin(), c.end(), 0.0), 0.0, 1e-12);
}

void TestRlvrLimitsModel::grpoStepIgnoresAllEqualGroups()
{
    // A world whose problems no path solves: every group is all-fail, so GRPO never moves.
    LabConfig c = smallConfig();
    c.verifierOffset = 1e3;
    const World w(c, math::Rng(1));
    for (int j = 0; j < w.problems(); ++j)
        QVERIFY(w.correctPaths(j).empty());
    const TabularPolicy base = TabularPolicy::fromLogWeights(w.space(), w.baseLogWeights());
    GrpoTrainer t(w, base, math::Rng(2));
    for (int i = 0; i < 5; ++i) {
        const GrpoStepStats s = t.step();
        QCOMPARE(s.zeroAdvantageGroups, s.groups);
        QCOMPARE(s.meanReward, 0.0);
    }
    QCOMPARE((t.policy().logits() - base.logits()).cwiseAbs().maxCoeff(), 0.0);
}

void TestRlvrLimitsModel::unvisitedTokensGetNoGradient()
{
    // Group-normalised advantages sum to zero, so a token never sampled at a visited prefix
    // gets gradient -pi_v * sum(A) = 0: RLVR cannot raise what it does not sample.
    const TabularPolicy p = randomPolicy(4, 3, 9);
    const Eigen::MatrixXd lc = p.logConditionals();
    const std::vector<int> paths{0, 1, 2, 5}; // all start with token 0
    const std::vector<double> adv = grpoAdvantages({1, 0, 0, 1});
    Eigen::MatrixXd grad = Eigen::MatrixXd::Zero(p.logits().rows(), p.logits().cols());
    addGrpoLossGradient(p.space(), lc.array().exp().matrix(), lc, lc, paths, adv, 0.25, 0.0, grad);
    for (int v = 1; v < 4; ++v)
        PL_COMPARE_NEAR(grad(0, v), 0.0, 1e-15);
    QVERIFY(std::abs(grad(0, 0)) < 1e-15); // the shared first token: sum(A) = 0 as well
    QVERIFY(grad.cwiseAbs().maxCoeff() > 1e-3);
}

void TestRlvrLimitsModel::samplingMatchesProbabilities()
{
    const TabularPolicy p = randomPolicy(3, 3, 4);
    const std::vector<double> probs = p.pathProbabilities();
    const Eigen::MatrixXd cond = p.conditionals();
    math::Rng rng(99);
    const int N = 60000;
    std::vector<int> autoreg(probs.size(), 0), cdf(probs.size(), 0);
    const PathSampler sampler(probs);
    for (int i = 0; i < N; ++i) {
        ++autoreg[size_t(samplePath(p.space(), cond, rng))];
        ++cdf[size_t(sampler.sample(rng))];
    }
    // Each count within 5 binomial standard deviations of its expectation.
    for (size_t y = 0; y < probs.size(); ++y) {
        const double mu = N * probs[y];
        const double sd = std::sqrt(N * probs[y] * (1 - probs[y]));
        QVERIFY(std::abs(autoreg[y] - mu) <= 5 * sd + 1);
        QVERIFY(std::abs(cdf[y] - mu) <= 5 * sd + 1);
    }
}

void TestRlvrLimitsModel::exactPassAtKIdentities()
{
    SolveProbabilities s;
    s.p = {0.0, 0.1, 0.5, 1.0};
    for (double p : s.p)
        s.logFailure.push_back(p < 1.0 ? std::log1p(-p)
                                       : -std::numeric_limits<double>::infinity());
    // pass@1 = mean p; pass@k = mean(1 - (1-p)^k).
    PL_COMPARE_NEAR(exactPassAtK(s, 1), (0.0 + 0.1 + 0.5 + 1.0) / 4.0, 1e-15);
    PL_COMPARE_NEAR(exactPassAtK(s, 2), (0.0 + 0.19 + 0.75 + 1.0) / 4.0, 1e-15);
    const std::vector<double> curve = exactPassCurve(s, 1024);
    QCOMPARE(curve.size(), size_t(1024));
    for (size_t k = 1; k < curve.size(); ++k)
        QVERIFY(curve[k] >= curve[k - 1]); // monotone in k
    PL_COMPARE_NEAR(curve[2], exactPassAtK(s, 3), 1e-15);
    // The p = 0 problem is never solved: the curve tends to 3/4, never to 1.
    PL_COMPARE_NEAR(curve.back(), 0.75, 1e-12);
}

void TestRlvrLimitsModel::exactPassAtKStableForTinyP()
{
    // An out-of-prior success probability 1e-13 at k = 1024: 1.024e-10, not 0 or noise.
    SolveProbabilities s;
    s.p = {1e-13};
    s.logFailure = {std::log1p(-1e-13)};
    PL_COMPARE_NEAR(exactPassAtK(s, 1024) / 1.024e-10, 1.0, 1e-9);
    // p close to 1 through the complement: 1 - p = 1e-20 exactly.
    SolveProbabilities t;
    t.p = {1.0};
    t.logFailure = {std::log(1e-20)};
    PL_COMPARE_NEAR(exactPassAtK(t, 1), 1.0 - 1e-20, 1e-16);
}

void TestRlvrLimitsModel::coverageAndCrossover()
{
    auto make = [](std::vector<double> ps) {
        SolveProbabilities s;
        s.p = ps;
        for (double p : ps)
            s.logFailure.push_back(std::log1p(-p));
        return s;
    };
    // Solvable at k = 256 iff 1 - (1-p)^256 >= 0.5 iff p >= 1 - 0.5^(1/256) = 0.0026740...
    const double edge = -std::expm1(std::log(0.5) / 256.0);
    const SolveProbabilities base = make({0.01, 0.01, 1e-4, 1e-4, edge * 1.0001});
    const SolveProbabilities rl = make({0.9, 1e-4, 0.02, 1e-5, edge * 0.9999});
    const Coverage c = coverage(base, rl, 256);
    QCOMPARE(c.both, 1);
    QCOMPARE(c.baseOnly, 2);
    QCOMPARE(c.rlOnly, 1);
    QCOMPARE(c.neither, 1);
    QCOMPARE(c.total(), 5);
    QCOMPARE(crossoverK({0.1, 0.3, 0.6, 0.8}, {0.5, 0.55, 0.6, 0.65}), 3); // ties count
    QCOMPARE(crossoverK({0.1, 0.2}, {0.5, 0.55}), 0);
    QCOMPARE(crossoverK({0.5}, {0.4}), 1);
}

void TestRlvrLimitsModel::perplexityHandComputed()
{
    // Two paths of length 2 with pi_ref = (0.25, 0.75) and pi_X = (0.5, 0.5):
    // mean NLL per token = (0.5 ln 4 + 0.5 ln(4/3)) / 2, PPL = exp of it = (16/3)^(1/4).
    const double ppl = perplexityUnder({0.5, 0.5}, {std::log(0.25), std::log(0.75)}, 2);
    PL_COMPARE_NEAR(ppl, std::pow(16.0 / 3.0, 0.25), 1e-14);
    // The perplexity of a model under itself is exp(H / L).
    const TabularPolicy p = randomPolicy(3, 3, 8);
    const std::vector<double> lp = p.logPathProbabilities();
    PL_COMPARE_NEAR(perplexityUnder(p.pathProbabilities(), lp, 3), std::exp(pathEntropy(lp) / 3.0), 1e-12);
}

void TestRlvrLimitsModel::entropyAndHistograms()
{
    PL_COMPARE_NEAR(pathEntropy({std::log(0.5), std::log(0.5)}), std::log(2.0), 1e-15);
    PL_COMPARE_NEAR(pathEntropy({0.0, -std::numeric_limits<double>::infinity()}), 0.0, 0.0);
    const TabularPolicy uniform(space(4, 5));
    PL_COMPARE_NEAR(pathEntropy(uniform.logPathProbabilities()), 5 * std::log(4.0), 1e-12);
    // numpy edges: [0, .25) [.25, .5) [.5, .75) [.75, 1], out-of-range dropped.
    const std::vector<double> h
        = weightedHistogram({0.0, 0.25, 0.6, 1.0, 1.5, -0.1}, {1, 2, 3, 4, 5, 6}, 4, 0, 1);
    QCOMPARE(h, (std::vector<double>{1, 2, 3, 4}));
}

void TestRlvrLimitsModel::prefixMassGrid()
{
    const TabularPolicy p = randomPolicy(2, 3, 12);
    const std::vector<double> probs = p.pathProbabilities();
    const std::vector<double> g
        = ::paperlab::papers::rlvrlimits::prefixMassGrid(p.space(), probs, -30);
    QCOMPARE(g.size(), size_t(3 * 8));
    // Depth 3 is the path itself; depth 1 is the mass of its first token.
    for (int y = 0; y < 8; ++y)
        PL_COMPARE_NEAR(g[size_t(2 * 8 + y)], std::log10(probs[size_t(y)]), 1e-12);
    PL_COMPARE_NEAR(std::pow(10.0, g[0]), probs[0] + probs[1] + probs[2] + probs[3], 1e-12);
    PL_COMPARE_NEAR(std::pow(10.0, g[size_t(1 * 8 + 7)]), probs[6] + probs[7], 1e-12);
}

void TestRlvrLimitsModel::estimatorCheckAgreesWithMoments()
{
    // With c = n p exactly, the estimate at k = 1 equals the exact value (z = 0).
    SampledCounts counts;
    counts.n = 100;
    counts.correct = {10, 50};
    SolveProbabilities exact;
    exact.p = {0.1, 0.5};
    exact.logFailure = {std::log1p(-0.1), std::log1p(-0.5)};
    const EstimatorCheck e = checkEstimator(counts, exact, 1);
    PL_COMPARE_NEAR(e.estimate, 0.3, 1e-15);
    PL_COMPARE_NEAR(e.exact, 0.3, 1e-15);
    PL_COMPARE_NEAR(e.z, 0.0, 1e-12);
    // SE at k = 1: sqrt(sum p(1-p)/n) / J.
    PL_COMPARE_NEAR(e.se, std::sqrt(0.1 * 0.9 / 100 + 0.5 * 0.5 / 100) / 2.0, 1e-12);
    // The estimator curve from counts equals the per-problem product form, averaged.
    const std::vector<double> curve = estimatorCurve(counts, 100);
    PL_COMPARE_NEAR(curve[9], (math::passAtK(100, 10, 10) + math::passAtK(100, 50, 10)) / 2.0, 1e-13);
}

void TestRlvrLimitsModel::worldIsDeterministic()
{
    const LabConfig c = smallConfig();
    const World a(c, math::Rng(5)), b(c, math::Rng(5)), other(c, math::Rng(6));
    QCOMPARE(a.baseLogWeights(), b.baseLogWeights());
    for (int j = 0; j < a.problems(); ++j)
        QCOMPARE(a.correctPaths(j), b.correctPaths(j));
    QVERIFY(a.baseLogWeights() != other.baseLogWeights());
    // Verifier sets are consistent with correct().
    for (int y : a.correctPaths(3))
        QVERIFY(a.correct(3, y));
    // The verifier favours high-quality paths: mean z of correct paths > overall mean.
    double inC = 0, nC = 0, all = 0;
    for (int j = 0; j < a.problems(); ++j)
        for (int y : a.correctPaths(j)) {
            inC += a.quality(y);
            ++nC;
        }
    for (int y = 0; y < a.paths(); ++y)
        all += a.quality(y);
    QVERIFY(inC / nC > all / a.paths() + 0.5);
}

void TestRlvrLimitsModel::labPhasesAndCheckpoints()
{
    const LabConfig c = smallConfig();
    Lab lab(c, 3);
    QCOMPARE(lab.totalSteps(), c.rlSteps + c.distillSteps + 1);
    QCOMPARE(lab.phase(), Lab::Phase::Rl);
    int steps = 0;
    while (!lab.done()) {
        lab.step();
        ++steps;
    }
    QCOMPARE(steps, lab.totalSteps());
    QCOMPARE(int(lab.checkpoints().size()), 2);
    QCOMPARE(lab.checkpoints()[0].step, 10);
    QCOMPARE(lab.finalRl()->step, 20);
    QCOMPARE(int(lab.rlHistory().size()), c.rlSteps + 1);
    QCOMPARE(int(lab.distillHistory().size()), c.distillSteps + 1);
    QCOMPARE(lab.samplesRl().correct.size(), size_t(c.testProblems));
    QCOMPARE(lab.estimatorCurveRl().size(), size_t(256));
    // The same seed reproduces the run bit for bit; chunking cannot matter (whole steps).
    const LabResult again = runLab(c, 3);
    QCOMPARE(again.pass1Rl, lab.result().pass1Rl);
    QCOMPARE(again.crossoverK, lab.result().crossoverK);
    QCOMPARE(again.estimatorRl[0].estimate, lab.result().estimatorRl[0].estimate);
    // pass@1 in the history at the final step equals the final model's.
    PL_COMPARE_NEAR(lab.rlHistory().back().pass1Test, lab.result().pass1Rl, 1e-15);
    // Distillation with zero steps: the "distilled" model is the base model.
    LabConfig none = c;
    none.distillSteps = 0;
    const LabResult r0 = runLab(none, 3);
    PL_COMPARE_NEAR(r0.pass1Distilled, r0.pass1Base, 1e-15);
}

void TestRlvrLimitsModel::invalidConfigIsRejected()
{
    LabConfig c;
    c.vocab = 6;
    c.length = 6;
    QVERIFY(validateConfig(c).find("4096") != std::string::npos);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Lab(c, 1));
    LabConfig d;
    d.rlSteps = 0;
    QVERIFY(!validateConfig(d).empty());
    QVERIFY(validateConfig(LabConfig{}).empty());
}

QTEST_APPLESS_MAIN(TestRlvrLimitsModel)
#include "tst_rlvrlimitsmodel.moc"
