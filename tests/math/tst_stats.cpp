// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/rng.h>
#include <paperlab/math/stats.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>
#include <vector>

using namespace paperlab::math;

namespace {

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanWithSeKnown();
    void meanWithSeSmallSamples();
    void rankAverageTies();
    void spearmanWithTies();
    void spearmanEdgeCases();
    void logLogExactPowerLaw();
    void slopeSeHandComputed();
    void fitStatus();
    void entropy();
    void histogram_data();
    void histogram();
    void percentile_data();
    void percentile();
    void bootstrapSeOfMean();
    void bootstrapCi();
    void chiSquareSurvivalClosedForms();
    void chiSquareSurvivalTables();
    void chiSquareStatisticHandComputed();
};

void TestStats::meanWithSeKnown()
{
    // {1, 2, 3, 4}: mean 2.5, sample variance 5/3, SE = sqrt(5/3) / 2 = 0.645497224367903.
    const MeanSe m = meanWithSe({1.0, 2.0, 3.0, 4.0});
    PL_COMPARE_NEAR(m.mean, 2.5, 1e-15);
    PL_COMPARE_NEAR(m.se, 0.645497224367903, 1e-15);
    QCOMPARE(m.n, 4);
}

void TestStats::meanWithSeSmallSamples()
{
    const MeanSe one = meanWithSe({7.0});
    PL_COMPARE_NEAR(one.mean, 7.0, 0.0);
    QVERIFY(std::isnan(one.se));
    QCOMPARE(one.n, 1);
    const MeanSe none = meanWithSe({});
    QVERIFY(std::isnan(none.mean));
    QVERIFY(std::isnan(none.se));
    QCOMPARE(none.n, 0);
}

void TestStats::rankAverageTies()
{
    // Sorted: 5 (rank 1), 10 (rank 2), 20, 20, 20 (ranks 3, 4, 5 -> 4 each).
    const std::vector<double> ranks = rankAverage({10, 20, 20, 5, 20});
    const std::vector<double> expected{2, 4, 4, 1, 4};
    QCOMPARE(ranks, expected);
    QCOMPARE(rankAverage({3.0, 1.0, 2.0}), (std::vector<double>{3, 1, 2}));
    QVERIFY(rankAverage({}).empty());
}

void TestStats::spearmanWithTies()
{
    // x = (1, 2, 2, 3, 4) -> ranks (1, 2.5, 2.5, 4, 5)
    // y = (2, 1, 3, 3, 5) -> ranks (2, 1, 3.5, 3.5, 5)
    // Both rank vectors have mean 3; deviations dx = (-2, -0.5, -0.5, 1, 2),
    // dy = (-1, -2, 0.5, 0.5, 2): sum dx dy = 2 + 1 - 0.25 + 0.5 + 4 = 7.25,
    // sum dx^2 = sum dy^2 = 9.5, so rho = 7.25 / 9.5 = 29/38 = 0.763157894736842
    // (scipy.stats.spearmanr gives the same, as it is Pearson on average ranks).
    // The no-ties shortcut 1 - 6 sum d^2 / (n (n^2 - 1)) would give 0.775 instead.
    const double rho = spearman({1, 2, 2, 3, 4}, {2, 1, 3, 3, 5});
    PL_COMPARE_NEAR(rho, 29.0 / 38.0, 1e-15);

    // Monotone but non-linear: exactly 1 and -1.
    PL_COMPARE_NEAR(spearman({1, 2, 3, 4}, {1, 8, 27, 64}), 1.0, 1e-15);
    PL_COMPARE_NEAR(spearman({1, 2, 3, 4}, {5, 3, 2, -9}), -1.0, 1e-15);
}

void TestStats::spearmanEdgeCases()
{
    QVERIFY(std::isnan(spearman({1, 2, 3}, {1, 2})));
    QVERIFY(std::isnan(spearman({1}, {1})));
    QVERIFY(std::isnan(spearman({1, 1, 1}, {1, 2, 3})));
}

