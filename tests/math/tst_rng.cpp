// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <climits>
#include <cmath>
#include <vector>

using paperlab::math::Rng;

namespace {

constexpr int kDraws = 200000;

struct Moments
{
    double mean = 0.0;
    double variance = 0.0;
    double skewness = 0.0;
    double kurtosis = 0.0; // not excess: 3 for a normal
};

Moments moments(const std::vector<double> &x)
{
    const double n = static_cast<double>(x.size());
    Moments m;
    for (double v : x)
        m.mean += v;
    m.mean /= n;
    double m2 = 0.0;
    double m3 = 0.0;
    double m4 = 0.0;
    for (double v : x) {
        const double d = v - m.mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    m.variance = m2;
    m.skewness = m3 / std::pow(m2, 1.5);
    m.kurtosis = m4 / (m2 * m2);
    return m;
}

// Tolerances below are 5 standard errors of the estimate for kDraws samples, so a correct
// generator fails with probability < 1e-6 per check while a biased one is caught.
double fiveSigma(double variance)
{
    return 5.0 * std::sqrt(variance / kDraws);
}

} // namespace

class TestRng : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceOutputs();
    void sameSeedSameSequence();
    void splitStreams();
    void uniformMoments();
    void uniformRange();
    void normalMoments();
    void bernoulliRate_data();
    void bernoulliRate();
    void categoricalFrequencies();
    void categoricalInvalid();
    void gammaMean_data();
    void gammaMean();
    void dirichletMean();
    void unitVector();
    void normalMatrix();
    void geometricSkipMean_data();
    void geometricSkipMean();
    void geometricSkipEdges();
    void belowUniform();
};

void TestRng::referenceOutputs()
{
    // Computed with an independent Python transcription of the published reference C code
    // of SplitMix64 and xoshiro256** (and of the split() hash), so a change of engine,
    // seeding or splitting, which would break stored scenarios, fails here.
    Rng rng(42);
    QCOMPARE(rng.nextU64(), 1546998764402558742ULL);
    QCOMPARE(rng.nextU64(), 6990951692964543102ULL);
    QCOMPARE(rng.nextU64(), 12544586762248559009ULL);

    Rng zero(0);
    QCOMPARE(zero.nextU64(), 11091344671253066420ULL);
    QCOMPARE(zero.nextU64(), 13793997310169335082ULL);

    Rng child = Rng(42).split(7);
    QCOMPARE(child.nextU64(), 15455281056563951038ULL);
    QCOMPARE(child.nextU64(), 17964614472080177915ULL);

    // uniform() keeps the top 53 bits: (1546998764402558742 >> 11) * 2^-53.
    Rng u(42);
    PL_COMPARE_NEAR(u.uniform(), 0.08386297105988216, 1e-17);
}

void TestRng::sameSeedSameSequence()
{
    Rng a(12345);
    Rng b(12345);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(a.nextU64(), b.nextU64());
        QCOMPARE(a.normal(), b.normal());
        QCOMPARE(a.gamma(0.7), b.gamma(0.7));
    }

    Rng c(12345);
    Rng d(12346);
    int differences = 0;
    for (int i = 0; i < 1000; ++i)
        differences += c.nextU64() != d.nextU64() ? 1 : 0;
    QCOMPARE(differences, 1000);
}

