// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/passk.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace paperlab::math;

namespace {

// Closed-form reference in extended precision: 1 - C(n-c, k) / C(n, k) through lgammal.
// lgammal writes the global signgam, which is fine in this single-threaded test.
double referencePassAtK(int64_t n, int64_t c, int64_t k)
{
    if (n - c < k)
        return 1.0;
    const auto lg = [](int64_t x) { return std::lgamma(static_cast<long double>(x) + 1.0L); };
    const long double logRatio = lg(n - c) - lg(k) - lg(n - c - k) - (lg(n) - lg(k) - lg(n - k));
    return static_cast<double>(-std::expm1(logRatio));
}

// Brute force over all k-subsets of n samples with c correct ones (n <= 12).
double bruteForcePassAtK(int n, int c, int k)
{
    int64_t subsets = 0, hit = 0;
    for (int mask = 0; mask < (1 << n); ++mask) {
        if (__builtin_popcount(unsigned(mask)) != k)
            continue;
        ++subsets;
        if ((mask & ((1 << c) - 1)) != 0) // samples 0..c-1 are the correct ones
            ++hit;
    }
    return double(hit) / double(subsets);
}

} // namespace

class TestPassK : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identities();
    void handComputed();
    void bruteForce();
    void invalidArguments();
    void curveMatchesProductForm();
    void productFormMatchesClosedForm();
    void fromProbability();
    void logBinomialValues();
    void estimatorMoments();
};

void TestPassK::identities()
{
    for (int64_t n : {1, 2, 7, 128, 1024, 4096}) {
        for (int64_t k : {int64_t(1), n / 2 + 1, n}) {
            PL_COMPARE_NEAR(passAtK(n, 0, k), 0.0, 0.0); // c = 0 => 0
            PL_COMPARE_NEAR(passAtK(n, n, k), 1.0, 0.0); // c = n => 1
        }
        for (int64_t c = 0; c <= n; c += std::max<int64_t>(1, n / 16))
            PL_COMPARE_NEAR(passAtK(n, c, 1), double(c) / double(n), 1e-12); // k = 1 => c / n
        // n - c < k => exactly 1
        if (n >= 4)
            PL_COMPARE_NEAR(passAtK(n, n - 2, 3), 1.0, 0.0);
    }
}

void TestPassK::handComputed()
{
    // n = 5, c = 2, k = 2: C(3,2) / C(5,2) = 3/10, so pass@2 = 0.7.
    PL_COMPARE_NEAR(passAtK(5, 2, 2), 0.7, 1e-15);
    // n = 10, c = 1, k = 5: a single success is in half of all 5-subsets.
    PL_COMPARE_NEAR(passAtK(10, 1, 5), 0.5, 1e-15);
    // n = 6, c = 3, k = 2: 1 - C(3,2)/C(6,2) = 1 - 3/15 = 0.8.
    PL_COMPARE_NEAR(passAtK(6, 3, 2), 0.8, 1e-15);
}

void TestPassK::bruteForce()
{
    for (int n = 1; n <= 12; ++n)
        for (int c = 0; c <= n; ++c)
            for (int k = 1; k <= n; ++k)
                PL_COMPARE_NEAR(passAtK(n, c, k), bruteForcePassAtK(n, c, k), 1e-14);
}

void TestPassK::invalidArguments()
{
    QVERIFY(std::isnan(passAtK(10, 11, 1))); // c > n
    QVERIFY(std::isnan(passAtK(10, -1, 1))); // c < 0
    QVERIFY(std::isnan(passAtK(10, 3, 0))); // k < 1
    QVERIFY(std::isnan(passAtK(10, 3, 11))); // k > n
    QVERIFY(passAtKCurve(10, 11, 5).empty());
    QVERIFY(passAtKCurve(10, 3, 11).empty());
    QVERIFY(std::isnan(passAtKFromProbability(-0.1, 3)));
    QVERIFY(std::isnan(passAtKFromProbability(1.5, 3)));
    QVERIFY(std::isnan(logBinomial(5, 6)));
    QVERIFY(std::isnan(passAtKEstimatorMoments(10, 0.5, 11).mean));
}

void TestPassK::curveMatchesProductForm()
{
    // Exhaustive for small n.
    for (int64_t n = 1; n <= 64; ++n) {
        for (int64_t c = 0; c <= n; ++c) {
            const std::vector<double> curve = passAtKCurve(n, c, n);
            QCOMPARE(int64_t(curve.size()), n);
            for (int64_t k = 1; k <= n; ++k)
                PL_COMPARE_NEAR(curve[size_t(k - 1)], passAtK(n, c, k), 1e-13);
        }
    }
    // Large n up to 4096 at the hard values of c (near 0, the middle, near n - k).
    for (int64_t n : {255, 1000, 1024, 2048, 4095, 4096}) {
        for (int64_t c : {int64_t(1), int64_t(2), int64_t(17), n / 3, n / 2, n - 300, n - 1}) {
            if (c < 0)
                continue;
            const std::vector<double> curve = passAtKCurve(n, c, n);
            QCOMPARE(int64_t(curve.size()), n);
            for (int64_t k = 1; k <= n; k += (k < 64 ? 1 : 13))
                PL_COMPARE_NEAR(curve[size_t(k - 1)], passAtK(n, c, k), 1e-12);
            PL_COMPARE_NEAR(curve.back(), passAtK(n, c, n), 1e-12);
        }
    }
}