void TestStats::logLogExactPowerLaw()
{
    // y = 3 x^-0.8 exactly: slope -0.8, intercept ln 3, zero residuals.
    std::vector<double> x;
    std::vector<double> y;
    for (double v : {1.0, 2.0, 5.0, 10.0, 40.0, 100.0, 1000.0}) {
        x.push_back(v);
        y.push_back(3.0 * std::pow(v, -0.8));
    }
    const LinearFit fit = fitLogLog(x, y);
    QVERIFY(fit.status == FitStatus::Ok);
    PL_COMPARE_NEAR(fit.slope, -0.8, 1e-14);
    PL_COMPARE_NEAR(fit.intercept, std::log(3.0), 1e-13);
    PL_COMPARE_NEAR(fit.slopeSe, 0.0, 1e-13);
}

void TestStats::slopeSeHandComputed()
{
    // x = (0, 1, 2, 3), y = (1, 3, 2, 5): xbar = 1.5, ybar = 2.75, Sxx = 5, Sxy = 5.5,
    // slope = 1.1, intercept = 1.1; residuals (-0.1, 0.8, -1.3, 0.6), SSR = 2.7,
    // s^2 = 2.7 / (4 - 2) = 1.35, SE = sqrt(1.35 / 5) = sqrt(0.27) = 0.519615242270663.
    const LinearFit lin = fitLinear({0, 1, 2, 3}, {1, 3, 2, 5});
    QVERIFY(lin.status == FitStatus::Ok);
    PL_COMPARE_NEAR(lin.slope, 1.1, 1e-14);
    PL_COMPARE_NEAR(lin.intercept, 1.1, 1e-14);
    PL_COMPARE_NEAR(lin.slopeSe, 0.519615242270663, 1e-14);

    // The same numbers through the logs: x = e^(0..3), y = e^(1, 3, 2, 5).
    const LinearFit ll = fitLogLog({1.0, std::exp(1.0), std::exp(2.0), std::exp(3.0)},
                                   {std::exp(1.0), std::exp(3.0), std::exp(2.0), std::exp(5.0)});
    PL_COMPARE_NEAR(ll.slope, 1.1, 1e-13);
    PL_COMPARE_NEAR(ll.slopeSe, 0.519615242270663, 1e-13);
}

void TestStats::fitStatus()
{
    QVERIFY(fitLogLog({1, 0, 2}, {1, 2, 3}).status == FitStatus::NonPositiveInput);
    QVERIFY(fitLogLog({1, 2, 3}, {1, -2, 3}).status == FitStatus::NonPositiveInput);
    QVERIFY(fitLinear({1}, {1}).status == FitStatus::TooFewPoints);
    QVERIFY(fitLinear({1, 2}, {1}).status == FitStatus::SizeMismatch);
    const LinearFit flat = fitLinear({2, 2, 2}, {1, 2, 3});
    QVERIFY(flat.status == FitStatus::DegenerateX);
    QVERIFY(std::isnan(flat.slope));
    // Two points define the line but leave no degree of freedom for its error.
    const LinearFit two = fitLinear({0, 1}, {1, 3});
    QVERIFY(two.status == FitStatus::Ok);
    PL_COMPARE_NEAR(two.slope, 2.0, 1e-15);
    QVERIFY(std::isnan(two.slopeSe));
}

void TestStats::entropy()
{
    PL_COMPARE_NEAR(entropyBits(std::vector<double>(8, 0.125)), 3.0, 1e-15);
    PL_COMPARE_NEAR(entropyBits({0.5, 0.5, 0.0}), 1.0, 1e-15);
    PL_COMPARE_NEAR(entropyBits({1.0, 0.0}), 0.0, 0.0);
    // Uniform over 5 rating classes (hivemind sheet): log2 5 = 2.321928094887362.
    PL_COMPARE_NEAR(entropyBits(std::vector<double>(5, 0.2)), 2.321928094887362, 1e-15);
    // Counts (2, 2, 4) -> p = (1/4, 1/4, 1/2): H = 0.5 + 0.5 + 0.5 = 1.5 bits.
    PL_COMPARE_NEAR(entropyBitsFromCounts({2, 2, 4}), 1.5, 1e-15);
    PL_COMPARE_NEAR(entropyBitsFromCounts({0, 0, 7}), 0.0, 0.0);
    PL_COMPARE_NEAR(entropyBitsFromCounts({0, 0}), 0.0, 0.0);
}