void TestRng::splitStreams()
{
    Rng master(2026);
    Rng s0 = master.split(0);
    Rng s1 = master.split(1);

    // Deterministic: independent of how much the master has been used.
    for (int i = 0; i < 100; ++i)
        master.nextU64();
    Rng s1Again = master.split(1);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(s1.nextU64(), s1Again.nextU64());

    // Different streams, and different from the master's own stream.
    s1 = Rng(2026).split(1);
    Rng fresh(2026);
    int same01 = 0;
    int sameMaster = 0;
    for (int i = 0; i < 1000; ++i) {
        const uint64_t x0 = s0.nextU64();
        const uint64_t x1 = s1.nextU64();
        same01 += x0 == x1 ? 1 : 0;
        sameMaster += x0 == fresh.nextU64() ? 1 : 0;
    }
    QCOMPARE(same01, 0);
    QCOMPARE(sameMaster, 0);

    // Uncorrelated: the sample correlation of paired uniforms has standard error
    // 1/sqrt(n); allow 5 of them.
    Rng a = Rng(7).split(3);
    Rng b = Rng(7).split(4);
    double sa = 0.0;
    double sb = 0.0;
    double sab = 0.0;
    double saa = 0.0;
    double sbb = 0.0;
    for (int i = 0; i < kDraws; ++i) {
        const double x = a.uniform();
        const double y = b.uniform();
        sa += x;
        sb += y;
        sab += x * y;
        saa += x * x;
        sbb += y * y;
    }
    const double n = kDraws;
    const double cov = sab / n - (sa / n) * (sb / n);
    const double varA = saa / n - (sa / n) * (sa / n);
    const double varB = sbb / n - (sb / n) * (sb / n);
    const double corr = cov / std::sqrt(varA * varB);
    PL_COMPARE_NEAR(corr, 0.0, 5.0 / std::sqrt(n));
}

void TestRng::uniformMoments()
{
    Rng rng(1);
    std::vector<double> x(kDraws);
    for (double &v : x)
        v = rng.uniform();
    const Moments m = moments(x);
    // U(0,1): mean 1/2, variance 1/12; Var(X) = 1/12, Var((X - 1/2)^2) = 1/80 - 1/144.
    PL_COMPARE_NEAR(m.mean, 0.5, fiveSigma(1.0 / 12.0));
    PL_COMPARE_NEAR(m.variance, 1.0 / 12.0, fiveSigma(1.0 / 80.0 - 1.0 / 144.0));
}

