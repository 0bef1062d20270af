// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Unit tests of every formula of the superposition toy (arXiv 2505.10465) against
// hand-computed or closed-form values, and of the definitions that must match the authors'
// code (exp/exp-10.py, exp/adamw.py). Fast: no full training runs.

#include <paperlab/comparenear.h>

#include "analysis.h"
#include "runset.h"
#include "toydata.h"
#include "toymodel.h"
#include "trainer.h"

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/linalg.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace paperlab::papers::superpositionscaling;
using paperlab::math::Rng;


class TestSuperpositionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void powerLawFrequencies();
    void activeFeaturesPerSample();
    void otherFrequencyLaws();
    void probabilitiesCappedAtOne();
    void samplerActivationRates();
    void samplerValueMoments();
    void denseSamplerAgrees();
    void sparseBatchLayout();
    void eq4HandComputed();
    void scheduleMatchesGetLr();
    void decayScalesByOneMinusGammaEta();
    void growthHandComputed();
    void growthDrivesRowNormsToOne();
    void firstStepOrderAndBiasUndecayed();
    void lossMatchesDefinition();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void sparseFloatMatchesDenseReference();
    void emptySamples();
    void orderParameters();
    void meanSquaredOverlapMatchesPairs();
    void randomUnitVectorsGiveOneOverM();
    void betaReferenceMatchesSimulation();
    void welchBoundIsMetBySimplex();
    void scalingFitRecoversExponent();
    void runSetIndependentOfThreadsAndChunks();
};

void TestSuperpositionModel::powerLawFrequencies()
{
    // p_i ∝ i^-alpha normalised to sum E (exp-10.py: prob / prob.sum()).
    const std::vector<double> p = featureProbabilities(4, FrequencyLaw::Power, 1.0, 1.0);
    // 1, 1/2, 1/3, 1/4 sum to 25/12.
    PL_COMPARE_NEAR(p[0], 12.0 / 25.0, 1e-15);
    PL_COMPARE_NEAR(p[3], 3.0 / 25.0, 1e-15);
    PL_COMPARE_NEAR(effectiveDensity(p), 1.0, 1e-15);
    const std::vector<double> q = featureProbabilities(1000, FrequencyLaw::Power, 1.5, 2.0);
    PL_COMPARE_NEAR(effectiveDensity(q), 2.0, 1e-12);
    PL_COMPARE_NEAR(q[9] / q[0], std::pow(10.0, -1.5), 1e-12);
}

void TestSuperpositionModel::activeFeaturesPerSample()
{
    // The explainer's numbers for n = 1000, alpha = 1, E = 1: one active feature on average,
    // but about 36% of samples have none, 37% exactly one and 26% two or more. The count of
    // active features is a sum of independent Bernoulli(p_i): fold them in one at a time.
    const std::vector<double> p = featureProbabilities(1000, FrequencyLaw::Power, 1.0, 1.0);
    std::vector<double> count(p.size() + 1, 0.0);
    count[0] = 1.0;
    for (const double pi : p) {
        for (size_t k = count.size() - 1; k > 0; --k)
            count[k] = count[k] * (1.0 - pi) + count[k - 1] * pi;
        count[0] *= 1.0 - pi;
    }
    double mean = 0.0;
    for (size_t k = 0; k < count.size(); ++k)
        mean += double(k) * count[k];
    PL_COMPARE_NEAR(mean, 1.0, 1e-12);
    PL_COMPARE_NEAR(count[0], 0.36, 0.005);
    PL_COMPARE_NEAR(count[1], 0.37, 0.005);
    PL_COMPARE_NEAR(1.0 - count[0] - count[1], 0.26, 0.005);
}

void TestSuperpositionModel::otherFrequencyLaws()
{
    const auto flat = featureProbabilities(5, FrequencyLaw::Flat, 1.0, 1.0);
    for (double v : flat)
        PL_COMPARE_NEAR(v, 0.2, 1e-15);
    // Linear: p_i ∝ n - i for i = 1..n, so 3, 2, 1, 0 over 6 (exp-17.py).
    const auto lin = featureProbabilities(4, FrequencyLaw::Linear, 0.0, 1.0);
    PL_COMPARE_NEAR(lin[0], 0.5, 1e-15);
    PL_COMPARE_NEAR(lin[2], 1.0 / 6.0, 1e-15);
    PL_COMPARE_NEAR(lin[3], 0.0, 0.0);
    const auto ex = featureProbabilities(1000, FrequencyLaw::Exponential, 0.0, 1.0);
    PL_COMPARE_NEAR(ex[400] / ex[0], std::exp(-1.0), 1e-12);
    PL_COMPARE_NEAR(effectiveDensity(ex), 1.0, 1e-12);
}

