// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/linalg.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using namespace paperlab::math;

class TestLinalg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoByTwo();
    void tridiagonalThreeByThree();
    void reconstruction();
    void eigenvaluesOnlyMatches();
    void invalidInput();
    void factoredKnownMatrix();
    void factoredMatchesTheDenseSolver();
    void factoredInvalidInput();
    void cosineSimilarity();
    void welchBound_data();
    void welchBound();
    void welchBoundHoldsForRandomVectors();
};

void TestLinalg::twoByTwo()
{
    // [[2, 1], [1, 2]]: eigenvalues 1 and 3, eigenvectors (1, -1)/sqrt 2 and (1, 1)/sqrt 2.
    Eigen::MatrixXd a(2, 2);
    a << 2, 1, 1, 2;
    const SymEigen e = symmetricEigen(a);
    QVERIFY(e.status == EigenStatus::Ok);
    PL_COMPARE_NEAR(e.values[0], 1.0, 1e-14);
    PL_COMPARE_NEAR(e.values[1], 3.0, 1e-14);
    const double r = 1.0 / std::sqrt(2.0);
    // Signs are arbitrary: compare |v . expected| with 1.
    PL_COMPARE_NEAR(std::abs(e.vectors.col(0).dot(Eigen::Vector2d(r, -r))), 1.0, 1e-14);
    PL_COMPARE_NEAR(std::abs(e.vectors.col(1).dot(Eigen::Vector2d(r, r))), 1.0, 1e-14);
}

void TestLinalg::tridiagonalThreeByThree()
{
    // The 1-D discrete Laplacian tridiag(-1, 2, -1) of size 3 has eigenvalues
    // 2 - 2 cos(k pi / 4), k = 1, 2, 3: 2 - sqrt 2, 2, 2 + sqrt 2.
    Eigen::MatrixXd a(3, 3);
    a << 2, -1, 0, -1, 2, -1, 0, -1, 2;
    const SymEigen e = symmetricEigen(a);
    QVERIFY(e.status == EigenStatus::Ok);
    PL_COMPARE_NEAR(e.values[0], 2.0 - std::sqrt(2.0), 1e-14);
    PL_COMPARE_NEAR(e.values[1], 2.0, 1e-14);
    PL_COMPARE_NEAR(e.values[2], 2.0 + std::sqrt(2.0), 1e-14);
    // The middle eigenvector is (1, 0, -1)/sqrt 2.
    PL_COMPARE_NEAR(std::abs(e.vectors(0, 1)), 1.0 / std::sqrt(2.0), 1e-14);
    PL_COMPARE_NEAR(e.vectors(1, 1), 0.0, 1e-14);
}

void TestLinalg::reconstruction()
{
    Rng rng(41);
    const Eigen::MatrixXd b = rng.normalMatrix(6, 6, 1.0);
    const Eigen::MatrixXd a = b + b.transpose();
    const SymEigen e = symmetricEigen(a);
    QVERIFY(e.status == EigenStatus::Ok);
    for (int k = 0; k + 1 < 6; ++k)
        QVERIFY(e.values[k] <= e.values[k + 1]);
    const Eigen::MatrixXd rebuilt = e.vectors * e.values.asDiagonal() * e.vectors.transpose();
    QVERIFY((rebuilt - a).norm() < 1e-12 * a.norm());
    const Eigen::MatrixXd gram = e.vectors.transpose() * e.vectors;
    QVERIFY((gram - Eigen::MatrixXd::Identity(6, 6)).norm() < 1e-13);
}

void TestLinalg::eigenvaluesOnlyMatches()
{
    Rng rng(42);
    const Eigen::MatrixXd b = rng.normalMatrix(5, 5, 1.0);
    const Eigen::MatrixXd a = b * b.transpose();
    const SymEigen full = symmetricEigen(a);
    const SymEigen only = eigenvaluesOnly(a);
    QVERIFY(only.status == EigenStatus::Ok);
    QCOMPARE(only.vectors.size(), Eigen::Index(0));
    QVERIFY((full.values - only.values).norm() < 1e-12);
    // Trace and positive semi-definiteness as independent checks.
    PL_COMPARE_NEAR(only.values.sum(), a.trace(), 1e-12);
    QVERIFY(only.values.minCoeff() > -1e-12);
}

void TestLinalg::invalidInput()
{
    QVERIFY(symmetricEigen(Eigen::MatrixXd::Zero(2, 3)).status == EigenStatus::InvalidInput);
    Eigen::MatrixXd nan = Eigen::MatrixXd::Identity(2, 2);
    nan(1, 0) = std::numeric_limits<double>::quiet_NaN();
    const SymEigen e = eigenvaluesOnly(nan);
    QVERIFY(e.status == EigenStatus::InvalidInput);
    QCOMPARE(e.values.size(), Eigen::Index(0));
}

void TestLinalg::factoredKnownMatrix()
{
    // The path-graph matrix tridiag(−1, 2, −1) of size n: λ_k = 2 − 2 cos(kπ/(n + 1)),
    // k = 1..n, with v_k(j) ∝ sin(jkπ/(n + 1)).
    const int n = 12;
    Eigen::MatrixXd a = 2.0 * Eigen::MatrixXd::Identity(n, n);
    for (int i = 0; i + 1 < n; ++i)
        a(i, i + 1) = a(i + 1, i) = -1.0;
    const FactoredSymmetricEigen f(a);
    QVERIFY(f.ok());
    const double pi = std::acos(-1.0);
    for (int k = 0; k < n; ++k)
        PL_COMPARE_NEAR(f.values()[k], 2.0 - 2.0 * std::cos((k + 1) * pi / (n + 1)), 1e-13);
    const Eigen::MatrixXd q = f.vectors();
    for (int k = 0; k < n; ++k) // A v = λ v
        QVERIFY((a * q.col(k) - f.values()[k] * q.col(k)).norm() < 1e-13);
    QVERIFY((q.transpose() * q - Eigen::MatrixXd::Identity(n, n)).norm() < 1e-13);
    const double norm = std::sqrt(2.0 / (n + 1)); // the known eigenvector, up to sign
    const double sign = q(0, 0) > 0 ? 1.0 : -1.0;
    for (int j = 0; j < n; ++j)
        PL_COMPARE_NEAR(sign * q(j, 0), norm * std::sin((j + 1) * pi / (n + 1)), 1e-12);
}