void TestRng::uniformRange()
{
    Rng rng(3);
    double lo = 1e9;
    double hi = -1e9;
    for (int i = 0; i < 10000; ++i) {
        const double x = rng.uniform(-2.0, 5.0);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    QVERIFY(lo >= -2.0);
    QVERIFY(hi < 5.0);
    // With 10^4 draws the extremes come within 0.01 of the ends (failure prob ~ e^-14).
    QVERIFY(lo < -1.99);
    QVERIFY(hi > 4.99);
}

void TestRng::normalMoments()
{
    Rng rng(2);
    std::vector<double> x(kDraws);
    for (double &v : x)
        v = rng.normal();
    const Moments m = moments(x);
    // N(0,1): Var(mean) = 1/n, Var(sample variance) ~ 2/n, Var(skewness) ~ 6/n,
    // Var(kurtosis) ~ 24/n.
    PL_COMPARE_NEAR(m.mean, 0.0, fiveSigma(1.0));
    PL_COMPARE_NEAR(m.variance, 1.0, fiveSigma(2.0));
    PL_COMPARE_NEAR(m.skewness, 0.0, fiveSigma(6.0));
    PL_COMPARE_NEAR(m.kurtosis, 3.0, fiveSigma(24.0));
}

void TestRng::bernoulliRate_data()
{
    QTest::addColumn<double>("p");
    QTest::newRow("0.01") << 0.01;
    QTest::newRow("0.3") << 0.3;
    QTest::newRow("0.9") << 0.9;
}

void TestRng::bernoulliRate()
{
    QFETCH(double, p);
    Rng rng(4);
    int hits = 0;
    for (int i = 0; i < kDraws; ++i)
        hits += rng.bernoulli(p) ? 1 : 0;
    PL_COMPARE_NEAR(double(hits) / kDraws, p, fiveSigma(p * (1.0 - p)));
    QVERIFY(!rng.bernoulli(0.0));
    QVERIFY(rng.bernoulli(1.0));
}

void TestRng::categoricalFrequencies()
{
    Rng rng(5);
    const std::vector<double> weights{1.0, 0.0, 2.0, 3.0, 4.0};
    std::vector<int> counts(weights.size(), 0);
    for (int i = 0; i < kDraws; ++i)
        ++counts[static_cast<size_t>(rng.categorical(weights))];
    QCOMPARE(counts[1], 0);
    for (size_t k = 0; k < weights.size(); ++k) {
        const double p = weights[k] / 10.0;
        PL_COMPARE_NEAR(double(counts[k]) / kDraws, p, fiveSigma(p * (1.0 - p)));
    }
}

void TestRng::categoricalInvalid()
{
    Rng rng(6);
    QCOMPARE(rng.categorical({}), -1);
    QCOMPARE(rng.categorical({0.0, 0.0}), -1);
    QCOMPARE(rng.categorical({1.0, -0.5}), -1);
    QCOMPARE(rng.categorical({0.0, 3.0, 0.0}), 1);
}

void TestRng::gammaMean_data()
{
    QTest::addColumn<double>("shape");
    QTest::newRow("0.3") << 0.3;
    QTest::newRow("1") << 1.0;
    QTest::newRow("2.5") << 2.5;
    QTest::newRow("7") << 7.0;
}

void TestRng::gammaMean()
{
    QFETCH(double, shape);
    Rng rng(7);
    std::vector<double> x(kDraws);
    for (double &v : x) {
        v = rng.gamma(shape);
        QVERIFY(v >= 0.0);
    }
    const Moments m = moments(x);
    // Gamma(k, 1): mean k, variance k; Var(sample variance) = mu4 - k^2 with
    // mu4 = 3k^2 + 6k, i.e. 2k^2 + 6k.
    PL_COMPARE_NEAR(m.mean, shape, fiveSigma(shape));
    PL_COMPARE_NEAR(m.variance, shape, fiveSigma(2.0 * shape * shape + 6.0 * shape));
    QVERIFY(std::isnan(rng.gamma(0.0)));
}

void TestRng::dirichletMean()
{
    Rng rng(8);
    const std::vector<double> alpha{0.5, 1.0, 2.5};
    const double a0 = 4.0;
    std::vector<double> sum(alpha.size(), 0.0);
    const int n = 50000;
    for (int i = 0; i < n; ++i) {
        const std::vector<double> s = rng.dirichlet(alpha);
        QCOMPARE(s.size(), alpha.size());
        PL_COMPARE_NEAR(s[0] + s[1] + s[2], 1.0, 1e-12);
        for (size_t k = 0; k < s.size(); ++k)
            sum[k] += s[k];
    }
    for (size_t k = 0; k < alpha.size(); ++k) {
        // E = a_k / a0, Var = E (1 - E) / (a0 + 1).
        const double e = alpha[k] / a0;
        PL_COMPARE_NEAR(sum[k] / n, e, 5.0 * std::sqrt(e * (1.0 - e) / (a0 + 1.0) / n));
    }
    QVERIFY(rng.dirichlet({1.0, 0.0}).empty());

    // Tiny alpha: every Gamma draw underflows, and the vertex fallback must still give a
    // valid one-hot sample.
    const std::vector<double> tiny = rng.dirichlet({1e-300, 1e-300});
    QCOMPARE(tiny.size(), size_t(2));
    PL_COMPARE_NEAR(tiny[0] + tiny[1], 1.0, 0.0);
}

void TestRng::unitVector()
{
    Rng rng(9);
    const int dim = 5;
    const int n = 40000;
    double sumFirst = 0.0;
    double sumFirstSq = 0.0;
    for (int i = 0; i < n; ++i) {
        const Eigen::VectorXd v = rng.unitVector(dim);
        QCOMPARE(v.size(), Eigen::Index(dim));
        PL_COMPARE_NEAR(v.norm(), 1.0, 1e-12);
        sumFirst += v[0];
        sumFirstSq += v[0] * v[0];
    }
    // Uniform on the sphere: E v_0 = 0, E v_0^2 = 1/dim; v_0^2 ~ Beta(1/2, (dim-1)/2) with
    // variance 2(dim-1)/(dim^2 (dim+2)).
    PL_COMPARE_NEAR(sumFirst / n, 0.0, 5.0 * std::sqrt(1.0 / dim / n));
    const double varSq = 2.0 * (dim - 1) / (double(dim) * dim * (dim + 2));
    PL_COMPARE_NEAR(sumFirstSq / n, 1.0 / dim, 5.0 * std::sqrt(varSq / n));
    QCOMPARE(rng.unitVector(0).size(), Eigen::Index(0));
}

void TestRng::normalMatrix()
{
    Rng rng(10);
    const Eigen::MatrixXd m = rng.normalMatrix(400, 500, 3.0);
    QCOMPARE(m.rows(), Eigen::Index(400));
    QCOMPARE(m.cols(), Eigen::Index(500));
    const double n = double(m.size());
    const double mean = m.mean();
    const double var = (m.array() - mean).square().sum() / n;
    PL_COMPARE_NEAR(mean, 0.0, 5.0 * 3.0 / std::sqrt(n));
    PL_COMPARE_NEAR(var, 9.0, 5.0 * 9.0 * std::sqrt(2.0 / n));
}

void TestRng::geometricSkipMean_data()
{
    QTest::addColumn<double>("p");
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.01") << 0.01;
}

void TestRng::geometricSkipMean()
{
    QFETCH(double, p);
    Rng rng(11);
    double sum = 0.0;
    int zeros = 0;
    for (int i = 0; i < kDraws; ++i) {
        const int k = rng.geometricSkip(p);
        QVERIFY(k >= 0);
        sum += k;
        zeros += k == 0 ? 1 : 0;
    }
    // Geometric on {0, 1, ...}: mean (1-p)/p, variance (1-p)/p^2, P(0) = p.
    PL_COMPARE_NEAR(sum / kDraws, (1.0 - p) / p, fiveSigma((1.0 - p) / (p * p)));
    PL_COMPARE_NEAR(double(zeros) / kDraws, p, fiveSigma(p * (1.0 - p)));
}

void TestRng::geometricSkipEdges()
{
    Rng rng(12);
    QCOMPARE(rng.geometricSkip(1.0), 0);
    QCOMPARE(rng.geometricSkip(0.0), INT_MAX);
    QCOMPARE(rng.geometricSkip(-1.0), INT_MAX);

    // Sparse Bernoulli sampling by skipping visits position i with probability p.
    const double p = 0.05;
    const int length = 100000;
    int visits = 0;
    for (long pos = rng.geometricSkip(p); pos < length; pos += 1 + rng.geometricSkip(p))
        ++visits;
    PL_COMPARE_NEAR(double(visits) / length, p, 5.0 * std::sqrt(p * (1.0 - p) / length));
}

void TestRng::belowUniform()
{
    Rng rng(13);
    const int n = 6;
    std::vector<int> counts(n, 0);
    for (int i = 0; i < kDraws; ++i) {
        const uint64_t k = rng.below(n);
        QVERIFY(k < uint64_t(n));
        ++counts[static_cast<size_t>(k)];
    }
    for (int c : counts)
        PL_COMPARE_NEAR(double(c) / kDraws, 1.0 / n, fiveSigma((1.0 / n) * (1.0 - 1.0 / n)));
    QCOMPARE(rng.below(1), uint64_t(0));
    QCOMPARE(rng.below(0), uint64_t(0));
    // A bound just above 2^63 rejects almost half of the raw values; results stay in range.
    const uint64_t big = (1ULL << 63) + 12345;
    for (int i = 0; i < 1000; ++i)
        QVERIFY(rng.below(big) < big);
}

QTEST_APPLESS_MAIN(TestRng)
#include "tst_rng.moc"