void TestSuperpositionModel::probabilitiesCappedAtOne()
{
    // alpha = 2, n = 10, E = 4: p_i = 4 i^-2 / H_{10,2} with H_{10,2} = 1.5497677...;
    // p_1 = 2.58 is capped at 1, the others are unchanged.
    const auto p = featureProbabilities(10, FrequencyLaw::Power, 2.0, 4.0);
    PL_COMPARE_NEAR(p[0], 1.0, 0.0);
    PL_COMPARE_NEAR(p[1], 1.0 / 1.5497677311665408, 1e-12);
    PL_COMPARE_NEAR(p[2], 4.0 / 9.0 / 1.5497677311665408, 1e-12);
    QVERIFY(effectiveDensity(p) < 4.0);
}

void TestSuperpositionModel::samplerActivationRates()
{
    // Pearson chi-square of the per-feature activation counts against B * batches * p_i.
    // n = 40 features, so 39 degrees of freedom for the fixed total... each count is an
    // independent binomial, so sum (O - E)^2 / (E (1 - p)) ~ chi2(40): mean 40, sd 8.9.
    // The 99.9% quantile of chi2(40) is 73.4.
    const auto p = featureProbabilities(40, FrequencyLaw::Power, 1.0, 1.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    for (uint64_t seed : {1, 2, 3, 4, 5}) {
        Rng rng(seed);
        std::vector<double> counts(p.size(), 0.0);
        const int batches = 200;
        const int B = 256;
        double actives = 0.0;
        for (int k = 0; k < batches; ++k) {
            sampler.sample(B, rng, batch);
            for (int f : batch.feature)
                counts[size_t(f)] += 1.0;
            actives += batch.nonZeros();
        }
        double chi2 = 0.0;
        for (size_t i = 0; i < p.size(); ++i) {
            const double e = double(B) * batches * p[i];
            chi2 += (counts[i] - e) * (counts[i] - e) / (e * (1.0 - p[i]));
        }
        QVERIFY2(chi2 < 73.4,
                 qPrintable(QStringLiteral("seed %1: chi2 = %2").arg(seed).arg(chi2)));
        // About E = 1 active input per sample: 51200 samples, sd of the mean ~ 0.004.
        PL_COMPARE_NEAR(actives / (double(B) * batches), 1.0, 0.02);
    }
}

void TestSuperpositionModel::samplerValueMoments()
{
    // v ~ U(0, 2): <v> = 1, <v^2> = 4/3 (§2). With ~100k draws the standard errors are
    // 0.0018 and 0.0038; the tolerances are 5 of them.
    const auto p = featureProbabilities(100, FrequencyLaw::Flat, 0.0, 2.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    Rng rng(11);
    double s1 = 0.0;
    double s2 = 0.0;
    double count = 0.0;
    for (int k = 0; k < 200; ++k) {
        sampler.sample(256, rng, batch);
        for (double v : batch.value) {
            QVERIFY(v >= 0.0 && v < 2.0);
            s1 += v;
            s2 += v * v;
            count += 1.0;
        }
    }
    QVERIFY(count > 90000);
    PL_COMPARE_NEAR(s1 / count, 1.0, 0.01);
    PL_COMPARE_NEAR(s2 / count, 4.0 / 3.0, 0.02);
}

void TestSuperpositionModel::denseSamplerAgrees()
{
    // The reference sampler: same activation rate and value moments.
    const auto p = featureProbabilities(50, FrequencyLaw::Power, 0.5, 1.0);
    Rng rng(3);
    const Eigen::MatrixXd x = sampleDense(p, 20000, rng);
    const double active = double((x.array() > 0.0).count());
    PL_COMPARE_NEAR(active / 20000.0, 1.0, 0.03); // sd of the mean 0.007
    PL_COMPARE_NEAR(x.sum() / active, 1.0, 0.02);
    const double share = double((x.col(0).array() > 0.0).count()) / 20000.0;
    PL_COMPARE_NEAR(share, p[0], 0.01);
}

void TestSuperpositionModel::sparseBatchLayout()
{
    const auto p = featureProbabilities(30, FrequencyLaw::Power, 1.0, 3.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    Rng rng(5);
    sampler.sample(64, rng, batch);
    QCOMPARE(int(batch.rowStart.size()), 65);
    QCOMPARE(batch.rowStart.back(), batch.nonZeros());
    const Eigen::MatrixXd x = batch.toDense();
    QCOMPARE(int((x.array() > 0.0).count()), batch.nonZeros());
    for (int s = 0; s < 64; ++s) {
        for (int k = batch.rowStart[size_t(s)] + 1; k < batch.rowStart[size_t(s) + 1]; ++k)
            QVERIFY(batch.feature[size_t(k)] > batch.feature[size_t(k) - 1]);
    }
}

void TestSuperpositionModel::eq4HandComputed()
{
    // p = (0.5, 0.3, 0.2), first feature represented:
    //   (4/3 0.3 - 0.09) + (4/3 0.2 - 0.04) = 0.31 + 0.226666... = 0.536666...
    const std::vector<double> p = {0.5, 0.3, 0.2};
    PL_COMPARE_NEAR(eq4Loss(p, 1), 0.31 + 0.8 / 3.0 - 0.04, 1e-15);
    PL_COMPARE_NEAR(eq4Loss(p, 3), 0.0, 0.0);
    PL_COMPARE_NEAR(eq4Loss(p, -2), eq4Loss(p, 0), 0.0);
    PL_COMPARE_NEAR(eq4LeadingOrder(p, 1), 4.0 / 3.0 * 0.5, 1e-15);
}

void TestSuperpositionModel::scheduleMatchesGetLr()
{
    // get_lr(step, lr, 20000, warmup_steps = 2000) of exp-10.py (paper sheet §8 item 6).
    const auto s = authorsSchedule(1e-2, 2000, 20000);
    PL_COMPARE_NEAR(s.at(0), 1e-2 / 2000.0, 1e-18);
    PL_COMPARE_NEAR(s.at(1999), 1e-2, 1e-18);
    PL_COMPARE_NEAR(s.at(19999), 0.05 * 1e-2, 1e-18);
    // Half-way through the cosine: (1 + 0.05) / 2 of the peak.
    PL_COMPARE_NEAR(s.at(10999), 0.525e-2, 1e-15);
    // The `strong` preset: warm-up 400 of 4000.
    const auto strong = authorsSchedule(1e-2, 400, 4000);
    PL_COMPARE_NEAR(strong.at(0), 2.5e-5, 1e-18);
    PL_COMPARE_NEAR(strong.at(3999), 5e-4, 1e-18);
}

void TestSuperpositionModel::decayScalesByOneMinusGammaEta()
{
    Eigen::MatrixXd wt(2, 3);
    wt << 1.0, -2.0, 0.5, 3.0, 0.25, -4.0;
    const Eigen::MatrixXd before = wt;
    applyDecayGrowth(wt, 0.5, 0.1); // factor 1 - 0.05
    QVERIFY((wt - 0.95 * before).cwiseAbs().maxCoeff() < 1e-15);
    applyDecayGrowth(wt, 0.0, 0.1);
    QVERIFY((wt - 0.95 * before).cwiseAbs().maxCoeff() < 1e-15);
}

void TestSuperpositionModel::growthHandComputed()
{
    // gamma = -1, eta = 0.1: W_i <- W_i (1 - 0.1 (1 - 1/(||W_i|| + 1e-8))).
    // Feature (3, 4): norm 5, factor 1 - 0.1 * 0.8 = 0.92 -> (2.76, 3.68) (up to 1e-8 eps).
    // Feature (0.3, 0.4): norm 0.5, factor 1 - 0.1 * (1 - 2) = 1.1 -> (0.33, 0.44).
    Eigen::MatrixXd wt(2, 2);
    wt << 3.0, 0.3, 4.0, 0.4;
    applyDecayGrowth(wt, -1.0, 0.1);
    const double f0 = 1.0 - 0.1 * (1.0 - 1.0 / (5.0 + 1e-8));
    const double f1 = 1.0 - 0.1 * (1.0 - 1.0 / (0.5 + 1e-8));
    PL_COMPARE_NEAR(wt(0, 0), 3.0 * f0, 1e-15);
    PL_COMPARE_NEAR(wt(1, 0), 4.0 * f0, 1e-15);
    PL_COMPARE_NEAR(wt(0, 1), 0.3 * f1, 1e-15);
    PL_COMPARE_NEAR(wt(1, 1), 0.4 * f1, 1e-15);
    PL_COMPARE_NEAR(wt(0, 0), 2.76, 1e-8);
    PL_COMPARE_NEAR(wt(1, 1), 0.44, 1e-8);
}

void TestSuperpositionModel::growthDrivesRowNormsToOne()
{
    // With zero gradient, gamma < 0 is gradient descent on (||W_i|| - 1)^2 / 2: every
    // non-zero row converges to unit norm, keeping its direction (paper sheet §8 item 6).
    Eigen::MatrixXd wt(3, 3);
    wt << 0.1, 2.0, 0.0, 0.1, -1.0, 0.0, 0.0, 2.0, 0.0; // norms 0.14, 3, 0
    const Eigen::MatrixXd start = wt;
    for (int k = 0; k < 400; ++k)
        applyDecayGrowth(wt, -1.0, 0.05);
    PL_COMPARE_NEAR(wt.col(0).norm(), 1.0, 1e-6);
    PL_COMPARE_NEAR(wt.col(1).norm(), 1.0, 1e-6);
    PL_COMPARE_NEAR(wt.col(2).norm(), 0.0, 0.0); // a zero row stays zero
    PL_COMPARE_NEAR(wt.col(0).normalized().dot(start.col(0).normalized()), 1.0, 1e-12);
}

void TestSuperpositionModel::firstStepOrderAndBiasUndecayed()
{
    // One Trainer step against exp/adamw.py by hand: the first Adam step moves every entry
    // by -eta0 g / (|g| + eps); W is first decayed by (1 - gamma eta0), b is not decayed.
    TrainConfig c;
    c.n = 20;
    c.m = 4;
    c.gamma = 0.5;
    c.batch = 32;
    c.steps = 10;
    c.warmup = 2;
    c.density = 3.0;
    c.backend = Backend::SparseDouble;
    const Rng stream(77);
    Trainer t(c, stream);
    const ToyModel start = t.model();
    // Recompute the step's batch and gradient from the documented sub-streams.
    SparseSampler sampler(t.probabilities());
    SparseBatch batch;
    Rng data = stream.split(1);
    sampler.sample(c.batch, data, batch);
    SparseKernel<double> kernel;
    Eigen::MatrixXd gw;
    Eigen::MatrixXd gb;
    kernel.lossAndGradient(batch, start.wt, start.b, &gw, &gb);
    t.step();
    const double eta0 = c.lr / c.warmup; // step 0 of get_lr with warm-up 2
    const auto adam = [&](const Eigen::MatrixXd &g) {
        return (g.array() / (g.array().abs() + 1e-8)).matrix() * eta0;
    };
    const Eigen::MatrixXd expectedW = start.wt * (1.0 - c.gamma * eta0) - adam(gw);
    const Eigen::MatrixXd expectedB = start.b - adam(gb);
    QVERIFY((t.model().wt - expectedW).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((t.model().b - expectedB).cwiseAbs().maxCoeff() < 1e-12);
    QCOMPARE(t.stepsDone(), 1);
}

void TestSuperpositionModel::lossMatchesDefinition()
{
    const auto p = featureProbabilities(25, FrequencyLaw::Power, 1.0, 2.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    Rng rng(9);
    sampler.sample(40, rng, batch);
    Rng init(10);
    const ToyModel model = initToyModel(25, 5, init);
    const Eigen::MatrixXd x = batch.toDense();
    const double expected = referenceLoss(x, model.W(), model.b);
    SparseKernel<double> kernel;
    PL_COMPARE_NEAR(kernel.lossAndGradient(batch, model.wt, model.b, nullptr, nullptr), expected, 1e-12);
    PL_COMPARE_NEAR(denseLossAndGradient<double>(x, model.W(), model.b, nullptr, nullptr), expected, 1e-12);
}

void TestSuperpositionModel::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<int>("path");
    QTest::addColumn<double>("biasShift");
    // A negative bias shift makes few outputs fire (the strong-regime structure), a positive
    // one makes almost all fire (the complement form); every path is exact everywhere.
    QTest::newRow("automatic") << int(BackwardPath::None) << 0.0;
    QTest::newRow("positives") << int(BackwardPath::Positives) << -1.5;
    QTest::newRow("complement") << int(BackwardPath::Complement) << 1.5;
    QTest::newRow("dense") << int(BackwardPath::Dense) << 0.0;
}

void TestSuperpositionModel::gradientMatchesFiniteDifferences()
{
    QFETCH(int, path);
    QFETCH(double, biasShift);
    const int n = 12;
    const int m = 3;
    const auto p = featureProbabilities(n, FrequencyLaw::Power, 0.5, 3.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    Rng rng(21);
    sampler.sample(9, rng, batch);
    Rng init(22);
    ToyModel model = initToyModel(n, m, init);
    model.b.array() += biasShift;
    const Eigen::MatrixXd x = batch.toDense();
    SparseKernel<double> kernel;
    kernel.forcePath(BackwardPath(path));
    kernel.lossAndGradient(batch, model.wt, model.b, &model.gradWt, &model.gradB);
    if (path != int(BackwardPath::None))
        QCOMPARE(int(kernel.lastPath()), path);
    // The gradient is of the MSE, i.e. the paper-unit loss / n.
    const auto f = [&] { return referenceLoss(x, model.wt.transpose(), model.b) / n; };
    paperlab::math::GradCheckOptions options;
    options.step = 1e-6;
    options.floor = 1e-3;
    const auto result = paperlab::math::checkGradients(f, model.params(), options);
    QVERIFY2(result.maxRelError < 1e-6,
             qPrintable(QStringLiteral("max error %1").arg(result.maxRelError)));
}

void TestSuperpositionModel::sparseFloatMatchesDenseReference()
{
    // The training kernel (float, sparse) against the dense double computation, on a
    // trained-like model (negative bias) and an untrained one.
    const int n = 300;
    const int m = 20;
    const auto p = featureProbabilities(n, FrequencyLaw::Power, 1.0, 1.0);
    SparseSampler sampler(p);
    SparseBatch batch;
    Rng rng(31);
    sampler.sample(128, rng, batch);
    const Eigen::MatrixXd x = batch.toDense();
    for (double shift : {0.0, -0.8}) {
        Rng init(32);
        ToyModel model = initToyModel(n, m, init);
        model.b.array() += shift;
        Eigen::MatrixXd gw;
        Eigen::MatrixXd gb;
        const double ref = denseLossAndGradient<double>(x, model.W(), model.b, &gw, &gb);
        SparseKernel<float> kernel;
        const double loss = kernel.lossAndGradient(batch, model.wt, model.b, &model.gradWt,
                                                   &model.gradB);
        PL_COMPARE_NEAR(loss / ref, 1.0, 1e-5);
        const double scale = gw.cwiseAbs().maxCoeff();
        QVERIFY((model.gradWt.transpose() - gw).cwiseAbs().maxCoeff() < 1e-5 * scale);
        QVERIFY((model.gradB - gb).cwiseAbs().maxCoeff() < 1e-5 * gb.cwiseAbs().maxCoeff());
    }
}

void TestSuperpositionModel::emptySamples()
{
    // No active input at all: y = relu(b) for every sample, L = sum relu(b)^2 and the
    // MSE gradient is 2 relu(b) / n for b and 0 for W.
    SparseBatch batch;
    batch.batch = 4;
    batch.features = 3;
    batch.rowStart = {0, 0, 0, 0, 0};
    Eigen::MatrixXd wt(2, 3);
    wt << 1.0, 2.0, 3.0, -1.0, 0.5, 0.0;
    Eigen::MatrixXd b(1, 3);
    b << 0.5, -1.0, 2.0;
    SparseKernel<double> kernel;
    Eigen::MatrixXd gw;
    Eigen::MatrixXd gb;
    PL_COMPARE_NEAR(kernel.lossAndGradient(batch, wt, b, &gw, &gb), 0.25 + 4.0, 1e-15);
    PL_COMPARE_NEAR(gb(0, 0), 2.0 * 0.5 / 3.0, 1e-15);
    PL_COMPARE_NEAR(gb(0, 1), 0.0, 0.0);
    PL_COMPARE_NEAR(gb(0, 2), 2.0 * 2.0 / 3.0, 1e-15);
    PL_COMPARE_NEAR(gw.cwiseAbs().maxCoeff(), 0.0, 0.0);
}

void TestSuperpositionModel::orderParameters()
{
    // Rows with norms 0.4, 0.6, 1.0, 1.2: phi_1/2 = 3/4 (Eq. 3), phi_1 = 1/4 (strictly > 1).
    Eigen::MatrixXd W(4, 2);
    W << 0.4, 0.0, 0.0, 0.6, 0.6, 0.8, 1.2, 0.0;
    const Eigen::VectorXd norms = rowNorms(W);
    PL_COMPARE_NEAR(phiHalf(norms), 0.75, 0.0);
    PL_COMPARE_NEAR(phiOne(norms), 0.25, 0.0);
    QCOMPARE(countAbove(norms, 0.5), 3);
}

void TestSuperpositionModel::meanSquaredOverlapMatchesPairs()
{
    Rng rng(41);
    Eigen::MatrixXd W = rng.normalMatrix(30, 6, 1.0);
    W.row(3) *= 0.01; // below the 1/2 cut
    const OverlapStats stats = meanSquaredOverlap(W, 0.5);
    double sum = 0.0;
    int pairs = 0;
    const Eigen::VectorXd norms = rowNorms(W);
    for (int i = 0; i < 30; ++i) {
        for (int j = 0; j < 30; ++j) {
            if (i == j || norms[i] <= 0.5 || norms[j] <= 0.5)
                continue;
            const double c = W.row(i).dot(W.row(j)) / (norms[i] * norms[j]);
            sum += c * c;
            ++pairs;
        }
    }
    QCOMPARE(stats.rows, countAbove(norms, 0.5));
    PL_COMPARE_NEAR(stats.meanSquared, sum / pairs, 1e-12);
    const std::vector<double> sq = squaredOverlaps(W, 0.5, 1000);
    QCOMPARE(int(sq.size()), pairs / 2);
    PL_COMPARE_NEAR(std::accumulate(sq.begin(), sq.end(), 0.0) * 2.0 / pairs, sum / pairs, 1e-12);
}

void TestSuperpositionModel::randomUnitVectorsGiveOneOverM()
{
    // Paper sheet §8 item 6: random unit vectors in R^m have mean squared overlap 1/m to
    // within 2%. 1500 vectors give ~1.1M pairs; measured deviations are below 0.7%.
    for (int m : {4, 10, 40}) {
        Rng rng(uint64_t(50 + m));
        const double ms = randomUnitMeanSquaredOverlap(1500, m, rng);
        PL_COMPARE_NEAR(ms * m, 1.0, 0.02);
    }
}

void TestSuperpositionModel::betaReferenceMatchesSimulation()
{
    // Beta(1/2, (m-1)/2) integrates to 1, has mean 1/m, and predicts the histogram of
    // squared overlaps of random unit vectors (chi-square over 10 bins, 99.9% quantile of
    // chi2(9) = 27.9).
    PL_COMPARE_NEAR(betaHalfProbability(0.0, 1.0, 2), 1.0, 1e-12); // the arcsine law
    PL_COMPARE_NEAR(betaHalfProbability(0.0, 0.5, 2), 0.5, 1e-12);
    for (int m : {3, 10, 50}) {
        PL_COMPARE_NEAR(betaHalfProbability(0.0, 1.0, m), 1.0, 1e-6);
        // Mean from the density by the midpoint rule away from the integrable pole.
        double mean = 0.0;
        const int steps = 200000;
        for (int k = 0; k < steps; ++k) {
            const double x = (k + 0.5) / steps;
            mean += x * betaHalfDensity(x, m) / steps;
        }
        PL_COMPARE_NEAR(mean * m, 1.0, 2e-3);
    }
    const int m = 10;
    Rng rng(60);
    std::vector<double> counts(10, 0.0);
    const double top = 0.5;
    const int draws = 20000;
    for (int k = 0; k < draws; ++k) {
        const double c = rng.unitVector(m).dot(rng.unitVector(m));
        const int bin = std::min(9, int(c * c / top * 10.0));
        counts[size_t(bin)] += 1.0;
    }
    double chi2 = 0.0;
    for (int bin = 0; bin < 10; ++bin) {
        const double lo = top * bin / 10.0;
        const double hi = bin == 9 ? 1.0 : top * (bin + 1) / 10.0;
        const double e = draws * betaHalfProbability(lo, hi, m);
        chi2 += (counts[size_t(bin)] - e) * (counts[size_t(bin)] - e) / e;
    }
    QVERIFY2(chi2 < 27.9, qPrintable(QStringLiteral("chi2 = %1").arg(chi2)));
}

void TestSuperpositionModel::welchBoundIsMetBySimplex()
{
    // Eq. 5: for nu unit vectors in R^m, the mean squared overlap is at least
    // (nu - m) / (m (nu - 1)) = kappa^2. The m + 1 vertices of a regular simplex (pairwise
    // dot -1/m) form a tight frame and meet it: 1/m^2.
    const int m = 4;
    Eigen::MatrixXd simplex = Eigen::MatrixXd::Identity(m + 1, m + 1);
    simplex.rowwise() -= Eigen::RowVectorXd::Constant(m + 1, 1.0 / (m + 1));
    // Express the centred basis in an orthonormal basis of its m-dimensional span.
    const auto eig = paperlab::math::symmetricEigen(simplex.transpose() * simplex);
    const Eigen::MatrixXd coords = simplex * eig.vectors.rightCols(m);
    const OverlapStats stats = meanSquaredOverlap(coords, 0.0);
    PL_COMPARE_NEAR(stats.meanSquared, paperlab::math::welchBound(m + 1, m), 1e-12);
    PL_COMPARE_NEAR(stats.meanSquared, 1.0 / (m * m), 1e-12);
    // And random vectors stay above it.
    Rng rng(70);
    QVERIFY(randomUnitMeanSquaredOverlap(200, 8, rng) >= paperlab::math::welchBound(200, 8));
}

void TestSuperpositionModel::scalingFitRecoversExponent()
{
    const std::vector<double> ms = {10, 15, 25, 39, 63, 100};
    std::vector<double> losses;
    for (double m : ms)
        losses.push_back(3.0 * std::pow(m, -0.9));
    const ScalingFit fit = fitScaling(ms, losses);
    QVERIFY(fit.status == paperlab::math::FitStatus::Ok);
    PL_COMPARE_NEAR(fit.alpha, 0.9, 1e-12);
    PL_COMPARE_NEAR(fit.se, 0.0, 1e-9);
    PL_COMPARE_NEAR(fit.logPrefactor, std::log(3.0), 1e-12);
}

void TestSuperpositionModel::runSetIndependentOfThreadsAndChunks()
{
    TrainConfig c;
    c.n = 60;
    c.batch = 32;
    c.steps = 30;
    c.warmup = 3;
    const std::vector<RunSpec> specs = {{-1.0, 1.0, 4}, {-1.0, 1.0, 8}, {1.0, 1.0, 4}};
    RunSet a(c, specs, 5);
    a.advanceTo(30, 1);
    QVERIFY(a.trained());
    RunSet b(c, specs, 5);
    for (int t = 7; t <= 35; t += 7)
        b.advanceTo(t, 2);
    QVERIFY(b.trained());
    for (int k = 0; k < 3; ++k) {
        QVERIFY(a.trainer(k).model().wt == b.trainer(k).model().wt);
        QVERIFY(a.trainer(k).model().b == b.trainer(k).model().b);
    }
    // Same width, same stream: the two regimes start from the same weights.
    RunSet fresh(c, specs, 5);
    QVERIFY(fresh.trainer(0).model().wt == fresh.trainer(2).model().wt);
    QVERIFY(a.summarise(2));
    QVERIFY(a.summary(1).loss > 0.0);
    PL_COMPARE_NEAR(a.summary(0).loss, a.trainer(0).evaluate(kEvalBatches), 0.0);
}

QTEST_APPLESS_MAIN(TestSuperpositionModel)
#include "tst_superpositionmodel.moc"