void TestStats::histogram_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<int>("bins");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<std::vector<int64_t>>("expected");

    // Edges 0, 1, 2, 3: [0,1) [1,2) [2,3]; 3 falls in the closed last bin; -0.1 and 3.1
    // are dropped. numpy.histogram(..., bins=3, range=(0, 3)) -> [2, 2, 3].
    QTest::newRow("edges and out of range")
        << std::vector<double>{0, 0.5, 1, 1.5, 2, 2.5, 3, -0.1, 3.1} << 3 << 0.0 << 3.0
        << std::vector<int64_t>{2, 2, 3};
    // numpy's edges are linspace(0, 1, 11) = i * 0.1, so edge 3 is 0.30000000000000004 and
    // edge 7 is 0.7000000000000001: the doubles 0.3 and 0.7 lie just below them and land in
    // bins 2 and 6, although 0.3 * 10 rounds to exactly 3.
    QTest::newRow("rounding at edges")
        << std::vector<double>{0.3, 0.7, 1.0, 0.0} << 10 << 0.0 << 1.0
        << std::vector<int64_t>{1, 0, 1, 0, 0, 0, 1, 0, 0, 1};
    // Hivemind: ten bins on [0, 1], one value of -0.2 among ten is dropped.
    QTest::newRow("hivemind drop")
        << std::vector<double>{-0.2, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.95} << 10
        << 0.0 << 1.0 << std::vector<int64_t>{1, 1, 1, 1, 1, 1, 1, 1, 0, 1};
    // lo == hi: numpy widens the range to [lo - 0.5, hi + 0.5].
    QTest::newRow("degenerate range") << std::vector<double>{2, 2, 2.4, 1.4} << 2 << 2.0 << 2.0
                                      << std::vector<int64_t>{0, 3};
    QTest::newRow("NaN dropped") << std::vector<double>{NAN, 0.5} << 1 << 0.0 << 1.0
                                 << std::vector<int64_t>{1};
    QTest::newRow("invalid bins") << std::vector<double>{0.5} << 0 << 0.0 << 1.0
                                  << std::vector<int64_t>{};
    QTest::newRow("inverted range") << std::vector<double>{0.5} << 2 << 1.0 << 0.0
                                    << std::vector<int64_t>{};
}

void TestStats::histogram()
{
    QFETCH(std::vector<double>, values);
    QFETCH(int, bins);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(std::vector<int64_t>, expected);
    QCOMPARE(paperlab::math::histogram(values, bins, lo, hi), expected);
}

void TestStats::percentile_data()
{
    // numpy 'linear': h = (n - 1) q / 100 on the sorted values, interpolated.
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    QTest::newRow("median even") << std::vector<double>{1, 2, 3, 4} << 50.0 << 2.5;
    QTest::newRow("q25: h = 0.75") << std::vector<double>{1, 2, 3, 4} << 25.0 << 1.75;
    QTest::newRow("q90: h = 3.6") << std::vector<double>{5, 1, 4, 2, 3} << 90.0 << 4.6;
    QTest::newRow("min") << std::vector<double>{3, 1, 2} << 0.0 << 1.0;
    QTest::newRow("max") << std::vector<double>{3, 1, 2} << 100.0 << 3.0;
    QTest::newRow("single") << std::vector<double>{10} << 37.0 << 10.0;
    QTest::newRow("q84: h = 3.36") << std::vector<double>{0, 10, 20, 30, 40} << 84.0 << 33.6;
}

