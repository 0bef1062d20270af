// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/loss.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <vector>

using namespace paperlab::math;

namespace {

// The loss gradients are O(1 / N), so compare them with a floor well below that: the
// check is then relative for every entry of interest. Measured worst case: ~4e-9.
constexpr GradCheckOptions kOptions{1e-5, 1e-3};

QString describe(const GradCheckResult &r)
{
    return QStringLiteral("max rel error %1 at (%2, %3)")
        .arg(r.maxRelError)
        .arg(r.worstRow)
        .arg(r.worstCol);
}

} // namespace

class TestLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradients_data();
    void gradients();
    void logSumExpKnownValues();
    void meanSquaredErrorKnownValue();
    void crossEntropyKnownValues_data();
    void crossEntropyKnownValues();
    void crossEntropyInvalidTarget();
    void binaryCrossEntropyKnownValues();
};

void TestLoss::gradients_data()
{
    QTest::addColumn<QString>("loss");
    QTest::newRow("mse") << QStringLiteral("mse");
    QTest::newRow("cross-entropy") << QStringLiteral("ce");
    QTest::newRow("bce-with-logits") << QStringLiteral("bce");
}

void TestLoss::gradients()
{
    QFETCH(QString, loss);
    Rng rng(21);
    const Eigen::MatrixXd prediction = rng.normalMatrix(4, 5, 2.0);
    const Eigen::MatrixXd target = rng.normalMatrix(4, 5, 1.0);
    Eigen::MatrixXd probabilities(4, 5);
    for (Eigen::Index i = 0; i < probabilities.size(); ++i)
        probabilities(i) = rng.uniform();
    const std::vector<int> classes{0, 3, 4, 3};

    std::function<LossResult(const Eigen::MatrixXd &)> f;
    if (loss == QLatin1String("mse")) {
        f = [&](const Eigen::MatrixXd &p) { return meanSquaredError(p, target); };
    } else if (loss == QLatin1String("ce")) {
        f = [&](const Eigen::MatrixXd &p) { return softmaxCrossEntropy(p, classes); };
    } else {
        f = [&](const Eigen::MatrixXd &p) {
            return binaryCrossEntropyWithLogits(p, probabilities);
        };
    }
    const GradCheckResult r = checkLossGradient(f, prediction, kOptions);
    QVERIFY2(r.maxRelError < 1e-6, qPrintable(describe(r)));
    QCOMPARE(r.worstVariable, 0);
}

void TestLoss::logSumExpKnownValues()
{
    Eigen::MatrixXd x(4, 3);
    x << 0.0, 0.0, 0.0, 1000.0, 1000.0, -INFINITY, -1000.0, -1000.0, -1000.0, -INFINITY,
        -INFINITY, -INFINITY;
    const Eigen::VectorXd lse = logSumExpRows(x);
    PL_COMPARE_NEAR(lse[0], std::log(3.0), 1e-15);
    // A naive exp(1000) overflows; the stable form gives 1000 + log 2.
    PL_COMPARE_NEAR(lse[1], 1000.0 + std::log(2.0), 1e-12);
    PL_COMPARE_NEAR(lse[2], -1000.0 + std::log(3.0), 1e-12);
    QVERIFY(std::isinf(lse[3]) && lse[3] < 0.0);
}

void TestLoss::meanSquaredErrorKnownValue()
{
    Eigen::MatrixXd p(2, 2);
    Eigen::MatrixXd t(2, 2);
    p << 1, 2, 3, 4;
    t << 0, 2, 5, 4;
    // Differences (1, 0, -2, 0): L = (1 + 4) / 4; grad = 2 d / 4.
    const LossResult r = meanSquaredError(p, t);
    PL_COMPARE_NEAR(r.value, 1.25, 1e-15);
    PL_COMPARE_NEAR(r.grad(0, 0), 0.5, 1e-15);
    PL_COMPARE_NEAR(r.grad(1, 0), -1.0, 1e-15);
    PL_COMPARE_NEAR(r.grad(0, 1), 0.0, 0.0);
}

void TestLoss::crossEntropyKnownValues_data()
{
    QTest::addColumn<int>("classes");
    QTest::newRow("K=2") << 2;
    QTest::newRow("K=10") << 10;
    QTest::newRow("K=1000") << 1000;
}

void TestLoss::crossEntropyKnownValues()
{
    QFETCH(int, classes);
    // Equal logits: the softmax is uniform, so the loss is log K whatever the target, and
    // the gradient is (1/K - onehot) / B.
    const Eigen::MatrixXd logits = Eigen::MatrixXd::Constant(3, classes, 7.0);
    const LossResult r = softmaxCrossEntropy(logits, {0, classes - 1, classes / 2});
    PL_COMPARE_NEAR(r.value, std::log(double(classes)), 1e-12);
    PL_COMPARE_NEAR(r.grad(0, 0), (1.0 / classes - 1.0) / 3.0, 1e-15);
    PL_COMPARE_NEAR(r.grad(0, 1), (1.0 / classes) / 3.0, 1e-15);
    PL_COMPARE_NEAR(r.grad.sum(), 0.0, 1e-12);

    // A confident correct prediction costs ~0, a confident wrong one ~ the logit margin.
    Eigen::MatrixXd sharp = Eigen::MatrixXd::Zero(1, classes);
    sharp(0, 0) = 800.0;
    PL_COMPARE_NEAR(softmaxCrossEntropy(sharp, {0}).value, 0.0, 1e-300);
    PL_COMPARE_NEAR(softmaxCrossEntropy(sharp, {1}).value, 800.0, 1e-12);
}

void TestLoss::crossEntropyInvalidTarget()
{
    const Eigen::MatrixXd logits = Eigen::MatrixXd::Zero(2, 3);
    QVERIFY(std::isnan(softmaxCrossEntropy(logits, {0, 3}).value));
    QVERIFY(std::isnan(softmaxCrossEntropy(logits, {-1, 0}).value));
    QVERIFY(std::isnan(softmaxCrossEntropy(logits, {0}).value));
}

void TestLoss::binaryCrossEntropyKnownValues()
{
    Eigen::MatrixXd z(1, 4);
    Eigen::MatrixXd t(1, 4);
    z << 0.0, 0.0, 1000.0, -1000.0;
    t << 1.0, 0.5, 1.0, 1.0;
    const LossResult r = binaryCrossEntropyWithLogits(z, t);
    // Entries: log 2, log 2, 0 (confident and right), 1000 (confident and wrong).
    PL_COMPARE_NEAR(r.value, (2.0 * std::log(2.0) + 1000.0) / 4.0, 1e-12);
    // grad = (sigmoid(z) - t) / 4.
    PL_COMPARE_NEAR(r.grad(0, 0), -0.125, 1e-16);
    PL_COMPARE_NEAR(r.grad(0, 1), 0.0, 1e-16);
    PL_COMPARE_NEAR(r.grad(0, 2), 0.0, 1e-16);
    PL_COMPARE_NEAR(r.grad(0, 3), -0.25, 1e-16);

    // Against the textbook form -(t log s + (1 - t) log(1 - s)) at a moderate logit.
    Eigen::MatrixXd z1(1, 1);
    Eigen::MatrixXd t1(1, 1);
    z1 << 0.8;
    t1 << 0.3;
    const double s = 1.0 / (1.0 + std::exp(-0.8));
    const double textbook = -(0.3 * std::log(s) + 0.7 * std::log(1.0 - s));
    PL_COMPARE_NEAR(binaryCrossEntropyWithLogits(z1, t1).value, textbook, 1e-14);
}

QTEST_APPLESS_MAIN(TestLoss)
#include "tst_loss.moc"