void TestPassK::productFormMatchesClosedForm()
{
    for (int64_t n : {3, 50, 128, 1024, 2048}) {
        for (int64_t c : {int64_t(0), int64_t(1), int64_t(5), n / 4, n / 2, n - 1}) {
            if (c < 0 || c > n)
                continue;
            for (int64_t k : {int64_t(1), int64_t(2), int64_t(3), n / 8 + 1, n / 2, n - c, n}) {
                if (k < 1 || k > n)
                    continue;
                PL_COMPARE_NEAR(passAtK(n, c, k), referencePassAtK(n, c, k), 1e-12);
            }
        }
    }
}

void TestPassK::fromProbability()
{
    PL_COMPARE_NEAR(passAtKFromProbability(0.0, 1024), 0.0, 0.0);
    PL_COMPARE_NEAR(passAtKFromProbability(1.0, 1), 1.0, 0.0);
    PL_COMPARE_NEAR(passAtKFromProbability(0.25, 1), 0.25, 1e-16);
    PL_COMPARE_NEAR(passAtKFromProbability(0.5, 3), 0.875, 1e-16);
    // p = 1e-13, k = 1024: k p - C(k, 2) p^2 + ... = 1.024e-10 - 5.2e-23; the naive
    // 1 - pow(1 - p, k) loses about four digits here.
    const double p = 1e-13;
    const double expected = 1024 * p - 1024.0 * 1023.0 / 2.0 * p * p;
    PL_COMPARE_NEAR(passAtKFromProbability(p, 1024) / expected, 1.0, 1e-14);
    // From log(1 - p): p = 1 - 1e-20 (not representable as p) with k = 2 gives 1 - 1e-40.
    PL_COMPARE_NEAR(passAtKFromLogFailure(std::log(1e-20), 2), 1.0, 1e-16);
    PL_COMPARE_NEAR(passAtKFromLogFailure(std::log1p(-0.5), 3), 0.875, 1e-16);
}

void TestPassK::logBinomialValues()
{
    PL_COMPARE_NEAR(logBinomial(10, 3), std::log(120.0), 1e-13);
    PL_COMPARE_NEAR(logBinomial(10, 0), 0.0, 1e-13);
    PL_COMPARE_NEAR(logBinomial(52, 5), std::log(2598960.0), 1e-12);
    PL_COMPARE_NEAR(logBinomial(4096, 2048), logBinomial(4096, 2048), 0.0);
    const long double ref = std::lgamma(4097.0L) - 2.0L * std::lgamma(2049.0L);
    PL_COMPARE_NEAR(logBinomial(4096, 2048), static_cast<double>(ref), 1e-10);
    PL_COMPARE_NEAR(logBinomial(1000, 10), logBinomial(1000, 990), 1e-10);
}

void TestPassK::estimatorMoments()
{
    for (int64_t n : {8, 100, 1024}) {
        for (double p : {1e-6, 0.01, 0.3, 0.9}) {
            // Unbiased: the mean is the exact 1 - (1 - p)^k.
            for (int64_t k : {int64_t(1), int64_t(2), n / 4, n}) {
                const PassAtKMoments m = passAtKEstimatorMoments(n, p, k);
                PL_COMPARE_NEAR(m.mean, passAtKFromProbability(p, double(k)), 1e-12);
                QVERIFY(m.variance >= 0.0);
            }
            // k = 1: the estimator is c / n, variance p (1 - p) / n.
            const PassAtKMoments one = passAtKEstimatorMoments(n, p, 1);
            PL_COMPARE_NEAR(one.variance, p * (1 - p) / double(n), 1e-12 * p + 1e-18);
            // k = n: the estimator is 1[c > 0], a Bernoulli with P = 1 - (1 - p)^n.
            const double big = passAtKFromProbability(p, double(n));
            const PassAtKMoments all = passAtKEstimatorMoments(n, p, n);
            PL_COMPARE_NEAR(all.variance, big * (1 - big), 1e-12);
        }
    }
    const PassAtKMoments zero = passAtKEstimatorMoments(50, 0.0, 5);
    PL_COMPARE_NEAR(zero.mean, 0.0, 0.0);
    PL_COMPARE_NEAR(zero.variance, 0.0, 0.0);
    const PassAtKMoments one = passAtKEstimatorMoments(50, 1.0, 5);
    PL_COMPARE_NEAR(one.mean, 1.0, 0.0);
    PL_COMPARE_NEAR(one.variance, 0.0, 0.0);
}

QTEST_APPLESS_MAIN(TestPassK)
#include "tst_passk.moc"
