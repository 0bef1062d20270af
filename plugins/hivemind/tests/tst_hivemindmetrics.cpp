// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The metric engine on hand-made embeddings (arXiv 2510.22954; paper sheet §3.3, §5, §8.1):
// every definition that must match the authors' analysis code, with exact expected values.
#include <paperlab/comparenear.h>

#include "generator.h"
#include "metrics.h"

#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace paperlab::papers::hivemind;


namespace {

Eigen::MatrixXd rows(std::initializer_list<std::initializer_list<double>> values)
{
    Eigen::MatrixXd m(Eigen::Index(values.size()), Eigen::Index(values.begin()->size()));
    Eigen::Index r = 0;
    for (const auto &row : values) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

// E[U_N] for exchangeable models, written out with lgamma as in sheet §8.4 (independent of
// the engine's own helper).
double hypergeometricUnique(int models, int m, int n)
{
    const auto logChoose = [](double a, double b) {
        return std::lgamma(a + 1) - std::lgamma(b + 1) - std::lgamma(a - b + 1);
    };
    const double total = double(models) * m;
    const double all = logChoose(total - 1, n);
    const double own = 1 - std::exp(logChoose(total - 1 - (m - 1), n) - all);
    const double other = 1 - std::exp(logChoose(total - 1 - m, n) - all);
    return own + (models - 1) * other;
}

// Appends `e` as rows of (prompt, model) to a set.
void append(EmbeddingSet &set, int prompt, int model, const Eigen::MatrixXd &e)
{
    const Eigen::Index old = set.rows.rows();
    RowMatrixF grown(old + e.rows(), e.cols());
    if (old > 0)
        grown.topRows(old) = set.rows;
    grown.bottomRows(e.rows()) = e.cast<float>();
    set.rows = std::move(grown);
    for (Eigen::Index i = 0; i < e.rows(); ++i) {
        set.prompt.push_back(prompt);
        set.model.push_back(model);
    }
}

} // namespace

class TestHivemindMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orthogonalVectorsHaveZeroIntraSimilarity()
    {
        QCOMPARE(pairwiseSimilarity(rows({{1, 0, 0}, {0, 2, 0}, {0, 0, 3}})), 0.0);
    }

    void identicalVectorsHaveIntraSimilarityOne()
    {
        PL_COMPARE_NEAR(pairwiseSimilarity(rows({{0.3, -1.2, 2}, {0.3, -1.2, 2}, {0.3, -1.2, 2}})), 1.0,
             1e-15);
    }

    void intraSimilarityIsTheStrictUpperTriangleMean()
    {
        // cos(a, b) = 1/sqrt(2), cos(a, c) = 0, cos(b, c) = 1/sqrt(2): mean sqrt(2)/3.
        PL_COMPARE_NEAR(pairwiseSimilarity(rows({{1, 0}, {1, 1}, {0, 5}})), std::sqrt(2.0) / 3, 1e-15);
        QVERIFY(std::isnan(pairwiseSimilarity(rows({{1, 0}}))));
    }

    void crossSimilarityWithItselfIncludesTheDiagonal()
    {
        // Full 2x2 matrix [[1, c], [c, 1]] with c = 1/sqrt(2): mean (2 + 2c) / 4.
        const Eigen::MatrixXd e = rows({{1, 0}, {1, 1}});
        const double c = 1 / std::sqrt(2.0);
        PL_COMPARE_NEAR(crossSimilarity(e, e), (2 + 2 * c) / 4, 1e-15);
        QVERIFY(std::abs(crossSimilarity(e, e) - pairwiseSimilarity(e)) > 0.1);
        PL_COMPARE_NEAR(crossSimilarity(rows({{1, 0}}), rows({{0, 1}, {1, 0}})), 0.5, 1e-15);
    }