void TestStats::percentile()
{
    QFETCH(std::vector<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    PL_COMPARE_NEAR(paperlab::math::percentile(values, q), expected, 1e-13);
    QVERIFY(std::isnan(paperlab::math::percentile({}, 50.0)));
    QVERIFY(std::isnan(paperlab::math::percentile(values, 101.0)));
}

void TestStats::bootstrapSeOfMean()
{
    Rng data(31);
    std::vector<double> x(50);
    for (double &v : x)
        v = 2.0 + 3.0 * data.normal();
    const MeanSe ms = meanWithSe(x);
    // The bootstrap resamples from the empirical distribution, whose variance has the 1/n
    // denominator: its SE of the mean is s sqrt((n - 1) / n) / sqrt(n). With B = 2000
    // resamples the estimate's relative SE is about 1/sqrt(2B) = 1.6%; allow 5 of them.
    const double n = double(x.size());
    const double expected = ms.se * std::sqrt((n - 1.0) / n);
    Rng rng(32);
    const double se = bootstrapSe(x, mean, 2000, rng);
    PL_COMPARE_NEAR(se, expected, 0.08 * expected);

    // Reproducible with a fixed seed (diffusion-memorization sheet, outcome 9).
    Rng again(32);
    QCOMPARE(bootstrapSe(x, mean, 2000, again), se);
    QVERIFY(std::isnan(bootstrapSe({}, mean, 100, rng)));
}

void TestStats::bootstrapCi()
{
    Rng data(33);
    std::vector<double> x(400);
    for (double &v : x)
        v = data.normal();
    const MeanSe ms = meanWithSe(x);
    Rng rng(34);
    const Interval ci = bootstrapPercentileCi(x, mean, 4000, 0.95, rng);
    QVERIFY(ci.lo < ms.mean && ms.mean < ci.hi);
    // For a near-normal sampling distribution the 95% interval is mean +- 1.96 SE.
    PL_COMPARE_NEAR(ci.hi - ci.lo, 2.0 * 1.96 * ms.se, 0.15 * 2.0 * 1.96 * ms.se);
    PL_COMPARE_NEAR(0.5 * (ci.hi + ci.lo), ms.mean, 0.2 * ms.se);
}

void TestStats::chiSquareSurvivalClosedForms()
{
    // dof 2: Q(1, x/2) = exp(-x/2); dof 1: erfc(sqrt(x/2)); dof 4: (1 + x/2) exp(-x/2).
    for (double x : {0.01, 0.5, 1.0, 3.0, 7.5, 20.0, 60.0}) {
        PL_COMPARE_NEAR(chiSquareSurvival(x, 2), std::exp(-x / 2.0), 1e-13);
        PL_COMPARE_NEAR(chiSquareSurvival(x, 1), std::erfc(std::sqrt(x / 2.0)), 1e-13);
        PL_COMPARE_NEAR(chiSquareSurvival(x, 4), (1.0 + x / 2.0) * std::exp(-x / 2.0), 1e-13);
    }
    QCOMPARE(chiSquareSurvival(0.0, 3), 1.0);
    QCOMPARE(chiSquareSurvival(-1.0, 3), 1.0);
    QVERIFY(std::isnan(chiSquareSurvival(1.0, 0)));
}

void TestStats::chiSquareSurvivalTables()
{
    // Even dof: Q(k, z) = exp(-z) sum_{i<k} z^i / i! (the Poisson tail), up to dof 100.
    for (int dof : {6, 10, 30, 50, 100}) {
        for (double x : {1.0, 0.8 * dof, 1.0 * dof, 1.5 * dof, 3.0 * dof}) {
            const double z = x / 2.0;
            double term = 1.0;
            double sum = 0.0;
            for (int i = 0; i < dof / 2; ++i) {
                sum += term;
                term *= z / (i + 1);
            }
            PL_COMPARE_NEAR(chiSquareSurvival(x, dof), std::exp(-z) * sum, 1e-12);
        }
    }
    // Standard table values: p = 0.05 at 18.307038053275146 for dof 10; p = 0.001 at
    // 85.35056460859309 for dof 49 (odd, from the erfc form of the tail).
    PL_COMPARE_NEAR(chiSquareSurvival(18.307038053275146, 10), 0.05, 1e-12);
    PL_COMPARE_NEAR(chiSquareSurvival(85.35056460859309, 49), 0.001, 1e-12);
}

void TestStats::chiSquareStatisticHandComputed()
{
    // (10-8)^2/8 + (5-8)^2/8 + (9-8)^2/8 = (4 + 9 + 1) / 8 = 1.75; zero-expectation bins skip.
    PL_COMPARE_NEAR(chiSquareStatistic({10, 5, 9, 0}, {8, 8, 8, 0}), 1.75, 1e-15);
    QVERIFY(std::isnan(chiSquareStatistic({1.0}, {1.0, 2.0})));
}

QTEST_APPLESS_MAIN(TestStats)
#include "tst_stats.moc"
