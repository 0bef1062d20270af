// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/quadrature.h>

#include <QObject>
#include <QTest>

#include <cmath>

using namespace paperlab::math;

namespace {

// E[z^k] for z ~ N(0, 1): 0 for odd k, (k − 1)!! for even k.
double gaussianMoment(int k)
{
    if (k % 2 == 1)
        return 0.0;
    double m = 1.0;
    for (int j = k - 1; j > 1; j -= 2)
        m *= double(j);
    return m;
}

} // namespace

class TestQuadrature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallRules();
    void exactUpToDegreeTwoNMinusOne();
    void momentsOfTheGaussian();
    void smoothFunctions();
    void emptyRule();
};

void TestQuadrature::smallRules()
{
    // n = 1: node 0, weight 1. n = 2: nodes ±1, weights 1/2. n = 3: 0 and ±√3, 2/3 and 1/6.
    const GaussHermite one = gaussHermite(1);
    QCOMPARE(one.size(), 1);
    PL_COMPARE_NEAR(one.nodes[0], 0.0, 1e-15);
    PL_COMPARE_NEAR(one.weights[0], 1.0, 1e-15);
    const GaussHermite two = gaussHermite(2);
    PL_COMPARE_NEAR(two.nodes[0], -1.0, 1e-14);
    PL_COMPARE_NEAR(two.nodes[1], 1.0, 1e-14);
    PL_COMPARE_NEAR(two.weights[0], 0.5, 1e-14);
    const GaussHermite three = gaussHermite(3);
    PL_COMPARE_NEAR(three.nodes[0], -std::sqrt(3.0), 1e-14);
    PL_COMPARE_NEAR(three.nodes[1], 0.0, 1e-14);
    PL_COMPARE_NEAR(three.weights[1], 2.0 / 3.0, 1e-14);
    PL_COMPARE_NEAR(three.weights[2], 1.0 / 6.0, 1e-14);
}

void TestQuadrature::exactUpToDegreeTwoNMinusOne()
{
    // Every monomial of degree <= 2n − 1 is exact; degree 2n is not (the first error term).
    for (int n = 1; n <= 8; ++n) {
        const GaussHermite gh = gaussHermite(n);
        QCOMPARE(gh.size(), n);
        double sum = 0.0;
        for (double w : gh.weights)
            sum += w;
        PL_COMPARE_NEAR(sum, 1.0, 1e-14);
        for (int k = 0; k <= 2 * n - 1; ++k) {
            const double m = gh.expect([k](double z) { return std::pow(z, k); });
            const double scale = std::max(1.0, gaussianMoment(k) + gaussianMoment(k + 1));
            PL_COMPARE_NEAR(m, gaussianMoment(k), 1e-12 * scale);
        }
        const double high = gh.expect([n](double z) { return std::pow(z, 2 * n); });
        QVERIFY(std::abs(high - gaussianMoment(2 * n)) > 0.5);
    }
}

void TestQuadrature::momentsOfTheGaussian()
{
    const GaussHermite gh = gaussHermite(20);
    QCOMPARE(gh.size(), 20);
    double oddFactorial = 1.0; // (k − 1)!! for even k
    for (int k = 0; k <= 20; ++k) {
        const double moment = gh.expect([k](double z) { return std::pow(z, k); });
        if (k % 2 == 1) {
            // Zero by symmetry up to rounding of terms as large as E[z^{k+1}] = k!!.
            PL_COMPARE_NEAR(moment, 0.0, 1e-13 * oddFactorial * double(k));
        } else {
            if (k >= 2)
                oddFactorial *= double(k - 1);
            PL_COMPARE_NEAR(moment / oddFactorial, 1.0, 1e-11);
        }
    }
}

void TestQuadrature::smoothFunctions()
{
    // E[cos z] = e^{−1/2}; the 2-D rule on E[cos(u + v)] = e^{−1}; E[e^z] = e^{1/2}.
    const GaussHermite gh = gaussHermite(20);
    PL_COMPARE_NEAR(gh.expect([](double z) { return std::cos(z); }), std::exp(-0.5), 1e-12);
    PL_COMPARE_NEAR(gh.expect2([](double u, double v) { return std::cos(u + v); }),
                    std::exp(-1.0), 1e-12);
    PL_COMPARE_NEAR(gh.expect([](double z) { return std::exp(z); }), std::exp(0.5), 1e-12);
}

void TestQuadrature::emptyRule()
{
    QCOMPARE(gaussHermite(0).size(), 0);
    QCOMPARE(gaussHermite(-3).size(), 0);
    QCOMPARE(gaussHermite(0).expect([](double) { return 1.0; }), 0.0);
}

QTEST_APPLESS_MAIN(TestQuadrature)
#include "tst_quadrature.moc"