void TestLinalg::factoredMatchesTheDenseSolver()
{
    // A dense random matrix (no splitting) and s² I + (rank 5), whose tridiagonal splits into
    // a block of about 5 rows and single rows; both against symmetricEigen().
    Rng rng(43);
    const Eigen::MatrixXd b = rng.normalMatrix(60, 60, 1.0);
    const Eigen::MatrixXd w = rng.normalMatrix(80, 5, 1.0);
    const std::vector<Eigen::MatrixXd> cases
        = {b + b.transpose(), 0.3 * Eigen::MatrixXd::Identity(80, 80) + w * w.transpose()};
    for (const Eigen::MatrixXd &a : cases) {
        const FactoredSymmetricEigen f(a);
        const SymEigen dense = symmetricEigen(a);
        QVERIFY(f.ok());
        const Eigen::Index p = a.rows();
        const double scale = a.cwiseAbs().maxCoeff() * double(p);
        QVERIFY((f.values() - dense.values).cwiseAbs().maxCoeff() < 1e-12 * scale);
        const Eigen::MatrixXd q = f.vectors();
        QVERIFY((q.transpose() * q - Eigen::MatrixXd::Identity(p, p)).cwiseAbs().maxCoeff()
                < 1e-12);
        QVERIFY((a * q - q * f.values().asDiagonal()).cwiseAbs().maxCoeff() < 1e-12 * scale);
        const Eigen::MatrixXd x = rng.normalMatrix(int(p), 3, 1.0);
        QVERIFY((f.transposeTimes(x) - q.transpose() * x).cwiseAbs().maxCoeff() < 1e-12);
    }
    const std::vector<int> sizes = FactoredSymmetricEigen(cases[1]).blockSizes();
    QCOMPARE(std::accumulate(sizes.begin(), sizes.end(), 0), 80);
    QVERIFY2(*std::max_element(sizes.begin(), sizes.end()) <= 5 + 2,
             qPrintable(QString::number(*std::max_element(sizes.begin(), sizes.end()))));
    QCOMPARE(FactoredSymmetricEigen(cases[0]).blockSizes(), std::vector<int>{60});
}

void TestLinalg::factoredInvalidInput()
{
    QVERIFY(!FactoredSymmetricEigen(Eigen::MatrixXd(2, 3)).ok());
    QVERIFY(!FactoredSymmetricEigen(Eigen::MatrixXd()).ok());
    Eigen::MatrixXd a = Eigen::MatrixXd::Identity(3, 3);
    a(1, 1) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!FactoredSymmetricEigen(a).ok());
}

void TestLinalg::cosineSimilarity()
{
    Eigen::MatrixXd rows(4, 2);
    rows << 1, 0, 0, 2, 3, 3, 0, 0;
    const Eigen::MatrixXd c = cosineSimilarityMatrix(rows);
    const double r = 1.0 / std::sqrt(2.0);
    Eigen::MatrixXd expected(4, 4);
    expected << 1, 0, r, 0, 0, 1, r, 0, r, r, 1, 0, 0, 0, 0, 0;
    QVERIFY2((c - expected).norm() < 1e-15, "cosine matrix differs from hand values");
}

void TestLinalg::welchBound_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("expected");
    // n <= m: orthonormal vectors reach 0.
    QTest::newRow("n = m") << 2 << 2 << 0.0;
    QTest::newRow("n < m") << 3 << 10 << 0.0;
    // Three vectors at 120 degrees in the plane: cos^2 = 1/4 = (3-2)/(2*2).
    QTest::newRow("Mercedes frame") << 3 << 2 << 0.25;
    // Tetrahedron in R^3: cos = -1/3, cos^2 = 1/9 = (4-3)/(3*3).
    QTest::newRow("tetrahedron") << 4 << 3 << 1.0 / 9.0;
    QTest::newRow("10 in R^5") << 10 << 5 << 5.0 / 45.0;
    // Many vectors: tends to 1/m.
    QTest::newRow("1e6 in R^100") << 1000000 << 100 << 999900.0 / (100.0 * 999999.0);
    QTest::newRow("single vector") << 1 << 3 << 0.0;
}

void TestLinalg::welchBound()
{
    QFETCH(int, n);
    QFETCH(int, m);
    QFETCH(double, expected);
    PL_COMPARE_NEAR(paperlab::math::welchBound(n, m), expected, 1e-16);
}

void TestLinalg::welchBoundHoldsForRandomVectors()
{
    // Random unit vectors sit above the bound; their mean squared overlap is 1/m.
    Rng rng(43);
    const int n = 40;
    const int m = 8;
    Eigen::MatrixXd u(n, m);
    for (int i = 0; i < n; ++i)
        u.row(i) = rng.unitVector(m).transpose();
    const Eigen::MatrixXd g = u * u.transpose();
    const double offDiagonal = (g.squaredNorm() - double(n)) / (double(n) * (n - 1));
    QVERIFY(offDiagonal >= paperlab::math::welchBound(n, m));
    QVERIFY(std::isnan(paperlab::math::welchBound(5, 0)));
}

QTEST_APPLESS_MAIN(TestLinalg)
#include "tst_linalg.moc"