    void histogramDropsOutOfRangeValuesButDividesByAll()
    {
        std::vector<double> values = {-0.2, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85};
        const Histogram h = histogramPercent(values);
        QCOMPARE(std::accumulate(h.begin(), h.end(), 0.0), 90.0);
        QCOMPARE(h[0], 10.0);
        QCOMPARE(h[9], 0.0);
    }

    void histogramLastBinIsClosedOthersHalfOpen()
    {
        const Histogram h = histogramPercent({1.0, 0.1, 0.9, 0.0});
        QCOMPARE(h[9], 50.0); // 0.9 and 1.0
        QCOMPARE(h[1], 25.0); // 0.1 opens bin 1
        QCOMPARE(h[0], 25.0);
        const Histogram inRange = histogramPercent({0.0, 0.33, 0.5, 0.999, 1.0});
        PL_COMPARE_NEAR(std::accumulate(inRange.begin(), inRange.end(), 0.0), 100.0, 1e-12);
    }

    void spearmanAndEntropyFollowThePaperConventions()
    {
        // Average ranks for ties: x ranks {1, 2.5, 2.5, 4}, y ranks {1, 2, 3, 4}.
        const double rho = paperlab::math::spearman({1, 2, 2, 3}, {10, 20, 30, 40});
        const double mx = 2.5, my = 2.5;
        const std::vector<double> rx = {1, 2.5, 2.5, 4}, ry = {1, 2, 3, 4};
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < 4; ++i) {
            sxy += (rx[size_t(i)] - mx) * (ry[size_t(i)] - my);
            sxx += (rx[size_t(i)] - mx) * (rx[size_t(i)] - mx);
            syy += (ry[size_t(i)] - my) * (ry[size_t(i)] - my);
        }
        PL_COMPARE_NEAR(rho, sxy / std::sqrt(sxx * syy), 1e-15);
        PL_COMPARE_NEAR(paperlab::math::entropyBits({0.2, 0.2, 0.2, 0.2, 0.2}), std::log2(5.0), 1e-15);
        PL_COMPARE_NEAR(std::log2(5.0), 2.3219, 1e-4);
    }

    void uniqueSourcesCountsDistinctModelsAmongNeighbours()
    {
        // Two tight groups of two, each group one model, plus a lone third model near group A.
        const Eigen::MatrixXd pool
            = rows({{1, 0.01}, {1, -0.01}, {0.01, 1}, {-0.01, 1}, {1, 0.3}});
        const std::vector<int> labels = {0, 0, 1, 1, 2};
        const std::vector<double> u = uniqueSources(pool, labels, {1, 2, 3, 4});
        // N = 1: every nearest neighbour: rows 0,1 -> each other (1), 2,3 -> each other (1),
        // row 4 -> row 0 or 1 (1). N = 2: rows 0,1 see {other, 4} = 2; rows 2,3 see the
        // other and one of the A group = 2; row 4 sees rows 0 and 1 = 1.
        QCOMPARE(u[0], 1.0);
        PL_COMPARE_NEAR(u[1], (2 + 2 + 2 + 2 + 1) / 5.0, 1e-15);
        // N = 4: everyone else: 3 models for the rows of model 0 and 1, 2 models for row 4.
        PL_COMPARE_NEAR(u[3], (3 + 3 + 3 + 3 + 2) / 5.0, 1e-15);
        QCOMPARE(int(uniqueSourcesN().size()), 10);
        QCOMPARE(uniqueSourcesN().front(), 5);
        QCOMPARE(uniqueSourcesN().back(), 50);
    }

    void hypergeometricLimitMatchesLogGamma()
    {
        PL_COMPARE_NEAR(expectedUniqueSourcesExchangeable(25, 50, 50), hypergeometricUnique(25, 50, 50),
             1e-9);
        PL_COMPARE_NEAR(expectedUniqueSourcesExchangeable(25, 50, 50), 21.89, 0.005);
        PL_COMPARE_NEAR(expectedUniqueSourcesExchangeable(3, 4, 11), 3.0, 1e-12); // everyone is a neighbour
    }

    void balancedKMeansFillsEveryClusterEvenly()
    {
        // Six points near (0, 0) and two near (10, 0): k-means separates them 6 + 2, the
        // balanced step then moves the two of the six closest to (10, 0) over.
        const Eigen::MatrixXd e = rows({{0, 0}, {0.1, 0}, {0.2, 0}, {0.3, 0}, {1.0, 0},
                                        {1.1, 0}, {10, 0}, {10.1, 0}});
        const BalancedClusters b = balancedKMeans(e, 2, 4, 42);
        QCOMPARE(int(b.assignment.size()), 8);
        const int far = b.assignment[6];
        QCOMPARE(b.assignment[7], far);
        QCOMPARE(b.assignment[4], far);
        QCOMPARE(b.assignment[5], far);
        for (int i = 0; i < 4; ++i)
            QVERIFY(b.assignment[size_t(i)] != far);
        PL_COMPARE_NEAR(b.centroids(far, 0), (1.0 + 1.1 + 10 + 10.1) / 4, 1e-12);
        PL_COMPARE_NEAR(b.kmeansCentroids(far, 0), 10.05, 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, balancedKMeans(e, 2, 3, 42));
    }

    void pcaFindsTheDominantAxes()
    {
        // Spread 4 along (1, 1, 0)/sqrt(2), 1 along z, nothing else.
        const double s = 1 / std::sqrt(2.0);
        const Eigen::MatrixXd e = rows({{4 * s, 4 * s, 0}, {-4 * s, -4 * s, 0}, {0, 0, 1},
                                        {0, 0, -1}});
        const Projection2 p = pca2(e);
        PL_COMPARE_NEAR(std::abs(p.axes(0, 0)), s, 1e-12);
        PL_COMPARE_NEAR(std::abs(p.axes(1, 0)), s, 1e-12);
        PL_COMPARE_NEAR(std::abs(p.axes(2, 1)), 1.0, 1e-12);
        PL_COMPARE_NEAR(p.variance(0), 32.0 / 3, 1e-12);
        PL_COMPARE_NEAR(p.variance(1), 2.0 / 3, 1e-12);
        PL_COMPARE_NEAR(std::abs(p.points(0, 0)), 4.0, 1e-12);
    }

    void pcaSubspaceIterationAgreesAtLargeDimension()
    {
        // dim 300 takes the iterative path; the data live on two known directions.
        const int dim = 300;
        Eigen::VectorXd a = Eigen::VectorXd::Zero(dim), b = Eigen::VectorXd::Zero(dim);
        a(7) = 1;
        b(123) = 1;
        Eigen::MatrixXd e(6, dim);
        const double u[6] = {3, -3, 1, -1, 0, 0}, v[6] = {0, 0, 0.5, 0.5, -0.5, -0.5};
        for (int i = 0; i < 6; ++i)
            e.row(i) = (u[i] * a + v[i] * b).transpose();
        const Projection2 p = pca2(e);
        PL_COMPARE_NEAR(p.axes(7, 0), 1.0, 1e-9);
        PL_COMPARE_NEAR(p.axes(123, 1), 1.0, 1e-9);
    }

    void analyseMatchesHandComputedValues()
    {
        // Prompt 0: model 0 answers (1,0),(1,0); model 1 answers (0,1),(1,1).
        // Prompt 1: model 0 answers (0,1),(0,1); model 1 answers (0,1),(0,1).
        EmbeddingSet set;
        set.promptNames = {"p0", "p1"};
        set.modelNames = {"a", "b"};
        append(set, 0, 1, rows({{0, 1}, {1, 1}}));
        append(set, 1, 0, rows({{0, 1}, {0, 1}}));
        append(set, 0, 0, rows({{1, 0}, {2, 0}}));
        append(set, 1, 1, rows({{0, 3}, {0, 1}}));
        MetricOptions options;
        options.ns = {1, 3};
        const MetricResult r = analyse(set, options);
        const double c = 1 / std::sqrt(2.0);
        QCOMPARE(r.prompts, 2);
        QCOMPARE(r.models, 2);
        QCOMPARE(r.responses, 8);
        QCOMPARE(r.dim, 2);
        PL_COMPARE_NEAR(r.intra(0, 0), 1.0, 1e-6);
        PL_COMPARE_NEAR(r.intra(0, 1), c, 1e-6);
        PL_COMPARE_NEAR(r.intra(1, 0), 1.0, 1e-6);
        PL_COMPARE_NEAR(r.intra(1, 1), 1.0, 1e-6);
        PL_COMPARE_NEAR(r.intraMean, (3 + c) / 4, 1e-6);
        // Cross a-b: prompt 0 pairs {0, c, 0, c} and prompt 1 four ones: pooled (2c + 4) / 8.
        PL_COMPARE_NEAR(r.inter(1, 0), (2 * c + 4) / 8, 1e-6);
        PL_COMPARE_NEAR(r.inter(0, 1), r.inter(1, 0), 1e-12);
        PL_COMPARE_NEAR(r.interOffDiagonalMean, (2 * c + 4) / 8, 1e-6);
        // Diagonal of b with self-pairs: prompt 0 [[1, c], [c, 1]], prompt 1 all ones.
        PL_COMPARE_NEAR(r.inter(1, 1), (2 + 2 * c + 4) / 8, 1e-6);
        PL_COMPARE_NEAR(r.interDiagonalNoSelf(1), (2 * c + 2) / 4, 1e-6);
        PL_COMPARE_NEAR(r.interDiagonalMean, (1 + (2 + 2 * c + 4) / 8) / 2, 1e-6);
        // Histogram of model b: values c (bin 7) and 1 (bin 9, closed).
        QCOMPARE(r.histogramPerModel[1][7], 50.0);
        QCOMPARE(r.histogramPerModel[1][9], 50.0);
        QCOMPARE(r.histogramPooled[9], 75.0);
        QCOMPARE(r.histogramAverage[9], 75.0);
        // Unique sources. Prompt 0, N = 1: a's two rows see each other, b's (0,1) sees
        // (1,1), and (1,1) is equally far from all three, so the lowest index (a's first
        // row) wins the tie: 1 model for every row. N = 3: every row sees both models.
        PL_COMPARE_NEAR(r.uniqueSources(0, 0), 1.0, 1e-12);
        PL_COMPARE_NEAR(r.uniqueSources(0, 1), 2.0, 1e-12);
        // Prompt 1: all four vectors identical; ties go to the lowest index (model a).
        PL_COMPARE_NEAR(r.uniqueSources(1, 0), 1.0, 1e-12);
        PL_COMPARE_NEAR(r.uniqueSources(1, 1), 2.0, 1e-12);
        QCOMPARE(r.uniqueSourcesMean.size(), size_t(2));
    }

    void intraSimilaritySubsamplesFiftyOfALargerSet()
    {
        // Model 0 gives 80 random responses, model 1 gives 50: the paper's
        // main_model_similarity(sample_size=50) uses 50 of model 0's, all of model 1's.
        paperlab::math::Rng rng(7);
        const Eigen::MatrixXd many = Eigen::MatrixXd::NullaryExpr(
            80, 4, [&]() { return rng.normal(); });
        const Eigen::MatrixXd fifty = Eigen::MatrixXd::NullaryExpr(
            50, 4, [&]() { return rng.normal(); });
        EmbeddingSet set;
        set.promptNames = {"p"};
        set.modelNames = {"a", "b"};
        append(set, 0, 0, many);
        append(set, 0, 1, fifty);
        MetricOptions options;
        options.ns = {1};
        options.sampleSeed = 3;
        const MetricResult r = analyse(set, options);

        const std::vector<int> chosen = intraSampleIndices(80, 50, 3, 0, 0);
        QCOMPARE(chosen.size(), size_t(50));
        QVERIFY(std::adjacent_find(chosen.begin(), chosen.end()) == chosen.end());
        Eigen::MatrixXd sample(50, 4);
        for (int i = 0; i < 50; ++i)
            sample.row(i) = many.row(chosen[size_t(i)]);
        PL_COMPARE_NEAR(r.intra(0, 0), pairwiseSimilarity(sample), 1e-6);
        QVERIFY(std::abs(r.intra(0, 0) - pairwiseSimilarity(many)) > 1e-4);
        PL_COMPARE_NEAR(r.intra(0, 1), pairwiseSimilarity(fifty), 1e-6);

        // Deterministic: the same seed draws the same rows; 0 turns subsampling off.
        QCOMPARE(analyse(set, options).intra(0, 0), r.intra(0, 0));
        options.intraSampleSize = 0;
        PL_COMPARE_NEAR(analyse(set, options).intra(0, 0), pairwiseSimilarity(many), 1e-6);
    }

    void stepwiseAnalysisEqualsTheWholeAndEachPrefix()
    {
        GeneratorConfig config;
        config.prompts = 5;
        config.models = 4;
        config.responses = 60; // > 50: the intra-model subsample is drawn too
        config.dim = 8;
        config.seed = 3;
        const EmbeddingSet set = generateSynthetic(config, 1);
        const MetricResult whole = analyse(set);
        for (int batch : {1, 2, 3}) {
            MetricAnalysis steps(set);
            QCOMPARE(steps.prompts(), 5);
            while (!steps.done()) {
                const int before = steps.measured();
                steps.measureNext(batch);
                QCOMPARE(steps.measured(), std::min(5, before + batch));
                // What is shown mid-way equals the metrics of the prompts measured so far.
                EmbeddingSet prefix = set;
                std::vector<int> keep;
                for (int r = 0; r < set.responses(); ++r) {
                    if (set.prompt[size_t(r)] < steps.measured())
                        keep.push_back(r);
                }
                prefix.rows = set.rows(keep, Eigen::all);
                prefix.prompt.clear();
                prefix.model.clear();
                for (int r : keep) {
                    prefix.prompt.push_back(set.prompt[size_t(r)]);
                    prefix.model.push_back(set.model[size_t(r)]);
                }
                prefix.promptNames.resize(size_t(steps.measured()));
                const MetricResult expected = analyse(prefix);
                const MetricResult partial = steps.result();
                QCOMPARE(partial.intraMean, expected.intraMean);
                QCOMPARE(partial.interOffDiagonalMean, expected.interOffDiagonalMean);
                QCOMPARE(partial.uniqueSourcesMean, expected.uniqueSourcesMean);
                QCOMPARE(partial.histogramPooled, expected.histogramPooled);
                QVERIFY(std::isnan(partial.intra(4, 0)) == (steps.measured() < 5));
            }
            const MetricResult r = steps.result();
            QCOMPARE(r.intraMean, whole.intraMean);
            QCOMPARE(r.interDiagonalNoSelfMean, whole.interDiagonalNoSelfMean);
            QCOMPARE(r.uniqueSourcesMean, whole.uniqueSourcesMean);
            QCOMPARE(r.histogramAverage, whole.histogramAverage);
            QVERIFY(r.inter == whole.inter);
        }
        MetricAnalysis none(set);
        QCOMPARE(none.workLeft(), 5.0 * 240 * 240 * 8);
        QVERIFY(std::isnan(none.result().intraMean));
    }

    void analyseRejectsAnEmptySet()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analyse(EmbeddingSet{}));
    }
};

QTEST_APPLESS_MAIN(TestHivemindMetrics)
#include "tst_hivemindmetrics.moc"
